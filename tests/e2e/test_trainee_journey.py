"""A new trainee signs up, enrols in the demo course, completes it, sees it completed and
downloads the certificate."""

from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from playwright.sync_api import Page, expect

from courses.models import CoursePage, ModulePage
from learning_platform.learning.models import Enrolment
from tests.certificates.pdf import extracted_lines
from tests.e2e.journey import complete_modules, download_certificate, enrol, sign_up

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("migrated_data")]


def test_a_new_trainee_completes_the_demo_course(live_server, page: Page):
    call_command("load_demo", stdout=StringIO())
    course = CoursePage.objects.get(locale__language_code="en", slug="clearing-house-mechanism")
    required = list(ModulePage.objects.child_of(course).filter(required=True).order_by("path"))
    page.set_viewport_size({"width": 360, "height": 740})

    def confirmation_email():
        [message] = [message for message in mail.outbox if "/confirm-email/" in message.body]
        return message.body

    sign_up(
        page,
        live_server.url,
        email="Nguyen.Lan@Example.org",
        full_name="Nguyễn Thị Lan",
        confirmation_email=confirmation_email,
    )
    enrol(page, live_server.url, course)
    complete_modules(page, live_server.url, required, fail_first=True)

    page.goto(f"{live_server.url}/en/my-learning/")
    completed = page.locator("h2", has_text="Completed").locator("xpath=following-sibling::ul[1]")
    expect(completed).to_contain_text(course.title)
    enrolment = Enrolment.objects.get(user__email="nguyen.lan@example.org")
    assert enrolment.completed_at is not None
    assert enrolment.attempts.filter(passed=False).count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    # The certificate, from "My learning": the name as typed at sign-up, in its PDF.
    pdf = download_certificate(page, live_server.url)
    assert pdf.startswith(b"%PDF")
    assert "Nguyễn Thị Lan" in extracted_lines(pdf)["pypdf"]
