"""Emails through Redis and a real Celery worker process to a real SMTP server on loopback."""

import threading
import time
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings
from django.db import connection

from learning_platform.celery import app as celery_app
from learning_platform.learning import services as learning
from learning_platform.notifications.models import SENT, OutboxEmail
from tests.factories import UserFactory, course_page
from tests.workers import celery_worker, free_port

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("migrated_data")]


class RecordingHandler:
    """Keeps every message it accepts; answers "try again later" to the first ``failures``."""

    def __init__(self, failures=0):
        self.failures = failures
        self.messages = []
        self.refused = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            if self.refused < self.failures:
                self.refused += 1
                return "451 4.3.0 Try again later"
            self.messages.append(envelope)
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_server(request):
    handler = RecordingHandler(failures=getattr(request, "param", 0))
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller
    controller.stop()


def worker_for(smtp_server):
    """A worker that sends to the SMTP server, on this test's database."""
    return celery_worker(
        DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{connection.settings_dict['NAME']}",
        EMAIL_URL=f"smtp://127.0.0.1:{smtp_server.port}",
        EMAIL_RETRY_BACKOFF_SECONDS="1",
    )


@pytest.fixture
def worker(smtp_server):
    """A worker for the test, and this process's tasks sent to it through Redis."""
    with worker_for(smtp_server) as process:
        celery_app.conf.task_always_eager = False
        try:
            yield process
        finally:
            celery_app.conf.task_always_eager = True


def wait_for(condition, seconds=30):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)


def test_an_enrolment_delivers_exactly_one_confirmation(smtp_server, worker):
    course = course_page(title="Clearing-House Mechanism")
    trainee = UserFactory(email="lan@example.org", full_name="Nguyễn Thị Lan")

    learning.enrolment_create(user=trainee, course=course)
    learning.enrolment_create(user=trainee, course=course)  # a retried request

    messages = smtp_server.handler.messages
    wait_for(lambda: len(messages) >= 1)
    time.sleep(2)  # anything doubled would arrive by now
    assert len(messages) == 1
    assert messages[0].rcpt_tos == ["lan@example.org"]
    assert "Clearing-House Mechanism" in messages[0].content.decode()
    assert OutboxEmail.objects.get().status == SENT


@pytest.mark.parametrize("smtp_server", [3], indirect=True)
def test_a_server_that_says_try_later_three_times_gets_the_mail_once(smtp_server, worker):
    course = course_page()

    learning.enrolment_create(user=UserFactory(email="aissata@example.org"), course=course)

    wait_for(lambda: len(smtp_server.handler.messages) >= 1, seconds=60)
    time.sleep(2)
    assert smtp_server.handler.refused == 3
    assert len(smtp_server.handler.messages) == 1
    email = OutboxEmail.objects.get()
    assert (email.status, email.attempts) == (SENT, 4)


def test_emails_whose_messages_redis_lost_are_delivered_by_the_sweep(smtp_server):
    """The broker loses every queued message (as when Redis restarts empty); the outbox rows
    remain, and the sweep that beat runs sends each email once."""
    import redis

    from learning_platform.notifications import services

    course = course_page()
    celery_app.conf.task_always_eager = False
    try:
        for number in range(20):
            learning.enrolment_create(
                user=UserFactory(email=f"t{number}@example.org"), course=course
            )
        # Only this run's queue is emptied: other runs' data on the same Redis is left alone.
        broker = redis.Redis.from_url(settings.CELERY_BROKER_URL)
        assert broker.llen(settings.CELERY_TASK_DEFAULT_QUEUE) == 20
        broker.delete(settings.CELERY_TASK_DEFAULT_QUEUE)
    finally:
        celery_app.conf.task_always_eager = True
    assert OutboxEmail.objects.filter(status="pending").count() == 20

    with worker_for(smtp_server):
        celery_app.conf.task_always_eager = False
        try:
            services.outbox_sweep(grace=timedelta(0))
        finally:
            celery_app.conf.task_always_eager = True
        wait_for(lambda: len(smtp_server.handler.messages) >= 20)
        time.sleep(2)

    recipients = sorted(message.rcpt_tos[0] for message in smtp_server.handler.messages)
    assert recipients == sorted(f"t{number}@example.org" for number in range(20))
    assert OutboxEmail.objects.filter(status=SENT).count() == 20
