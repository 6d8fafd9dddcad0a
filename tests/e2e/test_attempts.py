"""In Chromium: a trainee sees "Attempt 1 of 2", runs out of attempts, is given one more by
their coordinator, passes, and sees the course completed with the certificate on that page."""

import pytest
from playwright.sync_api import Page, expect

from learning_platform.accounts.roles import COORDINATORS
from learning_platform.learning import services
from learning_platform.learning.models import TrainingSession
from tests.factories import TEST_PASSWORD, UserFactory, course_page, module_page, sample_quiz

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("migrated_data")]


def answer(page: Page, module, *, right: bool):
    """Ticks the answers on the page as it shows them (shuffled for each attempt)."""
    single, multiple, true_false = module.quiz
    right_single = next(c.id for c in single.value["choices"].bound_blocks if c.value["is_correct"])
    page.check(f'input[name="answer-{single.id}"][value="{right_single}"]')
    for choice in multiple.value["choices"].bound_blocks:
        if choice.value["is_correct"]:
            page.check(f'input[name="answer-{multiple.id}"][value="{choice.id}"]')
    page.check(f'input[name="answer-{true_false.id}"][value="{"true" if right else "false"}"]')
    page.locator("form.quiz-form button[type=submit]").click()


def test_out_of_attempts_given_one_more_then_completed(
    live_server, page: Page, browser, admin_sign_in
):
    from django.contrib.auth.models import Group

    course = course_page(title="Limited attempts", max_quiz_attempts=2)
    module = module_page(course, title="The only module", quiz=sample_quiz())
    session = TrainingSession.objects.create(course_key=course.translation_key, title="Cotonou")
    coordinator = UserFactory(
        email="coordinator@example.org", is_staff=True, preferred_language="en"
    )
    coordinator.groups.add(Group.objects.get(name=COORDINATORS))
    session.coordinators.add(coordinator)
    trainee = UserFactory(email="lan@example.org", full_name="Nguyễn Lan", preferred_language="en")
    services.enrolment_create(user=trainee, course=course, session=session, source="invitation")

    page.goto(f"{live_server.url}/en/accounts/login/")
    page.fill("input[name=login]", trainee.email)
    page.fill("input[name=password]", TEST_PASSWORD)
    page.get_by_role("button", name="Sign In", exact=True).click()
    page.goto(f"{live_server.url}{module.url}")
    page.get_by_role("button", name="I have studied this module").click()

    expect(page.get_by_text("Attempt 1 of 2")).to_be_visible()
    answer(page, module, right=False)
    expect(page.get_by_text("Attempt 2 of 2")).to_be_visible()
    expect(page.get_by_text("1 attempt left.")).to_be_visible()
    answer(page, module, right=False)
    expect(page.get_by_text("You have used the 2 attempts this course allows")).to_be_visible()
    expect(page.locator("form.quiz-form")).to_have_count(0)

    # The coordinator, in their own browser, gives one more attempt.
    coordinator_page = browser.new_context().new_page()
    admin_sign_in(coordinator_page, coordinator.email, TEST_PASSWORD)
    coordinator_page.goto(f"{live_server.url}/admin/reports/sessions/{session.pk}/participants/")
    coordinator_page.get_by_role("link", name="Nguyễn Lan").click()
    expect(coordinator_page.get_by_text("2 / 2")).to_be_visible()
    coordinator_page.fill("input[name=reason]", "The connection dropped")
    coordinator_page.get_by_role("button", name="Give one more attempt").click()
    expect(coordinator_page.locator(".messages .success")).to_contain_text("One more attempt at")

    page.reload()
    expect(page.get_by_text("Attempt 3 of 3")).to_be_visible()
    expect(page.get_by_text("1 more attempt given by your coordinator or trainer.")).to_be_visible()
    answer(page, module, right=True)

    expect(page.get_by_role("heading", name="Course completed")).to_be_visible()
    download = page.get_by_role("link", name="Download your certificate (PDF")
    expect(download).to_be_visible()
    with page.expect_download() as pdf:
        download.click()
    assert pdf.value.suggested_filename.endswith(".pdf")
    expect(page.get_by_text("It is kept for you under")).to_be_visible()
