"""A trainee's journey as a browser walks it, against any address: Django's live server in
tests/e2e, nginx in front of the production stack in tests/stack."""

import re
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.factories import right_answers

PASSPHRASE = "a-long-and-unusual-passphrase"


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


def sign_up(page: Page, base_url, *, email, full_name, confirmation_email):
    """Signs up, then opens the link of the confirmation email, which ``confirmation_email()``
    returns (its text) once it has arrived."""
    page.goto(f"{base_url}/en/accounts/signup/")
    page.fill("input[name=email]", email)
    page.fill("input[name=password1]", PASSPHRASE)
    page.fill("input[name=password2]", PASSPHRASE)
    page.fill("input[name=full_name]", full_name)
    page.select_option("select[name=country]", "VN")
    page.fill("input[name=organisation]", "Vietnam National University")
    page.select_option("select[name=organisation_type]", "research")
    page.select_option("select[name=preferred_language]", "en")
    page.check("input[name=privacy_consent]")
    page.locator("form").filter(has=page.locator("input[name=full_name]")).locator(
        "button[type=submit]"
    ).click()
    # The address is verified from the emailed link before the account opens.
    expect(page.get_by_text(email.lower()).first).to_be_visible()
    # The link's host is the one the site was asked for; the path is what matters here.
    link = re.search(r"https?://[^/\s]+(/\S+/confirm-email/\S+)", confirmation_email()).group(1)
    page.goto(f"{base_url}{link}")
    page.locator("form button[type=submit]").last.click()
    expect(page.get_by_text(full_name).first).to_be_visible()


def enrol(page: Page, base_url, course):
    page.goto(f"{base_url}{course.url}")
    page.get_by_role("button", name="Enrol").click()
    expect(page.get_by_text("You are enrolled")).to_be_visible()


def complete_modules(page: Page, base_url, modules, *, fail_first=False):
    """Studies each module and passes its quiz; with ``fail_first``, fails the first one once."""
    for number, module in enumerate(modules):
        page.goto(f"{base_url}{module.url}")
        page.get_by_role("button", name="I have studied this module").click()
        if fail_first and number == 0:
            take_quiz(page, module, right=False)
            expect(page.get_by_text("not enough to pass")).to_be_visible()
            expect(page.get_by_text("Not quite").first).to_be_visible()
        take_quiz(page, module, right=True)
        expect(page.get_by_text("Passed").first).to_be_visible()


def download_certificate(page: Page, base_url) -> bytes:
    """The certificate's PDF, from "My learning"."""
    page.goto(f"{base_url}/en/my-learning/")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the certificate (PDF)").click()
    return Path(download.value.path()).read_bytes()
