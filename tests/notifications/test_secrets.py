"""No outbox row holds a link that gives the use of an account: password resets, address
verifications and invitations are stored with a placeholder and their link is made as the
email is sent. Every column of every row is searched for the link that was delivered."""

import importlib
import re

import pytest
from django.core import mail
from django.db.models import Model
from django.urls import reverse
from django.utils import translation

from learning_platform.notifications.links import SECRET_LINK_PLACEHOLDER
from learning_platform.notifications.models import OutboxEmail
from learning_platform.reports.bulk import invitation_queue
from tests.accounts.test_signup import signup_data, signup_url
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

scrub_migration = importlib.import_module(
    "learning_platform.notifications.migrations.0005_scrub_account_links"
)


def _delivered_link(pattern: str) -> str:
    [message] = mail.outbox
    return re.search(r"https?://\S*" + pattern + r"\S*", message.body).group(0)


def _assert_stored_nowhere(link: str, caplog) -> None:
    secret = link.rstrip("/").rsplit("/", 1)[-1]  # the key at the end of the address
    assert len(secret) > 8
    for email in OutboxEmail.objects.all():
        values = [
            str(getattr(email, field.attname))
            for field in OutboxEmail._meta.concrete_fields
            if not isinstance(getattr(email, field.attname), Model)
        ]
        assert all(secret not in value for value in values), email.kind
        assert SECRET_LINK_PLACEHOLDER in email.body_text
    assert secret not in caplog.text


def test_a_password_reset_link_is_made_at_sending_and_never_stored(
    client, caplog, django_capture_on_commit_callbacks
):
    UserFactory(email="amina@example.org")
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_reset_password"), {"email": "amina@example.org"})

    link = _delivered_link("/accounts/password/reset/key/")
    _assert_stored_nowhere(link, caplog)
    assert 'name="password1"' in client.get(link, follow=True).content.decode()


def test_a_verification_link_is_made_at_sending_and_never_stored(
    client, caplog, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(signup_url("en"), signup_data(preferred_language="fr"))

    link = _delivered_link("/accounts/confirm-email/")
    assert link.split("//", 1)[1].split("/", 2)[1] == "fr"  # in the trainee's language
    _assert_stored_nowhere(link, caplog)
    client.post(link)
    assert OutboxEmail.objects.get().recipient.emailaddress_set.get().verified


def test_an_invitation_link_is_made_at_sending_and_never_stored(
    client, caplog, django_capture_on_commit_callbacks
):
    invited = UserFactory(email="invited@example.org", preferred_language="fr")
    with django_capture_on_commit_callbacks(execute=True):
        invitation_queue(user=invited)

    link = _delivered_link("/accounts/password/reset/key/")
    _assert_stored_nowhere(link, caplog)
    form = client.get(link, follow=True)
    assert 'name="password1"' in form.content.decode()


def test_a_resent_email_gets_a_new_working_link(client, django_capture_on_commit_callbacks):
    from learning_platform.notifications.services import email_resend

    invited = UserFactory(email="invited@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        invitation_queue(user=invited)
    email = OutboxEmail.objects.get()
    OutboxEmail.objects.filter(pk=email.pk).update(status="failed")
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        email_resend(email=email)

    link = _delivered_link("/accounts/password/reset/key/")
    assert 'name="password1"' in client.get(link, follow=True).content.decode()


def test_the_migration_scrubs_links_stored_before():
    text = (
        "Choose your password: https://learning.example.org/fr/accounts/password/reset/key/"
        "4-cf0m2x-8c1f0a/ or confirm: https://learning.example.org/en/accounts/confirm-email/"
        "MQ:1vQx:abc/ and log in at https://learning.example.org/en/accounts/login/"
    )

    scrubbed = scrub_migration.scrub(text)

    assert "reset/key/4-" not in scrubbed and "confirm-email/MQ" not in scrubbed
    assert scrubbed.count(scrub_migration.NOTE) == 2
    assert "https://learning.example.org/en/accounts/login/" in scrubbed
