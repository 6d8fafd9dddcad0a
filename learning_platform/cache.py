"""Django's Redis cache, made for production: one Redis client per connection pool, and pages
that keep being served when Redis is down.

Django's backend builds a new redis-py client object for every cache operation; a page makes
several, and building a client costs more than the round trip to Redis on the same host. The
clients share the backend's connection pools, as before, and are thread-safe.

Everything this platform keeps in the cache can be recomputed or read from the database:
page-tree reads, sessions (``cached_db`` keeps them in the database too), counters. So when
Redis cannot be reached, the cache answers as an empty one that stores nothing: every read is
a miss, every write is dropped, and pages are served from the database, slower but served.
After a failure, Redis is left alone for ``RETRY_SECONDS`` (each request would otherwise wait
for its connection to fail, several times a page), then tried again. The outage is logged once
a minute and counted (``outage_state()``); when Redis answers again, ``cache_recovered`` is
sent, so that what was retired during the outage (a page published) is retired again.

What degrades with it: rate limits kept in the cache (sign-in attempts, enrolment keys, the
verify page) do not count while Redis is down.
"""

import logging
import threading
import time
from dataclasses import dataclass

import redis
from django.core.cache.backends import redis as django_redis
from django.dispatch import Signal

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5.0  # how long Redis is left alone after a failure
LOG_EVERY_SECONDS = 60.0

# Sent (by the process that saw it) when Redis answers again after an outage.
cache_recovered = Signal()


@dataclass
class OutageState:
    failures: int = 0  # operations that found Redis unreachable, since the process started
    outages: int = 0  # outages this process saw begin
    down_since: float | None = None  # time.time() of the first failure of the current outage
    retry_at: float = 0.0
    logged_at: float = 0.0


_state = OutageState()
_lock = threading.Lock()


def outage_state() -> OutageState:
    """A copy of this process's view of Redis outages, for health checks and metrics."""
    with _lock:
        return OutageState(**vars(_state))


def _failed(error: Exception) -> None:
    now = time.time()
    with _lock:
        _state.failures += 1
        _state.retry_at = now + RETRY_SECONDS
        if _state.down_since is None:
            _state.down_since = now
            _state.outages += 1
        log = now - _state.logged_at >= LOG_EVERY_SECONDS
        if log:
            _state.logged_at = now
        failures, down_since = _state.failures, _state.down_since
    if log:
        logger.error(
            "The cache (Redis) is unreachable; pages are served from the database "
            "(%d failed operations in all, down for %.0f s): %s",
            failures,
            now - down_since,
            error,
        )


def _answered() -> None:
    with _lock:
        down_since = _state.down_since
        if down_since is None:
            return
        _state.down_since = None
        _state.logged_at = 0.0
    logger.warning("The cache (Redis) answers again after %.0f s.", time.time() - down_since)
    cache_recovered.send(sender=RedisCache)


def _resting() -> bool:
    """True while Redis is left alone after a failure."""
    return _state.down_since is not None and time.time() < _state.retry_at


def _degrading(operation, empty):
    """``operation`` of the Redis backend, answering ``empty()`` when Redis is unreachable."""

    def degraded(self, *args, **kwargs):
        if _resting():
            return empty(*args, **kwargs)
        try:
            result = operation(self, *args, **kwargs)
        except (redis.ConnectionError, redis.TimeoutError) as error:
            _failed(error)
            return empty(*args, **kwargs)
        if _state.down_since is not None:
            _answered()
        return result

    degraded.__name__ = operation.__name__
    degraded.__doc__ = operation.__doc__
    return degraded


def _missing_key(key, *args, **kwargs):
    raise ValueError(f"Key {key!r} not found (the cache is unreachable).")


class RedisCacheClient(django_redis.RedisCacheClient):
    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        clients = self.__dict__.setdefault("_clients_by_pool", {})
        if index not in clients:
            clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return clients[index]


class RedisCache(django_redis.RedisCache):
    """As empty, storing nothing, while Redis is unreachable (see the module's docstring)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient

    base = django_redis.RedisCache
    get = _degrading(base.get, lambda key, default=None, version=None: default)
    get_many = _degrading(base.get_many, lambda *args, **kwargs: {})
    has_key = _degrading(base.has_key, lambda *args, **kwargs: False)
    # Stored, as far as the caller can tell: an add that "fails" would mean another process
    # holds the key, which nobody can while Redis is down.
    add = _degrading(base.add, lambda *args, **kwargs: True)
    set = _degrading(base.set, lambda *args, **kwargs: None)
    set_many = _degrading(base.set_many, lambda data, *args, **kwargs: list(data))
    touch = _degrading(base.touch, lambda *args, **kwargs: False)
    delete = _degrading(base.delete, lambda *args, **kwargs: False)
    delete_many = _degrading(base.delete_many, lambda *args, **kwargs: None)
    incr = _degrading(base.incr, _missing_key)  # decr is incr with -delta
    clear = _degrading(base.clear, lambda *args, **kwargs: False)
    del base
