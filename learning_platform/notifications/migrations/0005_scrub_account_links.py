"""Removes the account links that outbox rows written before 0004 still hold: a password-reset,
invitation or address-verification link in a stored email gave the use of the account to
anyone who could read the email log or a database dump."""

import re

from django.db import migrations

ACCOUNT_KINDS = ("account", "invitation")
# allauth's "choose a new password" and "confirm your address" addresses, in any language.
ACCOUNT_LINK = re.compile(r"\S*/accounts/(?:password/reset/key|confirm-email)/[^\s\"'<>]+")
NOTE = "[link removed: the outbox no longer keeps account links]"


def scrub(text: str) -> str:
    return ACCOUNT_LINK.sub(NOTE, text or "")


def scrub_account_links(apps, schema_editor):
    OutboxEmail = apps.get_model("notifications", "OutboxEmail")
    for email in OutboxEmail.objects.filter(kind__in=ACCOUNT_KINDS).iterator():
        fields = {
            name: scrub(getattr(email, name))
            for name in ("subject", "body_text", "body_html", "last_error")
        }
        if any(value != getattr(email, name) for name, value in fields.items()):
            OutboxEmail.objects.filter(pk=email.pk).update(**fields)


class Migration(migrations.Migration):
    dependencies = [("notifications", "0004_secret_link")]

    operations = [migrations.RunPython(scrub_account_links, migrations.RunPython.noop)]
