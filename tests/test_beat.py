"""However many Celery beats run, one sends the periodic tasks; when it dies, a standby takes
over. Two real beat processes on a Redis server of the test's own, stopped by their PIDs."""

import os
import subprocess
import sys
import time

import pytest
import redis
from django.conf import settings

from tests.workers import OwnRedis

QUEUE = f"beat-test-{os.getpid()}"


@pytest.fixture
def own_redis():
    server = OwnRedis()
    server.start()
    yield server
    server.stop()


def start_beat(own_redis, directory, name):
    log = (directory / f"{name}.log").open("wb")
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "learning_platform", "beat", "--loglevel=INFO"]
        + [f"--schedule={directory / name}"],
        cwd=settings.BASE_DIR,
        env={  # production settings, as the beat of an installation runs
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "learning_platform.settings.production",
            "ENV_FILE": str(directory / "no.env"),
            "SECRET_KEY": "beat-test-" + "x" * 50,
            "ALLOWED_HOSTS": "learning.invalid",
            "EMAIL_URL": "smtp://learning.invalid",
            "REDIS_URL": own_redis.url,
            "CELERY_TASK_DEFAULT_QUEUE": QUEUE,
            "EMAIL_SWEEP_EVERY_SECONDS": "1",
            "BEAT_LOCK_SECONDS": "3",
        },
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def sweeps_queued(client) -> int:
    """The outbox sweeps waiting in the queue (no worker takes them here)."""
    return sum(b"sweep_outbox" in message for message in client.lrange(QUEUE, 0, -1))


def test_two_beats_send_each_periodic_task_once_and_a_standby_takes_over(own_redis, tmp_path):
    client = redis.Redis.from_url(own_redis.url)
    beats = [start_beat(own_redis, tmp_path, "first"), start_beat(own_redis, tmp_path, "second")]
    try:
        deadline = time.monotonic() + 30
        while sweeps_queued(client) == 0:
            assert time.monotonic() < deadline, "no beat sent the sweep"
            time.sleep(0.2)
        started, first_count = time.monotonic(), sweeps_queued(client)
        time.sleep(8)
        one_beat = sweeps_queued(client) - first_count
        seconds = time.monotonic() - started

        logs = {path.stem: path.read_text() for path in tmp_path.glob("*.log")}
        [active] = [name for name, text in logs.items() if "now sends the periodic tasks" in text]
        [standby] = [name for name, text in logs.items() if "waits as a standby" in text]
        assert active != standby
        assert one_beat <= seconds + 2  # one sweep a second, not two

        # The active beat dies without giving its lock back: the standby takes over.
        beats[["first", "second"].index(active)].kill()
        time.sleep(6)  # the lock's 3 s, a tick, then sweeps again
        before = sweeps_queued(client)
        time.sleep(3)
        assert sweeps_queued(client) > before
        assert "now sends the periodic tasks" in (tmp_path / f"{standby}.log").read_text()
    finally:
        for beat in beats:  # this test's own processes, by their PIDs
            if beat.poll() is None:
                beat.terminate()
                beat.wait(timeout=30)
