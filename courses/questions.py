"""The quiz: its question types and question pools.

Each question type is one block class that knows itself:

- ``paper(value, rng)``: how it is laid out for one attempt (the order of its answers), stored
  with the attempt so that it is graded as it was shown;
- ``answer_template`` and ``answer_context(value, paper, given)``: the inputs a trainee answers
  with, which work without JavaScript;
- ``grade(value, paper, given, number=...)``: the credit an answer earns (0 to 1) and what the
  trainee is told, or ``QuizAnswerError`` when the answer does not belong to the question.

``learning.grading`` keeps what is common to every type: which questions an attempt asks, missing
and unknown answers, the score. Adding a type is one class here, one template in
``templates/questions/`` and its name in ``QuestionsBlock``.

A question's block id is its identity, kept across edits and translations, so attempts and
statistics can refer to it. Which answers are right, and the feedback, never reach the page
before the trainee has answered.
"""

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .blocks import field_error

ANSWER_MAX_LENGTH = 200
# Stripped from both ends of a short answer: full stops, quotes (straight, curly, guillemets).
# Phones and word processors curl quotes; people type them straight.
STRAIGHT_QUOTES = str.maketrans("\u2018\u2019\u201c\u201d", "''\"\"")
SURROUNDING_PUNCTUATION = " .,;:!?¡¿'\"()«»\u201c\u201d\u2018\u2019"


class QuizAnswerError(ValueError):
    """The answers cannot be graded as sent; ``message`` says why, for the trainee, and never
    which answer is right."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def normalised(text: str) -> str:
    """What two short answers are compared by: no case, no accents, single spaces, no
    punctuation around them ("  Côte d'Ivoire. " and "cote d'ivoire" are the same)."""
    decomposed = unicodedata.normalize("NFKD", str(text).translate(STRAIGHT_QUOTES))
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().split()).strip(SURROUNDING_PUNCTUATION)


def _explanation():
    return blocks.TextBlock(
        label=_("explanation"),
        required=False,
        help_text=_("Shown to every trainee after submission."),
    )


def _keep_order(help_text):
    return blocks.BooleanBlock(label=_("keep this order"), required=False, help_text=help_text)


class QuestionBlock(blocks.StructBlock):
    """What every question type answers to; see the module docstring."""

    answer_template = ""

    def prompt(self, value) -> str:
        return value["question"]

    def paper(self, value, rng) -> dict:
        return {}

    def answer_context(self, value, paper, given) -> dict:
        return {}

    def grade(self, value, paper, given, *, number) -> dict:
        """``{"credit": 0..1, "given": [...], "feedback": [...], "correction": [...]}``: the
        answer in words, the feedback the trainee is shown, and the right answer in words
        (shown only when the course allows it)."""
        raise NotImplementedError


# --- Single and multiple choice -----------------------------------------------------------


class AnswerChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("answer"), max_length=500)
    is_correct = blocks.BooleanBlock(label=_("correct"), required=False)
    feedback = blocks.CharBlock(
        label=_("feedback"),
        max_length=500,
        required=False,
        help_text=_("Shown after submission to a trainee who picked this answer."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Answer")


class ChoiceQuestionBlock(QuestionBlock):
    question = blocks.TextBlock(label=_("question"))
    choices = blocks.ListBlock(
        AnswerChoiceBlock(),
        label=_("answers"),
        min_num=2,
        # A new question starts with two empty answers to fill in.
        default=[{"text": "", "is_correct": False}, {"text": "", "is_correct": False}],
    )
    keep_order = _keep_order(
        _(
            "Answers are shuffled for each attempt. Keep the order written here when an answer "
            "refers to the others (“all of the above”)."
        )
    )
    explanation = _explanation()

    answer_template = "questions/choice.html"
    multiple = False

    def correct_count_error(self, correct_count):
        """The message when a question has the wrong number of right answers, else None."""
        return None

    def clean(self, value):
        value = super().clean(value)
        error = self.correct_count_error(
            sum(1 for choice in value["choices"] if choice["is_correct"])
        )
        if error:
            raise field_error("choices", error)
        return value

    def _choices(self, value) -> dict:
        return {item.id: item.value for item in value["choices"].bound_blocks}

    def paper(self, value, rng):
        order = list(self._choices(value))
        if not value.get("keep_order"):
            rng.shuffle(order)
        return {"order": order}

    def get_context(self, value, parent_context=None):
        # Shown before enrolment: in alphabetical order, never the order written, which could
        # tell where the right answer usually sits.
        context = super().get_context(value, parent_context=parent_context)
        shown = [item.value for item in value["choices"].bound_blocks]
        if not value.get("keep_order"):
            shown.sort(key=lambda choice: normalised(choice["text"]))
        context["choices_shown"] = shown
        return context

    def answer_context(self, value, paper, given):
        choices = self._choices(value)
        return {
            "multiple": self.multiple,
            "choices": [
                {"id": choice_id, "text": choices[choice_id]["text"], "checked": choice_id in given}
                for choice_id in paper["order"]
                if choice_id in choices
            ],
        }

    def grade(self, value, paper, given, *, number):
        choices = self._choices(value)
        if not set(given) <= set(paper["order"]) or not set(given) <= set(choices):
            raise QuizAnswerError(
                gettext("An answer to question %(number)s is not one of its choices.")
                % {"number": number}
            )
        if not self.multiple and len(given) > 1:
            raise QuizAnswerError(
                gettext("Question %(number)s takes one answer only.") % {"number": number}
            )
        right = {choice_id for choice_id, choice in choices.items() if choice["is_correct"]}
        chosen = [choice_id for choice_id in paper["order"] if choice_id in given]
        return {
            "credit": 1.0 if set(given) == right else 0.0,
            "given": [choices[choice_id]["text"] for choice_id in chosen],
            "feedback": [
                choices[choice_id]["feedback"]
                for choice_id in chosen
                if choices[choice_id]["feedback"]
            ],
            "correction": [
                choices[choice_id]["text"] for choice_id in paper["order"] if choice_id in right
            ],
        }

    class Meta:
        template = "blocks/choice_question_block.html"


class SingleChoiceQuestionBlock(ChoiceQuestionBlock):
    def correct_count_error(self, correct_count):
        if correct_count != 1:
            return _("Mark exactly one answer as correct.")
        return None

    class Meta:
        icon = "radio-full"
        label = _("Single choice")
        description = _("A question with one right answer.")
        preview_value = {
            "question": "Which article of the Convention sets up the clearing-house mechanism?",
            "choices": [
                {"text": "Article 18(3)", "is_correct": True},
                {"text": "Article 8(j)", "is_correct": False},
            ],
        }


class MultipleChoiceQuestionBlock(ChoiceQuestionBlock):
    multiple = True

    def correct_count_error(self, correct_count):
        if correct_count < 1:
            return _("Mark at least one answer as correct.")
        return None

    class Meta:
        icon = "tasks"
        label = _("Multiple choice")
        description = _("A question where several answers may be right.")
        preview_value = {
            "question": "Which of these are goals of the clearing-house mechanism?",
            "choices": [
                {"text": "Effective information services", "is_correct": True},
                {"text": "Selling genetic resources", "is_correct": False},
                {"text": "Cooperation between countries", "is_correct": True},
            ],
        }


# --- True or false ------------------------------------------------------------------------

TRUE_FALSE_ANSWERS = ("true", "false")


class TrueFalseQuestionBlock(QuestionBlock):
    statement = blocks.TextBlock(label=_("statement"))
    is_true = blocks.BooleanBlock(label=_("the statement is true"), required=False)
    feedback_if_true = blocks.CharBlock(
        label=_("feedback for “true”"), max_length=500, required=False
    )
    feedback_if_false = blocks.CharBlock(
        label=_("feedback for “false”"), max_length=500, required=False
    )
    explanation = _explanation()

    answer_template = "questions/true_false.html"

    def prompt(self, value):
        return value["statement"]

    def answer_context(self, value, paper, given):
        return {"given": given[0] if given else ""}

    def grade(self, value, paper, given, *, number):
        if len(given) != 1 or given[0] not in TRUE_FALSE_ANSWERS:
            raise QuizAnswerError(
                gettext("Question %(number)s is answered with true or false.") % {"number": number}
            )
        said_true = given[0] == "true"
        label = {True: gettext("True"), False: gettext("False")}
        feedback = value["feedback_if_true" if said_true else "feedback_if_false"]
        return {
            "credit": 1.0 if said_true == bool(value["is_true"]) else 0.0,
            "given": [label[said_true]],
            "feedback": [feedback] if feedback else [],
            "correction": [label[bool(value["is_true"])]],
        }

    class Meta:
        icon = "help"
        label = _("True or false")
        template = "blocks/true_false_question_block.html"
        description = _("A statement the trainee judges true or false.")
        preview_value = {
            "statement": "Every Party to the Convention must have a national CHM website.",
            "is_true": False,
        }


# --- Matching -----------------------------------------------------------------------------


class MatchingPairBlock(blocks.StructBlock):
    item = blocks.CharBlock(label=_("item"), max_length=300)
    match = blocks.CharBlock(label=_("its match"), max_length=300)

    class Meta:
        icon = "link"
        label = _("Pair")


class MatchingQuestionBlock(QuestionBlock):
    """Items to pair with answers: one list of answers to choose from for each item (a plain
    select, so it works without JavaScript). Each item matched right earns its share."""

    question = blocks.TextBlock(
        label=_("question"), help_text=_("What to match, e.g. “Match each body to its role.”")
    )
    pairs = blocks.ListBlock(
        MatchingPairBlock(),
        label=_("pairs"),
        min_num=2,
        default=[{"item": "", "match": ""}, {"item": "", "match": ""}],
    )
    extra_answers = blocks.ListBlock(
        blocks.CharBlock(label=_("answer"), max_length=300),
        label=_("other answers to choose from"),
        required=False,
        default=[],
        help_text=_("Answers that match no item, offered beside the right ones."),
    )
    keep_order = _keep_order(_("Items are shuffled for each attempt; keep the order written here."))
    explanation = _explanation()

    answer_template = "questions/matching.html"

    def _answers(self, value) -> dict:
        """Every answer offered, by id; two with the same text are offered once."""
        answers, seen = {}, set()
        candidates = [(pair.id, pair.value["match"]) for pair in value["pairs"].bound_blocks] + [
            (extra.id, extra.value) for extra in value["extra_answers"].bound_blocks
        ]
        for answer_id, text in candidates:
            if normalised(text) not in seen:
                seen.add(normalised(text))
                answers[answer_id] = text
        return answers

    def paper(self, value, rng):
        items = [pair.id for pair in value["pairs"].bound_blocks]
        if not value.get("keep_order"):
            rng.shuffle(items)
        answers = list(self._answers(value))
        rng.shuffle(answers)
        return {"items": items, "answers": answers}

    def _given(self, given) -> dict:
        chosen = {}
        for pair in given:
            item, _separator, answer = str(pair).partition("=")
            if answer:
                chosen[item] = answer
        return chosen

    def answer_context(self, value, paper, given):
        pairs = {pair.id: pair.value for pair in value["pairs"].bound_blocks}
        answers = self._answers(value)
        chosen = self._given(given)
        return {
            "items": [
                {
                    "id": item_id,
                    "text": pairs[item_id]["item"],
                    "options": [
                        {
                            "value": f"{item_id}={answer_id}",
                            "text": answers[answer_id],
                            "selected": chosen.get(item_id) == answer_id,
                        }
                        for answer_id in paper["answers"]
                        if answer_id in answers
                    ],
                }
                for item_id in paper["items"]
                if item_id in pairs
            ]
        }

    def grade(self, value, paper, given, *, number):
        pairs = {pair.id: pair.value for pair in value["pairs"].bound_blocks}
        answers = self._answers(value)
        chosen = self._given(given)
        if not set(chosen) <= set(pairs) or not set(chosen.values()) <= set(answers):
            raise QuizAnswerError(
                gettext("An answer to question %(number)s is not one of its choices.")
                % {"number": number}
            )
        if len(chosen) < len(pairs):
            raise QuizAnswerError(
                gettext("Question %(number)s: choose a match for every item.") % {"number": number}
            )
        order = [item_id for item_id in paper["items"] if item_id in pairs]
        right = [
            item_id
            for item_id in order
            if normalised(answers[chosen[item_id]]) == normalised(pairs[item_id]["match"])
        ]
        return {
            "credit": len(right) / len(pairs),
            "given": [
                f"{pairs[item_id]['item']} → {answers[chosen[item_id]]}" for item_id in order
            ],
            "feedback": [],
            "correction": [
                f"{pairs[item_id]['item']} → {pairs[item_id]['match']}" for item_id in order
            ],
        }

    class Meta:
        icon = "link"
        label = _("Matching")
        template = "blocks/matching_question_block.html"
        description = _("Items the trainee pairs with their answers.")
        preview_value = {
            "question": "Match each body to its role.",
            "pairs": [
                {"item": "Conference of the Parties", "match": "Takes the decisions"},
                {"item": "SBSTTA", "match": "Gives scientific advice"},
            ],
        }


# --- Short answer -------------------------------------------------------------------------

NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


def parsed_number(text: str) -> Decimal | None:
    """A number as people type it: "3.5", "3,5", "1 000", "-2"; else None."""
    compact = re.sub(r"[\s\u00a0\u202f']", "", str(text))
    if not NUMBER.match(compact):
        return None
    try:
        return Decimal(compact.replace(",", "."))
    except InvalidOperation:
        return None


class ShortAnswerQuestionBlock(QuestionBlock):
    """A word, a few words or a number that the trainee types. Words are compared without case,
    accents or extra spaces; a number is right within its tolerance."""

    question = blocks.TextBlock(label=_("question"))
    accepted_answers = blocks.ListBlock(
        blocks.CharBlock(label=_("answer"), max_length=ANSWER_MAX_LENGTH),
        label=_("accepted answers"),
        required=False,
        default=[],
        help_text=_(
            "Every answer that counts as right. Case, accents and extra spaces do not matter."
        ),
    )
    number = blocks.DecimalBlock(
        label=_("or a number"),
        required=False,
        help_text=_("For a question answered with a number; the accepted answers are then unused."),
    )
    tolerance = blocks.DecimalBlock(
        label=_("tolerance"),
        required=False,
        min_value=0,
        help_text=_("How far from the number an answer may be and still be right, e.g. 0.5."),
    )
    feedback_if_wrong = blocks.CharBlock(
        label=_("feedback for a wrong answer"), max_length=500, required=False
    )
    explanation = _explanation()

    answer_template = "questions/short_answer.html"

    def clean(self, value):
        value = super().clean(value)
        if value.get("number") is None and not [a for a in value["accepted_answers"] if a.strip()]:
            raise field_error("accepted_answers", _("Give at least one answer, or a number."))
        return value

    def answer_context(self, value, paper, given):
        return {
            "given": given[0] if given else "",
            "numeric": value.get("number") is not None,
            "max_length": ANSWER_MAX_LENGTH,
        }

    def grade(self, value, paper, given, *, number):
        answer = " ".join(str(given[0]).split()) if given else ""
        if len(given) != 1 or len(answer) > ANSWER_MAX_LENGTH:
            raise QuizAnswerError(
                gettext("Question %(number)s takes one short answer.") % {"number": number}
            )
        expected = value.get("number")
        if expected is not None:
            typed = parsed_number(answer)
            if typed is None:
                raise QuizAnswerError(
                    gettext("Question %(number)s takes a number, such as 12 or 3.5.")
                    % {"number": number}
                )
            tolerance = Decimal(str(value.get("tolerance") or 0))
            right = abs(typed - Decimal(str(expected))) <= tolerance
            correction = f"{expected} ± {tolerance}" if tolerance else str(expected)
        else:
            accepted = [text for text in value["accepted_answers"] if text.strip()]
            right = normalised(answer) in {normalised(text) for text in accepted}
            correction = accepted[0]
        feedback = "" if right else value.get("feedback_if_wrong", "")
        return {
            "credit": 1.0 if right else 0.0,
            "given": [answer],
            "feedback": [feedback] if feedback else [],
            "correction": [correction],
        }

    class Meta:
        icon = "edit"
        label = _("Short answer")
        template = "blocks/short_answer_question_block.html"
        description = _("A word or a number that the trainee types.")
        preview_value = {
            "question": "In which year did the Convention enter into force?",
            "number": "1993",
        }


# --- The quiz -----------------------------------------------------------------------------


class QuestionsBlock(blocks.StreamBlock):
    """Every question type, once: the quiz and its pools both take these."""

    single_choice = SingleChoiceQuestionBlock()
    multiple_choice = MultipleChoiceQuestionBlock()
    true_false = TrueFalseQuestionBlock()
    matching = MatchingQuestionBlock()
    short_answer = ShortAnswerQuestionBlock()


class QuestionPoolBlock(blocks.StructBlock):
    """Questions of which each attempt asks only some, drawn at random: a retake is a new test,
    not the same one from memory."""

    draw = blocks.IntegerBlock(
        label=_("questions asked"),
        min_value=1,
        default=1,
        help_text=_("How many of these questions each attempt asks, drawn at random."),
    )
    questions = QuestionsBlock(label=_("questions"), min_num=1)

    def clean(self, value):
        value = super().clean(value)
        if value["draw"] > len(value["questions"]):
            raise field_error(
                "draw", _("The pool has fewer questions than it asks: add some, or ask fewer.")
            )
        return value

    def drawn(self, value, rng) -> list:
        """The pool's questions that one attempt asks, in the order written."""
        questions = list(value["questions"])
        picked = set(rng.sample(range(len(questions)), min(value["draw"], len(questions))))
        return [question for index, question in enumerate(questions) if index in picked]

    class Meta:
        icon = "list-ul"
        label = _("Question pool")
        template = "blocks/question_pool_block.html"
        description = _("Questions of which each attempt asks a few, drawn at random.")
        preview_value = {
            "draw": 1,
            "questions": [
                (
                    "true_false",
                    {"statement": "The CHM was set up by Article 18(3).", "is_true": True},
                ),
                ("true_false", {"statement": "A CHM is a website only.", "is_true": False}),
            ],
        }


class QuizBlock(QuestionsBlock):
    """A module's quiz: questions, and pools of questions."""

    pool = QuestionPoolBlock()


def quiz_questions(quiz) -> dict:
    """Every question of ``quiz`` by block id, those in pools too."""
    questions = {}
    for child in quiz:
        if isinstance(child.block, QuestionPoolBlock):
            questions.update((question.id, question) for question in child.value["questions"])
        else:
            questions[child.id] = child
    return questions


def quiz_drawn(quiz, rng) -> list:
    """The questions one attempt asks: every question, and from each pool its draw."""
    asked = []
    for child in quiz:
        if isinstance(child.block, QuestionPoolBlock):
            asked.extend(child.block.drawn(child.value, rng))
        else:
            asked.append(child)
    return asked
