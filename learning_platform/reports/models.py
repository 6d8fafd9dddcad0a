from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

READING, READ, REFUSED, EXPIRED = "reading", "read", "refused", "expired"
PENDING, DONE, FAILED = "pending", "done", "failed"
BULK_STATUS_CHOICES = (
    (READING, _("Being read")),
    (READ, _("Read: to confirm")),
    (REFUSED, _("Refused")),
    (EXPIRED, _("Not confirmed")),
    (PENDING, _("Being enrolled")),
    (DONE, _("Enrolled")),
    (FAILED, _("Failed")),
)


class BulkEnrolment(models.Model):
    """A file of participants a coordinator uploaded. A worker reads it (being read), the
    coordinator previews its rows and confirms them (read), and a worker enrols them in one
    transaction (being enrolled, then enrolled or failed): reading and enrolling a large file
    take longer than a web request may. A file that cannot be used is refused, with the reason,
    before anyone is enrolled. The file itself is kept until it is read, its rows (personal
    data) until they are enrolled or for a day if nobody confirms them, the counts for good."""

    session = models.ForeignKey(
        "learning.TrainingSession",
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    filename = models.CharField(_("file"), max_length=255)
    content = models.BinaryField(
        _("content"), default=b"", blank=True, help_text=_("Emptied once the file is read.")
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        blank=True,
        help_text=_("The language of the person who uploaded it: the reasons are in it."),
    )
    rows = models.JSONField(
        _("rows"), default=list, blank=True, help_text=_("Emptied once the file is enrolled.")
    )
    row_count = models.PositiveIntegerField(_("rows"), default=0)
    status = models.CharField(
        _("status"), max_length=10, choices=BULK_STATUS_CHOICES, default=READING
    )
    accounts_created = models.PositiveIntegerField(_("new accounts"), default=0)
    enrolled = models.PositiveIntegerField(_("enrolled"), default=0)
    unchanged = models.PositiveIntegerField(_("already enrolled"), default=0)
    errors = models.PositiveIntegerField(_("rows in error"), default=0)
    failure = models.TextField(_("why it was refused or failed"), blank=True)
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    read_started_at = models.DateTimeField(_("reading started"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("bulk enrolment")
        verbose_name_plural = _("bulk enrolments")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=[READING, READ, REFUSED, EXPIRED, PENDING, DONE, FAILED]),
                name="reports_bulk_enrolment_status_known",
            ),
        ]

    def __str__(self):
        return self.filename
