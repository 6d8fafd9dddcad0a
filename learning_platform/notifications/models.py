from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

EMAIL_KIND_CHOICES = (
    ("enrolment_confirmation", _("Enrolment confirmation")),
    ("session_reminder", _("Session reminder")),
    ("progress_nudge", _("Progress nudge")),
    ("course_completed", _("Course completed")),
    ("attempts_granted", _("More quiz attempts")),
    ("invitation", _("Invitation to an account made for them")),
    ("account", _("Account email")),
)

# Links that give the use of an account are never stored: the row keeps a placeholder where the
# link goes and names the link, and the worker makes it as it sends (notifications/links.py).
SECRET_LINK_CHOICES = (
    ("password_reset", _("Password reset link, for the recipient")),
    ("email_confirmation", _("Address verification link, for the related address")),
)

PENDING, SENDING, SENT, FAILED = "pending", "sending", "sent", "failed"
EMAIL_STATUS_CHOICES = (
    (PENDING, _("Waiting to be sent")),
    (SENDING, _("Being sent")),
    (SENT, _("Sent")),
    (FAILED, _("Failed")),
)


class OutboxEmail(models.Model):
    """One email to send, rendered in the recipient's language when it was queued.

    Written in the transaction of the event that causes it; its unique deduplication key makes
    a repeated event queue nothing more. The sending task only ever receives its id."""

    kind = models.CharField(_("kind"), max_length=40, choices=EMAIL_KIND_CHOICES)
    dedup_key = models.CharField(
        _("deduplication key"),
        max_length=200,
        unique=True,
        help_text=_("The same event never queues a second email."),
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    to_email = models.EmailField(_("to"))
    language = models.CharField(_("language"), max_length=10)
    subject = models.CharField(_("subject"), max_length=300)
    body_text = models.TextField(_("text"))
    body_html = models.TextField(_("HTML"), blank=True)
    secret_link = models.CharField(
        _("link made at sending"),
        max_length=40,
        choices=SECRET_LINK_CHOICES,
        blank=True,
        help_text=_("The link that the worker makes where the bodies hold its placeholder."),
    )
    related_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    related_id = models.PositiveBigIntegerField(null=True, blank=True)
    related = GenericForeignKey("related_type", "related_id")
    status = models.CharField(
        _("status"), max_length=10, choices=EMAIL_STATUS_CHOICES, default=PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("queued"), auto_now_add=True, db_index=True)
    claimed_at = models.DateTimeField(_("sending since"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("email")
        verbose_name_plural = _("emails")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=[PENDING, SENDING, SENT, FAILED]),
                name="notifications_outbox_status_known",
            ),
            models.CheckConstraint(
                condition=~Q(status=SENT) | Q(sent_at__isnull=False),
                name="notifications_outbox_sent_has_time",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} → {self.to_email}"
