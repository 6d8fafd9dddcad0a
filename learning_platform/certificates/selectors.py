"""Reads about certificates: who may see which, and what a certificate prints."""

from django.db.models import QuerySet
from django.urls import reverse
from django.utils import translation

from learning_platform.learning import access
from learning_platform.links import absolute_url

from .codes import code_normalise
from .models import Certificate
from .rendering import CertificateData


def certificate_by_code(code: str) -> Certificate | None:
    """The certificate with this code, however it was typed; None when there is none."""
    normalised = code_normalise(code)
    if normalised is None:
        return None
    return Certificate.objects.filter(code=normalised).select_related("enrolment").first()


def certificates_managed_by(user) -> QuerySet:
    """The certificates a person looks after in the admin: those of the enrolments in their
    scope (learning/access.py), so a certificate belongs to its enrolment's session."""
    return access.in_scope(
        user, Certificate.objects.select_related("enrolment__session", "enrolment__user")
    )


def certificate_for_download(*, user, code: str) -> Certificate | None:
    """The certificate if ``user`` may download it: the trainee it was issued to (unless it is
    revoked), or someone who manages it. None otherwise, whether or not it exists."""
    certificate = certificate_by_code(code)
    if certificate is None or not user.is_authenticated:
        return None
    if certificate.enrolment.user_id == user.pk and not certificate.is_revoked:
        return certificate
    if certificates_managed_by(user).filter(pk=certificate.pk).exists():
        return certificate
    return None


def user_certificates(*, user) -> list[Certificate]:
    """The trainee's certificates, newest first, revoked ones left out: one query."""
    if not user.is_authenticated:
        return []
    return list(
        Certificate.objects.filter(enrolment__user=user, revoked_at__isnull=True).order_by(
            "-issued_at"
        )
    )


def session_certificates(*, session) -> QuerySet:
    """The valid certificates of a session's trainees, in a stable order."""
    return Certificate.objects.filter(enrolment__session=session, revoked_at__isnull=True).order_by(
        "name", "pk"
    )


def verify_url(code: str) -> str:
    """The public verification address printed on the certificate and in its QR code."""
    return absolute_url(reverse("certificate_verify", kwargs={"code": code}))


def download_url(certificate: Certificate, *, language: str | None = None) -> str:
    """The trainee's download address, absolute, in ``language`` (default: the active one)."""
    with translation.override(language or translation.get_language()):
        path = reverse("certificates:download", kwargs={"code": certificate.code})
    return absolute_url(path)


def certificate_render_data(certificate: Certificate) -> CertificateData:
    """What the PDF prints, from the frozen fields only."""
    return CertificateData(
        code=certificate.code,
        name=certificate.name,
        language=certificate.language,
        course_title=certificate.course_title,
        course_titles=dict(certificate.course_titles or {}),
        bilingual=certificate.bilingual,
        completed_on=certificate.completed_on,
        session_title=certificate.session_title,
        signatories=tuple(certificate.signatories or ()),
        partners=tuple(certificate.partners or ()),
        verify_url=verify_url(certificate.code),
        revoked=certificate.is_revoked,
    )
