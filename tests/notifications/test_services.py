"""The outbox: written with its event, sent once, retried, swept."""

from datetime import timedelta
from smtplib import SMTPRecipientsRefused, SMTPServerDisconnected

import pytest
from django.conf import settings
from django.core import mail
from django.db import transaction
from django.utils import timezone

from learning_platform.learning import services as learning
from learning_platform.notifications import services
from learning_platform.notifications.models import FAILED, PENDING, SENDING, SENT, OutboxEmail
from tests.factories import UserFactory, course_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(home_page):
    return course_page(title="Clearing-House Mechanism & partners")


def test_enrolling_queues_one_confirmation_in_the_trainee_language(
    course, django_capture_on_commit_callbacks
):
    trainee = UserFactory(full_name="Aïssata Traoré", preferred_language="fr")

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        enrolment, _created = learning.enrolment_create(user=trainee, course=course)
        learning.enrolment_create(user=trainee, course=course)  # a double click

    email = OutboxEmail.objects.get()
    assert len(callbacks) == 1  # one task, with the row's id only
    assert (email.kind, email.language, email.related) == (
        "enrolment_confirmation",
        "fr",
        enrolment,
    )
    assert email.subject == "Vous êtes inscrit : Clearing-House Mechanism & partners"
    assert "Aïssata Traoré" in email.body_text and "&amp;" not in email.body_text
    assert email.status == SENT
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == [trainee.email]
    assert sent.alternatives[0][1] == "text/html"
    assert course.url in sent.body


def test_a_rolled_back_enrolment_sends_nothing(course, django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        learning.enrolment_create(user=UserFactory(), course=course)
        raise RuntimeError("the request failed after enrolling")

    assert callbacks == []
    assert not OutboxEmail.objects.exists()
    assert mail.outbox == []


@pytest.fixture
def queued(course):
    trainee = UserFactory(preferred_language="en")
    email, _created = services.email_queue(
        kind="enrolment_confirmation",
        user=trainee,
        dedup_key="test:1",
        context={"course_title": "CHM", "course_url": "https://example.org/", "session": None},
    )
    return email


def test_an_email_is_sent_once_however_often_its_task_runs(queued):
    assert services.email_send(email_id=queued.pk) is True
    assert services.email_send(email_id=queued.pk) is False

    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == (SENT, 1)
    assert len(mail.outbox) == 1


def test_an_email_reads_back_as_its_text_and_its_html(queued):
    from email import message_from_bytes, policy

    services.email_send(email_id=queued.pk)
    raw = mail.outbox[0].message().as_bytes(linesep="\r\n")

    parsed = message_from_bytes(raw, policy=policy.SMTP)
    text, html = parsed.iter_parts()
    assert parsed.get_content_type() == "multipart/alternative"
    assert (text.get_content_type(), html.get_content_type()) == ("text/plain", "text/html")
    assert text.get_content() == queued.body_text.replace("\n", "\r\n")
    assert html.get_content().strip() == queued.body_html.strip().replace("\n", "\r\n")
    assert parsed.get_boundary() not in queued.body_text + queued.body_html
    assert parsed["Message-ID"].startswith(f"<outbox-{queued.pk}-")


class BrokenConnection:
    """An SMTP connection that fails the way a server that went away does."""

    def send_messages(self, messages):
        raise SMTPServerDisconnected("Connection unexpectedly closed")


def test_a_failed_send_stays_in_the_outbox_with_its_error(queued, settings):
    settings.EMAIL_MAX_RETRIES = 1
    with pytest.raises(SMTPServerDisconnected):
        services.email_send(email_id=queued.pk, connection=BrokenConnection())
    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == (PENDING, 1)
    assert "Connection unexpectedly closed" in queued.last_error

    with pytest.raises(SMTPServerDisconnected):
        services.email_send(email_id=queued.pk, connection=BrokenConnection())
    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == (FAILED, 2)


def test_a_failed_email_can_be_sent_again(queued, django_capture_on_commit_callbacks):
    OutboxEmail.objects.filter(pk=queued.pk).update(status=FAILED)

    with django_capture_on_commit_callbacks(execute=True):
        services.email_resend(email=queued)

    queued.refresh_from_db()
    assert queued.status == SENT and len(mail.outbox) == 1


def test_the_sweep_sends_what_was_left_behind(queued, course, django_capture_on_commit_callbacks):
    stuck = services.email_queue(
        kind="enrolment_confirmation",
        user=UserFactory(),
        dedup_key="test:2",
        context={"course_title": "CHM", "course_url": "https://example.org/", "session": None},
    )[0]
    long_ago = timezone.now() - timedelta(hours=1)
    OutboxEmail.objects.filter(pk=queued.pk).update(created_at=long_ago)
    OutboxEmail.objects.filter(pk=stuck.pk).update(
        status=SENDING, claimed_at=long_ago, created_at=long_ago
    )

    with django_capture_on_commit_callbacks(execute=True):  # tasks run in-process in this test
        queued_again = services.outbox_sweep()

    assert queued_again == 2
    assert set(OutboxEmail.objects.values_list("status", flat=True)) == {SENT}
    assert len(mail.outbox) == 2


def test_the_sweep_leaves_fresh_and_sending_emails_alone(queued):
    assert services.outbox_sweep() == 0  # just queued: its own task is on the way
    assert mail.outbox == []


def test_erasing_an_account_drops_its_unsent_emails_and_blanks_the_sent_ones(queued, course):
    from learning_platform.accounts.services import user_erase, user_personal_data_export

    trainee = queued.recipient
    sent, _created = services.email_queue(
        kind="enrolment_confirmation",
        user=trainee,
        dedup_key="test:sent",
        context={"course_title": "CHM", "course_url": "https://example.org/", "session": None},
    )
    services.email_send(email_id=sent.pk)
    exported = user_personal_data_export(user=trainee)
    assert {email["subject"] for email in exported["emails"]} >= {sent.subject}

    user_erase(user=trainee)

    assert list(OutboxEmail.objects.values_list("pk", "status", "subject", "body_text")) == [
        (sent.pk, SENT, "", "")
    ]


def test_the_emails_of_one_transaction_go_to_the_workers_in_batches(
    course, settings, monkeypatch, django_capture_on_commit_callbacks
):
    from learning_platform.notifications import tasks

    settings.EMAIL_BATCH_SIZE = 25
    batches = []
    monkeypatch.setattr(tasks.send_emails, "delay", batches.append)
    trainees = [UserFactory() for _ in range(60)]

    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        for trainee in trainees:
            learning.enrolment_create(user=trainee, course=course)

    assert [len(batch) for batch in batches] == [25, 25, 10]
    published = [email_id for batch in batches for email_id in batch]
    assert sorted(published) == sorted(OutboxEmail.objects.values_list("pk", flat=True))


class RefusingConnection:
    """Delivers every message but those to one address, which the server refuses."""

    def __init__(self, refused):
        self.refused = refused

    def send_messages(self, messages):
        if messages[0].to == [self.refused]:
            raise SMTPRecipientsRefused({self.refused: (550, b"No such user")})
        mail.outbox.extend(messages)
        return len(messages)


def test_an_email_that_fails_in_a_batch_holds_up_nobody_else(course, monkeypatch):
    from learning_platform.notifications import tasks

    monkeypatch.setattr(tasks, "smtp_connection", lambda: RefusingConnection("bad@example.org"))
    emails = [
        services.email_queue(
            kind="enrolment_confirmation",
            user=UserFactory(email=address),
            dedup_key=f"test:{address}",
            context={"course_title": "CHM", "course_url": "https://example.org/", "session": None},
        )[0]
        for address in ("a@example.org", "bad@example.org", "c@example.org", "d@example.org")
    ]

    tasks.send_emails([email.pk for email in emails])  # as a worker runs it; retries at once

    assert sorted(message.to[0] for message in mail.outbox) == [
        "a@example.org",
        "c@example.org",
        "d@example.org",
    ]
    bad = OutboxEmail.objects.get(to_email="bad@example.org")
    assert (bad.status, bad.attempts) == (FAILED, 1 + settings.EMAIL_MAX_RETRIES)
    assert "No such user" in bad.last_error


def test_an_email_rendered_elsewhere_is_queued_once_per_key(django_capture_on_commit_callbacks):
    def queue():
        return services.email_queue_rendered(
            kind="account",
            to_email="amina@example.org",
            language="fr",
            dedup_key="account:reset:1",
            subject="Réinitialisation",
            body_text="Votre lien.",
        )

    with django_capture_on_commit_callbacks() as callbacks, transaction.atomic():
        first, first_created = queue()
        again, again_created = queue()  # the transaction goes on after the repeat

    assert (first_created, again_created) == (True, False)
    assert again.pk == first.pk and OutboxEmail.objects.count() == 1
    assert len(callbacks) == 1
