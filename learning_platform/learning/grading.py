"""Quizzes on the server: the paper one attempt asks, and its grading.

The *paper* of an attempt is the list of questions it asks (with a pool, its draw) and how each
is laid out (the order of its answers), made from a seed that belongs to the attempt: the same
attempt always shows the same paper, a new attempt a new one. It is stored with the attempt, so
that the attempt is graded, and later shown, as it was asked.

Answers arrive as a mapping from a question's block id to the values the trainee sent. What is
common to every question type is here: unknown and missing answers, the score. What differs is
each type's own (``courses/questions.py``). Anything that does not belong to the paper is refused
with a message, before anything is stored.
"""

import random
from dataclasses import dataclass, field

from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from courses.questions import QuizAnswerError, quiz_drawn, quiz_questions

__all__ = [
    "GradedQuiz",
    "QuizAnswerError",
    "attempt_seed",
    "quiz_grade",
    "quiz_paper",
    "quiz_paper_questions",
]


@dataclass
class GradedQuiz:
    score_percent: int
    correct_count: int
    question_count: int
    questions: list[dict] = field(default_factory=list)  # what was asked and answered

    def passes(self, pass_mark: int) -> bool:
        return self.score_percent >= pass_mark


def attempt_seed(*, enrolment_id, module_key, number) -> int:
    """The seed of a trainee's attempt ``number`` at a module's quiz. Made with the secret key,
    so nobody can work out the paper of a coming attempt, and the same for every language of
    the module (translations keep the question ids), so switching language changes nothing."""
    digest = salted_hmac(
        "learning.quiz-paper", f"{enrolment_id}:{module_key}:{number}", algorithm="sha256"
    ).digest()
    return int.from_bytes(digest[:8], "big")


def quiz_paper(*, quiz, seed) -> list[dict]:
    """The paper of the attempt whose seed is ``seed``: ``[{"id": ..., **layout}]``."""
    rng = random.Random(seed)  # noqa: S311 - the seed is the secret, not the generator
    return [
        {"id": question.id, **question.block.paper(question.value, rng)}
        for question in quiz_drawn(quiz, rng)
    ]


def quiz_paper_questions(*, quiz, paper, answers=None) -> list[dict]:
    """The paper ready for its form: each question's number, block, and what its answer template
    needs (with the answers already given, when the form is shown again). A question that has
    left the quiz since the paper was made is left out."""
    questions = quiz_questions(quiz)
    shown = []
    for item in paper:
        question = questions.get(item["id"])
        if question is None:
            continue
        given = _given(answers, item["id"])
        shown.append(
            {
                "number": len(shown) + 1,
                "id": question.id,
                "type": question.block_type,
                "prompt": question.block.prompt(question.value),
                "template": question.block.answer_template,
                **question.block.answer_context(question.value, item, given),
            }
        )
    return shown


def _given(answers, question_id) -> list[str]:
    return [str(value) for value in (answers or {}).get(question_id, []) if str(value).strip()]


def quiz_grade(*, quiz, paper, answers) -> GradedQuiz:
    """Grades ``answers`` to the questions of ``paper`` (from ``quiz``, a module's quiz)."""
    questions = quiz_questions(quiz)
    asked = [item for item in paper if item["id"] in questions]
    if len(asked) < len(paper):
        raise QuizAnswerError(
            _("This quiz has changed since you opened it. Check your answers and submit again.")
        )
    if set(answers) - {item["id"] for item in asked}:
        raise QuizAnswerError(_("These answers are for questions this attempt did not ask."))
    unanswered = [
        number for number, item in enumerate(asked, start=1) if not _given(answers, item["id"])
    ]
    if unanswered:
        raise QuizAnswerError(
            _("Please answer every question; still to answer: %(numbers)s.")
            % {"numbers": ", ".join(str(number) for number in unanswered)}
        )
    graded = []
    for number, item in enumerate(asked, start=1):
        question = questions[item["id"]]
        given = _given(answers, item["id"])
        result = question.block.grade(question.value, item, given, number=number)
        graded.append(
            {
                "id": question.id,
                "type": question.block_type,
                "text": question.block.prompt(question.value),
                "layout": {key: value for key, value in item.items() if key != "id"},
                "answer": given,
                "is_correct": result["credit"] >= 1,
                "explanation": question.value.get("explanation", ""),
                **result,
            }
        )
    total = len(graded)
    credit = sum(question["credit"] for question in graded)
    return GradedQuiz(
        score_percent=round(100 * credit / total) if total else 100,
        correct_count=sum(question["is_correct"] for question in graded),
        question_count=total,
        questions=graded,
    )
