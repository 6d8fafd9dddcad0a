"""Log lines an operator can follow from nginx to a traceback: every request's id, in every
line logged while it is served and in the Celery tasks it queued, and JSON lines on request.

nginx makes the id ($request_id) and passes it as X-Request-ID (deploy/nginx/learning.conf);
gunicorn's access log prints it too (deploy/gunicorn.conf.py). A request that reaches Django
without one (the development server, a probe on the host) gets one made here.
"""

import json
import logging
import re
import uuid
from contextvars import ContextVar

from celery.signals import before_task_publish, task_postrun, task_prerun
from django.core.signals import request_finished, request_started
from django.dispatch import receiver

# What a request id may look like: nginx's 32 hex digits, or another proxy's UUID. Anything
# else (a line break to forge a log line, a megabyte) is replaced, not copied into the logs.
_VALID = re.compile(r"[0-9A-Za-z._-]{8,64}")
NONE = "-"

request_id: ContextVar[str] = ContextVar("request_id", default=NONE)


# Set when the request starts and cleared when it ends, around the whole of Django's handling:
# a middleware would miss the lines logged outside it ("Not Found: ..." is one). Each gunicorn
# thread has its own context, so two requests never mix their ids.
@receiver(request_started)
def _id_from_request(environ=None, **kwargs):
    given = (environ or {}).get("HTTP_X_REQUEST_ID", "")
    request_id.set(given if _VALID.fullmatch(given) else uuid.uuid4().hex)


@receiver(request_finished)
def _id_cleared(**kwargs):
    request_id.set(NONE)


class RequestIdFilter(logging.Filter):
    """Puts the current request's (or task's) id on each record, as ``request_id``."""

    def filter(self, record):
        record.request_id = request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object a line (LOG_FORMAT=json), for a log collector."""

    def format(self, record):
        line = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", NONE),
            "process": record.process,
        }
        line.update(getattr(record, "fields", {}))  # a record's own fields (an access line's)
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False)


# Tasks: the id travels in a header of the task's message, queued while the request runs (or
# in its transaction's on_commit), and is the current id while the worker runs the task.
@before_task_publish.connect
def _id_into_task(headers=None, **kwargs):
    if headers is not None and (current := request_id.get()) != NONE:
        headers.setdefault("request_id", current)


_task_tokens = {}


@task_prerun.connect
def _id_from_task(task_id=None, task=None, **kwargs):
    given = getattr(task.request, "request_id", None) or NONE
    _task_tokens[task_id] = request_id.set(given if _VALID.fullmatch(given) else NONE)


@task_postrun.connect
def _id_after_task(task_id=None, **kwargs):
    if (token := _task_tokens.pop(task_id, None)) is not None:
        request_id.reset(token)
