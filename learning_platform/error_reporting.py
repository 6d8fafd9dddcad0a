"""Optional error reporting to Sentry (or a compatible server such as GlitchTip), on when
SENTRY_DSN is set. What leaves the platform is the error and where it happened, never a person:
no user, no cookies, headers, query strings or form data, no local variables, no breadcrumbs (log
lines may name people), and email addresses blanked out of the messages that are sent."""

import re

import sentry_sdk
from sentry_sdk.integrations.celery import CeleryIntegration
from sentry_sdk.integrations.django import DjangoIntegration

EMAIL = re.compile(r"[^\s@'\"<>(),;:]+@[^\s@'\"<>(),;:]+\.[A-Za-z]{2,}")
REDACTED = "[email]"
# The parts of the request that say which page failed and nothing about who asked for it.
REQUEST_KEPT = ("url", "method")


def _blank(text):
    return EMAIL.sub(REDACTED, text) if isinstance(text, str) else text


def scrub(event, hint=None):
    """The event as it may leave: anything that could identify a person taken out."""
    event.pop("user", None)
    event.pop("breadcrumbs", None)
    event.pop("extra", None)
    if "request" in event:
        event["request"] = {
            key: event["request"][key] for key in REQUEST_KEPT if key in event["request"]
        }
    if "logentry" in event:
        event["logentry"] = {
            "message": _blank(event["logentry"].get("message")),
            "params": [],
        }
    if isinstance(event.get("message"), str):
        event["message"] = _blank(event["message"])
    for exception in (event.get("exception") or {}).get("values", []):
        exception["value"] = _blank(exception.get("value"))
        for frame in (exception.get("stacktrace") or {}).get("frames", []):
            frame.pop("vars", None)
    return event


def sentry_init(dsn: str, *, environment: str) -> None:
    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        integrations=[DjangoIntegration(), CeleryIntegration()],
        send_default_pii=False,
        include_local_variables=False,
        max_breadcrumbs=0,
        traces_sample_rate=0,  # errors only: no performance data leaves either
        before_send=scrub,
    )
