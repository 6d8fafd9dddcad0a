"""Periodic tasks of the learning app (Celery beat); they hand over to services."""

from celery import shared_task
from django.conf import settings

from . import services


@shared_task(acks_late=True)
def send_session_reminders() -> int:
    return services.session_reminders_queue(days_before=settings.SESSION_REMINDER_DAYS_BEFORE)


@shared_task(acks_late=True)
def send_progress_nudges() -> int:
    return services.progress_nudges_queue(after_days=settings.PROGRESS_NUDGE_AFTER_DAYS)
