"""Health endpoints for load balancers and orchestrators.

``/healthz`` answers whether this process can serve (it runs, and reaches its database);
``/readyz`` whether the whole platform can do its work: the database, Redis when configured,
and a Celery worker to send emails. Both answer 200 or 503 with a JSON body naming each check.
"""

import logging

import redis
from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from .celery import app as celery_app

logger = logging.getLogger(__name__)

CHECK_TIMEOUT_SECONDS = 2.0


def _check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


def _check_redis():
    client = redis.Redis.from_url(
        settings.REDIS_URL,
        socket_timeout=CHECK_TIMEOUT_SECONDS,
        socket_connect_timeout=CHECK_TIMEOUT_SECONDS,
    )
    try:
        client.ping()
    finally:
        client.close()
    return "ok"


def _check_celery():
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return "ok (tasks run in-process)"
    # One try at the broker, not kombu's retries: a probe answers within its own timeout.
    with celery_app.connection_for_write() as connection:
        connection.ensure_connection(max_retries=1, timeout=CHECK_TIMEOUT_SECONDS)
        replies = celery_app.control.ping(
            timeout=CHECK_TIMEOUT_SECONDS, limit=1, connection=connection
        )
    if not replies:
        raise RuntimeError("no Celery worker answered")
    return "ok"


def _report(checks):
    """Runs each check; one that raises marks the answer 503 and says why, briefly."""
    results = {}
    healthy = True
    for name, check in checks.items():
        try:
            results[name] = check()
        # Any failure is an answer, never a 500: with Redis down, Celery's ping raises kombu's
        # OperationalError (no OSError), and a probe must still say which check failed.
        except Exception as error:
            logger.warning("Health check %s failed: %s", name, error)
            results[name] = f"error: {error.__class__.__name__}: {error}"
            healthy = False
    status = 200 if healthy else 503
    return JsonResponse({"status": "ok" if healthy else "error", "checks": results}, status=status)


@never_cache
def healthz(request):
    return _report({"process": lambda: "ok", "database": _check_database})


@never_cache
def readyz(request):
    checks = {"database": _check_database}
    if settings.REDIS_URL:
        checks["redis"] = _check_redis
    checks["celery"] = _check_celery
    return _report(checks)
