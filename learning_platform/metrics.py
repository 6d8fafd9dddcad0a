"""What an operator's Prometheus scrapes at /metrics: requests and their latency, emails
waiting or failed and the age of the oldest, the task queue's length, certificates rendered and
their render time, failed sign-ins.

This module holds the counters, which the layers below count into (it imports none of them);
learning_platform/metrics_view.py serves them. Counted in each web process and added up across
gunicorn's workers: gunicorn.conf.py gives the processes a shared folder
(PROMETHEUS_MULTIPROC_DIR) where prometheus_client keeps each one's figures.
"""

import time

from prometheus_client import Counter, Histogram

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
