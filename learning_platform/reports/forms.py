"""Forms and filters of the coordinators' views. Choices are limited to what the person may see."""

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.forms.utils import flatatt
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput

from learning_platform.accounts.models import GENDER_CHOICES, ORGANISATION_TYPE_CHOICES
from learning_platform.accounts.roles import COORDINATORS, TRAINERS
from learning_platform.learning import access
from learning_platform.learning.models import ENROLMENT_SOURCE_CHOICES, Enrolment, TrainingSession
from learning_platform.learning.services import attendance_day_check

from . import bulk_files, selectors

ALLOWED_UPLOAD_EXTENSIONS = (".csv", ".xlsx", ".txt")


def _staff_queryset():
    """People who can coordinate or train a session: members of those groups, superusers."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(groups__name__in=[COORDINATORS, TRAINERS]) | Q(is_superuser=True))
        .distinct()
        .order_by("full_name", "email")
    )


class TrainingSessionForm(forms.ModelForm):
    """A session, its course chosen by title (stored by the course's identity in every
    language), and the people responsible for it."""

    course_key = forms.TypedChoiceField(
        label=_("Course"),
        help_text=_("The course, whatever its language."),
        coerce=str,
    )

    class Meta:
        model = TrainingSession
        fields = [
            "course_key",
            "title",
            "format",
            "starts_on",
            "ends_on",
            "venue",
            "capacity",
            "enrolment_key",
            "attendance_days_required",
            "enrolment_opens_at",
            "enrolment_closes_at",
            "coordinators",
            "trainers",
        ]
        widgets = {
            "starts_on": AdminDateInput,
            "ends_on": AdminDateInput,
            "enrolment_opens_at": AdminDateTimeInput,
            "enrolment_closes_at": AdminDateTimeInput,
            "coordinators": forms.CheckboxSelectMultiple,
            "trainers": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course_key"].choices = [("", "---------"), *selectors.all_courses()]
        if self.instance.pk:
            self.initial["course_key"] = str(self.instance.course_key)
        for name in ("coordinators", "trainers"):
            self.fields[name].queryset = _staff_queryset()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("attendance_days_required") and cleaned.get("format") == "online":
            self.add_error(
                "attendance_days_required",
                _("Attendance can only be required for in-person and blended sessions."),
            )
        return cleaned


class BulkUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Participants file"),
        help_text=_(
            "A CSV or Excel (.xlsx) file whose first row names the columns: name, email, country, "
            "organisation, organisation type, gender, language. Name and email are required."
        ),
    )

    def clean_file(self):
        """The upload, once what can be told without reading it is right (its size, its
        kind against its name, a workbook's declared unzipped size); its bytes are in
        ``cleaned_data["content"]``. A worker reads it."""
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(ALLOWED_UPLOAD_EXTENSIONS):
            raise forms.ValidationError(_("Upload a .csv or .xlsx file."))
        max_bytes = bulk_files.FileLimits.from_settings().max_bytes
        if upload.size > max_bytes:
            raise forms.ValidationError(
                _("The file is larger than %(size)s MB.") % {"size": max_bytes // (1024 * 1024)}
            )
        content = upload.read()
        try:
            bulk_files.bulk_file_check(name=upload.name, content=content)
        except bulk_files.BulkEnrolmentError as error:
            raise forms.ValidationError(error.message) from error
        self.cleaned_data["content"] = content
        return upload


class AttendanceDayForm(forms.Form):
    day = forms.DateField(label=_("Day"), widget=AdminDateInput)

    def clean_day(self):
        day = self.cleaned_data["day"]
        attendance_day_check(day)
        return day


class QuickSelect(forms.Select):
    """A select whose options are written in Python rather than one template each: a
    superuser's dashboard lists every session, and hundreds of option templates cost more than
    the dashboard's query."""

    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, attrs)
        selected = "" if value is None else str(value)
        options = []
        for code, label in self.choices:
            code = "" if code is None else str(getattr(code, "value", code))
            chosen = " selected" if code == selected else ""
            options.append(f'<option value="{escape(code)}"{chosen}>{escape(label)}</option>')
        return format_html(
            '<select name="{}"{}>{}</select>',
            name,
            flatatt(attrs),
            mark_safe("".join(options)),  # noqa: S308 - every value and label escaped above
        )


def _course_choices(user):
    return [("", _("All courses")), *selectors.courses_visible_to(user)]


class DashboardForm(forms.Form):
    """What the dashboard counts: a period of enrolment, a course, a session."""

    date_from = forms.DateField(label=_("Enrolled from"), required=False, widget=AdminDateInput)
    date_to = forms.DateField(label=_("Enrolled until"), required=False, widget=AdminDateInput)
    course = forms.ChoiceField(label=_("Course"), required=False, widget=QuickSelect)
    session = forms.ModelChoiceField(
        label=_("Session"),
        queryset=TrainingSession.objects.none(),
        required=False,
        empty_label=_("All sessions"),
        widget=QuickSelect,
    )
    suppress_below = forms.IntegerField(
        label=_("Hide counts below"),
        required=False,
        min_value=0,
        max_value=100,
        help_text=_(
            "Counts from 1 up to this number minus one are hidden, so that no one can be "
            "recognised in a small group. 0 shows every count."
        ),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].choices = _course_choices(user)
        self.fields["session"].queryset = access.sessions_run_by(user)

    def report_filters(self) -> selectors.ReportFilters:
        data = self.cleaned_data if self.is_valid() else {}
        session = data.get("session")
        return selectors.ReportFilters(
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
            course_key=data.get("course") or "",
            session_id=session.pk if session else None,
        )

    def suppress_threshold(self) -> int:
        return (self.cleaned_data.get("suppress_below") or 0) if self.is_valid() else 0


class ParticipantFilterSet(WagtailFilterSet):
    """Filters of a participant list; the dashboard's drill-down links set them."""

    date_from = django_filters.DateFilter(
        label=_("Enrolled from"),
        field_name="enrolled_at__date",
        lookup_expr="gte",
        widget=AdminDateInput,
    )
    date_to = django_filters.DateFilter(
        label=_("Enrolled until"),
        field_name="enrolled_at__date",
        lookup_expr="lte",
        widget=AdminDateInput,
    )
    course = django_filters.ChoiceFilter(label=_("Course"), field_name="course_key")
    session = django_filters.ModelChoiceFilter(
        label=_("Session"),
        queryset=lambda request: access.sessions_run_by(request.user),
    )
    country = django_filters.ChoiceFilter(
        label=_("Country"), field_name="user__country", choices=countries
    )
    gender = django_filters.ChoiceFilter(
        label=_("Gender"), field_name="user__gender", choices=GENDER_CHOICES
    )
    organisation_type = django_filters.ChoiceFilter(
        label=_("Type of organisation"),
        field_name="user__organisation_type",
        choices=ORGANISATION_TYPE_CHOICES,
    )
    source = django_filters.ChoiceFilter(
        label=_("How they enrolled"), choices=ENROLMENT_SOURCE_CHOICES
    )
    stage = django_filters.ChoiceFilter(
        label=_("Stage"), choices=selectors.COLUMNS, method="filter_stage"
    )

    class Meta:
        model = Enrolment
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["course"].extra["choices"] = selectors.courses_visible_to(self.request.user)

    def filter_stage(self, queryset, name, value):
        return queryset.filter(selectors.STAGE_FILTERS[value]()) if value else queryset
