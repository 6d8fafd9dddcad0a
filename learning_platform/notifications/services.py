"""Queue an email in the transaction of its event; send it once, from a worker."""

import uuid
from contextlib import contextmanager
from datetime import timedelta
from email.utils import parseaddr
from functools import partial

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import IntegrityError, transaction
from django.db import connection as db_connection
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.html import escape

from learning_platform.rows import db_value, model_rows

from .links import SECRET_LINK_PLACEHOLDER, SecretLinkUnavailable, secret_link_url
from .models import FAILED, PENDING, SENDING, SENT, OutboxEmail

ERROR_MAX_LENGTH = 2000
OUTBOX_TABLE = OutboxEmail._meta.db_table


def _render(kind: str, language: str, context: dict) -> tuple[str, str, str]:
    """Subject, text and HTML of an email of ``kind`` in ``language``, from templates/emails/."""
    with translation.override(language):
        subject = render_to_string(f"emails/{kind}.subject.txt", context).strip()
        text = render_to_string(f"emails/{kind}.txt", context).strip() + "\n"
        html = render_to_string(f"emails/{kind}.html", context)
    return " ".join(subject.split()), text, html


def email_queue(
    *,
    kind: str,
    user,
    dedup_key: str,
    context: dict,
    related=None,
    language: str | None = None,
    secret_link: str = "",
) -> tuple[OutboxEmail, bool]:
    """Renders an email of ``kind`` for ``user`` in their language, writes it to the outbox in
    the current transaction and, once that commits, asks a worker to send it. Returns the row
    and whether it is new: a known ``dedup_key`` queues nothing more. An email with a link that
    gives the use of an account has SECRET_LINK_PLACEHOLDER in its context where the link goes,
    and names the link in ``secret_link`` (notifications/links.py): the worker makes it."""
    language = language or user.preferred_language or settings.LANGUAGE_CODE
    existing = OutboxEmail.objects.filter(dedup_key=dedup_key).first()
    if existing is not None:
        return existing, False
    subject, text, html = _render(kind, language, {"user": user, **context})
    return email_queue_rendered(
        kind=kind,
        to_email=user.email,
        user=user,
        language=language,
        dedup_key=dedup_key,
        subject=subject,
        body_text=text,
        body_html=html,
        related=related,
        secret_link=secret_link,
    )


def email_queue_rendered(
    *,
    kind: str,
    to_email: str,
    language: str,
    dedup_key: str,
    subject: str,
    body_text: str,
    body_html: str = "",
    user=None,
    related=None,
    secret_link: str = "",
) -> tuple[OutboxEmail, bool]:
    """Queues an email rendered elsewhere (django-allauth renders its own) like email_queue."""
    try:
        # Inserted straight away: the unique key finds a repeat (email_queue has looked for it
        # already), in a savepoint so that the event's transaction goes on.
        with transaction.atomic():
            email = OutboxEmail.objects.create(
                dedup_key=dedup_key,
                kind=kind,
                recipient=user,
                to_email=to_email,
                language=language,
                subject=subject,
                body_text=body_text,
                body_html=body_html,
                secret_link=secret_link,
                related_type=ContentType.objects.get_for_model(related) if related else None,
                related_id=related.pk if related else None,
            )
    except IntegrityError:
        existing = OutboxEmail.objects.filter(dedup_key=dedup_key).first()
        if existing is None:
            raise  # another constraint than the key's
        return existing, False
    _enqueue_on_commit(email.pk)
    return email, True


def _enqueue_on_commit(email_id: int) -> None:
    """Asks a worker to send the email once the current transaction commits (at once outside
    one). The emails of one transaction, a bulk enrolment say, travel together: a few messages
    of up to EMAIL_BATCH_SIZE ids instead of one per email."""
    connection = transaction.get_connection()
    if not hasattr(connection, "outbox_unpublished"):
        connection.outbox_unpublished = []
    connection.outbox_unpublished.append(email_id)
    # One callback per email, so a rolled-back savepoint drops its own; the first to run
    # publishes them all and the others find nothing left. robust: if the broker is down, the
    # rows stay pending and the sweep sends them later.
    transaction.on_commit(partial(_publish, connection), robust=True)


def _publish(connection) -> None:
    from .tasks import send_emails

    unpublished, connection.outbox_unpublished = connection.outbox_unpublished, []
    if not unpublished:
        return
    # Ids queued in a transaction that was rolled back since may be among them: their rows
    # do not exist.
    email_ids = sorted(
        OutboxEmail.objects.filter(pk__in=unpublished, status=PENDING).values_list("pk", flat=True)
    )
    size = settings.EMAIL_BATCH_SIZE
    for start in range(0, len(email_ids), size):
        send_emails.delay(email_ids[start : start + size])


@contextmanager
def fast_commits():
    """For a worker sending a batch: on PostgreSQL, the outbox updates do not wait for the disk.
    The server keeps each commit even if the worker dies the next instant; only a crash of
    PostgreSQL itself could lose the last fraction of a second, and with it send one email
    again. Waiting for the disk twice per email would cap sending at about 100 emails a second."""
    postgresql = db_connection.vendor == "postgresql"
    if postgresql:
        with db_connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit TO OFF")
    try:
        yield
    finally:
        if postgresql:
            with db_connection.cursor() as cursor:
                cursor.execute("SET synchronous_commit TO DEFAULT")


def _claim(email_id: int) -> OutboxEmail | None:
    """Marks a pending email as being sent and returns it; None when it is not pending (sent
    already, or being sent by another worker). One statement: a conditional update."""
    rows = model_rows(OutboxEmail)
    with db_connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {OUTBOX_TABLE} SET status = %s, attempts = attempts + 1, claimed_at = %s "  # noqa: S608 - our table and columns
            f"WHERE id = %s AND status = %s RETURNING {rows.columns()}",
            [SENDING, db_value(OutboxEmail, "claimed_at", timezone.now()), email_id, PENDING],
        )
        row = cursor.fetchone()
    return rows.instance(row) if row else None


def _mark_sent(email_id: int) -> None:
    # One plain statement per email sent: the ORM's update would cost about as much Python as
    # the rest of the bookkeeping, on the path every email takes.
    with db_connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {OUTBOX_TABLE} SET status = %s, sent_at = %s WHERE id = %s",  # noqa: S608 - our table name
            [SENT, db_value(OutboxEmail, "sent_at", timezone.now()), email_id],
        )


def _message_id(email: OutboxEmail) -> str:
    """The same Message-ID at every attempt: should a worker die between the server's "250" and
    recording it, the email sent again is recognisably the same message."""
    domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2]  # the sender's
    return f"<outbox-{email.pk}-{email.created_at:%Y%m%d%H%M%S}@{domain}>"


class _OutboxMessage(EmailMultiAlternatives):
    def message(self):
        message = super().message()
        if message.is_multipart():
            # A random boundary, which no body contains: left to pick one, the email package
            # compiles a regular expression for every message to check the body against.
            message.set_boundary(f"=_{uuid.uuid4().hex}")
        return message


def email_send(*, email_id: int, connection=None, final: bool = False) -> bool:
    """Sends the email once. A conditional update claims the row first, so a message delivered
    twice to the workers sends nothing the second time. Returns whether it sent now; raises the
    delivery error for the task to retry. The row is then pending again, or failed after
    1 + EMAIL_MAX_RETRIES attempts, or at once when ``final`` (nothing will try again).

    ``connection`` may be a function that gives the mail server connection: it is called once
    the row is claimed, so that a server refusing the connection is recorded on the row, with
    its error, like any other failure."""
    email = _claim(email_id)
    if email is None:
        return False
    subject, body_text, body_html, link = email.subject, email.body_text, email.body_html, ""
    if email.secret_link:
        try:
            link = secret_link_url(email)
        except SecretLinkUnavailable as error:  # sending again would not help
            OutboxEmail.objects.filter(pk=email_id).update(
                status=FAILED, last_error=f"The link cannot be made: {error}."
            )
            return False
        subject = subject.replace(SECRET_LINK_PLACEHOLDER, link)
        body_text = body_text.replace(SECRET_LINK_PLACEHOLDER, link)
        body_html = body_html.replace(SECRET_LINK_PLACEHOLDER, escape(link))
    message = _OutboxMessage(
        subject=subject,
        body=body_text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[email.to_email],
        headers={"X-Outbox-Id": str(email.pk), "Message-ID": _message_id(email)},
    )
    if body_html:
        message.attach_alternative(body_html, "text/html")
    try:
        message.connection = (connection() if callable(connection) else connection) or (
            get_connection()
        )
        message.send()
    except Exception as error:
        final = final or email.attempts > settings.EMAIL_MAX_RETRIES
        last_error = f"{error.__class__.__name__}: {error}"
        if link:  # a server that quotes the message back does not get the link stored
            last_error = last_error.replace(link, SECRET_LINK_PLACEHOLDER)
        OutboxEmail.objects.filter(pk=email_id).update(
            status=FAILED if final else PENDING, last_error=last_error[:ERROR_MAX_LENGTH]
        )
        raise
    _mark_sent(email_id)
    return True


def email_resend(*, email: OutboxEmail) -> None:
    """Gives a failed email another chance (a coordinator's action). An email with a link made
    at sending gets a new link."""
    if OutboxEmail.objects.filter(pk=email.pk, status=FAILED).update(status=PENDING):
        _enqueue_on_commit(email.pk)


def outbox_sweep(*, stale_after: timedelta | None = None, grace: timedelta | None = None) -> int:
    """Queues again what was left unsent: rows whose worker died while sending, and rows whose
    message was lost (a Redis restart or flush). Sending claims each row, so a row queued twice
    is still sent once. Returns how many were queued."""
    now = timezone.now()
    if stale_after is None:
        stale_after = timedelta(seconds=settings.EMAIL_SENDING_STALE_SECONDS)
    if grace is None:
        grace = timedelta(seconds=settings.EMAIL_SWEEP_GRACE_SECONDS)
    OutboxEmail.objects.filter(status=SENDING, claimed_at__lt=now - stale_after).update(
        status=PENDING
    )
    waiting = list(
        OutboxEmail.objects.filter(status=PENDING, created_at__lt=now - grace).values_list(
            "pk", flat=True
        )
    )
    for email_id in waiting:
        _enqueue_on_commit(email_id)
    return len(waiting)


def user_emails_export(*, user) -> list[dict]:
    """The emails sent or queued to ``user``, for their personal data download."""
    return [
        {
            "kind": email.kind,
            "subject": email.subject,
            "to": email.to_email,
            "status": email.status,
            "queued_at": email.created_at.isoformat(),
            "sent_at": email.sent_at.isoformat() if email.sent_at else None,
        }
        for email in OutboxEmail.objects.filter(recipient=user).order_by("created_at")
    ]


def user_emails_forget(*, user) -> None:
    """On erasure: emails not sent yet are dropped; sent ones keep only their kind, status and
    dates, for the counts."""
    emails = OutboxEmail.objects.filter(recipient=user)
    emails.exclude(status=SENT).delete()
    emails.update(to_email="erased@erased.invalid", subject="", body_text="", body_html="")
