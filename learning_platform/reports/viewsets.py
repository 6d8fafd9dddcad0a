"""Training sessions in the admin: a Wagtail ModelViewSet whose every view finds only the
sessions the person is responsible for."""

from django.conf import settings
from django.db.models import Count, OuterRef, Subquery
from django.http import Http404
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton

from courses.models import CoursePage
from learning_platform.exports import SafeSpreadsheetExportMixin
from learning_platform.learning import access
from learning_platform.learning.models import TrainingSession

from .forms import TrainingSessionForm


def _course_title_subquery():
    return Subquery(
        CoursePage.objects.filter(
            translation_key=OuterRef("course_key"), locale__language_code=settings.LANGUAGE_CODE
        ).values("title")[:1]
    )


class DayColumn(Column):
    """A day as a date ("2 December 2026"): Wagtail's DateColumn says how long ago a moment
    was, and a session that starts next month is not "Just now"."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return date_format(value, "DATE_FORMAT") if value else ""


class ScopedObjectMixin:
    """Edit, delete and history views find only sessions in the person's scope."""

    def get_object(self, queryset=None):
        session = super().get_object(queryset) if queryset is not None else super().get_object()
        if not access.sessions_run_by(self.request.user).filter(pk=session.pk).exists():
            raise Http404
        return session


class SessionIndexView(SafeSpreadsheetExportMixin, generic.IndexView):
    def get_base_queryset(self):
        return (
            access.sessions_run_by(self.request.user)
            .annotate(
                course_title=_course_title_subquery(),
                participant_count=Count("enrolments", distinct=True),
            )
            .order_by("-starts_on", "title")
        )


class SessionCreateView(generic.CreateView):
    def save_instance(self):
        session = super().save_instance()
        if not self.request.user.is_superuser:
            # Whoever creates a session is responsible for it, and so keeps seeing it.
            session.coordinators.add(self.request.user)
        return session


class SessionEditView(ScopedObjectMixin, generic.EditView):
    def get_header_more_buttons(self):
        return [
            *super().get_header_more_buttons(),
            HeaderButton(
                _("Participants"),
                url=reverse("reports_session_participants", args=[self.object.pk]),
                icon_name="group",
            ),
        ]


class SessionDeleteView(ScopedObjectMixin, generic.DeleteView):
    pass


class SessionHistoryView(ScopedObjectMixin, history.HistoryView):
    pass


class SessionUsageView(ScopedObjectMixin, usage.UsageView):
    pass


def _participants_url(session):
    return reverse("reports_session_participants", args=[session.pk])


class SessionViewSet(ModelViewSet):
    """Training sessions in the admin: coordinators create and edit theirs."""

    model = TrainingSession
    icon = "calendar"
    menu_label = gettext_lazy("Training sessions")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    index_view_class = SessionIndexView
    add_view_class = SessionCreateView
    edit_view_class = SessionEditView
    delete_view_class = SessionDeleteView
    history_view_class = SessionHistoryView
    usage_view_class = SessionUsageView
    search_fields = ["title", "venue"]
    list_filter = ["format", "starts_on"]
    list_display = [
        "title",
        Column("course_title", label=gettext_lazy("Course")),
        Column("format", label=gettext_lazy("Format"), accessor="get_format_display"),
        DayColumn("starts_on", label=gettext_lazy("Starts")),
        DayColumn("ends_on", label=gettext_lazy("Ends")),
        TitleColumn(
            "participant_count",
            label=gettext_lazy("Participants"),
            get_url=_participants_url,
        ),
    ]
    list_export = [
        "title",
        "course_title",
        "format",
        "starts_on",
        "ends_on",
        "venue",
        "capacity",
        "attendance_days_required",
        "participant_count",
    ]
    export_headings = {
        "course_title": gettext_lazy("Course"),
        "participant_count": gettext_lazy("Participants"),
    }
    export_filename = "training-sessions"

    def get_form_class(self, for_update=False):
        return TrainingSessionForm
