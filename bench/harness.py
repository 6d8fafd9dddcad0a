"""Shared set-up for the benchmarks: Django on a throwaway PostgreSQL database, and timers.

Each benchmark prints one figure a line as ``name: value unit``.
"""

import os
import statistics
import sys
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "learning_platform.settings.test")
os.environ.setdefault("TEST_RUN_ID", f"bench{os.getpid()}")
os.environ.setdefault("TEST_CACHE", "redis")  # as in production
os.environ.setdefault("TEST_PAGE_RESPONSE_CACHE", "1")  # as in production

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


def client() -> Client:
    """A client for the default site. No test instrumentation: pages render as in production."""
    return Client(HTTP_HOST="localhost")


@contextmanager
def test_database():
    """A fresh, migrated database for this benchmark, dropped afterwards."""
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        yield
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def measure(fetch, repeat: int = 200, warmup: int = 20):
    """Median milliseconds of ``fetch()`` and the queries of one call, after a warm-up."""
    for _ in range(warmup):
        fetch()
    with CaptureQueriesContext(connection) as queries:
        response = fetch()
    # Read now: the next request clears the connection's query log.
    query_count = len(queries.captured_queries)
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        fetch()
        timings.append((time.perf_counter() - start) * 1000)
    return {
        "ms": statistics.median(timings),
        "queries": query_count,
        "response": response,
    }
