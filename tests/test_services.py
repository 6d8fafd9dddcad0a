"""`make test` fails loudly, naming what is missing, when PostgreSQL or Redis is unreachable."""

import subprocess
import sys

from django.conf import settings

from tests.services import ensure_services


def test_unreachable_services_are_reported_not_skipped(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://postgres@127.0.0.1:1/learning_platform")
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:1/13")

    problems = ensure_services(start=False)

    assert len(problems) == 2
    assert problems[0].startswith("PostgreSQL at 127.0.0.1:1 is unreachable")
    assert problems[1].startswith("Redis at redis://127.0.0.1:1/13 is unreachable")


def test_the_make_step_exits_with_an_error_when_a_service_cannot_be_started():
    # 127.0.0.2 is not a host this machine starts services for, so nothing is started.
    result = subprocess.run(
        [sys.executable, "-m", "tests.services"],
        cwd=settings.BASE_DIR,
        env={"PATH": "/usr/bin:/bin", "REDIS_URL": "redis://127.0.0.2:1/13"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 1
    assert "Redis at redis://127.0.0.2:1/13 is unreachable" in result.stderr
    assert "start them and run `make test` again" in result.stderr


def test_reachable_services_pass():
    assert ensure_services(start=False) == []
