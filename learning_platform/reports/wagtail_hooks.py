from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from learning_platform.learning import access

from . import email_log, quizzes, views, viewsets


@hooks.register("register_admin_viewset")
def register_session_viewset():
    return viewsets.SessionViewSet("sessions")


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
        path(
            "reports/participants/<int:enrolment_id>/quizzes/",
            quizzes.ParticipantQuizzesView.as_view(),
            name="reports_participant_quizzes",
        ),
        path(
            "reports/quiz-statistics/",
            quizzes.QuizStatisticsView.as_view(),
            name="reports_quiz_statistics",
        ),
        path("emails/", email_log.OutboxView.as_view(), name="outbox"),
        path(
            "emails/results/",
            email_log.OutboxView.as_view(results_only=True),
            name="outbox_results",
        ),
        path("emails/<int:email_id>/", email_log.email_detail, name="outbox_email"),
        path("emails/<int:email_id>/resend/", email_log.email_resend, name="outbox_email_resend"),
    ]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return access.may_report(request.user)


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


@hooks.register("construct_homepage_panels")
def add_participation_panel(request, panels):
    context = views.dashboard_panel_context(request)
    if context is not None:
        panels.append(views.ParticipationPanel(context))


@hooks.register("register_reports_menu_item")
def register_quiz_statistics_menu_item():
    return ReportMenuItem(
        _("Quiz statistics"), reverse("reports_quiz_statistics"), icon_name="help", order=30
    )


class EmailLogMenuItem(MenuItem):
    def is_shown(self, request):
        return email_log.may_read_email_log(request.user)


@hooks.register("register_reports_menu_item")
def register_email_log_menu_item():
    return EmailLogMenuItem(_("Emails"), reverse("outbox"), icon_name="mail", order=60)
