"""The Celery app, following the official Django recipe: settings prefixed CELERY_."""

import os

from celery import Celery

from . import logs  # noqa: F401 - connects the signals that carry a request's id into its tasks

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "learning_platform.settings.base")

app = Celery("learning_platform")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
