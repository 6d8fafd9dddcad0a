"""1,000 enrolment emails through Redis and one Celery worker to an SMTP server on loopback.

Prints the throughput from the enrolments' commit to the last email received, and how many
emails were lost or received twice. A first round of enrolments warms the worker up (its
database and mail server connections), as a worker that has been running would be."""

import logging
import os
import threading
import time

from harness import test_database

# isort: split
from aiosmtpd.controller import Controller
from django.db import transaction

from learning_platform.celery import app as celery_app
from learning_platform.learning import services
from learning_platform.notifications.models import OutboxEmail
from tests.factories import UserFactory, course_page
from tests.workers import celery_worker, database_url, free_port

EMAILS = int(os.environ.get("BENCH_EMAILS", "1000"))
WARM_UP_EMAILS = 50  # two batches: one for each worker process


class CountingHandler:
    def __init__(self):
        self.outbox_ids = []
        self.last_received_at = None
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        for line in envelope.content.decode(errors="replace").splitlines():
            if line.startswith("X-Outbox-Id:"):
                with self.lock:
                    self.outbox_ids.append(line.split(":", 1)[1].strip())
                    self.last_received_at = time.perf_counter()
                break
        return "250 OK"

    def wait_for(self, count, seconds):
        deadline = time.monotonic() + seconds
        while len(set(self.outbox_ids)) < count and time.monotonic() < deadline:
            time.sleep(0.05)


def enrol(trainees, course):
    """Enrols ``trainees`` in one transaction; returns when it committed, which queues the
    emails."""
    with transaction.atomic():
        for trainee in trainees:
            services.enrolment_create(user=trainee, course=course)
        return time.perf_counter()  # the commit, just after, queues the tasks


def main():
    # aiosmtpd logs every SMTP command at INFO, in this process: a real mail server's logging
    # costs the platform nothing.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    handler = CountingHandler()
    smtp = Controller(handler, hostname="127.0.0.1", port=free_port())
    smtp.start()
    with test_database():
        celery_app.conf.task_always_eager = False
        course = course_page(title="Clearing-House Mechanism")
        trainees = [
            UserFactory(preferred_language="fr" if n % 2 else "en")
            for n in range(WARM_UP_EMAILS + EMAILS)
        ]
        database = database_url()
        email_server = f"smtp://127.0.0.1:{smtp.port}"
        with celery_worker(
            pool="prefork", concurrency=2, DATABASE_URL=database, EMAIL_URL=email_server
        ):
            enrol(trainees[:WARM_UP_EMAILS], course)
            handler.wait_for(WARM_UP_EMAILS, seconds=60)
            with handler.lock:
                warm_up_ids, handler.outbox_ids = set(handler.outbox_ids), []
            start = enrol(trainees[WARM_UP_EMAILS:], course)
            handler.wait_for(EMAILS, seconds=120)
            elapsed = handler.last_received_at - start
            time.sleep(2)  # anything sent twice would arrive by now
        received = len(set(handler.outbox_ids) - warm_up_ids)
        print(f"emails_per_s: {received / elapsed:.0f}")
        print(f"emails_lost: {EMAILS - received}")
        print(f"emails_duplicated: {len(handler.outbox_ids) - received}")
        sent = OutboxEmail.objects.filter(status="sent").count() - WARM_UP_EMAILS
        print(f"emails_marked_sent: {sent}")
    smtp.stop()


if __name__ == "__main__":
    main()
