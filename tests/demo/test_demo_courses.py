"""The demo catalogue: real courses in English and French, loaded once however often it runs."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from courses.models import CoursePage, ModulePage, Topic
from learning_platform.demo.files import courses_read

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(home_page):
    call_command("load_demo", stdout=StringIO())


def test_every_demo_course_and_module_exists_in_english_and_french(demo):
    english = Locale.objects.get(language_code="en")
    french = Locale.objects.get(language_code="fr")
    for course in courses_read("en"):
        source = CoursePage.objects.get(locale=english, slug=course.slug)
        translation = source.get_translation(french)
        assert translation.live and translation.title == course.texts["fr"]["title"]
        modules = ModulePage.objects.child_of(source).live()
        assert modules.count() == len(course.modules)
        for module in modules:
            assert module.get_translation(french).live


def test_the_clearing_house_course_is_substantial(demo):
    chm = CoursePage.objects.get(locale__language_code="en", slug="clearing-house-mechanism")
    modules = ModulePage.objects.child_of(chm)

    assert modules.count() >= 4
    text = " ".join(str(module.body) for module in modules)
    assert "18(3)" in text and "X/15" in text
    for module in modules:
        assert len(module.quiz) >= 2, module.title


def test_french_questions_are_the_english_questions(demo):
    french = Locale.objects.get(language_code="fr")
    for module in ModulePage.objects.filter(locale__language_code="en"):
        translation = module.get_translation(french)
        assert [question.id for question in translation.quiz] == [
            question.id for question in module.quiz
        ]
        assert translation.quiz.raw_data != module.quiz.raw_data  # translated, not copied


def test_the_second_demo_course_needs_an_enrolment_key(demo):
    keyed = CoursePage.objects.filter(locale__language_code="en", enrolment_mode="key")

    assert keyed.count() == 1
    assert keyed.get().enrolment_key


def test_loading_the_demo_again_changes_nothing(demo):
    counts = (CoursePage.objects.count(), ModulePage.objects.count(), Topic.objects.count())

    call_command("load_demo", stdout=StringIO())

    assert (CoursePage.objects.count(), ModulePage.objects.count(), Topic.objects.count()) == counts


def test_every_demo_page_renders(client, demo):
    for page in [*CoursePage.objects.live(), *ModulePage.objects.live()]:
        response = client.get(page.url)
        assert response.status_code == 200, page.url


def test_the_demo_quizzes_show_every_question_type_a_pool_and_an_attempt_limit(demo):
    from courses.questions import QuestionsBlock

    english = ModulePage.objects.filter(locale__language_code="en")
    used = set()
    for module in english:
        for block in module.quiz:
            used.add(block.block_type)
            if block.block_type == "pool":
                used.update(question.block_type for question in block.value["questions"])
                assert block.value["draw"] < len(block.value["questions"])
    assert used >= {*QuestionsBlock.base_blocks, "pool"}
    assert CoursePage.objects.filter(
        locale__language_code="en", max_quiz_attempts__isnull=False
    ).exists()


def test_french_pages_have_french_addresses(client, demo):
    module = ModulePage.objects.get(locale__language_code="en", slug="legal-basis")
    french = module.get_translation(Locale.objects.get(language_code="fr"))

    assert french.url == "/fr/cours/centre-dechange/fondement-juridique/"
    assert client.get(french.url).status_code == 200
