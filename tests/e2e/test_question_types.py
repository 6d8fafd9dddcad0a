"""In Chromium: a trainer writes a matching and a short-answer question in the page editor; a
trainee answers them with JavaScript and another without, in English and in French; the
attempts are graded and show in the quiz statistics."""

import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import Page, expect
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, TranslationSource

from courses.models import ModulePage
from learning_platform.accounts.roles import COORDINATORS
from learning_platform.learning import services
from learning_platform.learning.models import QuizAttempt, TrainingSession
from tests.factories import TEST_PASSWORD, AdminFactory, UserFactory, course_page, module_page

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("migrated_data")]


def add_question(page: Page, kind: str):
    page.locator("#quiz-root button.c-sf-add-button").last.click()
    page.get_by_role("option", name=kind, exact=True).click()


def author(page: Page, live_server, module):
    page.goto(f"{live_server.url}/admin/pages/{module.pk}/edit/")
    page.get_by_role("tab", name="Quiz").click()
    add_question(page, "Matching")
    page.fill('textarea[name="quiz-0-value-question"]', "Match each body to its role.")
    for index, (item, match) in enumerate(
        [("COP", "Takes the decisions"), ("SBSTTA", "Gives scientific advice")]
    ):
        page.fill(f'input[name="quiz-0-value-pairs-{index}-value-item"]', item)
        page.fill(f'input[name="quiz-0-value-pairs-{index}-value-match"]', match)
    add_question(page, "Short answer")
    page.fill('textarea[name="quiz-1-value-question"]', "Which country hosts the CBD secretariat?")
    page.locator(
        '#quiz-root [data-contentpath="accepted_answers"] button.c-sf-add-button'
    ).first.click()
    page.fill('input[name="quiz-1-value-accepted_answers-0-value"]', "Canada")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("has been published")).to_be_visible()


def translate_to_french(module):
    """As a translator does in wagtail-localize's editor: every string, then publish."""
    french = Locale.objects.get(language_code="fr")
    source, _created = TranslationSource.get_or_create_from_instance(module)
    translated = {
        "Match each body to its role.": "Associez chaque organe à son rôle.",
        "Takes the decisions": "Prend les décisions",
        "Gives scientific advice": "Donne des avis scientifiques",
        "Which country hosts the CBD secretariat?": (
            "Quel pays accueille le secrétariat de la CDB ?"
        ),
        "Canada": "Le Canada",
    }
    for segment in source.stringsegment_set.select_related("string"):
        text = segment.string.data
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=french,
            context=segment.context,
            defaults={"data": translated.get(text, text)},
        )
    return source.create_or_update_translation(french, copy_parent_pages=True, fallback=True)[0]


def answer_and_submit(page: Page, module, *, right: bool):
    matching, short = module.quiz
    for pair in matching.value["pairs"].bound_blocks:
        select = page.get_by_label(pair.value["item"])
        wanted = pair.value["match"] if right else None
        options = select.locator("option").all_inner_texts()
        choice = wanted or next(
            o for o in options if o not in ("Choose…", "Choisir…", pair.value["match"])
        )
        select.select_option(label=choice)
    typed = short.value["accepted_answers"][0] if right else "Kenya"
    page.locator(f'input[name="answer-{short.id}"]').fill(f"  {typed.upper()} ")
    page.locator("form.quiz-form button[type=submit]").click()


def test_matching_and_short_answer_from_the_editor_to_the_statistics(
    live_server, page: Page, browser, admin_sign_in
):
    course = course_page(title="Question types", max_quiz_attempts=3)
    module = module_page(course, title="Bodies of the Convention")
    session = TrainingSession.objects.create(course_key=course.translation_key, title="Online")
    coordinator = UserFactory(
        email="coordinator@example.org", is_staff=True, preferred_language="en"
    )
    coordinator.groups.add(Group.objects.get(name=COORDINATORS))
    session.coordinators.add(coordinator)
    AdminFactory(email="author@example.org")

    admin_sign_in(page, "author@example.org", TEST_PASSWORD)
    author(page, live_server, module)
    module = ModulePage.objects.get(pk=module.pk)
    assert [block.block_type for block in module.quiz] == ["matching", "short_answer"]

    # An English trainee with JavaScript, and a French one without.
    results = []
    for language, javascript in (("en", True), ("fr", False)):
        trainee = UserFactory(email=f"{language}@example.org", preferred_language=language)
        services.enrolment_create(user=trainee, course=course, session=session, source="invitation")
        shown = module if language == "en" else translate_to_french(module)
        context = browser.new_context(java_script_enabled=javascript)
        trainee_page = context.new_page()
        trainee_page.goto(f"{live_server.url}/{language}/accounts/login/")
        trainee_page.fill("input[name=login]", trainee.email)
        trainee_page.fill("input[name=password]", TEST_PASSWORD)
        trainee_page.locator("form button[type=submit]").last.click()
        trainee_page.goto(f"{live_server.url}{shown.url}")
        shown = ModulePage.objects.get(pk=shown.pk)
        answer_and_submit(trainee_page, shown, right=False)
        answer_and_submit(trainee_page, shown, right=True)
        expect(trainee_page.locator(".quiz-result__score")).to_contain_text(re.compile(r"100\W?%"))
        results.append(
            list(
                QuizAttempt.objects.filter(enrolment__user=trainee)
                .order_by("number")
                .values_list("score_percent", flat=True)
            )
        )
        context.close()

    assert results == [[0, 100], [0, 100]]
    coordinator_page = browser.new_context().new_page()
    admin_sign_in(coordinator_page, coordinator.email, TEST_PASSWORD)
    coordinator_page.goto(f"{live_server.url}/admin/reports/quiz-statistics/?course={course.pk}")
    table = coordinator_page.locator("table.listing")
    expect(table).to_contain_text("Match each body to its role.")
    expect(table).to_contain_text("Associez chaque organe à son rôle.")
    expect(table).to_contain_text("KENYA (1)")  # a wrong answer chosen most, as typed
    expect(table).to_contain_text("50%")
