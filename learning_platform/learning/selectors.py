"""Reads about who learns what."""

import uuid
from dataclasses import dataclass

from django.db import connection
from django.db.models import Prefetch, Q, Sum
from django.utils import timezone

from courses.models import CoursePage
from courses.selectors import course_with_modules, courses_with_modules
from learning_platform.rows import db_value, model_rows

from .grading import attempt_seed, quiz_paper_questions
from .grading import quiz_paper as quiz_paper_for_seed
from .models import Enrolment, ModuleProgress, QuizAttempt, QuizAttemptGrant, TrainingSession


def course_module_keys(course_key, *, required_only: bool = False) -> set[uuid.UUID]:
    """The identities of the live modules of a course, in any of its languages: the course's
    module list, as its pages show it (cached until a page changes)."""
    course = CoursePage.objects.filter(translation_key=course_key).only("path", "url_path").first()
    if course is None:
        return set()
    _course, modules = course_with_modules(course.path, course.url_path)
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
    studied_keys: frozenset = frozenset()  # marked as studied, quiz still to pass

    def state_of(self, module) -> str:
        """ "done", "studied" or "todo", for a module (a ModuleEntry) of the course."""
        if module.key in self.completed_keys:
            return "done"
        return "studied" if module.key in self.studied_keys else "todo"


# What a trainee's progress is read from.
PROGRESS_FIELDS = ("enrolment", "module_key", "marked_done_at", "completed_at")


def course_progress(*, enrolment: Enrolment, modules) -> CourseProgress:
    """How far ``enrolment`` is through ``modules`` (courses.selectors.ModuleEntry list)."""
    # From the enrolments' prefetched progress where there is one (My learning), else a query.
    rows = [
        (row.module_key, row.marked_done_at, row.completed_at) for row in enrolment.progress.all()
    ]
    completed = frozenset(str(key) for key, _studied, done in rows if done)
    studied = frozenset(str(key) for key, marked, done in rows if marked and not done)
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
        studied_keys=studied,
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
    attempts: tuple = ()  # every attempt, oldest first (dates and scores)


def module_state(*, user, course_key, module_key) -> ModuleState:
    """The trainee's enrolment, progress on a module and quiz attempts: one query, and one
    more for the attempts when there are any.

    Every module page a trainee opens asks this: a plain statement, because the ORM took
    longer to compile its three subqueries than the database took to answer them."""
    if not user.is_authenticated:
        return ModuleState(enrolment=None)
    enrolments = model_rows(Enrolment)
    key = module_key
    module_key = db_value(ModuleProgress, "module_key", module_key)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {enrolments.columns('e')}, "  # noqa: S608 - our tables and columns
            "p.marked_done_at IS NOT NULL, p.completed_at IS NOT NULL, "
            f"(SELECT a.id FROM {QuizAttempt._meta.db_table} a "
            "WHERE a.enrolment_id = e.id AND a.module_key = %s "
            "ORDER BY a.number DESC LIMIT 1) "
            f"FROM {Enrolment._meta.db_table} e LEFT JOIN {ModuleProgress._meta.db_table} p "
            "ON p.enrolment_id = e.id AND p.module_key = %s "
            "WHERE e.user_id = %s AND e.course_key = %s",
            [module_key, module_key, user.pk, db_value(Enrolment, "course_key", course_key)],
        )
        row = cursor.fetchone()
    if row is None:
        return ModuleState(enrolment=None)
    *enrolment_row, marked_done, completed, attempt_id = row
    enrolment = enrolments.instance(enrolment_row)
    attempts = ()
    if attempt_id:
        attempts = tuple(
            QuizAttempt.objects.filter(enrolment=enrolment, module_key=key).order_by("number")
        )
    return ModuleState(
        enrolment=enrolment,
        marked_done=bool(marked_done),
        completed=bool(completed),
        attempt=attempts[-1] if attempts else None,
        attempts=attempts,
    )


def quiz_attempts_given(*, enrolment: Enrolment) -> dict:
    """The attempts given to the trainee beyond the course's limit, by module: one query."""
    return dict(
        QuizAttemptGrant.objects.filter(enrolment=enrolment)
        .values("module_key")
        .annotate(extra=Sum("extra"))
        .values_list("module_key", "extra")
    )


def quiz_attempts_allowed(
    *, enrolment: Enrolment, course, module_key, given: dict | None = None
) -> int | None:
    """How many attempts at a quiz of ``course`` this trainee may take: the course's limit and
    the attempts given by a coordinator or trainer (``given``, from quiz_attempts_given, when
    the caller asks for several modules); None for no limit."""
    if course.max_quiz_attempts is None:
        return None
    if given is None:
        given = quiz_attempts_given(enrolment=enrolment)
    return course.max_quiz_attempts + given.get(module_key, 0)


def quiz_paper(*, enrolment: Enrolment, module, number: int) -> list[dict]:
    """The paper of the trainee's attempt ``number`` at ``module``'s quiz: always the same for
    that attempt (a reload shows the same questions in the same order), new for the next."""
    seed = attempt_seed(enrolment_id=enrolment.pk, module_key=module.translation_key, number=number)
    return quiz_paper_for_seed(quiz=module.quiz, seed=seed)


@dataclass(frozen=True)
class QuizTurn:
    """Where a trainee stands with a module's quiz: the attempt they are on, how many they may
    take, and whether the right answers may be shown."""

    number: int  # of the coming attempt
    allowed: int | None  # the course's limit and the attempts given
    questions: list[dict]  # its paper, ready for the form; empty when none is left
    show_correction: bool
    given: int = 0  # attempts given beyond the course's limit

    @property
    def left(self) -> int | None:
        return None if self.allowed is None else max(0, self.allowed - self.number + 1)

    @property
    def can_attempt(self) -> bool:
        return self.left is None or self.left > 0


def quiz_turn(*, state: ModuleState, module, course, answers=None) -> QuizTurn | None:
    """The quiz as the trainee of ``state`` meets it on ``module``'s page; None when they are
    not enrolled. The right answers may be shown once they have passed, or have no attempt
    left, and only where the course shows the full correction."""
    enrolment = state.enrolment
    if enrolment is None or not enrolment.is_active:
        return None
    attempt = state.attempt
    number = attempt.number + 1 if attempt else 1
    allowed = quiz_attempts_allowed(
        enrolment=enrolment, course=course, module_key=module.translation_key
    )
    out_of_attempts = allowed is not None and number > allowed
    passed = any(past.passed for past in state.attempts)
    questions = []
    if not out_of_attempts:
        paper = quiz_paper(enrolment=enrolment, module=module, number=number)
        questions = quiz_paper_questions(quiz=module.quiz, paper=paper, answers=answers)
    return QuizTurn(
        number=number,
        allowed=allowed,
        questions=questions,
        show_correction=course.quiz_review == "full" and (passed or out_of_attempts),
        given=0 if allowed is None else allowed - course.max_quiz_attempts,
    )


def my_learning(*, user, language: str) -> list[dict]:
    """The trainee's enrolments with their course in ``language`` where translated, newest
    first: what the "My learning" dashboard lists."""
    enrolments = list(
        Enrolment.objects.filter(user=user, withdrawn_at__isnull=True).prefetch_related(
            Prefetch("progress", queryset=ModuleProgress.objects.only(*PROGRESS_FIELDS))
        )
    )
    courses = {}
    for course in (
        CoursePage.objects.live()
        .filter(translation_key__in=[enrolment.course_key for enrolment in enrolments])
        .select_related("locale")
    ):
        current = courses.get(course.translation_key)
        if current is None or course.locale.language_code == language:
            courses[course.translation_key] = course
    modules_of = courses_with_modules(courses.values())
    rows = []
    for enrolment in enrolments:
        course = courses.get(enrolment.course_key)
        if course is None:
            continue  # the course is no longer published
        _course, modules = modules_of[course.path]
        rows.append(
            {
                "enrolment": enrolment,
                "course": course,
                "progress": course_progress(enrolment=enrolment, modules=modules),
            }
        )
    return rows
