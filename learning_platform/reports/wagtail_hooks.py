from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from . import selectors, views


@hooks.register("register_admin_viewset")
def register_session_viewset():
    return views.SessionViewSet("sessions")


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/participation/", views.DashboardView.as_view(), name="reports_dashboard"),
        path(
            "reports/participants/", views.ParticipantsView.as_view(), name="reports_participants"
        ),
        path(
            "reports/participants/results/",
            views.ParticipantsView.as_view(results_only=True),
            name="reports_participants_results",
        ),
        path(
            "reports/sessions/<int:session_id>/participants/",
            views.SessionParticipantsView.as_view(),
            name="reports_session_participants",
        ),
        path(
            "reports/sessions/<int:session_id>/participants/results/",
            views.SessionParticipantsView.as_view(results_only=True),
            name="reports_session_participants_results",
        ),
        path(
            "reports/sessions/<int:session_id>/enrol/",
            views.BulkEnrolView.as_view(),
            name="reports_bulk_enrol",
        ),
        path(
            "reports/participants-template.csv",
            views.bulk_template,
            name="reports_bulk_template",
        ),
        path(
            "reports/sessions/<int:session_id>/attendance/",
            views.AttendanceView.as_view(),
            name="reports_attendance",
        ),
    ]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return selectors.user_can_report(request.user)


@hooks.register("register_reports_menu_item")
def register_dashboard_menu_item():
    return ReportMenuItem(
        _("Participation"), reverse("reports_dashboard"), icon_name="table", order=10
    )


@hooks.register("register_reports_menu_item")
def register_participants_menu_item():
    return ReportMenuItem(
        _("Participants"), reverse("reports_participants"), icon_name="group", order=20
    )


class ParticipationPanel(Component):
    name = "participation"
    order = 90
    template_name = "reports/dashboard_panel.html"

    def __init__(self, context: dict):
        self.panel_context = context

    def get_context_data(self, parent_context):
        return self.panel_context


@hooks.register("construct_homepage_panels")
def add_participation_panel(request, panels):
    context = views.dashboard_panel_context(request)
    if context is not None:
        panels.append(ParticipationPanel(context))
