"""Real processes for the tests and benchmarks: a Celery worker and a Redis server of the
test's own (each stopped by its PID), an SMTP server's handler, a free port on loopback."""

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager

import redis
from django.conf import settings
from django.db import connection

from learning_platform.celery import app as celery_app


def free_port() -> int:
    """A TCP port on loopback that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url() -> str:
    """The address of the database this process uses now (the test's own), for the processes
    it starts: a worker or a web server sees what the test wrote."""
    db = connection.settings_dict
    user = db["USER"] or "postgres"
    return f"postgres://{user}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@contextmanager
def celery_worker(*, pool: str = "solo", concurrency: int = 1, **env):
    """Starts a worker on this run's Redis queue with ``env`` added to its environment, waits
    until it answers, and stops it at the end."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "learning_platform",
            "worker",
            f"--pool={pool}",
            f"--concurrency={concurrency}",
            "--loglevel=WARNING",
            "--without-gossip",
            "--without-mingle",
            "--hostname",
            f"test-{os.getpid()}-{time.monotonic_ns()}@%h",
        ],
        cwd=settings.BASE_DIR,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "learning_platform.settings.test", **env},
    )
    try:
        deadline = time.monotonic() + 60
        while not celery_app.control.ping(timeout=0.5):
            if process.poll() is not None:
                raise RuntimeError("the Celery worker exited at start")
            if time.monotonic() > deadline:
                raise RuntimeError("the Celery worker did not answer in 60 s")
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class OwnRedis:
    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        client = redis.Redis.from_url(self.url)
        for _attempt in range(50):
            try:
                client.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.1)
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.kill()  # this test's own server, by its PID
            self.process.wait(timeout=10)


class RecordingHandler:
    """Keeps every message it accepts; answers "try again later" to the first ``failures``.

    With ``kill`` set to (count, pid), it SIGKILLs that process while it waits for the answer
    to the message after the first ``count``: the worker dies in the middle of sending it, and
    the message is not accepted."""

    def __init__(self, failures=0):
        self.failures = failures
        self.messages = []
        self.refused = 0
        self.kill = None
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            if self.kill and len(self.messages) == self.kill[0]:
                os.kill(self.kill[1], signal.SIGKILL)
                self.kill = None
                return "421 4.3.0 Closing"  # nobody reads it: the sender is dead
            if self.refused < self.failures:
                self.refused += 1
                return "451 4.3.0 Try again later"
            self.messages.append(envelope)
        return "250 Message accepted for delivery"
