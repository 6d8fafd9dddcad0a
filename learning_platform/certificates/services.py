"""Writes about certificates: issue on completion, revoke, reissue, erase the name, and the
PDFs (one, or a session's as a ZIP)."""

import hashlib
import os
import zipfile
from collections.abc import Iterator

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify

from courses.models import CoursePage
from learning_platform.links import absolute_url
from learning_platform.notifications.services import email_queue

from . import pool, selectors
from .codes import code_generate
from .models import Certificate, CertificateEvent
from .rendering import BILINGUAL_LANGUAGES, certificate_pdf

# JPEG on white: WeasyPrint copies a JPEG into the PDF as it is, where it decodes and encodes a
# PNG again for every certificate (about 3 ms per image). Sizes for about 300 dpi as printed.
SIGNATURE_FILTER = "max-450x150|bgcolor-ffffff|format-jpeg|jpegquality-85"
LOGO_FILTER = "max-320x128|bgcolor-ffffff|format-jpeg|jpegquality-85"


class CertificateError(Exception):
    """The action cannot be done; ``message`` says why, for the person who asked."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _rendition_name(image, spec: str) -> str:
    """The media-relative file of a small rendition of ``image``, or "" without one."""
    if image is None:
        return ""
    try:
        return image.get_rendition(spec).file.name
    except Exception:  # a missing or broken original: the certificate goes without the image
        return ""


def _course_versions(course_key) -> dict[str, CoursePage]:
    """The live course in each language it is published in."""
    return {
        page.locale.language_code: page
        for page in CoursePage.objects.live()
        .filter(translation_key=course_key)
        .select_related("locale")
        .prefetch_related("signatories__signature", "partners__logo")
    }


def _certificate_language(user, versions: dict) -> str:
    """The trainee's language when the course is published in it, else the site's default,
    else any language of the course."""
    for language in (user.preferred_language, settings.LANGUAGE_CODE):
        if language in versions:
            return language
    return sorted(versions)[0]


def _course_fields(course: CoursePage, versions: dict) -> dict:
    """What a certificate freezes of its course: title in each language, pass mark,
    signatories and partners (with small renditions of their images)."""
    titles = {code: page.title for code, page in versions.items()}
    return {
        "course_title": course.title,
        "course_titles": titles,
        "bilingual": getattr(settings, "CERTIFICATE_BILINGUAL", True)
        and all(code in titles for code in BILINGUAL_LANGUAGES),
        "pass_mark": course.pass_mark,
        "signatories": [
            {
                "name": signatory.name,
                "title": signatory.title,
                "signature": _rendition_name(signatory.signature, SIGNATURE_FILTER),
            }
            for signatory in course.signatories.all()
        ],
        "partners": [
            {"name": partner.name, "logo": _rendition_name(partner.logo, LOGO_FILTER)}
            for partner in course.partners.all()
        ],
    }


def certificate_issue(*, enrolment, by=None) -> Certificate | None:
    """Issues the certificate of a completed enrolment, once: a second call returns the first
    certificate. Freezes the name as the trainee wants it printed, the course title in each of
    its languages, the date, the session, the pass mark, the signatories and partners. Returns
    None when the course gives no certificate (or is no longer published)."""
    if enrolment.completed_at is None:
        raise CertificateError("Only a completed enrolment has a certificate.")
    existing = Certificate.objects.filter(enrolment=enrolment).first()
    if existing is not None:
        return existing
    versions = _course_versions(enrolment.course_key)
    if not versions:
        return None
    user = enrolment.user
    language = _certificate_language(user, versions)
    course = versions[language]
    if not course.gives_certificate:
        return None
    now = timezone.now()
    try:
        with transaction.atomic():
            certificate = Certificate.objects.create(
                enrolment=enrolment,
                code=code_generate(),
                course_key=enrolment.course_key,
                language=language,
                name=user.full_name,
                completed_on=timezone.localdate(enrolment.completed_at),
                session_title=enrolment.session.title if enrolment.session else "",
                issued_at=now,
                **_course_fields(course, versions),
            )
            CertificateEvent.objects.create(
                certificate=certificate, kind="issued", by=by, new_name=certificate.name
            )
    except IntegrityError:
        # Issued meanwhile by another request for the same enrolment.
        return Certificate.objects.get(enrolment=enrolment)
    return certificate


def completion_email_queue(*, enrolment, certificate: Certificate | None) -> None:
    """Queues the "course completed" email, once per enrolment, in the trainee's language,
    with the link to download the certificate when there is one."""
    user = enrolment.user
    language = user.preferred_language or settings.LANGUAGE_CODE
    if certificate is not None:
        titles = certificate.course_titles or {}
        course_title = titles.get(language) or certificate.course_title
    else:
        versions = _course_versions(enrolment.course_key)
        if not versions:
            return
        course_title = versions[_certificate_language(user, versions)].title
    with translation.override(language):
        my_learning = reverse("learning:my_learning")
    email_queue(
        kind="course_completed",
        user=user,
        language=language,
        dedup_key=f"course_completed:{enrolment.pk}",
        related=enrolment,
        context={
            "course_title": course_title,
            "session": enrolment.session,
            "certificate": certificate,
            "certificate_code": certificate.code_display if certificate else "",
            "download_url": selectors.download_url(certificate, language=language)
            if certificate
            else "",
            "verify_url": selectors.verify_url(certificate.code) if certificate else "",
            "my_learning_url": absolute_url(my_learning),
        },
    )


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, reason: str, by=None) -> Certificate:
    """Revokes the certificate: the verify page then says so, with the date and ``reason``."""
    reason = reason.strip()
    if not reason:
        raise CertificateError(translation.gettext("Give the reason for revoking it."))
    locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if locked.revoked_at is not None:
        raise CertificateError(translation.gettext("This certificate is already revoked."))
    locked.revoked_at = timezone.now()
    locked.revocation_reason = reason
    locked.save(update_fields=["revoked_at", "revocation_reason"])
    CertificateEvent.objects.create(certificate=locked, kind="revoked", by=by, reason=reason)
    return locked


@transaction.atomic
def certificate_reissue(
    *, certificate: Certificate, name: str | None = None, reason: str = "", by=None
) -> Certificate:
    """Reissues the certificate after a name correction: the same code, the corrected name
    (by default the trainee's name as it now stands in their profile), a new PDF; the names
    before and after are recorded."""
    locked = (
        Certificate.objects.select_for_update()
        .select_related("enrolment__user")
        .get(pk=certificate.pk)
    )
    if locked.name_erased_at is not None:
        raise CertificateError(translation.gettext("The trainee has erased their account."))
    new_name = (name if name is not None else locked.enrolment.user.full_name).strip()
    if not new_name:
        raise CertificateError(translation.gettext("Give the name to print."))
    previous = locked.name
    locked.name = new_name
    locked.reissued_at = timezone.now()
    locked.save(update_fields=["name", "reissued_at"])
    CertificateEvent.objects.create(
        certificate=locked,
        kind="reissued",
        by=by,
        previous_name=previous,
        new_name=new_name,
        reason=reason.strip(),
    )
    return locked


def certificates_name_erase(*, user) -> int:
    """On erasure of an account: its certificates keep verifying (code, course, date) but no
    longer show the name, nor do their histories. Returns how many were changed."""
    certificates = Certificate.objects.filter(enrolment__user=user)
    CertificateEvent.objects.filter(certificate__in=certificates).update(
        previous_name="", new_name=""
    )
    now = timezone.now()
    ids = list(certificates.values_list("pk", flat=True))
    Certificate.objects.filter(pk__in=ids).update(name="", name_erased_at=now)
    CertificateEvent.objects.bulk_create(
        [CertificateEvent(certificate_id=pk, kind="erased") for pk in ids]
    )
    return len(ids)


def certificates_export(*, user) -> list[dict]:
    """The person's certificates, for their personal data download."""
    return [
        {
            "code": certificate.code_display,
            "name": certificate.name,
            "course_title": certificate.course_title,
            "language": certificate.language,
            "completed_on": certificate.completed_on,
            "session": certificate.session_title,
            "issued_at": certificate.issued_at,
            "reissued_at": certificate.reissued_at,
            "revoked_at": certificate.revoked_at,
            "revocation_reason": certificate.revocation_reason,
            "verify_url": selectors.verify_url(certificate.code),
            "history": [
                {
                    "what": event.kind,
                    "when": event.at,
                    "name_before": event.previous_name,
                    "name_after": event.new_name,
                    "reason": event.reason,
                }
                for event in certificate.events.all()
            ],
        }
        for certificate in Certificate.objects.filter(enrolment__user=user)
        .prefetch_related("events")
        .order_by("issued_at", "pk")
    ]


def certificate_sample(
    *, name: str, course: CoursePage, language: str | None = None, session_title: str = ""
) -> bytes:
    """A specimen certificate for ``name`` and ``course``, as it would be issued today, with
    a code of no real certificate: for trainers and operators to preview the design."""
    versions = _course_versions(course.translation_key) or {course.locale.language_code: course}
    language = language if language in versions else course.locale.language_code
    versions.setdefault(language, course)
    # An unsaved certificate: printed as an issued one is, from the same fields.
    specimen = Certificate(
        code=code_generate(),
        name=name,
        language=language,
        completed_on=timezone.localdate(),
        session_title=session_title,
        **_course_fields(versions[language], versions),
    )
    return certificate_render(specimen)


def certificate_render(certificate: Certificate) -> bytes:
    """The PDF of one certificate, from its frozen fields."""
    return certificate_pdf(selectors.certificate_render_data(certificate))


def certificate_pdf_size(certificate: Certificate) -> int:
    """The size of the certificate's PDF in bytes, rendered once and then kept in the cache
    until the certificate changes (a reissue under a corrected name)."""
    stamp = hashlib.sha256(
        f"{certificate.name}|{certificate.language}|{certificate.reissued_at}".encode()
    ).hexdigest()[:16]
    return cache.get_or_set(
        f"certificates:pdf-size:{certificate.pk}:{stamp}",
        lambda: len(certificate_render(certificate)),
        timeout=30 * 24 * 3600,
    )


def certificate_filename(certificate: Certificate) -> str:
    name = slugify(certificate.name, allow_unicode=False)[:60] or "certificate"
    return f"{name}-{certificate.code_display}.pdf"


class _Chunks:
    """A write-only file whose content is taken out as it is written: a ZIP streamed."""

    def __init__(self):
        self._parts = []

    def write(self, data) -> int:
        self._parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def take(self) -> bytes:
        data = b"".join(self._parts)
        self._parts.clear()
        return data


def render_processes() -> int:
    """How many processes render a session's certificates: CERTIFICATE_RENDER_PROCESSES
    (default 2), at most one per CPU core; 1 renders in this process."""
    wanted = getattr(settings, "CERTIFICATE_RENDER_PROCESSES", 2)
    return max(1, min(wanted, os.cpu_count() or 1))


# Below this many certificates, starting worker processes costs more than it saves.
POOL_THRESHOLD = 40


def _rendered(datas: list, processes: int) -> Iterator[bytes]:
    if processes <= 1 or len(datas) < POOL_THRESHOLD:
        yield from map(certificate_pdf, datas)
        return
    yield from pool.render_all(
        datas,
        processes=processes,
        media_root=str(settings.MEDIA_ROOT),
        static_root=settings.STATIC_ROOT and str(settings.STATIC_ROOT),
    )


def session_certificates_zip_stream(*, session, processes: int | None = None) -> Iterator[bytes]:
    """The valid certificates of a session as one ZIP, produced piece by piece (a browser
    download starts at once, however many there are), rendered over ``processes`` processes."""
    certificates = list(selectors.session_certificates(session=session))
    datas = [selectors.certificate_render_data(certificate) for certificate in certificates]
    names = [certificate_filename(certificate) for certificate in certificates]
    buffer = _Chunks()
    with zipfile.ZipFile(buffer, mode="w", compression=zipfile.ZIP_STORED) as archive:
        for name, pdf in zip(names, _rendered(datas, processes or render_processes()), strict=True):
            archive.writestr(name, pdf)  # PDFs are compressed already
            yield buffer.take()
    yield buffer.take()


def session_certificates_zip(*, session, target, processes: int | None = None) -> int:
    """Writes the session's ZIP to the file object ``target``; returns how many bytes."""
    size = 0
    for chunk in session_certificates_zip_stream(session=session, processes=processes):
        target.write(chunk)
        size += len(chunk)
    return size
