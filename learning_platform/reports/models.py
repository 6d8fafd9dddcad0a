from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

PENDING, DONE, FAILED = "pending", "done", "failed"
BULK_STATUS_CHOICES = (
    (PENDING, _("Being enrolled")),
    (DONE, _("Enrolled")),
    (FAILED, _("Failed")),
)


class BulkEnrolment(models.Model):
    """A file of participants a coordinator confirmed. A worker enrols it in one transaction
    (a large file takes longer than a web request may); the rows, personal data, are kept only
    until then, the counts for good."""

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
    rows = models.JSONField(
        _("rows"), default=list, blank=True, help_text=_("Emptied once the file is enrolled.")
    )
    row_count = models.PositiveIntegerField(_("rows"), default=0)
    status = models.CharField(
        _("status"), max_length=10, choices=BULK_STATUS_CHOICES, default=PENDING
    )
    accounts_created = models.PositiveIntegerField(_("new accounts"), default=0)
    enrolled = models.PositiveIntegerField(_("enrolled"), default=0)
    unchanged = models.PositiveIntegerField(_("already enrolled"), default=0)
    errors = models.PositiveIntegerField(_("rows in error"), default=0)
    failure = models.TextField(_("why it failed"), blank=True)
    created_at = models.DateTimeField(_("confirmed"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("bulk enrolment")
        verbose_name_plural = _("bulk enrolments")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=[PENDING, DONE, FAILED]),
                name="reports_bulk_enrolment_status_known",
            ),
        ]

    def __str__(self):
        return self.filename
