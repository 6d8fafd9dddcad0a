"""Answers the accounts app's signals about a person's data; each hands over to a service."""

from learning_platform.accounts.signals import personal_data_requested, user_erased

from . import services


def _export(sender, user, **kwargs):
    return "emails", services.user_emails_export(user=user)


def _forget(sender, user, **kwargs):
    services.user_emails_forget(user=user)


def connect():
    personal_data_requested.connect(_export, dispatch_uid="notifications.export")
    user_erased.connect(_forget, dispatch_uid="notifications.forget")
