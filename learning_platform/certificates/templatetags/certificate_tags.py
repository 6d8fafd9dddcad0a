"""Template tags through which pages of lower layers (learning's "My learning") show
certificates without importing this app."""

from django import template

from .. import selectors, services
from ..models import Certificate

register = template.Library()


@register.inclusion_tag("certificates/includes/my_certificates.html", takes_context=True)
def my_certificates(context):
    """The signed-in trainee's certificates with their download links: one query."""
    request = context.get("request")
    user = getattr(request, "user", None)
    certificates = selectors.user_certificates(user=user) if user is not None else []
    return {"certificates": certificates}


@register.inclusion_tag("certificates/includes/course_completed.html", takes_context=True)
def course_completed_panel(context, enrolment):
    """ "Course completed", with the certificate when the course gives one: its download (and
    its size, for trainees on paid data), its verify link, and where it is kept."""
    try:
        certificate = enrolment.certificate
    except Certificate.DoesNotExist:
        certificate = None
    if certificate is not None and certificate.is_revoked:
        certificate = None
    return {
        "enrolment": enrolment,
        "certificate": certificate,
        "pdf_size": services.certificate_pdf_size(certificate) if certificate else None,
        "verify_url": selectors.verify_url(certificate.code) if certificate else "",
    }
