"""Reads of the outbox, for the email log."""

from django.utils.html import escape
from django.utils.translation import gettext as _

from .links import SECRET_LINK_PLACEHOLDER
from .models import OutboxEmail


def secret_link_note() -> str:
    """What the email log shows where an account link goes: the outbox never holds it."""
    return _("[link made when the email is sent; not kept]")


def outbox_email_display(*, email: OutboxEmail) -> tuple[str, str, str]:
    """The subject, text and HTML of ``email`` as the email log shows them: a link made at
    sending (a password reset, an address verification, an invitation) reads as a note."""
    note = secret_link_note()
    return (
        email.subject.replace(SECRET_LINK_PLACEHOLDER, note),
        email.body_text.replace(SECRET_LINK_PLACEHOLDER, note),
        email.body_html.replace(SECRET_LINK_PLACEHOLDER, escape(note)),
    )
