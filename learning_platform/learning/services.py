"""Writes about who learns what: enrol, withdraw, record progress, grade, complete."""

import contextlib
import math
import time
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from learning_platform.links import absolute_url
from learning_platform.notifications.services import email_queue

from . import selectors
from .models import (
    Attendance,
    Enrolment,
    ModuleProgress,
    TrainingSession,
)
from .signals import enrolment_completed

# Sources through which a coordinator enrols people: they pass every rule of the course.
COORDINATOR_SOURCES = ("invitation", "bulk")


class EnrolmentError(Exception):
    """The trainee cannot enrol; ``message`` says why, for them."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _key_matches(given: str, expected: str) -> bool:
    # People type keys on phones: ignore surrounding spaces and case.
    return constant_time_compare(given.strip().casefold(), expected.strip().casefold())


def _wrong_keys_lock_error(*, until: float | None, window: int) -> EnrolmentError:
    minutes = max(1, math.ceil(((until or time.time() + window) - time.time()) / 60))
    return EnrolmentError(
        ngettext(
            "Too many wrong keys; try again in %(minutes)d minute.",
            "Too many wrong keys; try again in %(minutes)d minutes.",
            minutes,
        )
        % {"minutes": minutes}
    )


def _key_try(*, user, course_key, right: bool) -> None:
    """Counts a key typed by ``user`` for ``course_key`` against ENROLMENT_KEY_WRONG_RATE, in
    the shared cache, and raises EnrolmentError unless it may go through.

    Every try is counted first, with an atomic add or incr, so that simultaneous guesses cannot
    pass the limit together; a right key that is not locked out is then taken back off. The
    window starts with the first key tried, and once its wrong keys reach the limit every key,
    the right one too, is refused until the window ends."""
    limit, window = settings.ENROLMENT_KEY_WRONG_RATE
    count_key = f"learning:wrong-keys:{user.pk}:{course_key}"
    until_key = f"{count_key}:until"
    cache.add(until_key, time.time() + window, timeout=window)
    if cache.add(count_key, 1, timeout=window):
        count = 1
    else:
        try:
            count = cache.incr(count_key)
        except ValueError:  # the window ended between add and incr
            cache.set(until_key, time.time() + window, timeout=window)
            cache.add(count_key, 1, timeout=window)
            count = 1
    if count > limit or (count == limit and not right):
        raise _wrong_keys_lock_error(until=cache.get(until_key), window=window)
    if right:
        with contextlib.suppress(ValueError):  # the window has just ended
            cache.decr(count_key)
        return
    raise EnrolmentError(_("This enrolment key is not right. Check it and try again."))


def _check_rules(*, user, course, session, key: str, source: str) -> str:
    """Raises EnrolmentError unless the course's rules let this enrolment through; returns the
    source to record. Wrong keys are limited per person and course (ENROLMENT_KEY_WRONG_RATE):
    once locked, every key is refused, the right one too, until the lock ends."""
    if source in COORDINATOR_SOURCES:
        return source
    expected_key = (session.enrolment_key if session else "") or (
        course.enrolment_key if course.enrolment_mode == "key" else ""
    )
    if course.enrolment_mode == "invitation" and not (session and session.enrolment_key):
        raise EnrolmentError(_("This course is open by invitation only."))
    if expected_key:
        if not key.strip():
            raise EnrolmentError(_("This course needs an enrolment key."))
        _key_try(
            user=user,
            course_key=course.translation_key,
            right=_key_matches(key, expected_key),
        )
        return "key"
    return source


def _check_session(*, session: TrainingSession, course_key) -> None:
    """Raises EnrolmentError when the session is for another course, closed or full. Call it
    inside a transaction: it locks the session so that two people cannot take the last place."""
    if session.course_key != course_key:
        raise EnrolmentError(_("This session belongs to another course."))
    now = timezone.now()
    if session.enrolment_opens_at and now < session.enrolment_opens_at:
        raise EnrolmentError(_("Enrolment for this session has not opened yet."))
    if session.enrolment_closes_at and now > session.enrolment_closes_at:
        raise EnrolmentError(_("Enrolment for this session has closed."))
    if session.capacity is not None:
        TrainingSession.objects.select_for_update().filter(pk=session.pk).first()
        taken = session.enrolments.filter(withdrawn_at__isnull=True).count()
        if taken >= session.capacity:
            raise EnrolmentError(_("This session is full."))


def enrolment_create(
    *, user, course, session: TrainingSession | None = None, key: str = "", source: str = "self"
) -> tuple[Enrolment, bool]:
    """Enrols ``user`` in ``course`` (any language version), as its rules allow.

    Returns the enrolment and whether it was made now. Enrolling again, by a double click or a
    retried request, returns the existing enrolment; a trainee who had withdrawn is back."""
    course_key = course.translation_key
    existing = selectors.enrolment_for(user=user, course_key=course_key)
    if existing is not None and existing.is_active:
        return existing, False
    recorded_source = _check_rules(
        user=user, course=course, session=session, key=key, source=source
    )
    with transaction.atomic():
        if session is not None:
            _check_session(session=session, course_key=course_key)
        if existing is not None:
            existing.withdrawn_at = None
            existing.session = session or existing.session
            existing.save(update_fields=["withdrawn_at", "session"])
            return existing, False
        try:
            with transaction.atomic():
                enrolment = Enrolment.objects.create(
                    user=user, course_key=course_key, session=session, source=recorded_source
                )
        except IntegrityError:
            # Another request enrolled this trainee a moment ago: that enrolment is the one.
            return Enrolment.objects.get(user=user, course_key=course_key), False
        _confirmation_queue(enrolment=enrolment, course=course)
    return enrolment, True


def _confirmation_queue(*, enrolment: Enrolment, course) -> None:
    """Queues the enrolment confirmation, in the trainee's language, in this transaction."""
    _email_about_enrolment(kind="enrolment_confirmation", enrolment=enrolment, course=course)


def _email_about_enrolment(*, kind: str, enrolment: Enrolment, course=None) -> None:
    """Queues an email of ``kind`` about ``enrolment``, once (its key is the kind and the
    enrolment), naming the course in the trainee's language."""
    language = enrolment.user.preferred_language
    localized = (
        selectors.course_in_language(course_key=enrolment.course_key, language=language)
        or course
        or selectors.course_in_language(
            course_key=enrolment.course_key, language=settings.LANGUAGE_CODE
        )
    )
    if localized is None:
        return  # the course is no longer published: nothing to invite them back to
    _site_id, _root, path = localized.get_url_parts()
    email_queue(
        kind=kind,
        user=enrolment.user,
        language=language,
        dedup_key=f"{kind}:{enrolment.pk}",
        related=enrolment,
        context={
            "course_title": localized.title,
            "course_url": absolute_url(path),
            "session": enrolment.session,
        },
    )


def session_reminders_queue(*, days_before: int) -> int:
    """Reminds every active trainee of a session that starts within ``days_before`` days (once
    per enrolment). Returns how many reminders were queued now or before."""
    today = timezone.localdate()
    enrolments = Enrolment.objects.filter(
        withdrawn_at__isnull=True,
        completed_at__isnull=True,
        session__starts_on__gte=today,
        session__starts_on__lte=today + timedelta(days=days_before),
    ).select_related("user", "session")
    for enrolment in enrolments:
        with transaction.atomic():
            _email_about_enrolment(kind="session_reminder", enrolment=enrolment)
    return len(enrolments)


def progress_nudges_queue(*, after_days: int) -> int:
    """A gentle nudge, at most once per enrolment, to trainees who have made no progress for
    ``after_days`` days. Returns how many enrolments were nudged now or before."""
    quiet_since = timezone.now() - timedelta(days=after_days)
    enrolments = (
        Enrolment.objects.filter(withdrawn_at__isnull=True, completed_at__isnull=True)
        .filter(
            Q(last_activity_at__lt=quiet_since)
            | Q(last_activity_at__isnull=True, enrolled_at__lt=quiet_since)
        )
        .select_related("user", "session")
    )
    for enrolment in enrolments:
        with transaction.atomic():
            _email_about_enrolment(kind="progress_nudge", enrolment=enrolment)
    return len(enrolments)


def enrolment_withdraw(*, enrolment: Enrolment) -> None:
    """The trainee leaves the course; their progress is kept should they come back."""
    if enrolment.withdrawn_at is None:
        enrolment.withdrawn_at = timezone.now()
        enrolment.save(update_fields=["withdrawn_at"])


def check_module(enrolment: Enrolment, module) -> None:
    if module.translation_key not in selectors.course_module_keys(enrolment.course_key):
        raise EnrolmentError(_("This module is not part of your course."))
    if not enrolment.is_active:
        raise EnrolmentError(_("You have left this course; enrol again to go on."))


def complete_module_if_done(progress: ModuleProgress, module) -> None:
    if progress.completed_at or progress.marked_done_at is None:
        return
    if (
        len(module.quiz)
        and not progress.enrolment.attempts.filter(
            module_key=progress.module_key, passed=True
        ).exists()
    ):
        return
    progress.completed_at = timezone.now()
    progress.save(update_fields=["completed_at"])


@transaction.atomic
def module_mark_done(*, enrolment: Enrolment, module) -> ModuleProgress:
    """The trainee has studied ``module``. It is completed when its quiz, if any, is passed."""
    check_module(enrolment, module)
    progress, _created = ModuleProgress.objects.get_or_create(
        enrolment=enrolment, module_key=module.translation_key
    )
    if progress.marked_done_at is None:
        progress.marked_done_at = timezone.now()
        progress.save(update_fields=["marked_done_at"])
    complete_module_if_done(progress, module)
    enrolment_studied(enrolment=enrolment, module=module)
    enrolment_completion_update(enrolment=enrolment)
    return progress


def enrolment_studied(*, enrolment: Enrolment, module) -> None:
    """Remembers the module the trainee was last on, to continue there, and when."""
    enrolment.last_module_key = module.translation_key
    enrolment.last_activity_at = timezone.now()
    enrolment.save(update_fields=["last_module_key", "last_activity_at"])


def attendance_day_check(day) -> None:
    """Attendance is for a day that has come: a day ahead recorded by mistake would count
    towards completion, and issue certificates, before anyone attended. Raises ValidationError."""
    if day > timezone.localdate():
        raise ValidationError(
            _("Attendance cannot be recorded for a day that has not come yet (%(day)s).")
            % {"day": date_format(day, "DATE_FORMAT")}
        )


def attendance_record(*, enrolment: Enrolment, day) -> Attendance:
    """Records that the trainee attended ``day`` of their session (once per day), a day that
    has come (``attendance_day_check``)."""
    attendance_day_check(day)
    attendance, _created = Attendance.objects.get_or_create(enrolment=enrolment, day=day)
    enrolment_completion_update(enrolment=enrolment)
    return attendance


def attendance_remove(*, enrolment: Enrolment, day) -> bool:
    """Removes a day recorded by mistake; returns whether there was one. A course already
    completed stays completed (its certificate may be out)."""
    deleted, _rows = Attendance.objects.filter(enrolment=enrolment, day=day).delete()
    return bool(deleted)


def _attended_enough(enrolment: Enrolment) -> bool:
    session = enrolment.session
    if session is None or not session.attendance_days_required:
        return True
    return enrolment.attendance.count() >= session.attendance_days_required


def enrolment_completion_update(*, enrolment: Enrolment) -> bool:
    """Decides, on the server and in one place, whether the course is completed: every required
    module completed (which includes passing its quiz), and the days of attendance the session
    requires. Sets ``completed_at`` once and sends ``enrolment_completed`` once, inside the
    transaction. Returns whether it completed now."""
    with transaction.atomic():
        locked = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        if locked.completed_at is not None or locked.withdrawn_at is not None:
            return False
        required = selectors.course_module_keys(locked.course_key, required_only=True)
        completed = set(
            locked.progress.filter(completed_at__isnull=False).values_list("module_key", flat=True)
        )
        if not required or not required <= completed or not _attended_enough(locked):
            return False
        locked.completed_at = timezone.now()
        locked.save(update_fields=["completed_at"])
        enrolment.completed_at = locked.completed_at
        enrolment_completed.send(sender=Enrolment, enrolment=locked)
    return True
