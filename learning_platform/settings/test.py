"""Settings for the test suite: real PostgreSQL and Redis, each run in its own corner.

Every run gets its own database (``test_learning_platform_<run id>``), its own cache key prefix
and its own Celery queue, on a Redis database number that development does not use, so two
runs never see or wipe each other's data. Subprocesses (a Celery worker, a production-mode
check) inherit TEST_RUN_ID and so join the same run.
"""

import os

os.environ.setdefault("TEST_RUN_ID", str(os.getpid()))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/learning_platform")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/13")
TEST_RUN_ID = os.environ["TEST_RUN_ID"]
os.environ.setdefault("CACHE_KEY_PREFIX", f"test-{TEST_RUN_ID}")
os.environ.setdefault("CELERY_TASK_DEFAULT_QUEUE", f"test-{TEST_RUN_ID}")

from .base import *  # noqa: E402, F403

DEBUG = False
DATABASES["default"]["TEST"] = {"NAME": f"test_learning_platform_{TEST_RUN_ID}"}  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # speed, tests only
if not os.environ.get("EMAIL_URL"):  # a test's worker process sends to its SMTP server
    EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Static files come straight from the source folders, as with the development server.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Tests that need a worker start a real one; the rest run tasks in-process.
CELERY_TASK_ALWAYS_EAGER = True
# An in-process cache, emptied before each test (tests.conftest); Redis is tested as the broker.
# The benchmarks keep the production cache, Redis (TEST_CACHE=redis).
if os.environ.get("TEST_CACHE", "locmem") == "locmem":
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tests look at each response's context, which a page served whole from the cache does not
# have; tests/courses/test_page_cache.py turns it on, and the benchmarks keep it, as in
# production (TEST_PAGE_RESPONSE_CACHE=1).
PAGE_RESPONSE_CACHE = os.environ.get("TEST_PAGE_RESPONSE_CACHE") == "1"
PAGE_CACHE_WARMING = PAGE_RESPONSE_CACHE
# Worker pings and other broadcasts stay within this run, even beside another run's worker.
CELERY_CONTROL_EXCHANGE = f"test-{TEST_RUN_ID}"
