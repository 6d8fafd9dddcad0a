"""Emails through Redis and a real Celery worker process to a real SMTP server on loopback."""

import signal
import time
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings
from django.db import transaction

from learning_platform.celery import app as celery_app
from learning_platform.learning import services as learning
from learning_platform.notifications import services
from learning_platform.notifications.models import SENT, OutboxEmail
from tests.factories import UserFactory, course_page
from tests.workers import RecordingHandler, celery_worker, database_url, free_port

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("migrated_data")]


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
        DATABASE_URL=database_url(),
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


def test_an_enrolment_rolled_back_sends_nothing(smtp_server, worker):
    course = course_page()
    with pytest.raises(RuntimeError), transaction.atomic():
        learning.enrolment_create(user=UserFactory(email="gone@example.org"), course=course)
        raise RuntimeError("the request failed after enrolling")
    # A later enrolment goes through: when its email has arrived, the other would have too.
    learning.enrolment_create(user=UserFactory(email="kept@example.org"), course=course)

    wait_for(lambda: len(smtp_server.handler.messages) >= 1)
    time.sleep(2)
    assert [message.rcpt_tos for message in smtp_server.handler.messages] == [["kept@example.org"]]
    assert list(OutboxEmail.objects.values_list("to_email", flat=True)) == ["kept@example.org"]


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


def sweep_until(condition, seconds=60):
    """Runs the sweep every second, as beat does, until ``condition()``. The worker for this
    test treats a row claimed over a second ago as abandoned by a dead worker."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        services.outbox_sweep(grace=timedelta(0), stale_after=timedelta(seconds=1))
        time.sleep(1)


def test_a_worker_killed_in_the_middle_of_a_batch_leaves_every_email_delivered_once(smtp_server):
    course = course_page()
    trainees = [UserFactory(email=f"batch{number}@example.org") for number in range(200)]
    handler = smtp_server.handler
    celery_app.conf.task_always_eager = False
    try:
        with worker_for(smtp_server) as first_worker:
            handler.kill = (100, first_worker.pid)
            with transaction.atomic():  # its commit queues the 200 emails
                for trainee in trainees:
                    learning.enrolment_create(user=trainee, course=course)
            assert first_worker.wait(timeout=60) == -signal.SIGKILL
        assert len(handler.messages) == 100
        assert OutboxEmail.objects.filter(status="sending").count() == 1  # the one cut off

        with worker_for(smtp_server):
            sweep_until(lambda: OutboxEmail.objects.filter(status=SENT).count() == 200)
            time.sleep(2)  # anything sent twice would arrive by now
    finally:
        celery_app.conf.task_always_eager = True

    recipients = [message.rcpt_tos[0] for message in handler.messages]
    assert sorted(recipients) == sorted(trainee.email for trainee in trainees)  # once each


def test_emails_whose_messages_redis_lost_are_delivered_by_the_sweep(smtp_server):
    """The broker loses every queued message (as when Redis restarts empty); the outbox rows
    remain, and the sweep that beat runs sends each email once."""
    import redis

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


@pytest.fixture
def in_process_smtp(settings, monkeypatch):
    """The embedded default: tasks run in the web process, sending to SMTP on this port."""
    from learning_platform.notifications import tasks

    assert settings.CELERY_TASK_ALWAYS_EAGER and celery_app.conf.task_always_eager
    port = free_port()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 5
    monkeypatch.setattr(tasks, "_connection", None)
    return port


def test_in_process_a_refused_connection_ends_failed_with_its_error_and_can_be_resent(
    in_process_smtp,
):
    course = course_page(title="Clearing-House Mechanism")
    started = time.monotonic()

    learning.enrolment_create(user=UserFactory(email="lan@example.org"), course=course)

    email = OutboxEmail.objects.get()
    assert time.monotonic() - started < 5  # the request does not try seven times over
    assert (email.status, email.attempts) == ("failed", 1)
    assert email.last_error.startswith("ConnectionRefusedError")

    handler = RecordingHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=in_process_smtp)
    controller.start()
    try:
        services.email_resend(email=email)  # as the email log's "Send again" does
    finally:
        controller.stop()

    email.refresh_from_db()
    assert email.status == SENT and [m.rcpt_tos for m in handler.messages] == [["lan@example.org"]]


def test_in_process_a_refused_message_ends_failed_with_the_servers_answer(in_process_smtp):
    handler = RecordingHandler(failures=1)
    controller = Controller(handler, hostname="127.0.0.1", port=in_process_smtp)
    controller.start()
    try:
        learning.enrolment_create(user=UserFactory(email="lan@example.org"), course=course_page())
    finally:
        controller.stop()

    email = OutboxEmail.objects.get()
    assert (email.status, email.attempts) == ("failed", 1)
    assert "451" in email.last_error and "Try again later" in email.last_error
