"""A participant's quizzes in the admin, and one more attempt given to a trainee who has used
theirs (reports/quizzes.py, learning/attempts.py)."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from learning_platform.learning import attempts
from learning_platform.learning.models import QuizAttemptGrant
from learning_platform.notifications.models import OutboxEmail
from tests.factories import UserFactory, course_page, module_page, right_answers, sample_quiz

from .conftest import enrol, make_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def limited(home_page, coordinator, trainer):
    """A course of 2 attempts per quiz, and a French-speaking trainee who failed both."""
    course = course_page(title="Limited", max_quiz_attempts=2)
    module = module_page(course, title="With a quiz", quiz=sample_quiz())
    session = make_session(course)
    session.coordinators.add(coordinator)
    session.trainers.add(trainer)
    trainee = UserFactory(full_name="Aïcha Ouédraogo", preferred_language="fr")
    enrolment = enrol(session, trainee)
    wrong = {**right_answers(module.quiz), module.quiz[2].id: ["false"]}
    for number in (1, 2):
        attempts.quiz_attempt_submit(
            enrolment=enrolment, module=module, course=course, answers=wrong, number=number
        )
    return course, module, enrolment


def quizzes_url(enrolment):
    return reverse("reports_participant_quizzes", args=[enrolment.pk])


@pytest.mark.parametrize("giver", ["coordinator", "trainer"])
def test_a_coordinator_or_trainer_gives_one_more_attempt_and_the_trainee_is_told(
    client, request, limited, giver
):
    _course, module, enrolment = limited
    person = request.getfixturevalue(giver)
    client.force_login(person)

    page = client.get(quizzes_url(enrolment)).content.decode()
    assert "Quizzes of Aïcha Ouédraogo" in page
    assert "With a quiz" in page and "2 / 2" in page and "67%" in page
    response = client.post(
        quizzes_url(enrolment), {"module": module.pk, "reason": "Connection lost twice"}
    )

    assert response.status_code == 302
    [grant] = QuizAttemptGrant.objects.all()
    assert (grant.enrolment, grant.granted_by, grant.extra) == (enrolment, person, 1)
    assert grant.reason == "Connection lost twice"
    assert "2 / 3" in client.get(quizzes_url(enrolment)).content.decode()
    [entry] = ModelLogEntry.objects.filter(action="lp.attempts_grant")
    assert entry.user == person and entry.data["module"] == "With a quiz"
    [email] = OutboxEmail.objects.filter(kind="attempts_granted")
    assert email.recipient == enrolment.user and email.language == "fr"
    assert "Vous avez une tentative de plus" in email.body_text
    assert "Connection lost twice" in email.body_text
    assert f"{module.url}#quiz" in email.body_text

    # The trainee's page has the form again, for attempt 3 of 3.
    client.force_login(enrolment.user)
    trainee_page = client.get(module.url).content.decode()
    assert "Attempt 3 of 3 · 1 more attempt given by your coordinator or trainer." in trainee_page
    assert 'name="attempt" value="3"' in trainee_page


def test_no_attempt_is_given_where_the_course_sets_no_limit(client, coordinator, home_page):
    course = course_page(title="Open")
    module = module_page(course, title="Quiz", quiz=sample_quiz())
    session = make_session(course)
    session.coordinators.add(coordinator)
    enrolment = enrol(session)
    client.force_login(coordinator)

    page = client.get(quizzes_url(enrolment)).content.decode()
    assert "no limit on attempts" in page and "Give one more attempt" not in page
    response = client.post(quizzes_url(enrolment), {"module": module.pk}, follow=True)

    assert "sets no limit on attempts" in response.content.decode()
    assert not QuizAttemptGrant.objects.exists()


def test_a_coordinator_of_another_session_can_neither_see_nor_give(client, limited, home_page):
    _course, module, enrolment = limited
    from learning_platform.accounts.roles import COORDINATORS

    from .conftest import make_staff

    client.force_login(make_staff(COORDINATORS, full_name="Elsewhere"))

    assert client.get(quizzes_url(enrolment)).status_code == 404
    assert client.post(quizzes_url(enrolment), {"module": module.pk}).status_code == 404
    assert not QuizAttemptGrant.objects.exists()


def test_the_participants_list_leads_to_each_participant_s_quizzes(client, coordinator, limited):
    _course, _module, enrolment = limited
    client.force_login(coordinator)

    page = client.get(
        reverse("reports_session_participants", args=[enrolment.session.pk])
    ).content.decode()

    assert f'href="{quizzes_url(enrolment)}"' in page


def statistics_page(client, course):
    response = client.get(reverse("reports_quiz_statistics"), {"course": course.pk})
    assert response.status_code == 200
    return response.content.decode()


def test_quiz_statistics_show_each_question_and_flag_what_tests_nothing(
    client, coordinator, home_page
):
    course = course_page(title="Statistics")
    module = module_page(course, title="With a quiz", quiz=sample_quiz())
    session = make_session(course)
    session.coordinators.add(coordinator)
    single, _multiple, true_false = module.quiz
    wrong_single = single.value["choices"].bound_blocks[1].id  # Article 8(j)
    for number in range(6):
        answers = {
            **right_answers(module.quiz),
            true_false.id: ["false"],  # everyone fails this one
            single.id: [wrong_single] if number < 4 else right_answers(module.quiz)[single.id],
        }
        attempts.quiz_attempt_submit(
            enrolment=enrol(session), module=module, course=course, answers=answers
        )
    client.force_login(coordinator)

    page = statistics_page(client, course)

    assert "Which article sets up the clearing-house mechanism?" in page
    assert "33%" in page and "Article 8(j) (4)" in page
    assert "Everyone fails it" in page and "Everyone gets it right" in page  # true/false, multiple
    assert page.count("<td>6</td>") == 3


def test_quiz_statistics_count_only_the_attempts_in_scope(client, coordinator, home_page):
    from learning_platform.accounts.roles import COORDINATORS

    from .conftest import make_staff

    course = course_page(title="Two sessions")
    module = module_page(course, title="With a quiz", quiz=sample_quiz())
    ours, theirs = make_session(course, title="Ours"), make_session(course, title="Theirs")
    ours.coordinators.add(coordinator)
    other = make_staff(COORDINATORS, full_name="Other")
    theirs.coordinators.add(other)
    attempts.quiz_attempt_submit(
        enrolment=enrol(theirs), module=module, course=course, answers=right_answers(module.quiz)
    )

    client.force_login(coordinator)
    assert "No attempt at this quiz yet." in statistics_page(client, course)
    client.force_login(other)
    assert "No attempt at this quiz yet." not in statistics_page(client, course)
    # A course nobody lets them report on answers 404.
    unrelated = course_page(title="Unrelated")
    response = client.get(reverse("reports_quiz_statistics"), {"course": unrelated.pk})
    assert response.status_code == 404
