"""Exactly one Celery beat sends the periodic tasks, however many are started: on two hosts,
or twice by mistake. Two beats would send every reminder and sweep twice.

Each beat takes a lock in Redis (the broker, which every host shares) before it sends anything
and renews it at each tick; the others wait as standbys, say so in their log, and try again.
When the active beat stops, it gives the lock back; when it dies, the lock expires after
BEAT_LOCK_SECONDS and a standby takes over. CELERY_BEAT_SCHEDULER names this class, so
`celery -A learning_platform beat` uses it.
"""

import contextlib
import logging
import socket
import uuid

import redis
from celery.beat import PersistentScheduler
from django.conf import settings

logger = logging.getLogger(__name__)

# Renew the lock only if it is still ours; give it back only if it is still ours.
_OURS = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call({}) else return 0 end"
_RENEW = _OURS.format("'pexpire', KEYS[1], ARGV[2]")
_RELEASE = _OURS.format("'del', KEYS[1]")


class SingleBeatScheduler(PersistentScheduler):
    def __init__(self, *args, **kwargs):
        self.lock_seconds = settings.BEAT_LOCK_SECONDS
        self.lock_key = f"{settings.CELERY_TASK_DEFAULT_QUEUE}:beat-lock"
        self.token = f"{socket.gethostname()}:{uuid.uuid4().hex[:8]}"
        self.active = False
        self.told_standby = False
        self.redis = None
        if settings.CELERY_BROKER_URL.startswith(("redis://", "rediss://")):
            self.redis = redis.Redis.from_url(
                settings.CELERY_BROKER_URL, socket_timeout=2, socket_connect_timeout=2
            )
        super().__init__(*args, **kwargs)

    def tick(self, *args, **kwargs):
        # Back often enough to renew the lock well before it expires.
        most = self.lock_seconds / 3
        if self.redis is None:  # no shared broker, nothing to share the schedule with
            return super().tick(*args, **kwargs)
        if not self._hold():
            return most
        return min(super().tick(*args, **kwargs), most)

    def _hold(self) -> bool:
        milliseconds = int(self.lock_seconds * 1000)
        try:
            if self.active and self.redis.eval(_RENEW, 1, self.lock_key, self.token, milliseconds):
                return True
            if self.active:
                logger.warning("This beat lost its lock to another; it waits as a standby.")
                self.active = False
            if self.redis.set(self.lock_key, self.token, nx=True, px=milliseconds):
                logger.info("This beat (%s) now sends the periodic tasks.", self.token)
                self.active, self.told_standby = True, False
                return True
            if not self.told_standby:
                holder = self.redis.get(self.lock_key)
                logger.warning(
                    "Another beat (%s) sends the periodic tasks; this one (%s) waits as a "
                    "standby. Run one beat per installation.",
                    holder.decode() if holder else "?",
                    self.token,
                )
                self.told_standby = True
        except redis.RedisError as error:  # the broker is down: nothing could be sent anyway
            logger.warning("Beat cannot reach Redis for its lock: %s", error)
            self.active = False
        return False

    def close(self):
        if self.active and self.redis is not None:
            with contextlib.suppress(redis.RedisError):  # else it expires by itself
                self.redis.eval(_RELEASE, 1, self.lock_key, self.token)
        super().close()
