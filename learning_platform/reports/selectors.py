"""Reads for coordinators: who may see what, the participation funnel and its breakdowns, and
participant lists.

Every function runs a fixed number of queries whatever the number of enrolments: counts are
grouped and aggregated in the database, never row by row in Python.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from courses.models import CoursePage
from courses.selectors import course_with_modules
from learning_platform.accounts.models import GENDER_CHOICES, ORGANISATION_TYPE_CHOICES
from learning_platform.learning import access
from learning_platform.learning.models import (
    ENROLMENT_SOURCE_CHOICES,
    Attendance,
    ModuleProgress,
)

# The funnel, in order: each stage is a subset of the one before it.
STAGES = (
    ("enrolled", _("Enrolled")),
    ("active", _("Active")),
    ("completed", _("Completed")),
    ("certified", _("Certified")),
)
STAGE_NAMES = tuple(name for name, _label in STAGES)
# Beside the funnel, not in it: those who left before completing.
WITHDRAWN = ("withdrawn", _("Withdrew"))
# What the tables and exports count: the funnel's stages, then the withdrawals.
COLUMNS = (*STAGES, WITHDRAWN)
COLUMN_NAMES = tuple(name for name, _label in COLUMNS)
# Written beside every table: what each figure counts. Every figure counts a person once per
# course, whatever their languages, sessions or re-enrolments (one enrolment per person and
# course, kept by the database); "people" count a person once across all courses.
DEFINITIONS = {
    "enrolled": _("took part: enrolled and did not withdraw, or completed"),
    "active": _("of those, studied at least one module or took a quiz"),
    "completed": _("of those, met the course's completion rule"),
    "certified": _("of those, hold a certificate that is not revoked"),
    "withdrawn": _("enrolled, then withdrew before completing (not counted as enrolled)"),
}

# What the funnel is broken down by: (name, label, field of the enrolment).
DIMENSIONS = (
    ("country", _("Country"), "user__country"),
    ("gender", _("Gender"), "user__gender"),
    ("organisation_type", _("Type of organisation"), "user__organisation_type"),
    ("source", _("How they enrolled"), "source"),
)
DIMENSION_FIELDS = {name: field_name for name, _label, field_name in DIMENSIONS}
NOT_GIVEN = _("Not given")

_CHOICE_LABELS = {
    "gender": dict(GENDER_CHOICES),
    "organisation_type": dict(ORGANISATION_TYPE_CHOICES),
    "source": dict(ENROLMENT_SOURCE_CHOICES),
}


# --- Who sees what: learning/access.py decides ----------------------------------------------


def courses_visible_to(user) -> list[tuple[str, str]]:
    """``(course key, title)`` of the courses ``user`` reports on, by title, in the default
    language: every course for a superuser, else the courses of their sessions and teams."""
    courses = CoursePage.objects.filter(
        access.course_scope(user), locale__language_code=settings.LANGUAGE_CODE
    )
    return [
        (str(key), title)
        for key, title in courses.order_by("title").values_list("translation_key", "title")
    ]


def all_courses() -> list[tuple[str, str]]:
    """``(course key, title)`` of every course, for choosing a session's course."""
    return [
        (str(key), title)
        for key, title in CoursePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("title")
        .values_list("translation_key", "title")
    ]


def course_titles(course_keys) -> dict:
    """Course key -> title in the default language (one query)."""
    return dict(
        CoursePage.objects.filter(
            translation_key__in=set(course_keys), locale__language_code=settings.LANGUAGE_CODE
        ).values_list("translation_key", "title")
    )


# --- Filters ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportFilters:
    """What a coordinator asked for: a period (of enrolment), a course, a session, and for a
    participant list the value of one breakdown and a stage of the funnel."""

    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    course_key: str = ""
    session_id: int | None = None
    dimension: str = ""  # one of DIMENSIONS, with ``value``
    value: str = ""
    stage: str = ""  # one of COLUMN_NAMES

    def as_query(self) -> dict:
        """The filters as query parameters, to link from the dashboard to the participants."""
        query = {
            "date_from": self.date_from.isoformat() if self.date_from else "",
            "date_to": self.date_to.isoformat() if self.date_to else "",
            "course": self.course_key,
            "session": self.session_id or "",
        }
        return {name: value for name, value in query.items() if value}


def _certified_q() -> Q:
    return Q(certificate__isnull=False, certificate__revoked_at__isnull=True)


def _taking_part() -> Q:
    # A completion stands: who completed and then withdrew was trained.
    return Q(withdrawn_at__isnull=True) | Q(completed_at__isnull=False)


STAGE_FILTERS = {
    "enrolled": _taking_part,
    "active": lambda: _taking_part() & Q(last_activity_at__isnull=False),
    "completed": lambda: Q(completed_at__isnull=False),
    "certified": _certified_q,
    "withdrawn": lambda: ~_taking_part(),
}


def _day_start(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def enrolments_filtered(*, user, filters: ReportFilters) -> QuerySet:
    """The enrolments ``user`` may see, narrowed by ``filters``."""
    enrolments = access.enrolments_in_scope(user)
    # Bounds on the column itself (not on its date), so that an index on it can serve them.
    if filters.date_from:
        enrolments = enrolments.filter(enrolled_at__gte=_day_start(filters.date_from))
    if filters.date_to:
        enrolments = enrolments.filter(
            enrolled_at__lt=_day_start(filters.date_to + datetime.timedelta(days=1))
        )
    if filters.course_key:
        enrolments = enrolments.filter(course_key=filters.course_key)
    if filters.session_id:
        enrolments = enrolments.filter(session_id=filters.session_id)
    if filters.dimension in DIMENSION_FIELDS:
        enrolments = enrolments.filter(**{DIMENSION_FIELDS[filters.dimension]: filters.value})
    if filters.stage in STAGE_FILTERS:
        enrolments = enrolments.filter(STAGE_FILTERS[filters.stage]())
    return enrolments


# --- The dashboard ----------------------------------------------------------------------------


@dataclass
class CountRow:
    """One line of a breakdown: a value (a country, a gender...) and its funnel."""

    value: str  # the stored value ("" when not given)
    label: str
    counts: dict  # stage -> number, or a Hidden where suppressed

    def count(self, stage: str):
        return self.counts[stage]


@dataclass
class Dashboard:
    funnel: dict  # column -> participations (a person once per course)
    breakdowns: dict = field(default_factory=dict)  # dimension -> [CountRow], largest first
    suppress_below: int = 0
    people: dict = field(default_factory=dict)  # column -> people (once across all courses)

    @property
    def is_empty(self) -> bool:
        return not (self.funnel["enrolled"] or self.funnel["withdrawn"])


def value_label(dimension: str, value) -> str:
    if not value:
        return str(NOT_GIVEN)
    if dimension == "country":
        return str(countries.name(value) or value)
    return str(_CHOICE_LABELS[dimension].get(value, value))


def dashboard(*, user, filters: ReportFilters, suppress_below: int = 0) -> Dashboard:
    """The funnel enrolled > active > completed > certified, and the withdrawals, of the
    enrolments ``user`` may see (a person once per course), with its breakdowns by country,
    gender, organisation type and enrolment source, and the same figures in people (a person
    once across all courses).

    Two queries: the enrolments grouped by the four dimensions at once, with one conditional
    count per column (each breakdown is then a sum over those groups, a few thousand at most,
    whatever the number of enrolments), and the distinct people of each column. Counts from 1
    to ``suppress_below - 1`` are hidden, and others with them where needed (see
    ``counts_suppress``)."""
    stages = {name: Count("pk", filter=STAGE_FILTERS[name]()) for name in COLUMN_NAMES}
    enrolments = enrolments_filtered(user=user, filters=filters)
    groups = enrolments.order_by().values(*DIMENSION_FIELDS.values()).annotate(**stages)
    # People: each person once, however many courses they took part in (one more query).
    people = enrolments.order_by().aggregate(
        **{
            name: Count("user", distinct=True, filter=STAGE_FILTERS[name]())
            for name in COLUMN_NAMES
        }
    )
    funnel = dict.fromkeys(COLUMN_NAMES, 0)
    sums = {name: {} for name in DIMENSION_FIELDS}
    for group in groups:
        for stage in COLUMN_NAMES:
            funnel[stage] += group[stage]
        for name, field_name in DIMENSION_FIELDS.items():
            value = group[field_name] or ""
            totals = sums[name].setdefault(value, dict.fromkeys(COLUMN_NAMES, 0))
            for stage in COLUMN_NAMES:
                totals[stage] += group[stage]
    breakdowns = {}
    for name, values in sums.items():
        rows = [
            CountRow(value=value, label=value_label(name, value), counts=counts)
            for value, counts in values.items()
        ]
        rows.sort(key=lambda row: (-row.counts["enrolled"], row.label))
        breakdowns[name] = counts_suppress(rows, threshold=suppress_below)
    return Dashboard(
        funnel=funnel, breakdowns=breakdowns, suppress_below=suppress_below, people=people
    )


@dataclass(frozen=True)
class Hidden:
    """A count not shown, and why: ``small`` (from 1 to the threshold minus one, it could point
    at a person) or ``protecting`` (any size, hidden only so that a small one cannot be worked
    out from the totals). False, so that sums and bar widths read it as nothing."""

    reason: str

    def __bool__(self):
        return False


SMALL = Hidden("small")
PROTECTING = Hidden("protecting")
SUPPRESSED = _("suppressed")


def count_shown(count, *, threshold: int) -> str:
    """A count as every table, chart, export and snapshot writes it: a small one as "<N", one
    hidden to protect a small one as "suppressed", never the one as the other."""
    if count == SMALL:
        return f"<{threshold}"
    if count == PROTECTING:
        return str(SUPPRESSED)
    return str(count)


def suppression_note(threshold: int) -> str:
    """The footnote beside every suppressed table."""
    return _(
        "“<%(n)s”: from 1 to %(below)s people, hidden so that no one can be recognised. "
        "“%(suppressed)s”: a count of any size, hidden only so that a hidden one cannot be "
        "worked out from the total. 0 is shown: it identifies no one."
    ) % {"n": threshold, "below": threshold - 1, "suppressed": SUPPRESSED}


def counts_suppress(rows: list[CountRow], *, threshold: int) -> list[CountRow]:
    """Hides every count from 1 to ``threshold - 1`` (SMALL) so that no individual can be
    picked out of a small group. Zero identifies no one and stays.

    Where a stage of a breakdown would have exactly one hidden count, the smallest other
    non-zero count of that stage is hidden too (PROTECTING): otherwise subtracting the others
    from the total shown in the funnel would give the hidden one back."""
    if threshold <= 1:
        return rows
    for stage in COLUMN_NAMES:
        hidden = [row for row in rows if 0 < row.counts[stage] < threshold]
        for row in hidden:
            row.counts[stage] = SMALL
        if len(hidden) == 1:
            others = [row for row in rows if row.counts[stage]]
            if others:
                min(others, key=lambda row: row.counts[stage]).counts[stage] = PROTECTING
    return rows


def funnel_suppress(funnel: dict, *, threshold: int) -> dict:
    """The funnel with counts from 1 to ``threshold - 1`` hidden (SMALL)."""
    return {
        stage: (SMALL if threshold > 1 and 0 < count < threshold else count)
        for stage, count in funnel.items()
    }


# --- Participant lists ------------------------------------------------------------------------


def participants(*, user, filters: ReportFilters, by_name: bool = False) -> QuerySet:
    """Enrolments with their trainee, session and certificate, for a participant list: one
    query, whatever the page size. Newest first, which an index serves over any number of
    enrolments, or ``by_name`` (for one session's list). Progress and attendance come from
    ``participants_details`` for the page shown (counting them for every row would slow every
    page down)."""
    return (
        enrolments_filtered(user=user, filters=filters)
        .select_related("user", "session", "certificate")
        .order_by(*(("user__full_name", "pk") if by_name else ("-enrolled_at", "-pk")))
    )


def participants_details(enrolments) -> list:
    """Sets ``progress_percent`` (of the required modules completed), ``days_attended`` and
    ``course_title`` on each enrolment: three queries for any number of enrolments, plus the
    course module lists, which come from the cache."""
    if isinstance(enrolments, QuerySet) and not enrolments.query.is_sliced:
        # A whole export: the database matches the rows, however many (no list of ids).
        progress_of = {"enrolment__in": enrolments.order_by().values("pk")}
        enrolments = list(enrolments)
    else:
        enrolments = list(enrolments)
        progress_of = {"enrolment_id__in": [enrolment.pk for enrolment in enrolments]}
    course_keys = {enrolment.course_key for enrolment in enrolments}
    required = {}
    titles = {}
    for key, path, url_path, title in CoursePage.objects.filter(
        translation_key__in=course_keys, locale__language_code=settings.LANGUAGE_CODE
    ).values_list("translation_key", "path", "url_path", "title"):
        _course, modules = course_with_modules(path, url_path)
        required[key] = {module.key for module in modules if module.required}
        titles[key] = title
    done = {}
    for enrolment_id, module_key in ModuleProgress.objects.filter(
        completed_at__isnull=False, **progress_of
    ).values_list("enrolment_id", "module_key"):
        done.setdefault(enrolment_id, set()).add(str(module_key))
    days = dict(
        Attendance.objects.filter(**progress_of)
        .order_by()
        .values("enrolment_id")
        .annotate(days=Count("pk"))
        .values_list("enrolment_id", "days")
    )
    for enrolment in enrolments:
        enrolment.days_attended = days.get(enrolment.pk, 0)
        keys = required.get(enrolment.course_key, set())
        completed = len(keys & done.get(enrolment.pk, set()))
        enrolment.progress_percent = round(100 * completed / len(keys)) if keys else 0
        enrolment.course_title = titles.get(enrolment.course_key, "")
    return enrolments


def certificate_state(enrolment) -> str:
    """ "valid", "revoked" or "" for an enrolment loaded by ``participants``."""
    certificate = getattr(enrolment, "certificate", None)
    if certificate is None:
        return ""
    return "revoked" if certificate.revoked_at else "valid"
