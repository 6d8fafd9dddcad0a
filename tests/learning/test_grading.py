"""Quizzes are graded on the server; answers that do not belong to a question are refused."""

import pytest

from learning_platform.learning.grading import QuizAnswerError, quiz_grade
from tests.factories import course_page, module_page, sample_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz(home_page):
    return module_page(course_page(), quiz=sample_quiz()).quiz


def right_answers(quiz):
    single, multiple, true_false = quiz
    choices = [item for item in multiple.value["choices"].bound_blocks]
    return {
        single.id: [single.value["choices"].bound_blocks[0].id],
        multiple.id: [choices[0].id, choices[2].id],
        true_false.id: ["true"],
    }


def test_all_right_scores_100_and_keeps_what_was_asked(quiz):
    graded = quiz_grade(quiz=quiz, answers=right_answers(quiz))

    assert (graded.score_percent, graded.correct_count, graded.question_count) == (100, 3, 3)
    assert graded.passes(100)
    first = graded.questions[0]
    assert first["text"] == "Which article sets up the clearing-house mechanism?"
    assert [choice["is_correct"] for choice in first["choices"]] == [True, False, False]
    assert first["answer"] == right_answers(quiz)[quiz[0].id]


def test_a_partly_right_multiple_choice_answer_is_wrong(quiz):
    answers = right_answers(quiz)
    answers[quiz[1].id] = answers[quiz[1].id][:1]  # one of the two right answers only

    graded = quiz_grade(quiz=quiz, answers=answers)

    assert graded.score_percent == 67
    assert not graded.passes(70) and graded.passes(60)
    assert [question["is_correct"] for question in graded.questions] == [True, False, True]


def test_a_wrong_true_false_answer_gets_its_feedback(quiz):
    answers = right_answers(quiz)
    answers[quiz[2].id] = ["false"]

    graded = quiz_grade(quiz=quiz, answers=answers)

    assert graded.questions[2]["is_correct"] is False
    assert graded.questions[2]["feedback"] == "FEEDBACK-false"


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        (lambda quiz, answers: answers.__setitem__(quiz[0].id, ["not-a-choice"]), "not one of"),
        (
            # An answer of another question, sent for the first one.
            lambda quiz, answers: answers.__setitem__(quiz[0].id, answers[quiz[1].id][:1]),
            "not one of",
        ),
        (
            lambda quiz, answers: answers.__setitem__(
                quiz[0].id, [item.id for item in quiz[0].value["choices"].bound_blocks]
            ),
            "one answer only",
        ),
        (lambda quiz, answers: answers.__setitem__(quiz[2].id, ["maybe"]), "true or false"),
        (lambda quiz, answers: answers.pop(quiz[1].id), "still to answer: 2"),
        (lambda quiz, answers: answers.__setitem__("a-made-up-question", ["x"]), "does not have"),
    ],
)
def test_tampered_answers_are_refused_with_a_clear_message(quiz, tamper, message):
    answers = right_answers(quiz)
    tamper(quiz, answers)

    with pytest.raises(QuizAnswerError) as excinfo:
        quiz_grade(quiz=quiz, answers=answers)

    assert message in excinfo.value.message
