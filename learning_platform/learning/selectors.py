"""Reads about who learns what."""

import uuid
from dataclasses import dataclass

from django.db import connection
from django.db.models import Q
from django.utils import timezone

from courses.models import CoursePage
from courses.selectors import course_with_modules
from learning_platform.rows import db_value, model_rows

from .models import Enrolment, ModuleProgress, QuizAttempt, TrainingSession


def course_module_keys(course_key, *, required_only: bool = False) -> set[uuid.UUID]:
    """The identities of the live modules of a course, in any of its languages: the course's
    module list, as its pages show it (cached until a page changes)."""
    course = CoursePage.objects.filter(translation_key=course_key).only("path").first()
    if course is None:
        return set()
    _course, modules = course_with_modules(course.path)
    return {uuid.UUID(module.key) for module in modules if module.required or not required_only}


def course_in_language(*, course_key, language: str) -> CoursePage | None:
    """The live course in ``language``, if it is translated into it."""
    return (
        CoursePage.objects.live()
        .filter(translation_key=course_key, locale__language_code=language)
        .first()
    )


def enrolment_for(*, user, course_key) -> Enrolment | None:
    if not user.is_authenticated:
        return None
    return Enrolment.objects.filter(user=user, course_key=course_key).first()


@dataclass(frozen=True)
class CourseProgress:
    completed_keys: frozenset  # identities of the completed modules, as strings
    percent: int  # of the required modules
    continue_module: object  # the ModuleEntry to study next, or None when all are done


def course_progress(*, enrolment: Enrolment, modules) -> CourseProgress:
    """How far ``enrolment`` is through ``modules`` (courses.selectors.ModuleEntry list)."""
    completed = frozenset(
        str(key)
        for key in enrolment.progress.filter(completed_at__isnull=False).values_list(
            "module_key", flat=True
        )
    )
    required = [module for module in modules if module.required]
    done = sum(1 for module in required if module.key in completed)
    last = str(enrolment.last_module_key) if enrolment.last_module_key else None
    pending = [module for module in modules if module.key not in completed]
    continue_module = next((module for module in pending if module.key == last), None) or (
        pending[0] if pending else None
    )
    return CourseProgress(
        completed_keys=completed,
        percent=round(100 * done / len(required)) if required else 100,
        continue_module=continue_module,
    )


def sessions_open_for_enrolment(*, course_key) -> list[TrainingSession]:
    now = timezone.now()
    return list(
        TrainingSession.objects.filter(course_key=course_key)
        .filter(Q(enrolment_opens_at__isnull=True) | Q(enrolment_opens_at__lte=now))
        .filter(Q(enrolment_closes_at__isnull=True) | Q(enrolment_closes_at__gte=now))
        .order_by("starts_on", "title")
    )


@dataclass(frozen=True)
class ModuleState:
    enrolment: Enrolment | None
    marked_done: bool = False  # the trainee said they studied the module
    completed: bool = False  # and passed its quiz, if it has one
    attempt: QuizAttempt | None = None  # the latest


def module_state(*, user, course_key, module_key) -> ModuleState:
    """The trainee's enrolment, progress on a module and latest quiz attempt: one query, and
    one more for the attempt when there is one.

    Every module page a trainee opens asks this: a plain statement, because the ORM took
    longer to compile its three subqueries than the database took to answer them."""
    if not user.is_authenticated:
        return ModuleState(enrolment=None)
    enrolments = model_rows(Enrolment)
    module_key = db_value(ModuleProgress, "module_key", module_key)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {enrolments.columns('e')}, "  # noqa: S608 - our tables and columns
            "p.marked_done_at IS NOT NULL, p.completed_at IS NOT NULL, "
            f"(SELECT a.id FROM {QuizAttempt._meta.db_table} a "
            "WHERE a.enrolment_id = e.id AND a.module_key = %s "
            "ORDER BY a.submitted_at DESC LIMIT 1) "
            f"FROM {Enrolment._meta.db_table} e LEFT JOIN {ModuleProgress._meta.db_table} p "
            "ON p.enrolment_id = e.id AND p.module_key = %s "
            "WHERE e.user_id = %s AND e.course_key = %s",
            [module_key, module_key, user.pk, db_value(Enrolment, "course_key", course_key)],
        )
        row = cursor.fetchone()
    if row is None:
        return ModuleState(enrolment=None)
    *enrolment_row, marked_done, completed, attempt_id = row
    return ModuleState(
        enrolment=enrolments.instance(enrolment_row),
        marked_done=bool(marked_done),
        completed=bool(completed),
        attempt=QuizAttempt.objects.get(pk=attempt_id) if attempt_id else None,
    )


def my_learning(*, user, language: str) -> list[dict]:
    """The trainee's enrolments with their course in ``language`` where translated, newest
    first: what the "My learning" dashboard lists."""
    enrolments = list(Enrolment.objects.filter(user=user, withdrawn_at__isnull=True))
    courses = {}
    for course in (
        CoursePage.objects.live()
        .filter(translation_key__in=[enrolment.course_key for enrolment in enrolments])
        .select_related("locale")
    ):
        current = courses.get(course.translation_key)
        if current is None or course.locale.language_code == language:
            courses[course.translation_key] = course
    rows = []
    for enrolment in enrolments:
        course = courses.get(enrolment.course_key)
        if course is None:
            continue  # the course is no longer published
        _course, modules = course_with_modules(course.path)
        rows.append(
            {
                "enrolment": enrolment,
                "course": course,
                "progress": course_progress(enrolment=enrolment, modules=modules),
            }
        )
    return rows
