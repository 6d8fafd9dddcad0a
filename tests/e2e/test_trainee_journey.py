"""A new trainee signs up, enrols in the demo course, completes it, sees it completed and
downloads the certificate."""

import re
from io import StringIO
from pathlib import Path

import pytest
from django.core import mail
from django.core.management import call_command
from playwright.sync_api import Page, expect

from courses.models import CoursePage, ModulePage
from learning_platform.learning.models import Enrolment
from tests.certificates.pdf import extracted_lines
from tests.factories import right_answers

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("migrated_data")]


def take_quiz(page: Page, module, *, right):
    """Answers the questions the page shows (a pool asks only some), all right or all wrong."""
    for question_id, rights in right_answers(module.quiz).items():
        inputs = page.locator(f'[name="answer-{question_id}"]')
        if inputs.count() == 0:  # not drawn for this attempt
            continue
        kind = inputs.first.evaluate("input => input.type")
        if kind == "select-one":  # matching: one select per item
            for select in inputs.all():
                offered = select.locator("option").evaluate_all("all => all.map(o => o.value)")
                select.select_option(next(v for v in offered if v and (v in rights) == right))
        elif kind == "text":  # short answer
            inputs.fill(rights[0] if right else "0")
        else:  # radio buttons or checkboxes
            offered = inputs.evaluate_all("all => all.map(input => input.value)")
            for value in rights if right else [next(v for v in offered if v not in rights)]:
                inputs.and_(page.locator(f'[value="{value}"]')).check()
    page.locator("form.quiz-form button[type=submit]").click()


def test_a_new_trainee_completes_the_demo_course(live_server, page: Page):
    call_command("load_demo", stdout=StringIO())
    course = CoursePage.objects.get(locale__language_code="en", slug="clearing-house-mechanism")
    required = list(ModulePage.objects.child_of(course).filter(required=True).order_by("path"))
    page.set_viewport_size({"width": 360, "height": 740})

    page.goto(f"{live_server.url}/en/accounts/signup/")
    page.fill("input[name=email]", "Nguyen.Lan@Example.org")
    page.fill("input[name=password1]", "a-long-and-unusual-passphrase")
    page.fill("input[name=password2]", "a-long-and-unusual-passphrase")
    page.fill("input[name=full_name]", "Nguyễn Thị Lan")
    page.select_option("select[name=country]", "VN")
    page.fill("input[name=organisation]", "Vietnam National University")
    page.select_option("select[name=organisation_type]", "research")
    page.select_option("select[name=preferred_language]", "en")
    page.check("input[name=privacy_consent]")
    page.locator("form").filter(has=page.locator("input[name=full_name]")).locator(
        "button[type=submit]"
    ).click()
    # The address is verified from the emailed link before the account opens.
    expect(page.get_by_text("nguyen.lan@example.org").first).to_be_visible()
    [message] = [message for message in mail.outbox if "/confirm-email/" in message.body]
    link = re.search(r"https?://[^/\s]+(/\S+/confirm-email/\S+)", message.body).group(1)
    page.goto(f"{live_server.url}{link}")
    page.locator("form button[type=submit]").last.click()
    expect(page.get_by_text("Nguyễn Thị Lan").first).to_be_visible()

    page.goto(f"{live_server.url}{course.url}")
    page.get_by_role("button", name="Enrol").click()
    expect(page.get_by_text("You are enrolled")).to_be_visible()

    for number, module in enumerate(required):
        page.goto(f"{live_server.url}{module.url}")
        page.get_by_role("button", name="I have studied this module").click()
        if number == 0:
            take_quiz(page, module, right=False)
            expect(page.get_by_text("not enough to pass")).to_be_visible()
            expect(page.get_by_text("Not quite").first).to_be_visible()
        take_quiz(page, module, right=True)
        expect(page.get_by_text("Passed").first).to_be_visible()

    page.goto(f"{live_server.url}/en/my-learning/")
    completed = page.locator("h2", has_text="Completed").locator("xpath=following-sibling::ul[1]")
    expect(completed).to_contain_text(course.title)
    enrolment = Enrolment.objects.get(user__email="nguyen.lan@example.org")
    assert enrolment.completed_at is not None
    assert enrolment.attempts.filter(passed=False).count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    # The certificate, from "My learning": the name as typed at sign-up, in its PDF.
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the certificate (PDF)").click()
    pdf = Path(download.value.path()).read_bytes()
    assert pdf.startswith(b"%PDF")
    assert "Nguyễn Thị Lan" in extracted_lines(pdf)["pypdf"]
