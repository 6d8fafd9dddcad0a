"""Every trainee page and the main admin pages, loaded in Chromium with the Content-Security-Policy
on: the header is there and the browser reports no violation (a blocked script, stylesheet,
image or frame is reported on the console as "violates the following Content Security Policy
directive")."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import Page, expect

from courses.models import CourseIndexPage, CoursePage, ModulePage
from learning_platform.certificates import services as certificate_services
from learning_platform.demo.content import DEMO_PASSWORD
from learning_platform.learning.models import Enrolment
from learning_platform.notifications.models import OutboxEmail
from tests.factories import png_file

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("migrated_data")]


class PolicyWatch:
    """Opens pages and keeps what the browser said about the policy on each."""

    def __init__(self, page: Page, base_url: str):
        self.page = page
        self.base_url = base_url
        self.violations = []
        self.visited = []
        page.on("console", self._console)

    def _console(self, message):
        if "Content Security Policy" in message.text:
            self.violations.append(f"{self.page.url}: {message.text}")

    def open(self, path, *, policy="default-src 'self'"):
        response = self.page.goto(f"{self.base_url}{path}")
        header = response.headers.get("content-security-policy", "")
        assert policy in header, f"{path}: {header!r}"
        self.page.wait_for_load_state("networkidle")
        self.visited.append(path)
        return response


@pytest.fixture
def demo(live_server):
    """The demo content, with the demo trainee's enrolment in the demo session completed and
    certified."""
    call_command("load_demo", stdout=StringIO())
    enrolment = Enrolment.objects.get(user__email="trainee@example.org", session__isnull=False)
    Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=timezone.now())
    enrolment.refresh_from_db()
    certificate = certificate_services.certificate_issue(enrolment=enrolment)
    course = CoursePage.objects.get(
        translation_key=enrolment.course_key, locale__language_code="en"
    )
    module = ModulePage.objects.child_of(course).order_by("path").first()
    return course, module, enrolment.session, certificate


def test_trainee_pages_break_no_rule_of_their_strict_policy(live_server, page: Page, demo):
    course, module, _session, certificate = demo
    watch = PolicyWatch(page, live_server.url)

    # As a visitor.
    for path in (
        "/en/",
        CourseIndexPage.objects.filter(locale__language_code="en").first().url,
        course.url,
        module.url,
        "/en/accounts/login/",
        "/en/accounts/signup/",
        "/en/accounts/password/reset/",
        reverse("privacy_notice"),
        reverse("certificate_verify", args=[certificate.code]),
        "/fr/",
    ):
        watch.open(path)
    response = watch.open(reverse("certificate_verify", args=["0" * 24]))
    assert response.status == 404
    # The verify page's own stylesheet applies (it carries the nonce the header names).
    assert page.locator("p.s").evaluate("e => getComputedStyle(e).fontWeight") == "700"

    # As the demo trainee, enrolled.
    page.goto(f"{live_server.url}/en/accounts/login/")
    page.fill("input[name=login]", "trainee@example.org")
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.get_by_role("button", name="Sign In", exact=True).click()
    expect(page.locator(".site-header__user")).to_be_visible()
    for path in (
        "/en/",
        course.url,
        module.url,
        reverse("learning:my_learning"),
        reverse("account_profile"),
        reverse("mfa_index"),
        reverse("usersessions_list"),
        reverse("account_email"),
        reverse("account_change_password"),
    ):
        watch.open(path)
    # Adding an authenticator app: allauth's page asks for the password, then shows a QR code.
    watch.open(reverse("mfa_activate_totp"))
    if page.locator("input[name=password]").count():
        page.fill("input[name=password]", DEMO_PASSWORD)
        page.get_by_role("button", name="Confirm").click()
    expect(page.locator("#authenticator_secret")).to_be_attached()
    assert page.locator("img").first.evaluate("e => e.naturalWidth") > 0  # the QR code

    assert watch.violations == [], "\n".join(watch.violations)


def test_the_main_admin_pages_break_no_rule_of_the_admin_policy(
    live_server, page: Page, demo, admin_sign_in, tmp_path
):
    course, module, session, certificate = demo
    page.set_viewport_size({"width": 1280, "height": 900})
    admin_sign_in(page, "admin@example.org", DEMO_PASSWORD)
    watch = PolicyWatch(page, live_server.url)
    admin_policy = "script-src 'self' 'unsafe-inline'"

    for path in (
        "/admin/",
        f"/admin/pages/{course.get_parent().pk}/",
        f"/admin/pages/{module.pk}/edit/",
        f"/admin/pages/{course.pk}/edit/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/users/",
        "/admin/groups/",
        "/admin/sessions/",
        f"/admin/sessions/edit/{session.pk}/",
        "/admin/reports/participation/",
        "/admin/reports/participants/",
        f"/admin/reports/sessions/{session.pk}/participants/",
        f"/admin/reports/sessions/{session.pk}/enrol/",
        f"/admin/reports/sessions/{session.pk}/attendance/",
        "/admin/certificates/",
        f"/admin/certificates/{certificate.pk}/",
        "/admin/emails/",
        "/admin/reports/site-history/",
        "/admin/account/",
    ):
        watch.open(path, policy=admin_policy)

    # A trainer uploads pictures: the admin shows a thumbnail of each as it goes up.
    picture = tmp_path / "mangroves.png"
    picture.write_bytes(png_file().file.getvalue())
    watch.open("/admin/images/multiple/add/", policy=admin_policy)
    page.set_input_files("input[type=file]", str(picture))
    expect(page.locator("#upload-list li.upload-success")).to_have_count(1)
    page.wait_for_load_state("networkidle")

    # An email in the log (the certificate's): its HTML is shown in a sandboxed frame.
    email = OutboxEmail.objects.exclude(kind__in=["account", "invitation"]).latest("pk")
    watch.open(f"/admin/emails/{email.pk}/", policy=admin_policy)
    expect(page.locator("iframe[sandbox]")).to_be_visible()

    # The page editor's live preview frames the page as trainees will see it.
    watch.open(f"/admin/pages/{module.pk}/edit/", policy=admin_policy)
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("iframe#w-preview-iframe")
    expect(preview.get_by_role("heading", level=1)).to_have_text(module.title)
    page.wait_for_load_state("networkidle")

    assert watch.violations == [], "\n".join(watch.violations)
