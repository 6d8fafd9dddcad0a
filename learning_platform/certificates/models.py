from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

CODE_LENGTH = 26  # 128 bits in base 32, no padding
CODE_GROUP = 4

EVENT_KIND_CHOICES = (
    ("issued", _("Issued")),
    ("revoked", _("Revoked")),
    ("reissued", _("Reissued")),
    ("erased", _("Name erased")),
)


def code_display(code: str) -> str:
    """The code in groups of four, as printed: ``7KQ2-M9XD-...``."""
    return "-".join(code[i : i + CODE_GROUP] for i in range(0, len(code), CODE_GROUP))


class Certificate(models.Model):
    """The certificate of one completed enrolment. Everything it certifies is frozen when it is
    issued (name as printed, course title in its language, date, session, signatories), so later
    edits to the course or the profile change nothing. Its code is unguessable and stays the
    same when it is reissued."""

    enrolment = models.OneToOneField(
        "learning.Enrolment",
        verbose_name=_("enrolment"),
        on_delete=models.PROTECT,
        related_name="certificate",
    )
    code = models.CharField(
        _("code"),
        max_length=CODE_LENGTH,
        unique=True,
        editable=False,
        help_text=_("128 random bits in base 32, stored without dashes."),
    )
    course_key = models.UUIDField(_("course"), db_index=True, editable=False)
    language = models.CharField(
        _("language"), max_length=10, help_text=_("The main language of the certificate.")
    )
    name = models.CharField(
        _("name as printed"),
        max_length=200,
        blank=True,
        help_text=_("Empty once the trainee has erased their account."),
    )
    course_title = models.CharField(_("course title"), max_length=300)
    course_titles = models.JSONField(
        _("course title in each language"),
        default=dict,
        blank=True,
        help_text=_("Frozen at issue; used for the bilingual layout."),
    )
    bilingual = models.BooleanField(
        _("bilingual"), default=False, help_text=_("French and English side by side.")
    )
    completed_on = models.DateField(_("completed on"))
    session_title = models.CharField(_("session"), max_length=200, blank=True)
    pass_mark = models.PositiveSmallIntegerField(_("pass mark (%)"), null=True, blank=True)
    signatories = models.JSONField(
        _("signatories"), default=list, blank=True, help_text=_("Name, title and signature.")
    )
    partners = models.JSONField(
        _("partners"), default=list, blank=True, help_text=_("Name and logo of each partner.")
    )
    issued_at = models.DateTimeField(_("issued"))
    reissued_at = models.DateTimeField(_("last reissued"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revocation_reason = models.TextField(_("reason for revocation"), blank=True)
    name_erased_at = models.DateTimeField(_("name erased"), null=True, blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True) | ~Q(revocation_reason=""),
                name="certificates_revocation_has_reason",
                violation_error_message=_("Give the reason for revoking the certificate."),
            ),
        ]

    def __str__(self):
        return self.code_display

    @property
    def code_display(self) -> str:
        return code_display(self.code)

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None


class CertificateEvent(models.Model):
    """What happened to a certificate, and who did it: issue, revocation, reissue after a name
    correction (with the names before and after), erasure of the name."""

    certificate = models.ForeignKey(
        Certificate,
        verbose_name=_("certificate"),
        on_delete=models.CASCADE,
        related_name="events",
    )
    kind = models.CharField(_("what"), max_length=20, choices=EVENT_KIND_CHOICES)
    at = models.DateTimeField(_("when"), auto_now_add=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    previous_name = models.CharField(_("name before"), max_length=200, blank=True)
    new_name = models.CharField(_("name after"), max_length=200, blank=True)
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        verbose_name = _("certificate event")
        verbose_name_plural = _("certificate events")
        ordering = ["at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=[code for code, _label in EVENT_KIND_CHOICES]),
                name="certificates_event_kind_known",
            ),
        ]

    def __str__(self):
        return f"{self.certificate} · {self.kind}"
