import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from learning_platform.notifications.models import FAILED, SENT, OutboxEmail
from tests.factories import AdminFactory, UserFactory, with_totp

pytestmark = pytest.mark.django_db


@pytest.fixture
def emails(db):
    trainee = UserFactory(email="lan@example.org")
    common = {
        "recipient": trainee,
        "to_email": trainee.email,
        "language": "en",
        "body_text": "Hello",
        "body_html": "<p>Hello</p>",
    }
    return {
        "sent": OutboxEmail.objects.create(
            kind="enrolment_confirmation",
            dedup_key="a",
            subject="You are enrolled",
            status=SENT,
            sent_at="2026-11-24T08:00:00Z",
            **common,
        ),
        "failed": OutboxEmail.objects.create(
            kind="session_reminder",
            dedup_key="b",
            subject="Your session starts",
            status=FAILED,
            last_error="SMTPServerDisconnected",
            **common,
        ),
    }


def test_the_outbox_lists_and_filters_emails(client, emails):
    client.force_login(AdminFactory())

    everything = client.get(reverse("outbox")).content.decode()
    failed_only = client.get(reverse("outbox"), {"status": "failed"}).content.decode()

    assert "You are enrolled" in everything and "Your session starts" in everything
    assert "Your session starts" in failed_only and "You are enrolled" not in failed_only


def test_an_email_is_read_as_sent_and_a_failed_one_sent_again(
    client, emails, django_capture_on_commit_callbacks
):
    client.force_login(AdminFactory())

    page = client.get(reverse("outbox_email", args=[emails["failed"].pk])).content.decode()
    assert "SMTPServerDisconnected" in page and "Send again" in page
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("outbox_email_resend", args=[emails["failed"].pk]))

    emails["failed"].refresh_from_db()
    assert emails["failed"].status == SENT


def test_coordinators_read_the_outbox_and_resend(
    client, emails, django_capture_on_commit_callbacks
):
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name="Coordinators"))
    client.force_login(with_totp(user))

    assert client.get(reverse("outbox")).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("outbox_email_resend", args=[emails["failed"].pk]))
    emails["failed"].refresh_from_db()
    assert emails["failed"].status == SENT


def test_trainers_cannot_resend(client, emails):
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name="Trainers"))
    client.force_login(with_totp(user))

    response = client.post(reverse("outbox_email_resend", args=[emails["failed"].pk]))

    assert response.status_code in (302, 403)
    emails["failed"].refresh_from_db()
    assert emails["failed"].status == FAILED


def test_trainees_cannot_see_the_outbox(client, emails):
    client.force_login(UserFactory())

    assert client.get(reverse("outbox")).status_code in (302, 403)
    assert client.get(reverse("outbox_email", args=[emails["sent"].pk])).status_code in (302, 403)
