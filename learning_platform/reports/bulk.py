"""Bulk enrolment of a file of participants in a training session.

Bulk enrolment runs in two steps. ``bulk_enrolment_preview`` checks the rows read from the file
(``bulk_files.bulk_file_read``) and says, row by row, what confirming would do (a new account, an
existing account, already enrolled, or an error and why) and changes nothing.
``bulk_enrolment_confirm`` does it, in one transaction, with the accounts and learning services;
emails are queued in that transaction and sent once it commits.
The admin confirms through ``bulk_uploads.bulk_enrolment_queue``: a worker runs the
confirmation, since a file of thousands of rows takes longer than a web request may.
Running either again with the same file changes nothing more: existing accounts are found by
their email address, enrolments are unique per trainee and course, emails by their key.
"""

from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_countries import countries

from courses.models import CoursePage
from learning_platform.accounts.models import (
    GENDER_CHOICES,
    LANGUAGE_CHOICES,
    ORGANISATION_TYPE_CHOICES,
    User,
)
from learning_platform.learning import services as learning_services
from learning_platform.learning.models import Enrolment, TrainingSession
from learning_platform.links import absolute_url
from learning_platform.notifications.links import SECRET_LINK_PLACEHOLDER
from learning_platform.notifications.services import email_queue

from .bulk_files import BulkEnrolmentError, simplify

NEW_ACCOUNT = "new_account"
EXISTING_ACCOUNT = "existing_account"
ALREADY_ENROLLED = "already_enrolled"
ERROR = "error"


@dataclass
class RowOutcome:
    """What confirming does with one row of the file."""

    number: int  # the row's number in the spreadsheet, the heading being row 1
    values: dict  # the cleaned values, by column
    outcome: str = ""  # NEW_ACCOUNT, EXISTING_ACCOUNT, ALREADY_ENROLLED or ERROR
    errors: list = field(default_factory=list)
    user: object = None  # the existing account, if any
    note: str = ""  # more about the outcome, for the coordinator

    @property
    def is_error(self) -> bool:
        return self.outcome == ERROR

    @property
    def country_name(self) -> str:
        code = self.values.get("country")
        return str(countries.name(code)) if code else ""

    def outcome_label(self) -> str:
        return {
            NEW_ACCOUNT: _("New account, enrolled"),
            EXISTING_ACCOUNT: _("Existing account, enrolled"),
            ALREADY_ENROLLED: _("Already enrolled: nothing to do"),
            ERROR: _("Error"),
        }[self.outcome]


@dataclass
class BulkPreview:
    rows: list
    problems: list = field(default_factory=list)  # reasons nothing can be confirmed

    def count(self, outcome: str) -> int:
        return sum(1 for row in self.rows if row.outcome == outcome)

    @property
    def can_confirm(self) -> bool:
        return not self.problems and any(
            row.outcome in (NEW_ACCOUNT, EXISTING_ACCOUNT) for row in self.rows
        )


# --- Checking each row ------------------------------------------------------------------------


def _choice_lookup(choices) -> dict:
    """Code or label (in every interface language) -> code."""
    lookup = {}
    for code, label in choices:
        lookup[simplify(code)] = code
        for language in settings.SUPPORTED_LANGUAGES:
            with translation.override(language):
                lookup[simplify(str(label))] = code
    return lookup


def _country_lookup() -> dict:
    lookup = {}
    for language in ("en", "fr"):
        with translation.override(language):
            for code, name in countries:
                lookup[simplify(name)] = code
    for code, _name in countries:
        lookup[simplify(code)] = code
        alpha3 = countries.alpha3(code)
        if alpha3:
            lookup[simplify(alpha3)] = code
    return lookup


def _row_check(row: dict, lookups: dict) -> tuple[dict, list[str]]:
    """The row's cleaned values and what is wrong with it."""
    errors = [
        _("The cell “%(column)s” holds a formula: type its value instead.") % {"column": heading}
        for heading, _column in row.get("_formulas", ())
    ]
    with_formula = {column for _heading, column in row.get("_formulas", ())}
    values = {"full_name": row["full_name"].strip(), "organisation": row["organisation"].strip()}
    if not values["full_name"]:
        if "full_name" not in with_formula:  # else the formula is the reason, said above
            errors.append(_("The name is missing."))
    elif len(values["full_name"]) > 200:
        errors.append(_("The name is longer than 200 characters."))
    if len(values["organisation"]) > 200:
        errors.append(_("The organisation is longer than 200 characters."))
    email = row["email"].strip()
    if not email:
        if "email" not in with_formula:
            errors.append(_("The email address is missing."))
    else:
        try:
            validate_email(email)
        except ValidationError:
            errors.append(_("“%(value)s” is not a valid email address.") % {"value": email})
    values["email"] = User.objects.normalize_email(email)
    messages = {
        "country": _("“%(value)s” is not a country we know (use its name or ISO code)."),
        "organisation_type": _(
            "“%(value)s” is not a type of organisation. Use one of: %(choices)s."
        ),
        "gender": _("“%(value)s” is not a gender option. Use one of: %(choices)s."),
        "preferred_language": _("“%(value)s” is not a language. Use one of: %(choices)s."),
    }
    choices = {
        "organisation_type": ORGANISATION_TYPE_CHOICES,
        "gender": GENDER_CHOICES,
        "preferred_language": LANGUAGE_CHOICES,
    }
    for column, message in messages.items():
        given = row[column].strip()
        code = lookups[column].get(simplify(given), "") if given else ""
        if given and not code:
            errors.append(
                message
                % {
                    "value": given,
                    "choices": ", ".join(code for code, _label in choices.get(column, ())),
                }
            )
        values[column] = code
    if not values["preferred_language"]:
        values["preferred_language"] = settings.LANGUAGE_CODE
    return values, errors


def _course_of(session: TrainingSession) -> CoursePage:
    versions = list(CoursePage.objects.filter(translation_key=session.course_key))
    course = next(
        (page for page in versions if page.locale.language_code == settings.LANGUAGE_CODE),
        versions[0] if versions else None,
    )
    if course is None:
        raise BulkEnrolmentError(_("The course of this session no longer exists."))
    return course


def bulk_enrolment_preview(*, session: TrainingSession, rows: list[dict]) -> BulkPreview:
    """What confirming ``rows`` (from ``bulk_file_read``) would do in ``session``. Reads, never
    writes: three queries for the whole file."""
    lookups = {
        "country": _country_lookup(),
        "organisation_type": _choice_lookup(ORGANISATION_TYPE_CHOICES),
        "gender": _choice_lookup(GENDER_CHOICES),
        "preferred_language": _choice_lookup(LANGUAGE_CHOICES),
    }
    outcomes = []
    seen = {}
    for row in rows:
        values, errors = _row_check(row, lookups)
        email_key = values["email"].lower()
        if email_key and email_key in seen and not errors:
            errors.append(
                _("This email address is already on row %(row)s of the file.")
                % {"row": seen[email_key]}
            )
        seen.setdefault(email_key, row["_row"])
        outcomes.append(
            RowOutcome(
                number=row["_row"], values=values, outcome=ERROR if errors else "", errors=errors
            )
        )
    emails = {row.values["email"].lower() for row in outcomes if not row.is_error}
    users = {
        user.email_lower: user
        for user in User.objects.annotate(email_lower=Lower("email")).filter(email_lower__in=emails)
    }
    enrolled = {
        user_id: (session_id, title)
        for user_id, session_id, title in Enrolment.objects.filter(
            course_key=session.course_key,
            withdrawn_at__isnull=True,
            user__in=[user.pk for user in users.values()],
        ).values_list("user_id", "session_id", "session__title")
    }
    for row in outcomes:
        if row.is_error:
            continue
        user = row.user = users.get(row.values["email"].lower())
        if user is None:
            row.outcome = NEW_ACCOUNT
        elif not user.is_active:
            row.outcome = ERROR
            row.errors.append(_("This account is deactivated; an administrator can reopen it."))
        elif user.pk in enrolled:
            row.outcome = ALREADY_ENROLLED
            elsewhere_id, elsewhere = enrolled[user.pk]
            if elsewhere_id != session.pk:
                # One enrolment per trainee and course: they stay where they are.
                row.note = (
                    _("Enrolled in this course in the session “%(session)s”.")
                    % {"session": elsewhere}
                    if elsewhere
                    else _("Enrolled in this course at their own pace, in no session.")
                )
        else:
            row.outcome = EXISTING_ACCOUNT
    preview = BulkPreview(rows=outcomes)
    preview.problems = _session_problems(session, preview)
    return preview


def _session_problems(session: TrainingSession, preview: BulkPreview) -> list[str]:
    """Why the session cannot take these enrolments, if it cannot."""
    problems = []
    if session.enrolment_closes_at and session.enrolment_closes_at < timezone.now():
        problems.append(
            _("Enrolment for this session has closed. Change its closing date to enrol more.")
        )
    if session.enrolment_opens_at and session.enrolment_opens_at > timezone.now():
        problems.append(
            _("Enrolment for this session has not opened yet. Change its opening date first.")
        )
    if session.capacity is not None:
        taken = session.enrolments.filter(withdrawn_at__isnull=True).count()
        wanted = preview.count(NEW_ACCOUNT) + preview.count(EXISTING_ACCOUNT)
        if taken + wanted > session.capacity:
            problems.append(
                _(
                    "The session has %(free)s places left and this file would enrol %(wanted)s. "
                    "Raise its capacity or remove rows."
                )
                % {"free": max(session.capacity - taken, 0), "wanted": wanted}
            )
    return problems


@dataclass
class BulkResult:
    accounts_created: int = 0
    enrolled: int = 0
    unchanged: int = 0
    errors: int = 0


def bulk_enrolment_confirm(*, session: TrainingSession, rows: list[dict]) -> BulkResult:
    """Creates the accounts and enrolments the preview of ``rows`` announced, in one
    transaction, and queues the invitation (new accounts: choose a password) and enrolment
    emails, sent once it commits. Rows in error are left out. Raises BulkEnrolmentError,
    changing nothing, when the session cannot take them."""
    course = _course_of(session)
    result = BulkResult()
    with transaction.atomic():
        TrainingSession.objects.select_for_update().filter(pk=session.pk).first()
        preview = bulk_enrolment_preview(session=session, rows=rows)
        if preview.problems:
            raise BulkEnrolmentError(" ".join(preview.problems))
        for row in preview.rows:
            if row.outcome in (ERROR, ALREADY_ENROLLED):
                result.errors += row.is_error
                result.unchanged += not row.is_error
                continue
            user = row.user
            if user is None:
                user = _account_create(values=row.values)
                result.accounts_created += 1
            try:
                learning_services.enrolment_create(
                    user=user, course=course, session=session, source="bulk"
                )
            except learning_services.EnrolmentError as error:
                raise BulkEnrolmentError(
                    _("Row %(row)s: %(reason)s") % {"row": row.number, "reason": error.message}
                ) from error
            result.enrolled += 1
    return result


def _account_create(*, values: dict) -> User:
    """An account for a participant enrolled by a coordinator, with no password: the
    invitation email lets them choose one."""
    user = User.objects.create_user(
        email=values["email"],
        password=None,
        full_name=values["full_name"],
        country=values["country"],
        organisation=values["organisation"],
        organisation_type=values["organisation_type"],
        gender=values["gender"],
        preferred_language=values["preferred_language"],
    )
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=False)
    invitation_queue(user=user)
    return user


def invitation_queue(*, user: User) -> None:
    """Queues, once per account, the email that tells a person an account was made for them
    and lets them choose their password (through django-allauth's password reset link, which
    the worker makes as it sends: the outbox never holds it)."""
    language = user.preferred_language or settings.LANGUAGE_CODE
    with translation.override(language):  # the addresses start with the person's language
        login_path = reverse("account_login")
    email_queue(
        kind="invitation",
        user=user,
        language=language,
        dedup_key=f"invitation:{user.pk}",
        context={
            "set_password_url": SECRET_LINK_PLACEHOLDER,
            "login_url": absolute_url(login_path),
        },
        related=user,
        secret_link="password_reset",  # noqa: S106 - names the link, holds none
    )
