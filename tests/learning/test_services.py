import threading
import time
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import close_old_connections, connection
from django.utils import timezone
from wagtail.models import Locale

from learning_platform.demo.content import demo_home_pages_ensure
from learning_platform.learning import attempts, services
from learning_platform.learning.grading import QuizAnswerError
from learning_platform.learning.models import Enrolment, QuizAttempt, TrainingSession
from learning_platform.learning.signals import enrolment_completed
from tests.courses.test_translations import translate
from tests.factories import UserFactory, course_page, module_page, right_answers, sample_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(home_page):
    return course_page(title="Clearing-House Mechanism", pass_mark=70)


def session_for(course, **fields):
    return TrainingSession.objects.create(
        course_key=course.translation_key, title="Cotonou, May", **fields
    )


# --- Enrolment ------------------------------------------------------------------------------


def test_anyone_enrols_in_an_open_course_once(course):
    trainee = UserFactory()

    first, created = services.enrolment_create(user=trainee, course=course)
    again, created_again = services.enrolment_create(user=trainee, course=course)

    assert created and not created_again
    assert first == again and first.source == "self"
    assert Enrolment.objects.filter(user=trainee).count() == 1


def test_a_key_protected_course_needs_the_right_key(home_page):
    course = course_page(enrolment_mode="key", enrolment_key="BIODIV-2026")
    trainee = UserFactory()

    with pytest.raises(services.EnrolmentError, match="needs an enrolment key"):
        services.enrolment_create(user=trainee, course=course)
    with pytest.raises(services.EnrolmentError, match="not right"):
        services.enrolment_create(user=trainee, course=course, key="BIODIV-2025")
    enrolment, created = services.enrolment_create(user=trainee, course=course, key=" biodiv-2026 ")

    assert created and enrolment.source == "key"


@pytest.fixture
def clock(monkeypatch):
    """Moves time forward, for the wrong-key count and the cache entries that hold it alike."""
    real_time = time.time
    offset = [0.0]
    monkeypatch.setattr(time, "time", lambda: real_time() + offset[0])

    def forward(seconds):
        offset[0] += seconds

    return forward


def enrol_with(trainee, course, key, session=None):
    """What the trainee is told: "enrolled", or the EnrolmentError's message."""
    try:
        services.enrolment_create(user=trainee, course=course, session=session, key=key)
    except services.EnrolmentError as error:
        return error.message
    return "enrolled"


NOT_RIGHT = "This enrolment key is not right. Check it and try again."
LOCKED = "Too many wrong keys; try again in {} {}."


def test_wrong_keys_lock_the_course_for_the_person_until_the_lock_expires(home_page, clock):
    course = course_page(enrolment_mode="key", enrolment_key="BIODIV-2026")
    other_course = course_page(enrolment_mode="key", enrolment_key="KIN-2027")
    trainee, classmate = UserFactory(), UserFactory()

    answers = [enrol_with(trainee, course, f"GUESS-{number}") for number in range(12)]

    # 5 wrong keys in 10 minutes (settings.ENROLMENT_KEY_WRONG_RATE), then nothing is tried.
    assert answers[:4] == [NOT_RIGHT] * 4
    assert answers[4:] == [LOCKED.format(10, "minutes")] * 8
    # The right key too is refused while the lock lasts, and the minutes left are counted down.
    clock(7 * 60 + 30)
    assert (
        enrol_with(trainee, course, "BIODIV-2026") == "Too many wrong keys; try again in 3 minutes."
    )
    clock(2 * 60)
    assert (
        enrol_with(trainee, course, "BIODIV-2026") == "Too many wrong keys; try again in 1 minute."
    )
    assert not Enrolment.objects.filter(user=trainee).exists()
    # Per person and course: a classmate, and this trainee's other course, are not locked.
    assert enrol_with(classmate, course, "BIODIV-2026") == "enrolled"
    assert enrol_with(trainee, other_course, "KIN-2027") == "enrolled"

    clock(31)  # the 10 minutes are over
    assert enrol_with(trainee, course, "BIODIV-2026") == "enrolled"


def test_a_session_key_counts_for_its_course_and_a_right_key_does_not_count(home_page, settings):
    settings.ENROLMENT_KEY_WRONG_RATE = (3, 600)
    course = course_page(enrolment_mode="invitation")
    session = session_for(course, enrolment_key="KIN-2027")
    trainee = UserFactory()

    assert enrol_with(trainee, course, "KIN-2026", session) == NOT_RIGHT
    assert enrol_with(trainee, course, "KIN-2025", session) == NOT_RIGHT
    assert enrol_with(trainee, course, "KIN-2027", session) == "enrolled"
    services.enrolment_withdraw(enrolment=Enrolment.objects.get(user=trainee))
    # The right key did not use up the last try.
    assert enrol_with(trainee, course, "KIN-2024", session) == LOCKED.format(10, "minutes")


def test_simultaneous_guesses_get_no_more_answers_than_the_limit(home_page):
    """12 guesses at once, each from its own thread: 4 are told "not right", then the lock."""
    course = course_page(enrolment_mode="key", enrolment_key="BIODIV-2026")
    trainee = UserFactory()
    barrier = threading.Barrier(12)
    answers = []

    def guess(number):
        barrier.wait()
        try:
            services._check_rules(
                user=trainee, course=course, session=None, key=f"GUESS-{number}", source="self"
            )
        except services.EnrolmentError as error:
            answers.append(error.message)

    threads = [threading.Thread(target=guess, args=[number]) for number in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(answers).count(NOT_RIGHT) == 4
    assert len(answers) == 12


def test_an_invitation_only_course_takes_only_invited_trainees(home_page):
    course = course_page(enrolment_mode="invitation")

    with pytest.raises(services.EnrolmentError, match="invitation only"):
        services.enrolment_create(user=UserFactory(), course=course)
    enrolment, created = services.enrolment_create(
        user=UserFactory(), course=course, source="invitation"
    )

    assert created and enrolment.source == "invitation"


def test_a_session_key_opens_an_invitation_only_course(home_page):
    course = course_page(enrolment_mode="invitation")
    session = session_for(course, enrolment_key="KIN-2027")

    enrolment, _created = services.enrolment_create(
        user=UserFactory(), course=course, session=session, key="KIN-2027"
    )

    assert enrolment.session == session and enrolment.source == "key"


def test_a_full_session_refuses_more_trainees(course):
    session = session_for(course, capacity=1)
    services.enrolment_create(user=UserFactory(), course=course, session=session)

    with pytest.raises(services.EnrolmentError, match="full"):
        services.enrolment_create(user=UserFactory(), course=course, session=session)


def test_a_withdrawn_place_is_free_again(course):
    session = session_for(course, capacity=1)
    enrolment, _created = services.enrolment_create(
        user=UserFactory(), course=course, session=session
    )
    services.enrolment_withdraw(enrolment=enrolment)

    other, created = services.enrolment_create(user=UserFactory(), course=course, session=session)

    assert created and other.session == session


def test_enrolment_windows_are_respected(course):
    now = timezone.now()
    not_yet = session_for(course, enrolment_opens_at=now + timedelta(days=1))
    closed = session_for(course, enrolment_closes_at=now - timedelta(days=1))

    with pytest.raises(services.EnrolmentError, match="not opened yet"):
        services.enrolment_create(user=UserFactory(), course=course, session=not_yet)
    with pytest.raises(services.EnrolmentError, match="closed"):
        services.enrolment_create(user=UserFactory(), course=course, session=closed)


def test_a_session_of_another_course_is_refused(course, home_page):
    other_session = session_for(course_page(title="Another course"))

    with pytest.raises(services.EnrolmentError, match="another course"):
        services.enrolment_create(user=UserFactory(), course=course, session=other_session)


def test_a_trainee_who_withdrew_comes_back_to_the_same_enrolment(course):
    trainee = UserFactory()
    enrolment, _created = services.enrolment_create(user=trainee, course=course)
    services.enrolment_withdraw(enrolment=enrolment)

    again, created = services.enrolment_create(user=trainee, course=course)

    assert not created and again.pk == enrolment.pk and again.is_active


def test_enrolling_in_the_french_course_is_enrolling_in_the_course(course):
    demo_home_pages_ensure()
    french_course = translate(course, Locale.objects.get(language_code="fr"))
    trainee = UserFactory()
    services.enrolment_create(user=trainee, course=course)

    _enrolment, created = services.enrolment_create(user=trainee, course=french_course)

    assert not created
    assert Enrolment.objects.get(user=trainee).course_key == course.translation_key


@pytest.mark.django_db(transaction=True)
def test_concurrent_requests_give_one_enrolment(migrated_data):
    """Several threads, each with its own PostgreSQL connection, enrol the same trainee."""
    course = course_page()
    trainee = UserFactory()
    barrier = threading.Barrier(6)
    results, errors = [], []

    def enrol():
        try:
            barrier.wait()
            results.append(services.enrolment_create(user=trainee, course=course))
        except Exception as error:
            errors.append(error)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=enrol) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert Enrolment.objects.filter(user=trainee).count() == 1
    assert sum(created for _enrolment, created in results) == 1
    assert len({enrolment.pk for enrolment, _created in results}) == 1


# --- Progress, quizzes and completion --------------------------------------------------------


@pytest.fixture
def two_modules(course):
    reading = module_page(course, title="Reading only")
    quizzed = module_page(course, title="With a quiz", quiz=sample_quiz())
    module_page(course, title="Optional extra", required=False)
    return reading, quizzed


@pytest.fixture
def completions():
    received = []

    def receiver(sender, enrolment, **kwargs):
        received.append(enrolment.pk)

    enrolment_completed.connect(receiver)
    yield received
    enrolment_completed.disconnect(receiver)


def test_a_course_completes_when_required_modules_and_quizzes_are_done(
    course, two_modules, completions
):
    reading, quizzed = two_modules
    enrolment, _created = services.enrolment_create(user=UserFactory(), course=course)
    answers = right_answers(quizzed.quiz)
    wrong = {**answers, quizzed.quiz[2].id: ["false"]}
    wrong[quizzed.quiz[1].id] = answers[quizzed.quiz[1].id][:1]

    services.module_mark_done(enrolment=enrolment, module=reading)
    services.module_mark_done(enrolment=enrolment, module=quizzed)
    failed = attempts.quiz_attempt_submit(
        enrolment=enrolment, module=quizzed, course=course, answers=wrong
    )
    enrolment.refresh_from_db()
    assert not failed.passed and failed.score_percent == 33
    assert enrolment.completed_at is None  # the quiz is not passed yet

    passed = attempts.quiz_attempt_submit(
        enrolment=enrolment, module=quizzed, course=course, answers=answers
    )
    enrolment.refresh_from_db()

    assert passed.passed and passed.pass_mark == 70
    assert enrolment.completed_at is not None  # the optional module was not needed
    assert completions == [enrolment.pk]
    assert QuizAttempt.objects.filter(enrolment=enrolment).count() == 2  # every attempt kept


def test_completion_happens_once(course, two_modules, completions):
    reading, quizzed = two_modules
    enrolment, _created = services.enrolment_create(user=UserFactory(), course=course)
    services.module_mark_done(enrolment=enrolment, module=reading)
    attempts.quiz_attempt_submit(
        enrolment=enrolment, module=quizzed, course=course, answers=right_answers(quizzed.quiz)
    )
    services.module_mark_done(enrolment=enrolment, module=quizzed)
    first_completion = Enrolment.objects.get(pk=enrolment.pk).completed_at

    services.module_mark_done(enrolment=enrolment, module=reading)

    assert Enrolment.objects.get(pk=enrolment.pk).completed_at == first_completion
    assert completions == [enrolment.pk]


def test_progress_made_in_french_counts_for_the_course(course, two_modules):
    demo_home_pages_ensure()
    french = Locale.objects.get(language_code="fr")
    reading, quizzed = two_modules
    french_course = translate(course, french)
    french_quizzed = translate(quizzed, french)
    enrolment, _created = services.enrolment_create(user=UserFactory(), course=french_course)

    services.module_mark_done(enrolment=enrolment, module=reading)
    services.module_mark_done(enrolment=enrolment, module=french_quizzed)
    attempt = attempts.quiz_attempt_submit(
        enrolment=enrolment,
        module=french_quizzed,
        course=french_course,
        answers=right_answers(french_quizzed.quiz),  # same question ids in French
    )
    enrolment.refresh_from_db()

    assert attempt.language == "fr" and attempt.module_key == quizzed.translation_key
    assert enrolment.completed_at is not None


def test_a_tampered_quiz_stores_nothing(course, two_modules):
    _reading, quizzed = two_modules
    enrolment, _created = services.enrolment_create(user=UserFactory(), course=course)

    with pytest.raises(QuizAnswerError):
        attempts.quiz_attempt_submit(
            enrolment=enrolment, module=quizzed, course=course, answers={"x": ["y"]}
        )

    assert not QuizAttempt.objects.exists()


def test_a_module_of_another_course_is_refused(course, two_modules, home_page):
    other = module_page(course_page(title="Another course"), title="Elsewhere")
    enrolment, _created = services.enrolment_create(user=UserFactory(), course=course)

    with pytest.raises(services.EnrolmentError, match="not part of your course"):
        services.module_mark_done(enrolment=enrolment, module=other)


def test_continue_where_you_left_off(course, two_modules):
    reading, _quizzed = two_modules
    enrolment, _created = services.enrolment_create(user=UserFactory(), course=course)

    services.module_mark_done(enrolment=enrolment, module=reading)

    enrolment.refresh_from_db()
    assert enrolment.last_module_key == reading.translation_key


def test_a_session_that_requires_attendance_completes_only_with_it(course, two_modules):
    reading, quizzed = two_modules
    session = session_for(course, attendance_days_required=2)
    enrolment, _created = services.enrolment_create(
        user=UserFactory(), course=course, session=session
    )
    services.module_mark_done(enrolment=enrolment, module=reading)
    services.module_mark_done(enrolment=enrolment, module=quizzed)
    attempts.quiz_attempt_submit(
        enrolment=enrolment, module=quizzed, course=course, answers=right_answers(quizzed.quiz)
    )
    day = timezone.localdate() - timedelta(days=1)
    services.attendance_record(enrolment=enrolment, day=day)
    services.attendance_record(enrolment=enrolment, day=day)  # the same day twice counts once
    assert Enrolment.objects.get(pk=enrolment.pk).completed_at is None
    with pytest.raises(ValidationError):  # a day to come counts for nothing
        services.attendance_record(enrolment=enrolment, day=day + timedelta(days=2))
    assert Enrolment.objects.get(pk=enrolment.pk).completed_at is None

    services.attendance_record(enrolment=enrolment, day=day + timedelta(days=1))

    assert Enrolment.objects.get(pk=enrolment.pk).completed_at is not None


def test_a_day_recorded_by_mistake_is_removed(course):
    enrolment, _created = services.enrolment_create(
        user=UserFactory(), course=course, session=session_for(course, format="in_person")
    )
    day = timezone.localdate()
    services.attendance_record(enrolment=enrolment, day=day)

    assert services.attendance_remove(enrolment=enrolment, day=day)
    assert not services.attendance_remove(enrolment=enrolment, day=day)
    assert not enrolment.attendance.exists()


def test_a_course_can_limit_quiz_attempts(home_page):
    course = course_page(max_quiz_attempts=1)
    quizzed = module_page(course, quiz=sample_quiz())
    enrolment, _created = services.enrolment_create(user=UserFactory(), course=course)
    answers = right_answers(quizzed.quiz)
    attempts.quiz_attempt_submit(
        enrolment=enrolment, module=quizzed, course=course, answers=answers
    )

    with pytest.raises(QuizAnswerError, match="used the 1 attempts"):
        attempts.quiz_attempt_submit(
            enrolment=enrolment, module=quizzed, course=course, answers=answers
        )

    assert QuizAttempt.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_simultaneous_submissions_store_no_more_attempts_than_the_limit(migrated_data):
    """20 submissions at once, each from its own thread and PostgreSQL connection, for a limit
    of 2: exactly 2 attempts are stored, and the 18 others are told no attempt is left."""
    course = course_page(max_quiz_attempts=2)
    quizzed = module_page(course, quiz=sample_quiz())
    enrolment, _created = services.enrolment_create(user=UserFactory(), course=course)
    answers = right_answers(quizzed.quiz)
    barrier = threading.Barrier(20)
    stored, refused, errors = [], [], []

    def submit():
        try:
            mine = Enrolment.objects.get(pk=enrolment.pk)  # as a request would load it
            barrier.wait()
            stored.append(
                attempts.quiz_attempt_submit(
                    enrolment=mine, module=quizzed, course=course, answers=answers
                )
            )
        except QuizAnswerError as error:
            refused.append(error.message)
        except Exception as error:
            errors.append(error)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert len(stored) == 2 and QuizAttempt.objects.filter(enrolment=enrolment).count() == 2
    assert refused == ["You have used the 2 attempts this course allows for this quiz."] * 18
