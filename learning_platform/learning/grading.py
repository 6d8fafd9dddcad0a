"""Grading a module's quiz on the server, from the trainee's answers.

Answers arrive as a mapping from a question's block id to the ids of the chosen answers (for
true/false questions, "true" or "false"). Anything that does not belong to the question is
refused with a message, before anything is stored.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

TRUE_FALSE_ANSWERS = ("true", "false")


class QuizAnswerError(ValueError):
    """The answers cannot be graded as sent; ``message`` says why, for the trainee."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass
class GradedQuiz:
    score_percent: int
    correct_count: int
    question_count: int
    questions: list[dict] = field(default_factory=list)  # what was asked and answered

    def passes(self, pass_mark: int) -> bool:
        return self.score_percent >= pass_mark


def _choice_question(number, block, given):
    choices = [
        {
            "id": item.id,
            "text": item.value["text"],
            "is_correct": bool(item.value["is_correct"]),
            "feedback": item.value["feedback"],
        }
        for item in block.value["choices"].bound_blocks
    ]
    known = {choice["id"] for choice in choices}
    if not set(given) <= known:
        raise QuizAnswerError(
            _("An answer to question %(number)s is not one of its choices.") % {"number": number}
        )
    if block.block_type == "single_choice" and len(given) > 1:
        raise QuizAnswerError(
            _("Question %(number)s takes one answer only.") % {"number": number},
        )
    right = {choice["id"] for choice in choices if choice["is_correct"]}
    return {
        "text": block.value["question"],
        "choices": choices,
        "explanation": block.value["explanation"],
        "is_correct": set(given) == right,
    }


def _true_false_question(number, block, given):
    if len(given) != 1 or given[0] not in TRUE_FALSE_ANSWERS:
        raise QuizAnswerError(
            _("Question %(number)s is answered with true or false.") % {"number": number}
        )
    is_true = bool(block.value["is_true"])
    return {
        "text": block.value["statement"],
        "is_true": is_true,
        "feedback": block.value["feedback_if_true" if given[0] == "true" else "feedback_if_false"],
        "explanation": block.value["explanation"],
        "is_correct": (given[0] == "true") == is_true,
    }


def quiz_grade(*, quiz, answers) -> GradedQuiz:
    """Grades ``answers`` against ``quiz`` (a module's quiz StreamValue)."""
    unanswered = [number for number, block in enumerate(quiz, start=1) if not answers.get(block.id)]
    if unanswered:
        raise QuizAnswerError(
            _("Please answer every question; still to answer: %(numbers)s.")
            % {"numbers": ", ".join(str(number) for number in unanswered)}
        )
    known_ids = {block.id for block in quiz}
    if set(answers) - known_ids:
        raise QuizAnswerError(_("These answers are for questions this quiz does not have."))
    questions = []
    for number, block in enumerate(quiz, start=1):
        given = [str(answer) for answer in answers[block.id]]
        grade = _true_false_question if block.block_type == "true_false" else _choice_question
        question = grade(number, block, given)
        questions.append({"id": block.id, "type": block.block_type, "answer": given, **question})
    correct = sum(question["is_correct"] for question in questions)
    total = len(questions)
    return GradedQuiz(
        score_percent=round(100 * correct / total) if total else 100,
        correct_count=correct,
        question_count=total,
        questions=questions,
    )
