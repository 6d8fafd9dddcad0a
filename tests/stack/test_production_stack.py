"""The whole platform as production runs it, through nginx: a trainee signs up, enrols,
completes the demo course and downloads the certificate; the platform keeps teaching with its
Redis stopped; with the worker stopped /readyz answers 503, and the email queued meanwhile
arrives once the worker is back."""

import re
import time
from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import Browser, expect

from courses.models import CoursePage, ModulePage
from learning_platform.learning.models import Enrolment
from learning_platform.notifications.models import OutboxEmail
from tests.certificates.pdf import extracted_lines
from tests.e2e.journey import complete_modules, download_certificate, enrol, sign_up
from tests.factories import ImageFactory
from tests.stack.stack import Stack, remove, stack_directory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("migrated_data")]

EMAIL = "nguyen.lan@example.org"


@pytest.fixture
def stack(settings):
    directory = stack_directory()
    media_root = directory / "media"
    media_root.mkdir(mode=0o755)
    settings.MEDIA_ROOT = str(media_root)  # the demo's images, written here, served by nginx
    call_command("load_demo", stdout=StringIO())
    course = CoursePage.objects.get(locale__language_code="en", slug="clearing-house-mechanism")
    course.cover_image = ImageFactory(title="Mangroves")  # an upload, for nginx to serve
    course.save_revision().publish()
    stack = Stack(directory, media_root)
    try:
        stack.start()
        yield stack
    finally:
        stack.stop()
        remove(directory)


def wait_for(condition, what, seconds=60):
    deadline = time.monotonic() + seconds
    while not (found := condition()):
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.3)
    return found


def emails_to(stack, address, subject_start):
    return [
        message
        for message in stack.emails()
        if message["To"] == address and message["Subject"].startswith(subject_start)
    ]


def text_of(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def email_with(stack, fragment, seconds=60) -> str:
    """The text of the last email received with ``fragment`` in it, once one has arrived."""
    found = wait_for(
        lambda: [text for m in stack.emails() if fragment in (text := text_of(m))],
        f"an email with {fragment}",
        seconds,
    )
    return found[-1]


def test_the_production_stack_teaches_through_its_faults(stack, browser: Browser):
    course = CoursePage.objects.get(locale__language_code="en", slug="clearing-house-mechanism")
    required = list(ModulePage.objects.child_of(course).filter(required=True).order_by("path"))
    context = browser.new_context(ignore_https_errors=True)  # the test's own certificate
    page = context.new_page()
    url = stack.https_url

    # Plain HTTP is sent to HTTPS, and HTTPS comes with HSTS, as production sets them.
    assert stack.get("/en/", https=False).status == 301
    home = stack.get("/en/")
    assert home.status == 200 and "max-age=" in home.headers["Strict-Transport-Security"]

    # The journey: every email through the outbox, the worker and SMTP.
    sign_up(
        page,
        url,
        email=EMAIL,
        full_name="Nguyễn Thị Lan",
        confirmation_email=lambda: email_with(stack, "/confirm-email/"),
    )
    enrol(page, url, course)
    complete_modules(page, url, required)
    pdf = download_certificate(page, url)
    assert pdf.startswith(b"%PDF") and "Nguyễn Thị Lan" in extracted_lines(pdf)["pypdf"]
    assert Enrolment.objects.get(user__email=EMAIL).completed_at is not None
    wait_for(lambda: emails_to(stack, EMAIL, "Course completed"), "the completion email")

    # Static files from WhiteNoise, long cached and compressed; uploads straight from nginx.
    page.goto(f"{url}{course.url}")
    stylesheet = page.locator("link[rel=stylesheet]").first.get_attribute("href")
    css = stack.get(stylesheet, headers={"Accept-Encoding": "gzip"})
    assert css.status == 200 and css.headers["Content-Encoding"] == "gzip"
    assert "immutable" in css.headers["Cache-Control"]
    cover = page.locator("img.cover").get_attribute("src")
    image = stack.get(cover)
    assert cover.startswith("/media/") and image.status == 200
    assert "sandbox" in image.headers["Content-Security-Policy"]  # nginx's, not Django's
    assert stack.get("/media/documents/anything.pdf").status == 404

    # One request id from nginx to gunicorn's access log.
    request_id = stack.get("/en/").headers["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", request_id)
    wait_for(lambda: f"request_id={request_id}" in stack.services["web"].output(), "gunicorn")
    assert f"request_id={request_id}" in (stack.directory / "logs" / "access.log").read_text()

    # Redis stopped: pages are still served, to the signed-in trainee too.
    stack.redis.stop()
    for module in required[:2]:
        response = page.goto(f"{url}{module.url}")
        assert response.status == 200
        expect(page.get_by_text("Passed").first).to_be_visible()
    readyz = stack.get("/readyz")
    assert readyz.status == 503 and readyz.json()["checks"]["redis"].startswith("error")
    assert stack.get("/healthz").status == 200  # a load balancer keeps this web tier
    stack.redis.start()
    stack.wait_until_ready()

    # The worker stopped: /readyz says so, and an email queued meanwhile waits in the outbox.
    stack.services["worker"].stop()
    readyz = wait_for(
        lambda: (answer := stack.get("/readyz")).status == 503 and answer, "/readyz 503"
    )
    assert readyz.json()["checks"]["celery"].startswith("error")
    visitor = browser.new_context(ignore_https_errors=True).new_page()
    visitor.goto(f"{url}/en/accounts/password/reset/")
    visitor.fill("input[name=email]", EMAIL)
    with visitor.expect_response(lambda response: response.request.method == "POST") as reset:
        visitor.locator("form button[type=submit]").last.click()
    expect(visitor.get_by_text("sent you an email")).to_be_visible()
    reset_id = reset.value.headers["x-request-id"]
    time.sleep(2)
    assert OutboxEmail.objects.filter(to_email=EMAIL, status="pending").exists()
    assert not [m for m in stack.emails() if "/password/reset/key/" in text_of(m)]

    stack.restart_worker()
    email_with(stack, "/password/reset/key/")
    # The worker's log of the task that sent it names the request that queued it.
    wait_for(lambda: f"[{reset_id}] Task" in stack.services["worker"].output(), "the task's id")
    stack.wait_until_ready()

    # The operator's metrics, added up over both web workers, through nginx with the token.
    assert stack.get("/metrics").status == 401
    scraped = stack.get("/metrics", headers={"Authorization": f"Bearer {stack.metrics_token}"})
    figures = metric_values(scraped.body.decode())
    requests = sum(
        v
        for k, v in figures.items()
        if k.startswith("learning_http_request_duration_seconds_count")
    )
    assert requests > 30  # the journey's pages, from both workers
    assert figures["learning_certificate_render_seconds_count"] >= 1
    assert figures['learning_emails{status="failed"}'] == 0
    assert "learning_task_queue_length" in figures


def metric_values(text) -> dict[str, float]:
    """Prometheus's text format: a sample per line, its name and labels, then its value."""
    return {
        line.rsplit(" ", 1)[0]: float(line.rsplit(" ", 1)[1])
        for line in text.splitlines()
        if line and not line.startswith("#")
    }
