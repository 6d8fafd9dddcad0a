"""/metrics for the operator's Prometheus: the counters of learning_platform/metrics.py, added
up over gunicorn's workers, and the figures read at each scrape (the outbox in the database, the
task queue in Redis). learning/access.py decides who may read them: only a scraper with
METRICS_TOKEN (`Authorization: Bearer <token>`); without one set the endpoint does not exist,
and nginx lets only private addresses reach it.
"""

import logging
import os

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
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily

from learning_platform.learning import access

logger = logging.getLogger(__name__)


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
    if not settings.METRICS_TOKEN:
        raise Http404
    if not access.may_read_metrics(request):
        return HttpResponse("A valid METRICS_TOKEN is needed.\n", status=401)
    return HttpResponse(_scrape(), content_type=CONTENT_TYPE_LATEST)
