"""Real processes for the tests and benchmarks: a Celery worker (stopped by its PID) and a
free port for a loopback server."""

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager

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
