"""A trainee who reads nothing does not pass the demo quizzes: answering every question by a
blind rule (always the first answer shown, always the last, or the first of a single choice and
all but the last of a multiple choice), on the papers real attempts are shown, passes at most
one quiz in eight."""

from io import StringIO

import pytest
from django.core.management import call_command

from courses.models import ModulePage
from learning_platform.learning import selectors
from learning_platform.learning.grading import quiz_grade, quiz_paper_questions
from learning_platform.learning.models import Enrolment
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

TRAINEES = 40  # each is shown their own papers


def first_shown(question):
    return _pick(question, lambda options: options[:1])


def last_shown(question):
    return _pick(question, lambda options: options[-1:])


def first_single_all_but_last_multiple(question):
    if question.get("multiple"):
        return _pick(question, lambda options: options[:-1])
    return first_shown(question)


def _pick(question, rule):
    if question["type"] == "true_false":
        return rule(["true", "false"])
    if question["type"] == "matching":
        return [rule(item["options"])[0]["value"] for item in question["items"]]
    if question["type"] == "short_answer":
        return ["0" if question["numeric"] else "?"]  # what a trainee types who does not know
    return [choice["id"] for choice in rule(question["choices"])]


@pytest.mark.parametrize("rule", [first_shown, last_shown, first_single_all_but_last_multiple])
def test_no_blind_rule_passes_more_than_one_demo_quiz_in_eight(home_page, rule):
    call_command("load_demo", stdout=StringIO())
    quizzes = [
        (module, module.get_parent().specific)
        for module in ModulePage.objects.filter(locale__language_code="en").live()
        if len(module.quiz)
    ]
    assert len(quizzes) >= 8
    passed = taken = 0
    for number in range(TRAINEES):
        trainee = UserFactory(email=f"blind{number}@example.org")
        for module, course in quizzes:
            enrolment, _created = Enrolment.objects.get_or_create(
                user=trainee, course_key=course.translation_key
            )
            paper = selectors.quiz_paper(enrolment=enrolment, module=module, number=1)
            shown = quiz_paper_questions(quiz=module.quiz, paper=paper)
            answers = {question["id"]: rule(question) for question in shown}
            graded = quiz_grade(quiz=module.quiz, paper=paper, answers=answers)
            passed += graded.passes(course.pass_mark)
            taken += 1

    assert passed / taken <= 1 / 8, f"{rule.__name__}: {passed} of {taken} attempts passed"
