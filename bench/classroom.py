"""A classroom at once, through the production stack (Debian's nginx, gunicorn with 2 workers,
a Celery worker and beat, their own Redis, PostgreSQL, a loopback SMTP server): 40 trainees,
signed in and enrolled beforehand, arrive within 20 s, open the same module, mark it studied,
submit its quiz (passing it completes the course, which issues their certificate and queues
their email), see their result and download their certificate, each step a few seconds
after the last.

Prints p50 and p99 per step, the requests that failed (must be 0), and the time from the
first quiz submitted until all 40 certificates are issued and all 40 completion emails
delivered to the SMTP server.

    .venv/bin/python bench/classroom.py
"""

import http.client
import random
import re
import secrets
import statistics
import threading
import time
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit

import harness  # first: sets Django up on the test settings
from django.contrib.auth.hashers import make_password
from django.db import connections
from django.test.utils import override_settings
from django.urls import reverse
from django.utils import timezone, translation

from courses.models import CourseIndexPage, CoursePage, ModulePage
from learning_platform.certificates.models import Certificate
from learning_platform.learning import services
from learning_platform.notifications.models import OutboxEmail
from tests.factories import UserFactory, right_answers, sample_quiz
from tests.stack.stack import Stack, remove, stack_directory

TRAINEES = 40
ARRIVALS_SECONDS = 20  # the classroom arrives within this
PAUSE_SECONDS = (2, 5)  # reading the module, answering the quiz
PASSWORD = secrets.token_urlsafe(16)
TIMEOUT = 30
STEPS = ("open_module", "mark_studied", "submit_quiz", "see_result", "download_certificate")


def classroom_course():
    catalogue = CourseIndexPage.objects.get(locale__language_code="en")
    course = CoursePage(title="Wetland monitoring for the classroom", summary="One module.")
    catalogue.add_child(instance=course)
    course.save_revision().publish()
    module = ModulePage(title="Counting waterbirds", quiz=sample_quiz())
    course.add_child(instance=module)
    module.save_revision().publish()
    return course, module


def trainees(course):
    # The production hasher, once for all: the stack must be able to check the password.
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.PBKDF2PasswordHasher"]):
        password = make_password(PASSWORD)
    people = []
    for number in range(TRAINEES):
        person = UserFactory(
            email=f"trainee{number}@classroom.example.org",
            full_name=f"Trainee {number} Mukendi",
            privacy_accepted_at=timezone.now(),
        )
        person.password = password
        person.save(update_fields=["password"])
        person.emailaddress_set.update_or_create(
            email=person.email, defaults={"verified": True, "primary": True}
        )
        services.enrolment_create(user=person, course=course)
        people.append(person)
    return people


class Browser:
    """One trainee's browser: its cookies, a kept-alive HTTPS connection to nginx."""

    def __init__(self, stack, email):
        self.email = email
        self.stack = stack
        self.address = urlsplit(stack.https_url)
        self.cookies = SimpleCookie()
        self.connection = None

    def request(self, method, path, data=None):
        if self.connection is None:
            self.connection = http.client.HTTPSConnection(
                self.address.hostname, self.address.port, context=self.stack.tls, timeout=TIMEOUT
            )
        headers = {"Cookie": "; ".join(f"{k}={v.value}" for k, v in self.cookies.items())}
        body = None
        if data is not None:
            body = urlencode(data, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = self.stack.https_url + path
            headers["Origin"] = self.stack.https_url
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            content = response.read()
        except (OSError, http.client.HTTPException):
            self.connection = None
            raise
        for header in response.headers.get_all("Set-Cookie") or []:
            self.cookies.load(header)
        return response.status, response.headers, content

    def form_token(self, content: bytes) -> str:
        found = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', content)
        return found.group(1).decode() if found else ""

    def sign_in(self, email):
        with translation.override("en"):
            login = reverse("account_login")
        _status, _headers, content = self.request("GET", login)
        status, _headers, _content = self.request(
            "POST",
            login,
            {"login": email, "password": PASSWORD, "csrfmiddlewaretoken": self.form_token(content)},
        )
        assert status == 302, f"signing in answered {status}"


def trainee_journey(*args):
    try:
        _journey(*args)
    finally:
        connections.close_all()  # this thread's, so that the database can be dropped


def _journey(browser, module, paths, answers, delay, timings, failures, submitted):
    time.sleep(delay)

    def step(name, method, path, data=None, expected=200):
        started = time.perf_counter()
        try:
            status, headers, content = browser.request(method, path, data)
        except (OSError, http.client.HTTPException):
            status, headers, content = 0, {}, b""
        timings[name].append(time.perf_counter() - started)
        if status != expected:
            failures.append((name, status))
        return status, headers, content

    _status, _headers, page = step("open_module", "GET", module.url)
    time.sleep(random.uniform(*PAUSE_SECONDS))
    token = {"csrfmiddlewaretoken": browser.form_token(page)}
    step("mark_studied", "POST", paths["mark_studied"], token, expected=302)
    time.sleep(random.uniform(*PAUSE_SECONDS))
    data = {f"answer-{question}": given for question, given in answers.items()}
    data["csrfmiddlewaretoken"] = browser.form_token(page)
    found = re.search(rb'name="attempt" value="(\d+)"', page)
    data["attempt"] = found.group(1).decode() if found else "1"
    submitted.append(time.monotonic())
    _status, headers, _content = step(
        "submit_quiz", "POST", paths["submit_quiz"], data, expected=302
    )
    result = urlsplit(headers.get("Location", module.url))
    step("see_result", "GET", result.path)  # where the browser is sent: the module, marked
    time.sleep(random.uniform(*PAUSE_SECONDS))
    certificate = Certificate.objects.filter(enrolment__user__email=browser.email).first()
    if certificate is None:
        failures.append(("download_certificate", "no certificate"))
        return
    with translation.override("en"):
        path = reverse("certificates:download", args=[certificate.code])
    step("download_certificate", "GET", path)


def wait_until(condition, seconds=120):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def main():
    with harness.test_database():
        course, module = classroom_course()
        people = trainees(course)
        answers = right_answers(module.quiz)
        with translation.override("en"):
            paths = {
                "mark_studied": reverse("learning:mark_done", args=[module.pk]),
                "submit_quiz": reverse("learning:submit_quiz", args=[module.pk]),
            }
        directory = stack_directory()
        media_root = directory / "media"
        media_root.mkdir(mode=0o755)
        stack = Stack(directory, media_root)
        try:
            stack.start()
            assert wait_until(lambda: not OutboxEmail.objects.exclude(status="sent").exists())
            stack.smtp.handler.messages.clear()  # the enrolment emails, before the class
            browsers = []
            for person in people:
                browser = Browser(stack, person.email)
                browser.sign_in(person.email)
                browsers.append(browser)
            stack.get(module.url)  # the page as the trainer left it after publishing
            timings = {name: [] for name in STEPS}
            failures, submitted = [], []
            random.seed(2027)
            threads = [
                threading.Thread(
                    target=trainee_journey,
                    args=(
                        browser,
                        module,
                        paths,
                        answers,
                        random.uniform(0, ARRIVALS_SECONDS),
                        timings,
                        failures,
                        submitted,
                    ),
                )
                for browser in browsers
            ]
            started = time.monotonic()
            for thread in threads:
                thread.start()
            addresses = {person.email for person in people}

            def all_delivered():
                return len({m["To"] for m in stack.emails() if m["To"] in addresses}) == TRAINEES

            certified = wait_until(
                lambda: (
                    Certificate.objects.filter(enrolment__course_key=course.translation_key).count()
                    == TRAINEES
                )
            )
            certified_at = time.monotonic()
            delivered = wait_until(all_delivered)
            delivered_at = time.monotonic()
            for thread in threads:
                thread.join()
            elapsed = time.monotonic() - started
        finally:
            stack.stop()
            remove(directory)
        first_submitted = min(submitted) if submitted else started
        for name, status in failures[:10]:
            print(f"# failed: {name} answered {status}")
        for name in STEPS:
            values = sorted(timings[name]) or [float("nan")]
            cuts = statistics.quantiles(values, n=100) if len(values) > 1 else values * 99
            print(f"classroom_{name}_p50: {cuts[49] * 1000:.0f} ms")
            print(f"classroom_{name}_p99: {cuts[98] * 1000:.0f} ms")
        print(f"classroom_errors: {len(failures)} requests")
        print(f"classroom_all_certificates_issued_s: {certified_at - first_submitted:.1f} s")
        print(f"classroom_all_emails_delivered_s: {delivered_at - first_submitted:.1f} s")
        last_submitted = max(submitted) if submitted else started
        print(f"classroom_emails_after_last_quiz_s: {delivered_at - last_submitted:.1f} s")
        print(f"classroom_whole_class_s: {elapsed:.1f} s")
        assert certified and delivered, "not every certificate or email arrived within 120 s"


if __name__ == "__main__":
    main()
