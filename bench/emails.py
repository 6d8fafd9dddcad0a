"""1,000 enrolment emails through Redis and one Celery worker to an SMTP server on loopback.

Prints the throughput from the enrolments' commit to the last email received, and how many
emails were lost or received twice."""

import logging
import os
import threading
import time

from harness import test_database

# isort: split
from aiosmtpd.controller import Controller
from django.db import connection, transaction

from learning_platform.celery import app as celery_app
from learning_platform.learning import services
from learning_platform.notifications.models import OutboxEmail
from tests.factories import UserFactory, course_page
from tests.workers import celery_worker, free_port

EMAILS = int(os.environ.get("BENCH_EMAILS", "1000"))


class CountingHandler:
    def __init__(self):
        self.outbox_ids = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        for line in envelope.content.decode(errors="replace").splitlines():
            if line.startswith("X-Outbox-Id:"):
                with self.lock:
                    self.outbox_ids.append(line.split(":", 1)[1].strip())
                break
        return "250 OK"


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
        trainees = [UserFactory(preferred_language="fr" if n % 2 else "en") for n in range(EMAILS)]
        database = f"postgres://postgres@127.0.0.1:5432/{connection.settings_dict['NAME']}"
        email_server = f"smtp://127.0.0.1:{smtp.port}"
        with celery_worker(
            pool="prefork", concurrency=2, DATABASE_URL=database, EMAIL_URL=email_server
        ):
            with transaction.atomic():
                for trainee in trainees:
                    services.enrolment_create(user=trainee, course=course)
                start = time.perf_counter()  # the commit below queues the 1,000 tasks
            deadline = time.monotonic() + 120
            while len(set(handler.outbox_ids)) < EMAILS and time.monotonic() < deadline:
                time.sleep(0.05)
            elapsed = time.perf_counter() - start
            time.sleep(2)  # anything sent twice would arrive by now
        received = len(set(handler.outbox_ids))
        print(f"emails_per_s: {received / elapsed:.0f}")
        print(f"emails_lost: {EMAILS - received}")
        print(f"emails_duplicated: {len(handler.outbox_ids) - received}")
        print(f"emails_marked_sent: {OutboxEmail.objects.filter(status='sent').count()}")
    smtp.stop()


if __name__ == "__main__":
    main()
