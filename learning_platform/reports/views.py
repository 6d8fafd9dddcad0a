"""The coordinators' admin views: training sessions, their participants, bulk enrolment,
attendance, and the participation dashboard with its exports. Each view checks who is asking
and shows only the sessions they are responsible for; the logic is in services and selectors."""

import csv
import datetime
import io

from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BooleanColumn, Column, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import HeaderButton

from learning_platform.accounts.audit import AuditedExportMixin, audit_log
from learning_platform.exports import SafeSpreadsheetExportMixin
from learning_platform.learning import access
from learning_platform.learning.models import TrainingSession

from . import bulk as bulk_services
from . import bulk_files, bulk_uploads, charts, selectors, services
from .forms import (
    AttendanceDayForm,
    BulkUploadForm,
    DashboardForm,
    ParticipantFilterSet,
)
from .models import DONE, FAILED, PENDING, READ, READING, BulkEnrolment


class ReportAccessMixin:
    """Lets in only people who may report (coordinators, trainers, superusers)."""

    def dispatch(self, request, *args, **kwargs):
        if not access.may_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def visible_session_or_404(request, session_id) -> TrainingSession:
    return get_object_or_404(access.sessions_run_by(request.user), pk=session_id)


# --- Participants -----------------------------------------------------------------------------


def _certificate_label(enrolment) -> str:
    state = selectors.certificate_state(enrolment)
    return {"valid": _("Issued"), "revoked": _("Revoked"), "": ""}[state]


class ParticipantsView(
    ReportAccessMixin, AuditedExportMixin, SafeSpreadsheetExportMixin, ReportView
):
    """Who took part, with their progress, completion, certificate and attendance: the
    dashboard's drill-down, filtered like it, and exported as CSV or XLSX."""

    page_title = gettext_lazy("Participants")
    header_icon = "group"
    index_url_name = "reports_participants"
    index_results_url_name = "reports_participants_results"
    filterset_class = ParticipantFilterSet
    export_filename = "participants"
    list_export = [
        "display_name",
        "display_email",
        "country_name",
        "user.organisation",
        "organisation_type_label",
        "gender_label",
        "course_title",
        "session_title",
        "source_label",
        "enrolled_at",
        "progress_percent",
        "completed_at",
        "certificate_label",
        "days_attended",
        "withdrawn_at",
    ]
    export_headings = {
        "display_name": gettext_lazy("Name"),
        "display_email": gettext_lazy("Email"),
        "country_name": gettext_lazy("Country"),
        "user.organisation": gettext_lazy("Organisation"),
        "organisation_type_label": gettext_lazy("Type of organisation"),
        "gender_label": gettext_lazy("Gender"),
        "course_title": gettext_lazy("Course"),
        "session_title": gettext_lazy("Session"),
        "source_label": gettext_lazy("How they enrolled"),
        "enrolled_at": gettext_lazy("Enrolled"),
        "progress_percent": gettext_lazy("Progress (%)"),
        "completed_at": gettext_lazy("Completed"),
        "certificate_label": gettext_lazy("Certificate"),
        "days_attended": gettext_lazy("Days attended"),
        "withdrawn_at": gettext_lazy("Withdrew"),
    }
    columns = [
        TitleColumn(
            "name",
            label=gettext_lazy("Name"),
            accessor="display_name",
            get_url=lambda enrolment: reverse("reports_participant_quizzes", args=[enrolment.pk]),
        ),
        Column("country", label=gettext_lazy("Country"), accessor="country_name"),
        Column("organisation", label=gettext_lazy("Organisation"), accessor="user.organisation"),
        Column("course", label=gettext_lazy("Course"), accessor="course_title"),
        Column("session", label=gettext_lazy("Session"), accessor="session_title"),
        Column("source", label=gettext_lazy("How they enrolled"), accessor="source_label"),
        Column("progress", label=gettext_lazy("Progress (%)"), accessor="progress_percent"),
        BooleanColumn("completed", label=gettext_lazy("Completed"), accessor="is_completed"),
        Column("certificate", label=gettext_lazy("Certificate"), accessor="certificate_label"),
        Column("attendance", label=gettext_lazy("Days attended"), accessor="days_attended"),
    ]

    def get_queryset(self):
        return selectors.participants(user=self.request.user, filters=selectors.ReportFilters())

    def decorate_paginated_queryset(self, object_list):
        enrolments = selectors.participants_details(object_list)
        for enrolment in enrolments:
            user = enrolment.user
            # An erased account keeps its place in the counts, without name or address.
            enrolment.display_name = (
                _("Erased account") if user.erased_at else user.full_name or user.email
            )
            enrolment.display_email = "" if user.erased_at else user.email
            enrolment.country_name = user.country.name if user.country else ""
            enrolment.organisation_type_label = user.get_organisation_type_display()
            enrolment.gender_label = user.get_gender_display()
            enrolment.session_title = enrolment.session.title if enrolment.session else ""
            enrolment.source_label = enrolment.get_source_display()
            enrolment.is_completed = enrolment.completed_at is not None
            enrolment.certificate_label = _certificate_label(enrolment)
        return enrolments


class SessionParticipantsView(ParticipantsView):
    """The participants of one session, with the ways to enrol more and record attendance."""

    index_url_name = "reports_session_participants"
    index_results_url_name = "reports_session_participants_results"

    @cached_property
    def session(self):
        return visible_session_or_404(self.request, self.kwargs["session_id"])

    def get_page_title(self):
        return _("Participants of %(session)s") % {"session": self.session.title}

    def get_index_url(self):
        return reverse(self.index_url_name, args=[self.session.pk])

    def get_index_results_url(self):
        return reverse(self.index_results_url_name, args=[self.session.pk])

    def get_filename(self):
        return f"participants-session-{self.session.pk}"

    def get_queryset(self):
        return selectors.participants(
            user=self.request.user,
            filters=selectors.ReportFilters(session_id=self.session.pk),
            by_name=True,
        )

    @cached_property
    def header_buttons(self):
        buttons = [
            HeaderButton(
                _("Enrol from a file"),
                url=reverse("reports_bulk_enrol", args=[self.session.pk]),
                icon_name="upload",
            ),
        ]
        if self.session.format != "online":
            buttons.append(
                HeaderButton(
                    _("Attendance"),
                    url=reverse("reports_attendance", args=[self.session.pk]),
                    icon_name="tick",
                )
            )
        return buttons


# --- Bulk enrolment -------------------------------------------------------------------------


def bulk_result_message(bulk: BulkEnrolment) -> str:
    return _(
        "%(enrolled)s participants enrolled, %(created)s of them with a new account; "
        "%(unchanged)s already enrolled; %(errors)s rows left out."
    ) % {
        "enrolled": bulk.enrolled,
        "created": bulk.accounts_created,
        "unchanged": bulk.unchanged,
        "errors": bulk.errors,
    }


class BulkEnrolView(ReportAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    """Upload a file, read the preview of every row, confirm. Coordinators of the session
    (and superusers) only: trainers follow, they do not enrol.

    An upload is stored and read by a worker: the page then shows the file (``?file=<id>``)
    being read, and once read, its preview to confirm; a plain refresh shows where it is."""

    template_name = "reports/bulk_enrolment.html"
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not access.may_report(request.user):
            raise PermissionDenied
        self.session = visible_session_or_404(request, kwargs["session_id"])
        if not request.user.has_perm("learning.change_trainingsession"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Enrol participants in %(session)s") % {"session": self.session.title}

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {
                "url": reverse("reports_session_participants", args=[self.session.pk]),
                "label": self.session.title,
            },
            {"url": "", "label": _("Enrol from a file")},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", BulkUploadForm())
        context["session"] = self.session
        context["page_url"] = reverse("reports_bulk_enrol", args=[self.session.pk])
        bulk = self._file(self.request.GET.get("file"))
        if bulk is not None:
            context.update(file=bulk, reading=bulk.status == READING)
            if bulk.status == READ:
                preview = bulk_services.bulk_enrolment_preview(session=self.session, rows=bulk.rows)
                context.update(
                    preview=preview,
                    counts={
                        outcome: preview.count(outcome)
                        for outcome in (
                            bulk_services.NEW_ACCOUNT,
                            bulk_services.EXISTING_ACCOUNT,
                            bulk_services.ALREADY_ENROLLED,
                            bulk_services.ERROR,
                        )
                    },
                )
        context["earlier_files"] = [
            (earlier, bulk_result_message(earlier) if earlier.status == DONE else earlier.failure)
            for earlier in BulkEnrolment.objects.filter(session=self.session)
            .select_related("uploaded_by")
            .defer("rows", "content")[:10]
        ]
        return context

    def _file(self, file_id) -> BulkEnrolment | None:
        """The file ``file_id`` of this session (404 for any other), or None."""
        if not file_id:
            return None
        try:
            file_id = int(file_id)
        except (TypeError, ValueError):
            raise Http404 from None
        return get_object_or_404(
            BulkEnrolment.objects.defer("content"), pk=file_id, session=self.session
        )

    def _file_url(self, bulk: BulkEnrolment) -> str:
        url = reverse("reports_bulk_enrol", args=[self.session.pk])
        return f"{url}?{urlencode({'file': bulk.pk})}"

    def post(self, request, *args, **kwargs):
        if "confirm" in request.POST:
            return self._confirm(request)
        form = BulkUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        with transaction.atomic():
            bulk = bulk_uploads.bulk_upload_store(
                session=self.session,
                filename=form.cleaned_data["file"].name,
                content=form.cleaned_data["content"],
                by=request.user,
                language=translation.get_language() or "",
            )
        # Where tasks run in-process, it is read already; elsewhere the page says it is
        # being read, and a refresh shows the preview.
        return redirect(self._file_url(bulk))

    def _confirm(self, request):
        bulk = self._file(request.POST.get("file"))
        if bulk is None:
            raise Http404
        try:
            with transaction.atomic():
                bulk = bulk_uploads.bulk_enrolment_queue(bulk=bulk)
                audit_log(
                    action="lp.bulk_enrolment",
                    instance=self.session,
                    request=request,
                    data={"file": bulk.filename, "rows": bulk.row_count},
                )
        except bulk_files.BulkEnrolmentError as error:
            messages.error(request, error.message)
            return redirect("reports_bulk_enrol", session_id=self.session.pk)
        bulk.refresh_from_db()  # where tasks run in-process, it is enrolled already
        if bulk.status == PENDING:
            messages.success(
                request,
                _("%(file)s is being enrolled. This page shows when it is done.")
                % {"file": bulk.filename},
            )
        elif bulk.status == FAILED:
            messages.error(request, bulk.failure)
        else:
            messages.success(request, bulk_result_message(bulk))
        return redirect("reports_bulk_enrol", session_id=self.session.pk)


def bulk_template(request):
    """A CSV file with the expected headings and an example row, to fill in and upload."""
    if not access.may_report(request.user):
        raise PermissionDenied
    buffer = io.StringIO()
    csv.writer(buffer).writerows(bulk_files.bulk_template_rows())
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="participants-template.csv"'
    return response


# --- Attendance -------------------------------------------------------------------------------


def _session_days(session) -> list[datetime.date]:
    if not session.starts_on:
        return []
    last = session.ends_on or session.starts_on
    days = (last - session.starts_on).days + 1
    return [session.starts_on + datetime.timedelta(days=offset) for offset in range(min(days, 62))]


class AttendanceView(ReportAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    """Tick who attended one day of an in-person or blended session."""

    template_name = "reports/attendance.html"
    header_icon = "tick"

    def dispatch(self, request, *args, **kwargs):
        if not access.may_report(request.user):
            raise PermissionDenied
        self.session = visible_session_or_404(request, kwargs["session_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Attendance: %(session)s") % {"session": self.session.title}

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {
                "url": reverse("reports_session_participants", args=[self.session.pk]),
                "label": self.session.title,
            },
            {"url": "", "label": _("Attendance")},
        ]

    def _day(self):
        """The day asked for, or the last day of the session so far: a day to come is refused
        (the form says why) and none is shown."""
        form = AttendanceDayForm(self.request.GET or self.request.POST or None)
        if form.is_bound:
            return form, form.cleaned_data["day"] if form.is_valid() else None
        so_far = [day for day in _session_days(self.session) if day <= timezone.localdate()]
        day = so_far[-1] if so_far else None
        return AttendanceDayForm(initial={"day": day}), day

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form, day = self._day()
        enrolments = list(
            self.session.enrolments.filter(withdrawn_at__isnull=True)
            .select_related("user")
            .order_by("user__full_name", "pk")
        )
        present = set()
        if day:
            present = set(
                self.session.enrolments.filter(attendance__day=day).values_list("pk", flat=True)
            )
        today = timezone.localdate()
        context.update(
            session=self.session,
            day=day,
            day_form=form,
            # The days so far can be ticked; those to come are shown, not linked.
            days=[(each, each <= today) for each in _session_days(self.session)],
            rows=[(enrolment, enrolment.pk in present) for enrolment in enrolments],
            can_change=self.request.user.has_perm("learning.change_trainingsession"),
        )
        return context

    def post(self, request, *args, **kwargs):
        if not request.user.has_perm("learning.change_trainingsession"):
            raise PermissionDenied
        form = AttendanceDayForm(request.POST)
        if not form.is_valid():
            messages.error(request, " ".join(form.errors.get("day", [_("Choose the day first.")])))
            return redirect("reports_attendance", session_id=self.session.pk)
        day = form.cleaned_data["day"]
        present = request.POST.getlist("present")
        if request.POST.get("everyone"):  # "Everyone was there": every participant ticked
            present = self.session.enrolments.filter(withdrawn_at__isnull=True).values_list(
                "pk", flat=True
            )
        try:
            changes = services.session_attendance_set(
                session=self.session, day=day, present_enrolment_ids=present
            )
        except (ValueError, services.ValidationError):  # ids that are not this session's
            raise PermissionDenied from None
        messages.success(
            request,
            _("Attendance saved for %(day)s: %(added)s added, %(removed)s removed.")
            % {"day": day.isoformat(), **changes},
        )
        return redirect(
            reverse("reports_attendance", args=[self.session.pk]) + "?" + urlencode({"day": day})
        )


# --- The dashboard ----------------------------------------------------------------------------


class AggregateExport(SafeSpreadsheetExportMixin):
    """The dashboard's tables as one spreadsheet: a line per breakdown value."""

    list_export = ["breakdown", "value", *selectors.COLUMN_NAMES]

    def __init__(self, *, filename: str, suppress_below: int):
        self.export_filename = filename
        self.suppress_below = suppress_below
        self.export_headings = {
            "breakdown": _("Breakdown"),
            "value": _("Value"),
            **{stage: str(label) for stage, label in selectors.COLUMNS},
        }

    def preprocess_field_value(self, field, value, export_format):
        if field in selectors.COLUMN_NAMES and isinstance(value, selectors.Hidden):
            value = selectors.count_shown(value, threshold=self.suppress_below)
        return super().preprocess_field_value(field, value, export_format)


def aggregate_rows(board: selectors.Dashboard) -> list[dict]:
    """The totals in participations and in people, every breakdown, as flat rows, suppression
    applied, then the definitions and the suppression footnote."""
    threshold = board.suppress_below
    rows = [
        {
            "breakdown": _("All participants"),
            "value": _("Participations (a person once per course)"),
            **selectors.funnel_suppress(board.funnel, threshold=threshold),
        },
        {
            "breakdown": _("All participants"),
            "value": _("People (once, whatever the number of courses)"),
            **selectors.funnel_suppress(board.people, threshold=threshold),
        },
    ]
    for name, label, _field in selectors.DIMENSIONS:
        for row in board.breakdowns[name]:
            rows.append({"breakdown": str(label), "value": row.label, **row.counts})
    notes = [f"{label}: {selectors.DEFINITIONS[stage]}" for stage, label in selectors.COLUMNS]
    if threshold > 1:
        notes.append(selectors.suppression_note(threshold))
    for note in notes:
        rows.append(
            {"breakdown": _("Note"), "value": note, **dict.fromkeys(selectors.COLUMN_NAMES, "")}
        )
    return rows


def _hidden(count, threshold: int) -> str:
    """What a table cell shows for a count hidden by suppression; "" for one shown."""
    if isinstance(count, selectors.Hidden):
        return selectors.count_shown(count, threshold=threshold)
    return ""


class DashboardView(ReportAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    """For a period, a course and a session: the funnel enrolled > active > completed >
    certified, broken down by country, gender, organisation type and enrolment source, as
    charts and tables, with the participants behind each number one click away."""

    template_name = "reports/dashboard.html"
    page_title = gettext_lazy("Participation")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        form = DashboardForm(request.GET or None, user=request.user)
        filters = form.report_filters()
        suppress_below = form.suppress_threshold()
        board = selectors.dashboard(
            user=request.user, filters=filters, suppress_below=suppress_below
        )
        export = request.GET.get("export")
        if export in SafeSpreadsheetExportMixin.FORMATS:
            return AggregateExport(
                filename="participation", suppress_below=suppress_below
            ).as_spreadsheet(aggregate_rows(board), export)
        return self.render_to_response(
            self.get_context_data(form=form, board=board, filters=filters)
        )

    def get_context_data(self, *, form, board, filters, **kwargs):
        context = super().get_context_data(**kwargs)
        base_query = filters.as_query()
        participants_url = reverse("reports_participants")
        funnel = selectors.funnel_suppress(board.funnel, threshold=board.suppress_below)
        breakdowns = []
        for name, label, _field in selectors.DIMENSIONS:
            rows = board.breakdowns[name]
            breakdowns.append(
                {
                    "name": name,
                    "label": label,
                    "chart": charts.breakdown_svg(
                        rows, title=str(label), suppress_below=board.suppress_below
                    ),
                    "rows": [
                        {
                            "label": row.label,
                            "cells": [
                                {
                                    "count": row.counts[stage],
                                    "hidden": _hidden(row.counts[stage], board.suppress_below),
                                    # "Not given" has no filter value to drill down to.
                                    "url": participants_url
                                    + "?"
                                    + urlencode({**base_query, name: row.value, "stage": stage})
                                    if row.value
                                    else "",
                                }
                                for stage in selectors.COLUMN_NAMES
                            ],
                        }
                        for row in rows
                    ],
                }
            )
        query_string = urlencode({**base_query, "suppress_below": board.suppress_below or ""})
        context.update(
            form=form,
            board=board,
            stages=selectors.COLUMNS,
            definitions=[
                (label, selectors.DEFINITIONS[stage]) for stage, label in selectors.COLUMNS
            ],
            people_cells=[
                _hidden(count, board.suppress_below) or count
                for count in selectors.funnel_suppress(
                    board.people, threshold=board.suppress_below
                ).values()
            ],
            funnel_cells=[
                {
                    "label": label,
                    "count": funnel[stage],
                    "hidden": _hidden(funnel[stage], board.suppress_below),
                    "url": participants_url + "?" + urlencode({**base_query, "stage": stage}),
                }
                for stage, label in selectors.COLUMNS
            ],
            funnel_chart=charts.funnel_svg(
                funnel, title=_("Participation funnel"), suppress_below=board.suppress_below
            ),
            breakdowns=breakdowns,
            suppression_note=selectors.suppression_note(board.suppress_below)
            if board.suppress_below > 1
            else "",
            csv_url=reverse("reports_dashboard") + "?" + query_string + "&export=csv",
            xlsx_url=reverse("reports_dashboard") + "?" + query_string + "&export=xlsx",
            empty_message=charts.empty_message(),
        )
        return context


PANEL_CACHE_SECONDS = 5 * 60


class ParticipationPanel(Component):
    """The funnel on the admin home page."""

    name = "participation"
    order = 90
    template_name = "reports/dashboard_panel.html"

    def __init__(self, context: dict):
        self.panel_context = context

    def get_context_data(self, parent_context):
        return self.panel_context


def dashboard_panel_context(request) -> dict | None:
    """The funnel of everything the person may see, for the admin home page. Counted at most
    every few minutes per person: the home page is opened far more often than the numbers
    change, and counting every enrolment each time would slow it down."""
    if not access.may_report(request.user):
        return None
    funnel = cache.get_or_set(
        f"reports:home-funnel:{request.user.pk}",
        lambda: selectors.dashboard(user=request.user, filters=selectors.ReportFilters()).funnel,
        PANEL_CACHE_SECONDS,
    )
    return {
        "funnel_chart": charts.funnel_svg(funnel, title=_("Participation funnel")),
        "dashboard_url": reverse("reports_dashboard"),
    }
