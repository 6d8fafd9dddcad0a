"""Who may see and act on which learner records. Decided here, once; every admin view, export,
PDF, ZIP and action asks this module.

The rule: a person sees the learner records of the sessions they run, as one of the session's
coordinators or trainers; a record without a session (a self-paced enrolment) is seen by the
course's team (``courses.CourseTeam``); superusers see everything. Every learner record hangs
from an enrolment (progress, quiz attempts, attendance, certificates, the emails about it), so
its scope is its enrolment's: a certificate belongs to its enrolment's session, never to a
course as a whole. Account emails (password resets, invitations) are seen by superusers only.
Figures that name nobody (quiz statistics) count a course's every attempt for its team.

What a person may *do* to a record in scope is their role's model permission (coordinators
change sessions and certificates, trainers only view them), asked with ``may_act``.
"""

import hmac

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet

from courses.models import CourseTeam
from learning_platform.accounts.services import user_needs_second_factor
from learning_platform.notifications.models import OutboxEmail

from .models import Enrolment, QuizAttempt, TrainingSession

# Emails about an account rather than a course: they may hold (or once held) a way into it.
ACCOUNT_EMAIL_KINDS = ("account", "invitation")


def may_report(user) -> bool:
    """Whether ``user`` may open the coordinators' views at all: superusers, and people whose
    role gives them read access to training sessions (coordinators and trainers), with their
    second factor set up. Trainees never do."""
    return bool(
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.has_perm("learning.view_trainingsession"))
        and not user_needs_second_factor(user=user)
    )


def may_act(user, permission: str) -> bool:
    """Whether ``user``'s role allows ``permission`` ("certificates.change_certificate"...) on
    the records in their scope."""
    return bool(user.is_authenticated and user.is_active and user.has_perm(permission))


def _sees_everything(user) -> bool:
    return bool(
        user.is_authenticated
        and user.is_active
        and user.is_superuser
        and not user_needs_second_factor(user=user)
    )


def sessions_run_by(user) -> QuerySet:
    """The sessions ``user`` runs, as a coordinator or a trainer (every one for a superuser;
    none for a trainee, whatever a session's lists say)."""
    sessions = TrainingSession.objects.all()
    if _sees_everything(user):
        return sessions
    if not may_report(user):
        return sessions.none()
    return sessions.filter(
        pk__in=TrainingSession.objects.filter(Q(coordinators=user) | Q(trainers=user)).values("pk")
    )


def team_course_keys(user) -> QuerySet:
    """The courses (translation keys) whose team ``user`` is on."""
    if not may_report(user):
        return CourseTeam.objects.none().values("course_key")
    return CourseTeam.objects.filter(group__user=user).values("course_key")


def enrolment_scope(user, *, path: str = "") -> Q:
    """The condition on an enrolment (reached by ``path``, e.g. "enrolment__" from a
    certificate) for ``user`` to see it. Match nothing for someone outside every scope."""
    if _sees_everything(user):
        return Q()
    if not may_report(user):
        return Q(pk__in=[])
    return Q(**{f"{path}session__in": sessions_run_by(user).values("pk")}) | Q(
        **{f"{path}session__isnull": True, f"{path}course_key__in": team_course_keys(user)}
    )


def in_scope(user, records: QuerySet, *, path: str = "enrolment__") -> QuerySet:
    """``records`` narrowed to those ``user`` may see: any learner record with an enrolment
    at ``path`` (certificates, quiz attempts, module progress, attendance)."""
    return records.filter(enrolment_scope(user, path=path))


def enrolments_in_scope(user) -> QuerySet:
    return in_scope(user, Enrolment.objects.all(), path="")


def attempts_for_course_figures(user, *, course_key) -> QuerySet:
    """The quiz attempts that figures about a course (its quiz statistics, which name nobody)
    count for ``user``: every attempt at the course for its team and superusers; the attempts
    in their scope for coordinators and trainers."""
    attempts = QuizAttempt.objects.filter(enrolment__course_key=course_key)
    if _sees_everything(user) or team_course_keys(user).filter(course_key=course_key).exists():
        return attempts
    return in_scope(user, attempts)


def emails_in_scope(user) -> QuerySet:
    """The outbox rows ``user`` may read in the email log: every one for a superuser; for
    others, the course emails about an enrolment in their scope, never an account email."""
    emails = OutboxEmail.objects.all()
    if _sees_everything(user):
        return emails
    if not may_report(user):
        return emails.none()
    return emails.exclude(kind__in=ACCOUNT_EMAIL_KINDS).filter(
        related_type=ContentType.objects.get_for_model(Enrolment),
        related_id__in=enrolments_in_scope(user).values("pk"),
    )


def may_read_metrics(request) -> bool:
    """The operator's counts over every learner's emails and the task queue (/metrics): only
    for a scraper with METRICS_TOKEN. A session, a superuser's too, is not enough: the figures
    are for a machine, and nobody signs in to read them."""
    token = settings.METRICS_TOKEN
    given = request.headers.get("Authorization", "")
    return bool(token) and hmac.compare_digest(given.encode(), f"Bearer {token}".encode())


def course_scope(user, *, field: str = "translation_key") -> Q:
    """The condition on a course identity (``field``) for ``user`` to report on it: the
    courses of the sessions they run and those whose team they are on; every one for a
    superuser."""
    if _sees_everything(user):
        return Q()
    return Q(**{f"{field}__in": sessions_run_by(user).values("course_key")}) | Q(
        **{f"{field}__in": team_course_keys(user)}
    )
