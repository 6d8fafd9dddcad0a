"""1,000 enrolment emails through Redis and one Celery worker to an SMTP server on loopback.

Prints the throughput from the enrolments' commit to the last email received, and how many
emails were lost or received twice."""

import os
import socket
import subprocess
import sys
import threading
import time

from harness import test_database

# isort: split
from aiosmtpd.controller import Controller
from django.conf import settings
from django.db import connection, transaction

from learning_platform.celery import app as celery_app
from learning_platform.learning import services
from learning_platform.notifications.models import OutboxEmail
from tests.factories import UserFactory, course_page

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


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_worker(smtp_port):
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{connection.settings_dict['NAME']}",
        "EMAIL_URL": f"smtp://127.0.0.1:{smtp_port}",
    }
    worker = subprocess.Popen(  # noqa: S603 - our own worker, stopped by its PID
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "learning_platform",
            "worker",
            "--concurrency=2",
            "--loglevel=WARNING",
            "--without-gossip",
            "--without-mingle",
            "--hostname",
            f"bench-{os.getpid()}@%h",
        ],
        cwd=settings.BASE_DIR,
        env=env,
    )
    deadline = time.monotonic() + 60
    while not celery_app.control.ping(timeout=0.5):
        if worker.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("the Celery worker did not start")
    return worker


def main():
    handler = CountingHandler()
    smtp = Controller(handler, hostname="127.0.0.1", port=free_port())
    smtp.start()
    with test_database():
        celery_app.conf.task_always_eager = False
        course = course_page(title="Clearing-House Mechanism")
        trainees = [UserFactory(preferred_language="fr" if n % 2 else "en") for n in range(EMAILS)]
        worker = start_worker(smtp.port)
        try:
            with transaction.atomic():
                for trainee in trainees:
                    services.enrolment_create(user=trainee, course=course)
                start = time.perf_counter()  # the commit below queues the 1,000 tasks
            deadline = time.monotonic() + 120
            while len(set(handler.outbox_ids)) < EMAILS and time.monotonic() < deadline:
                time.sleep(0.05)
            elapsed = time.perf_counter() - start
            time.sleep(2)  # anything sent twice would arrive by now
        finally:
            worker.terminate()
            worker.wait(timeout=30)
        received = len(set(handler.outbox_ids))
        print(f"emails_per_s: {received / elapsed:.0f}")
        print(f"emails_lost: {EMAILS - received}")
        print(f"emails_duplicated: {len(handler.outbox_ids) - received}")
        print(f"emails_marked_sent: {OutboxEmail.objects.filter(status='sent').count()}")
    smtp.stop()


if __name__ == "__main__":
    main()
