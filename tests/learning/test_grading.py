"""Quizzes on the server: each attempt's paper (shuffled answers, pools drawn), and grading by
each question type, with anything that does not belong to the paper refused."""

import pytest

from learning_platform.learning.grading import (
    QuizAnswerError,
    attempt_seed,
    quiz_grade,
    quiz_paper,
    quiz_paper_questions,
)
from tests.factories import (
    block,
    choices,
    course_page,
    matching_question,
    module_page,
    question_pool,
    right_answers,
    sample_quiz,
    short_answer_question,
)

pytestmark = pytest.mark.django_db


def quiz_of(*questions):
    return module_page(course_page(), quiz=list(questions)).quiz


@pytest.fixture
def quiz(home_page):
    return quiz_of(*sample_quiz())


def paper_of(quiz, seed=1):
    return quiz_paper(quiz=quiz, seed=seed)


def test_all_right_scores_100_and_keeps_what_was_asked_as_shown(quiz):
    paper = paper_of(quiz)

    graded = quiz_grade(quiz=quiz, paper=paper, answers=right_answers(quiz))

    assert (graded.score_percent, graded.correct_count, graded.question_count) == (100, 3, 3)
    assert graded.passes(100)
    first = graded.questions[0]
    assert first["text"] == "Which article sets up the clearing-house mechanism?"
    assert first["layout"] == {"order": paper[0]["order"]}
    assert first["given"] == ["Article 18(3)"] and first["correction"] == ["Article 18(3)"]
    assert first["feedback"] == ["Feedback for this answer 0"]
    assert first["answer"] == right_answers(quiz)[quiz[0].id]


def test_the_same_attempt_always_shows_the_same_paper_and_the_next_another(quiz):
    many = quiz_of(
        block(
            "single_choice",
            {"question": "Pick", "choices": choices(*"ABCDEFGH"), "explanation": ""},
        )
    )
    seeds = [attempt_seed(enrolment_id=7, module_key="k", number=n) for n in (1, 1, 2, 3)]

    orders = [paper_of(many, seed)[0]["order"] for seed in seeds]

    assert orders[0] == orders[1]
    assert len({tuple(order) for order in orders}) == 3
    written = [choice.id for choice in many[0].value["choices"].bound_blocks]
    assert sorted(orders[0]) == sorted(written) and orders[0] != written


def test_answers_kept_in_order_when_the_author_says_so(home_page):
    kept = quiz_of(
        block(
            "multiple_choice",
            {
                "question": "Which apply?",
                "choices": choices("One", "Two", "Three", "All of the above", correct=(3,)),
                "keep_order": True,
                "explanation": "",
            },
        )
    )
    written = [choice.id for choice in kept[0].value["choices"].bound_blocks]

    assert all(paper_of(kept, seed)[0]["order"] == written for seed in range(20))


def test_a_pool_asks_its_draw_and_attempts_get_different_questions(home_page):
    pooled = quiz_of(
        sample_quiz()[2],
        question_pool(
            2,
            *[
                block("true_false", {"statement": f"Statement {n}", "is_true": n % 2 == 0})
                for n in range(6)
            ],
        ),
    )
    pool_ids = [question.id for question in pooled[1].value["questions"]]

    papers = [[item["id"] for item in paper_of(pooled, seed)] for seed in range(10)]

    assert all(len(paper) == 3 and paper[0] == pooled[0].id for paper in papers)
    assert all(set(paper[1:]) <= set(pool_ids) for paper in papers)
    assert len({tuple(paper) for paper in papers}) > 3
    # Graded against what was drawn: answers to every question of the pool are refused.
    with pytest.raises(QuizAnswerError, match="did not ask"):
        quiz_grade(quiz=pooled, paper=paper_of(pooled, 0), answers=right_answers(pooled))
    drawn = paper_of(pooled, 0)
    answers = {item["id"]: right_answers(pooled)[item["id"]] for item in drawn}
    assert quiz_grade(quiz=pooled, paper=drawn, answers=answers).score_percent == 100


def test_a_partly_right_multiple_choice_answer_is_wrong(quiz):
    answers = right_answers(quiz)
    answers[quiz[1].id] = answers[quiz[1].id][:1]  # one of the two right answers only

    graded = quiz_grade(quiz=quiz, paper=paper_of(quiz), answers=answers)

    assert graded.score_percent == 67
    assert not graded.passes(70) and graded.passes(60)
    assert [question["is_correct"] for question in graded.questions] == [True, False, True]


def test_a_wrong_true_false_answer_gets_its_feedback(quiz):
    answers = right_answers(quiz)
    answers[quiz[2].id] = ["false"]

    graded = quiz_grade(quiz=quiz, paper=paper_of(quiz), answers=answers)

    assert graded.questions[2]["is_correct"] is False
    assert graded.questions[2]["feedback"] == ["FEEDBACK-false"]
    assert graded.questions[2]["given"] == ["False"]
    assert graded.questions[2]["correction"] == ["True"]


def test_matching_earns_a_share_per_item_and_works_with_duplicate_matches(home_page):
    quiz = quiz_of(
        matching_question(
            ("COP", "Takes the decisions"),
            ("SBSTTA", "Gives scientific advice"),
            ("CHM", "Shares information"),
            ("Focal point", "Shares information"),
            extra=("Sells genetic resources",),
        )
    )
    paper = paper_of(quiz)
    pairs = {pair.value["item"]: pair.id for pair in quiz[0].value["pairs"].bound_blocks}
    form = quiz_paper_questions(quiz=quiz, paper=paper)[0]
    offered = [option["text"] for option in form["items"][0]["options"]]
    assert sorted(offered) == sorted(
        [
            "Takes the decisions",
            "Gives scientific advice",
            "Shares information",
            "Sells genetic resources",
        ]
    )
    by_text = {
        option["text"]: option["value"].split("=")[1] for option in form["items"][0]["options"]
    }

    def answer(item, text):
        return f"{pairs[item]}={by_text[text]}"

    graded = quiz_grade(
        quiz=quiz,
        paper=paper,
        answers={
            quiz[0].id: [
                answer("COP", "Takes the decisions"),
                answer("SBSTTA", "Sells genetic resources"),
                answer("CHM", "Shares information"),
                answer("Focal point", "Shares information"),
            ]
        },
    )

    assert graded.score_percent == 75 and graded.correct_count == 0
    assert "SBSTTA → Sells genetic resources" in graded.questions[0]["given"]
    assert "SBSTTA → Gives scientific advice" in graded.questions[0]["correction"]
    with pytest.raises(QuizAnswerError, match="every item"):
        quiz_grade(
            quiz=quiz, paper=paper, answers={quiz[0].id: [answer("COP", "Takes the decisions")]}
        )


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("Côte d'Ivoire", True),
        ("  cote D'IVOIRE. ", True),
        ("Ivory   Coast", True),
        ("Ghana", False),
    ],
)
def test_a_short_answer_is_compared_without_case_accents_or_spaces(home_page, typed, right):
    # A curly apostrophe written by the author, a straight one typed on a phone.
    quiz = quiz_of(
        short_answer_question("Which country?", accepted=("Côte d\u2019Ivoire", "Ivory Coast"))
    )

    graded = quiz_grade(quiz=quiz, paper=paper_of(quiz), answers={quiz[0].id: [typed]})

    assert graded.questions[0]["is_correct"] is right
    assert graded.questions[0]["feedback"] == ([] if right else ["FEEDBACK-short-wrong"])


@pytest.mark.parametrize(
    ("typed", "right"),
    [("1993", True), ("1 993", True), ("1992,6", True), ("1992.4", False), ("+1993.0", True)],
)
def test_a_number_is_right_within_its_tolerance(home_page, typed, right):
    quiz = quiz_of(short_answer_question("Which year?", number="1993", tolerance="0.5"))

    graded = quiz_grade(quiz=quiz, paper=paper_of(quiz), answers={quiz[0].id: [typed]})

    assert graded.questions[0]["is_correct"] is right
    assert graded.questions[0]["correction"] == ["1993 ± 0.5"]


def test_words_for_a_number_are_refused_with_a_clear_message(home_page):
    quiz = quiz_of(short_answer_question("Which year?", number="1993"))

    with pytest.raises(QuizAnswerError, match="takes a number"):
        quiz_grade(quiz=quiz, paper=paper_of(quiz), answers={quiz[0].id: ["about 1990"]})


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
        (lambda quiz, answers: answers.__setitem__(quiz[1].id, ["  "]), "still to answer: 2"),
        (
            lambda quiz, answers: answers.__setitem__("a-made-up-question", ["x"]),
            "did not ask",
        ),
    ],
)
def test_tampered_answers_are_refused_with_a_clear_message(quiz, tamper, message):
    answers = right_answers(quiz)
    tamper(quiz, answers)

    with pytest.raises(QuizAnswerError) as excinfo:
        quiz_grade(quiz=quiz, paper=paper_of(quiz), answers=answers)

    assert message in excinfo.value.message
    # The message never names a right answer.
    assert "Article 18(3)" not in excinfo.value.message


def test_a_question_removed_since_the_paper_was_made_is_said_so(quiz):
    paper = paper_of(quiz) + [{"id": "a-question-since-removed"}]

    with pytest.raises(QuizAnswerError, match="has changed since you opened it"):
        quiz_grade(quiz=quiz, paper=paper, answers=right_answers(quiz))
