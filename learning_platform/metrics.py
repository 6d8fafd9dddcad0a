"""What an operator's Prometheus scrapes at /metrics: requests and their latency, emails
waiting or failed and the age of the oldest, the task queue's length, certificates rendered and
their render time, failed sign-ins.

Counted in each web process and added up across gunicorn's workers: gunicorn.conf.py gives the
processes a shared folder (PROMETHEUS_MULTIPROC_DIR) where prometheus_client keeps each one's
figures. The email and queue figures are read from the database and Redis at each scrape.
The endpoint answers only with METRICS_TOKEN (`Authorization: Bearer <token>`); without one
set it does not exist, and nginx lets only private addresses reach it.
"""

import hmac
import logging
import os
import time

import redis
from django.conf import settings
from django.db.models import Count, Min
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily

logger = logging.getLogger(__name__)

REQUEST_SECONDS = Histogram(
    "learning_http_request_duration_seconds",
    "Time Django took to answer a request, by method and status class (2xx, 4xx...).",
    ["method", "status"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
CERTIFICATE_RENDER_SECONDS = Histogram(
    "learning_certificate_render_seconds",
    "Time to render one certificate's PDF; its count is the certificates rendered.",
    buckets=(0.1, 0.25, 0.5, 1, 2, 5, 10, 30),
)
SIGN_INS_FAILED = Counter(
    "learning_sign_ins_failed", "Sign-ins refused: a wrong password or second-step code."
)


class RequestMetricsMiddleware:
    """First of the middleware: the whole of Django's time for each request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        REQUEST_SECONDS.labels(request.method, f"{response.status_code // 100}xx").observe(
            time.perf_counter() - started
        )
        return response


class PlatformCollector:
    """The figures read at scrape time: the outbox in the database, the queue in Redis."""

    def collect(self):
        from learning_platform.notifications.models import OutboxEmail

        emails = GaugeMetricFamily(
            "learning_emails", "Emails in the outbox by status (sent excluded).", labels=["status"]
        )
        by_status = dict(
            OutboxEmail.objects.exclude(status="sent")
            .values_list("status")
            .annotate(count=Count("pk"))
            .values_list("status", "count")
        )
        for status in ("pending", "sending", "failed"):
            emails.add_metric([status], by_status.get(status, 0))
        yield emails
        oldest = OutboxEmail.objects.filter(status="pending").aggregate(oldest=Min("created_at"))
        waiting = (timezone.now() - oldest["oldest"]).total_seconds() if oldest["oldest"] else 0
        yield GaugeMetricFamily(
            "learning_email_oldest_pending_seconds",
            "How long the oldest email waiting to be sent has waited.",
            value=waiting,
        )
        if settings.REDIS_URL and not settings.CELERY_TASK_ALWAYS_EAGER:
            client = redis.Redis.from_url(
                settings.CELERY_BROKER_URL, socket_timeout=1, socket_connect_timeout=1
            )
            try:
                length = client.llen(settings.CELERY_TASK_DEFAULT_QUEUE)
            except redis.RedisError as error:
                logger.warning("Metrics: the task queue's length is unknown: %s", error)
            else:
                yield GaugeMetricFamily(
                    "learning_task_queue_length", "Tasks waiting for a worker.", value=length
                )
            finally:
                client.close()


def _scrape() -> bytes:
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):  # every gunicorn worker's figures
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        figures = generate_latest(registry)
    else:  # one process: the development server, the embedded default
        figures = generate_latest(REGISTRY)
    platform = CollectorRegistry(auto_describe=False)
    platform.register(PlatformCollector())
    return figures + generate_latest(platform)


@never_cache
def metrics(request):
    token = settings.METRICS_TOKEN
    if not token:
        raise Http404
    given = request.headers.get("Authorization", "")
    if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
        return HttpResponse("A valid METRICS_TOKEN is needed.\n", status=401)
    return HttpResponse(_scrape(), content_type=CONTENT_TYPE_LATEST)
