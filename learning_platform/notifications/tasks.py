"""Celery tasks: they take ids, and hand over to services."""

import contextlib
from smtplib import SMTPException

from celery import shared_task
from django.conf import settings
from django.core.mail import get_connection

from . import services

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
        with contextlib.suppress(SMTPException, OSError):
            _connection.close()
    _connection = None


@shared_task(
    bind=True,
    autoretry_for=(SMTPException, OSError),
    retry_backoff=settings.EMAIL_RETRY_BACKOFF_SECONDS,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=settings.EMAIL_MAX_RETRIES,
    acks_late=True,
    reject_on_worker_lost=True,
)
def send_email(self, email_id: int) -> bool:
    try:
        return services.email_send(
            email_id=email_id,
            final_attempt=self.request.retries >= self.max_retries,
            connection=smtp_connection(),
        )
    except (SMTPException, OSError):
        _drop_connection()  # the next attempt starts with a fresh connection
        raise


@shared_task(acks_late=True)
def sweep_outbox() -> int:
    return services.outbox_sweep()
