"""The trainee journey through the pages: enrol, study, take quizzes, complete, My learning."""

import re

import pytest
from django.urls import reverse

from learning_platform.learning.models import Enrolment, QuizAttempt
from tests.factories import (
    UserFactory,
    block,
    choices,
    course_page,
    module_page,
    right_answers,
    sample_quiz,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(home_page):
    course = course_page(title="Clearing-House Mechanism", pass_mark=70)
    module_page(course, title="Reading only")
    module_page(course, title="With a quiz", quiz=sample_quiz())
    return course


@pytest.fixture
def modules(course):
    from courses.models import ModulePage

    return list(ModulePage.objects.child_of(course).order_by("path"))


@pytest.fixture
def trainee(client):
    user = UserFactory()
    client.force_login(user)
    return user


def post_answers(client, module, answers, *, attempt=None):
    data = {f"answer-{question}": given for question, given in answers.items()}
    if attempt is not None:
        data["attempt"] = str(attempt)
    return client.post(reverse("learning:submit_quiz", args=[module.pk]), data)


def test_anonymous_visitors_read_courses_but_are_asked_to_log_in(client, course, modules):
    course_content = client.get(course.url).content.decode()
    module_content = client.get(modules[1].url).content.decode()

    assert "Log in to enrol" in course_content
    assert "Which article sets up the clearing-house mechanism?" in module_content
    assert "<input" not in module_content.split('id="quiz"')[1]
    assert "Log in and enrol in the course to take this quiz." in module_content


def test_anonymous_posts_are_sent_to_log_in(client, course, modules):
    response = client.post(reverse("learning:enrol", args=[course.pk]))

    assert response.status_code == 302 and "login" in response.url
    assert not Enrolment.objects.exists()


def test_a_trainee_enrols_with_one_click_and_a_double_click_changes_nothing(
    client, trainee, course
):
    first = client.post(reverse("learning:enrol", args=[course.pk]))
    second = client.post(reverse("learning:enrol", args=[course.pk]))

    assert first.status_code == second.status_code == 302
    assert Enrolment.objects.filter(user=trainee).count() == 1
    page = client.get(course.url).content.decode()
    assert "Start the course" in page and "Progress: 0%" in page


def test_a_wrong_key_is_explained_and_enrols_nobody(client, trainee, home_page):
    course = course_page(enrolment_mode="key", enrolment_key="BIODIV-2026")

    response = client.post(
        reverse("learning:enrol", args=[course.pk]), {"key": "nope"}, follow=True
    )

    assert "This enrolment key is not right" in response.content.decode()
    assert not Enrolment.objects.exists()
    client.post(reverse("learning:enrol", args=[course.pk]), {"key": "BIODIV-2026"})
    assert Enrolment.objects.filter(user=trainee, source="key").exists()


def test_guessing_keys_is_stopped_with_a_clear_message(client, trainee, home_page):
    course = course_page(enrolment_mode="key", enrolment_key="BIODIV-2026")
    enrol = reverse("learning:enrol", args=[course.pk])

    pages = [
        client.post(enrol, {"key": f"GUESS-{number}"}, follow=True).content.decode()
        for number in range(6)
    ]
    right = client.post(enrol, {"key": "BIODIV-2026"}, follow=True).content.decode()

    assert all("This enrolment key is not right" in page for page in pages[:4])
    assert all("Too many wrong keys; try again in 10 minutes." in page for page in pages[4:])
    assert "Too many wrong keys; try again in 10 minutes." in right
    assert not Enrolment.objects.exists()


def test_the_quiz_form_carries_no_answer_and_grades_on_the_server(client, trainee, course, modules):
    client.post(reverse("learning:enrol", args=[course.pk]))
    quizzed = modules[1]

    content = client.get(quizzed.url).content.decode()
    quiz_html = content.split('id="quiz"')[1]
    assert len(re.findall(r'name="answer-', quiz_html)) == 8  # 3 + 3 choices, true and false
    for secret in ("Feedback for this answer", "EXPLANATION-", "FEEDBACK-", "is_correct"):
        assert secret not in content

    wrong = right_answers(quizzed.quiz)
    wrong[quizzed.quiz[2].id] = ["false"]
    wrong[quizzed.quiz[1].id] = wrong[quizzed.quiz[1].id][:1]
    response = post_answers(client, quizzed, wrong)
    assert response.status_code == 302
    after = client.get(quizzed.url).content.decode()
    assert "33%" in after and "Not quite" in after and "FEEDBACK-false" in after

    post_answers(client, quizzed, right_answers(quizzed.quiz))
    assert "Passed" in client.get(quizzed.url).content.decode()
    assert QuizAttempt.objects.count() == 2


def test_a_module_page_shows_where_the_trainee_stands(client, trainee, course, modules):
    quizzed = modules[1]
    client.post(reverse("learning:enrol", args=[course.pk]))

    def page():
        return client.get(quizzed.url).content.decode()

    assert "I have studied this module" in page() and "Your last attempt" not in page()
    client.post(reverse("learning:mark_done", args=[quizzed.pk]))
    assert "You have studied this module; pass its quiz to complete it." in page()
    wrong = right_answers(quizzed.quiz)
    wrong[quizzed.quiz[2].id] = ["false"]
    post_answers(client, quizzed, wrong)
    assert "You need 70% to pass." in page() and "Try again" in page()
    post_answers(client, quizzed, right_answers(quizzed.quiz))
    assert "Your last attempt: 100%. Passed." in page()
    assert "You have completed this module." in page()


def test_a_module_page_shows_nothing_of_another_trainee(client, course, modules):
    quizzed = modules[1]
    someone = UserFactory()
    client.force_login(someone)
    client.post(reverse("learning:enrol", args=[course.pk]))
    client.post(reverse("learning:mark_done", args=[quizzed.pk]))
    post_answers(client, quizzed, right_answers(quizzed.quiz))

    client.force_login(UserFactory())
    client.post(reverse("learning:enrol", args=[course.pk]))
    content = client.get(quizzed.url).content.decode()

    assert "Your last attempt" not in content and "You have completed" not in content
    assert "I have studied this module" in content and "Submit my answers" in content


def test_tampered_answers_are_refused_and_the_answers_kept(client, trainee, course, modules):
    client.post(reverse("learning:enrol", args=[course.pk]))
    quizzed = modules[1]
    answers = right_answers(quizzed.quiz)
    answers[quizzed.quiz[0].id] = ["not-a-choice"]

    response = post_answers(client, quizzed, answers)

    assert response.status_code == 200
    content = response.content.decode()
    assert "is not one of its choices" in content
    kept = answers[quizzed.quiz[1].id][0]
    assert re.search(rf'value="{kept}" checked', content)
    assert not QuizAttempt.objects.exists()


def test_completing_every_module_completes_the_course(client, trainee, course, modules):
    reading, quizzed = modules
    client.post(reverse("learning:enrol", args=[course.pk]))

    client.post(reverse("learning:mark_done", args=[reading.pk]))
    client.post(reverse("learning:mark_done", args=[quizzed.pk]))
    post_answers(client, quizzed, right_answers(quizzed.quiz))

    enrolment = Enrolment.objects.get(user=trainee)
    assert enrolment.completed_at is not None
    assert "You completed this course" in client.get(course.url).content.decode()
    dashboard = client.get(reverse("learning:my_learning")).content.decode()
    assert "Clearing-House Mechanism" in dashboard.split("Completed</h2>")[1]


def test_my_learning_shows_only_my_courses(client, trainee, course, home_page):
    other_course = course_page(title="Someone else's course")
    client.post(reverse("learning:enrol", args=[course.pk]))
    someone = UserFactory()
    Enrolment.objects.create(user=someone, course_key=other_course.translation_key)

    content = client.get(reverse("learning:my_learning")).content.decode()

    assert "Clearing-House Mechanism" in content
    assert "Someone else" not in content


def test_my_learning_needs_a_login(client):
    response = client.get(reverse("learning:my_learning"))

    assert response.status_code == 302 and "login" in response.url


def test_a_trainee_not_enrolled_cannot_submit_a_quiz(client, trainee, course, modules):
    quizzed = modules[1]

    response = post_answers(client, quizzed, right_answers(quizzed.quiz))

    assert response.status_code == 302
    assert not QuizAttempt.objects.exists()


def test_a_trainee_picks_a_session_and_an_unknown_session_is_refused(client, trainee, course):
    from learning_platform.learning.models import TrainingSession

    session = TrainingSession.objects.create(course_key=course.translation_key, title="Cotonou")
    assert "Cotonou" in client.get(course.url).content.decode()

    refused = client.post(
        reverse("learning:enrol", args=[course.pk]), {"session": "999"}, follow=True
    )
    assert "This session is not open for enrolment." in refused.content.decode()
    assert not Enrolment.objects.exists()

    client.post(reverse("learning:enrol", args=[course.pk]), {"session": str(session.pk)})
    assert Enrolment.objects.get(user=trainee).session == session


def form_attempt(content) -> str:
    return re.search(r'name="attempt" value="(\d+)"', content).group(1)


def shown_order(content, question_id) -> list[str]:
    return re.findall(rf'name="answer-{question_id}" value="([^"]+)"', content)


def test_an_attempt_keeps_its_paper_on_reload_and_the_next_gets_a_new_one(
    client, trainee, home_page
):
    course = course_page(title="Shuffled")
    many = module_page(
        course,
        title="Eight answers",
        quiz=[
            block(
                "single_choice",
                {"question": "Pick", "choices": choices(*"ABCDEFGH"), "explanation": ""},
            )
        ],
    )
    client.post(reverse("learning:enrol", args=[course.pk]))
    question = many.quiz[0].id

    first = client.get(many.url).content.decode()
    assert shown_order(client.get(many.url).content.decode(), question) == shown_order(
        first, question
    )
    written = [choice.id for choice in many.quiz[0].value["choices"].bound_blocks]
    assert form_attempt(first) == "1" and "Attempt 1" in first
    assert sorted(shown_order(first, question)) == sorted(written)

    post_answers(client, many, {question: [written[1]]}, attempt=1)
    second = client.get(many.url).content.decode()

    assert form_attempt(second) == "2"
    assert shown_order(second, question) != shown_order(first, question)
    attempt = QuizAttempt.objects.get()
    assert attempt.questions[0]["layout"]["order"] == shown_order(first, question)


def test_a_double_click_stores_one_attempt(client, trainee, course, modules):
    quizzed = modules[1]
    client.post(reverse("learning:enrol", args=[course.pk]))
    wrong = {**right_answers(quizzed.quiz), quizzed.quiz[2].id: ["false"]}

    for _click in range(2):
        response = post_answers(client, quizzed, wrong, attempt=1)
        assert response.status_code == 302

    assert QuizAttempt.objects.count() == 1
    # A form for an attempt that has not begun (an old tab, a forged number) stores nothing.
    stale = post_answers(client, quizzed, wrong, attempt=5)
    assert "out of date" in stale.content.decode() and QuizAttempt.objects.count() == 1


def test_the_trainee_sees_their_attempts_and_what_happens_when_none_is_left(
    client, trainee, home_page
):
    course = course_page(title="Limited", max_quiz_attempts=2)
    quizzed = module_page(course, title="With a quiz", quiz=sample_quiz())
    client.post(reverse("learning:enrol", args=[course.pk]))
    wrong = {**right_answers(quizzed.quiz), quizzed.quiz[2].id: ["false"]}

    assert "Attempt 1 of 2" in client.get(quizzed.url).content.decode()
    post_answers(client, quizzed, wrong, attempt=1)
    page = client.get(quizzed.url).content.decode()
    assert "Attempt 2 of 2" in page and "1 attempt left." in page
    post_answers(client, quizzed, wrong, attempt=2)
    page = client.get(quizzed.url).content.decode()

    assert "0 attempts left." in page
    assert "You have used the 2 attempts this course allows for this quiz." in page
    assert "A coordinator or trainer of the course can give you another one." in page
    assert 'name="attempt"' not in page and "Your attempts" in page


@pytest.mark.parametrize(("review", "shown"), [("chosen", False), ("full", True)])
def test_the_right_answers_are_shown_only_once_passed_and_where_the_course_says(
    client, trainee, home_page, review, shown
):
    course = course_page(title="Review", quiz_review=review)
    quizzed = module_page(course, title="With a quiz", quiz=sample_quiz())
    client.post(reverse("learning:enrol", args=[course.pk]))
    single = quizzed.quiz[0]
    wrong_single = single.value["choices"].bound_blocks[1].id  # Article 8(j)
    answers = {**right_answers(quizzed.quiz), single.id: [wrong_single]}

    post_answers(client, quizzed, answers, attempt=1)  # 67%: failed, attempts left
    failed = client.get(quizzed.url).content.decode()
    assert "Your answer: Article 8(j)" in failed
    assert "The right answer:" not in failed

    post_answers(client, quizzed, right_answers(quizzed.quiz), attempt=2)
    passed = client.get(quizzed.url).content.decode()
    assert "Passed" in passed
    # The last attempt is all right: nothing to correct, whatever the setting.
    assert "The right answer:" not in passed
    post_answers(client, quizzed, answers, attempt=3)  # failed again, but passed before
    again = client.get(quizzed.url).content.decode()
    assert ("The right answer: Article 18(3)" in again) is shown


def test_the_course_page_shows_each_module_as_to_do_studied_or_done(
    client, trainee, course, modules
):
    reading, quizzed = modules
    client.post(reverse("learning:enrol", args=[course.pk]))

    def states():
        content = client.get(course.url).content.decode()
        return re.findall(r'class="module-state module-state--(\w+)"', content)

    assert states() == ["todo", "todo"]
    client.post(reverse("learning:mark_done", args=[reading.pk]))
    client.post(reverse("learning:mark_done", args=[quizzed.pk]))
    assert states() == ["done", "studied"]
    assert "Studied: quiz to pass" in client.get(course.url).content.decode()
    post_answers(client, quizzed, right_answers(quizzed.quiz), attempt=1)
    assert states() == ["done", "done"]


def test_the_moment_of_completion_shows_the_certificate_on_the_page_where_it_happens(
    client, trainee, course, modules
):
    reading, quizzed = modules
    client.post(reverse("learning:enrol", args=[course.pk]))
    client.post(reverse("learning:mark_done", args=[reading.pk]))
    client.post(reverse("learning:mark_done", args=[quizzed.pk]))
    assert "Course completed" not in client.get(quizzed.url).content.decode()

    response = post_answers(client, quizzed, right_answers(quizzed.quiz), attempt=1)
    page = client.get(response.url).content.decode()

    certificate = Enrolment.objects.get(user=trainee).certificate
    assert "Course completed" in page
    download = reverse("certificates:download", args=[certificate.code])
    assert f'href="{download}"' in page
    size = len(client.get(download).content)
    assert re.search(r"Download your certificate \(PDF, [\d.]+\xa0KB\)", page), page
    assert f"{round(size / 1024, 1)}\xa0KB" in page or f"{int(size / 1024)}\xa0KB" in page
    assert f"/v/{certificate.code_display}" in page or f"/v/{certificate.code}" in page
    assert "under “Certificates” in My learning" in page
    assert "Course completed" in client.get(course.url).content.decode()
