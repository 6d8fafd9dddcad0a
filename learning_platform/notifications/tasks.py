"""Celery tasks: they take ids, and hand over to services."""

import contextlib
from smtplib import SMTPException

from celery import shared_task
from celery.utils.time import get_exponential_backoff_interval
from django.conf import settings
from django.core.mail import get_connection

from . import services

# The errors worth trying again: the mail server or the network, not our data.
DELIVERY_ERRORS = (SMTPException, OSError)
RETRY_BACKOFF_MAX_SECONDS = 600

_connection = None


def smtp_connection():
    """One mail server connection per worker process, kept open between emails: opening one
    per email would cost a TCP and TLS handshake each time."""
    global _connection
    if _connection is None:
        _connection = get_connection()
        _connection.open()
    return _connection


def _drop_connection():
    global _connection
    if _connection is not None:
        with contextlib.suppress(*DELIVERY_ERRORS):
            _connection.close()
    _connection = None


def _retry_delay(retries: int) -> int:
    return get_exponential_backoff_interval(
        factor=settings.EMAIL_RETRY_BACKOFF_SECONDS,
        retries=retries,
        maximum=RETRY_BACKOFF_MAX_SECONDS,
        full_jitter=True,
    )


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True)
def send_emails(self, email_ids: list[int]) -> int:
    """Sends the emails of one batch over the worker's connection. An email that fails goes
    on alone through send_email, with its retries, and the rest of the batch in a new one: a
    bad address or a server hiccup holds up nobody else. Returns how many were sent."""
    # In-process (the embedded default), nothing would wait before trying again: the request
    # that queued the email would try it seven times in a row. One try, and a failed email is
    # marked failed with its error, for the email log to send again.
    in_process = self.request.is_eager
    sent = 0
    with services.fast_commits():
        for position, email_id in enumerate(email_ids):
            try:
                sent += services.email_send(
                    email_id=email_id, connection=smtp_connection, final=in_process
                )
            except DELIVERY_ERRORS:
                _drop_connection()
                if in_process:
                    continue
                send_email.apply_async((email_id,), countdown=_retry_delay(0))
                if rest := email_ids[position + 1 :]:
                    send_emails.delay(rest)
                break
    return sent


@shared_task(
    bind=True,
    autoretry_for=DELIVERY_ERRORS,
    retry_backoff=settings.EMAIL_RETRY_BACKOFF_SECONDS,
    retry_backoff_max=RETRY_BACKOFF_MAX_SECONDS,
    retry_jitter=True,
    max_retries=settings.EMAIL_MAX_RETRIES,
    acks_late=True,
    reject_on_worker_lost=True,
)
def send_email(self, email_id: int) -> bool:
    """Sends one email, retrying with backoff; the row counts the attempts and is marked
    failed after the last."""
    try:
        with services.fast_commits():
            return services.email_send(email_id=email_id, connection=smtp_connection)
    except DELIVERY_ERRORS:
        _drop_connection()  # the next attempt starts with a fresh connection
        raise


@shared_task(acks_late=True)
def sweep_outbox() -> int:
    return services.outbox_sweep()
