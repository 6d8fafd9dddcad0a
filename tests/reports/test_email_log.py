"""The email log: scoped like every learner record; account emails for superusers only."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import ModelLogEntry

from learning_platform.learning.models import Enrolment
from learning_platform.notifications.models import FAILED, SENT, OutboxEmail
from tests.factories import AdminFactory, UserFactory
from tests.reports.conftest import enrol, make_session, make_staff

pytestmark = pytest.mark.django_db


def _email(*, enrolment=None, user, kind, subject, status=SENT, body="Hello", **fields):
    return OutboxEmail.objects.create(
        kind=kind,
        dedup_key=f"{kind}:{subject}",
        recipient=user,
        to_email=user.email,
        language="en",
        subject=subject,
        body_text=body,
        body_html=f"<p>{body}</p>",
        status=status,
        sent_at="2026-11-24T08:00:00Z" if status == SENT else None,
        related_type=ContentType.objects.get_for_model(Enrolment) if enrolment else None,
        related_id=enrolment.pk if enrolment else None,
        **fields,
    )


@pytest.fixture
def emails(session, course):
    """Emails about a trainee of the coordinator's session, one about a trainee of another
    coordinator's session of the same course, and account emails."""
    lan = UserFactory(email="lan@example.org")
    mine = enrol(session, lan)
    theirs_session = make_session(course, title="Bujumbura")
    theirs_session.coordinators.add(make_staff("Coordinators"))
    amani = UserFactory(email="amani@example.org")
    theirs = enrol(theirs_session, amani)
    return {
        "sent": _email(
            enrolment=mine, user=lan, kind="enrolment_confirmation", subject="You are enrolled"
        ),
        "failed": _email(
            enrolment=mine,
            user=lan,
            kind="session_reminder",
            subject="Your session starts",
            status=FAILED,
            last_error="SMTPServerDisconnected",
        ),
        "theirs": _email(
            enrolment=theirs, user=amani, kind="enrolment_confirmation", subject="Welcome Amani"
        ),
        "reset": _email(
            user=AdminFactory(email="root@example.org"),
            kind="account",
            subject="Password reset",
            body="Reset it here: [[secret-link]]",
        ),
        "invitation": _email(
            user=lan, kind="invitation", subject="An account for you", body="[[secret-link]]"
        ),
    }


def test_a_superuser_reads_every_email_and_account_links_as_a_note(client, emails):
    client.force_login(AdminFactory())

    listing = client.get(reverse("outbox")).content.decode()
    failed_only = client.get(reverse("outbox"), {"status": "failed"}).content.decode()
    reset = client.get(reverse("outbox_email", args=[emails["reset"].pk])).content.decode()

    for subject in ("You are enrolled", "Welcome Amani", "Password reset", "An account for you"):
        assert subject in listing
    assert "Your session starts" in failed_only and "You are enrolled" not in failed_only
    assert "[[secret-link]]" not in reset and "link made when the email is sent" in reset


def test_a_coordinator_reads_the_course_emails_of_their_own_session_only(
    client, emails, coordinator
):
    client.force_login(coordinator)

    listing = client.get(reverse("outbox")).content.decode()
    export = b"".join(client.get(reverse("outbox"), {"export": "csv"}).streaming_content).decode(
        "utf-8-sig"
    )

    assert "You are enrolled" in listing and "lan@example.org" in listing
    for hidden in ("Welcome Amani", "amani@example.org", "Password reset", "An account for you"):
        assert hidden not in listing and hidden not in export
    assert "lan@example.org" in export
    for other in ("theirs", "reset", "invitation"):
        response = client.get(reverse("outbox_email", args=[emails[other].pk]))
        assert response.status_code == 404  # plain, not a redirect under a language prefix
    entry = ModelLogEntry.objects.get(action="lp.export")
    assert entry.user == coordinator and entry.data["list"] == "emails"


def test_a_coordinator_sends_a_failed_email_of_their_session_again(
    client, emails, coordinator, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)

    page = client.get(reverse("outbox_email", args=[emails["failed"].pk])).content.decode()
    assert "SMTPServerDisconnected" in page and "Send again" in page
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("outbox_email_resend", args=[emails["failed"].pk]))

    emails["failed"].refresh_from_db()
    assert emails["failed"].status == SENT
    entry = ModelLogEntry.objects.get(action="lp.email_resend")
    assert entry.user == coordinator and entry.object_id == str(emails["failed"].pk)


def test_nobody_resends_out_of_scope(client, emails, coordinator):
    OutboxEmail.objects.filter(pk=emails["theirs"].pk).update(status=FAILED)
    client.force_login(coordinator)

    response = client.post(reverse("outbox_email_resend", args=[emails["theirs"].pk]))

    assert response.status_code == 404
    emails["theirs"].refresh_from_db()
    assert emails["theirs"].status == FAILED


def test_trainers_follow_learning_not_emails(client, emails, session, trainer):
    session.trainers.add(trainer)
    client.force_login(trainer)

    assert client.get(reverse("outbox")).status_code in (302, 403)
    response = client.post(reverse("outbox_email_resend", args=[emails["failed"].pk]))

    assert response.status_code in (302, 403)
    emails["failed"].refresh_from_db()
    assert emails["failed"].status == FAILED


def test_a_coordinator_of_nothing_sees_no_email(client, emails):
    client.force_login(make_staff("Coordinators"))

    listing = client.get(reverse("outbox")).content.decode()

    assert "lan@example.org" not in listing and "Password reset" not in listing


def test_trainees_cannot_see_the_email_log(client, emails):
    client.force_login(UserFactory())

    assert client.get(reverse("outbox")).status_code in (302, 403)
    assert client.get(reverse("outbox_email", args=[emails["sent"].pk])).status_code in (302, 403)
