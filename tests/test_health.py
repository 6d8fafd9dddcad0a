"""/healthz and /readyz against the real database, Redis and a real Celery worker process."""

import time

import pytest

from tests.workers import celery_worker

pytestmark = pytest.mark.django_db


@pytest.fixture
def worker():
    with celery_worker() as process:
        yield process


def test_healthz_reports_the_process_and_database(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"process": "ok", "database": "ok"}}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_fails_when_the_database_is_unreachable(client, monkeypatch):
    from django.db import connection

    monkeypatch.setitem(connection.settings_dict, "PORT", "1")
    connection.close()
    try:
        response = client.get("/healthz")
    finally:
        connection.close()

    assert response.status_code == 503
    assert response.json()["checks"]["database"].startswith("error: OperationalError")


def test_readyz_in_the_embedded_default_needs_no_worker(client, settings):
    settings.REDIS_URL = ""
    settings.CELERY_TASK_ALWAYS_EAGER = True

    response = client.get("/readyz")

    assert response.status_code == 200
    assert response.json()["checks"] == {
        "database": "ok",
        "celery": "ok (tasks run in-process)",
    }


def test_readyz_fails_when_no_worker_answers(client, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False

    response = client.get("/readyz")

    assert response.status_code == 503
    body = response.json()
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["redis"] == "ok"
    assert body["checks"]["celery"] == "error: RuntimeError: no Celery worker answered"


def test_readyz_fails_when_redis_is_unreachable(client, settings):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"

    response = client.get("/readyz")

    assert response.status_code == 503
    assert response.json()["checks"]["redis"].startswith("error: ConnectionError")


def test_readyz_is_ready_with_a_worker_on_redis(client, settings, worker):
    settings.CELERY_TASK_ALWAYS_EAGER = False

    response = client.get("/readyz")

    assert response.status_code == 200, response.json()
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "redis": "ok", "celery": "ok"},
    }


def test_healthz_answers_when_the_cache_is_unreachable(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }

    response = client.get("/healthz")

    assert response.status_code == 200


def test_readyz_says_503_not_500_when_the_broker_refuses(client, settings, monkeypatch):
    """Celery's ping raises kombu's OperationalError when the broker is down (the production
    stack test met it with its Redis stopped): still an answer naming the check."""
    from learning_platform.celery import app as celery_app

    settings.CELERY_TASK_ALWAYS_EAGER = False
    monkeypatch.setattr(celery_app.conf, "broker_url", "redis://127.0.0.1:1/0")
    monkeypatch.setattr(celery_app, "_pool", None)  # connections to the real one stay aside
    started = time.monotonic()
    try:
        response = client.get("/readyz")
    finally:
        celery_app.pool.force_close_all()

    assert response.status_code == 503
    assert response.json()["checks"]["celery"].startswith("error: OperationalError")
    assert time.monotonic() - started < 5  # one try at the broker, within a probe's timeout
