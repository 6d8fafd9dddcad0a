"""Certificates in the Wagtail admin: coordinators list those of their courses, revoke,
reissue after a name correction, and download a session's certificates as one ZIP."""

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy

from learning_platform.accounts.audit import AuditedExportMixin, audit_log
from learning_platform.learning import access
from learning_platform.learning.models import TrainingSession

from . import selectors, services
from .forms import ReissueForm, RevokeForm
from .models import Certificate

permission_policy = ModelPermissionPolicy(Certificate)

STATUS_CHOICES = (("valid", gettext_lazy("Valid")), ("revoked", gettext_lazy("Revoked")))


def _session_choices(request):
    if request is None:
        return TrainingSession.objects.none()
    return access.sessions_run_by(request.user)


class CertificateFilterSet(WagtailFilterSet):
    q = django_filters.CharFilter(label=gettext_lazy("Name or code"), method="filter_text")
    session = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Session"), field_name="enrolment__session", queryset=_session_choices
    )
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"), choices=STATUS_CHOICES, method="filter_status"
    )

    class Meta:
        model = Certificate
        fields = ["q", "session", "status"]

    def filter_text(self, queryset, name, value):
        code = value.replace("-", "").replace(" ", "").upper()
        return queryset.filter(Q(name__icontains=value) | Q(code__startswith=code))

    def filter_status(self, queryset, name, value):
        return queryset.filter(revoked_at__isnull=(value == "valid"))


class CertificateIndexView(AuditedExportMixin, ReportView):
    page_title = gettext_lazy("Certificates")
    header_icon = "form"
    index_url_name = "certificates_admin"
    index_results_url_name = "certificates_admin_results"
    permission_policy = permission_policy
    permission_required = "view"
    filterset_class = CertificateFilterSet
    list_export = ["code_display", "name", "course_title", "session_title", "completed_on"]
    list_export += ["issued_at", "reissued_at", "revoked_at", "revocation_reason"]
    columns = [
        TitleColumn(
            "code",
            label=gettext_lazy("Code"),
            accessor="code_display",
            get_url=lambda certificate: reverse("certificates_admin_detail", args=[certificate.pk]),
        ),
        Column("name", label=gettext_lazy("Name as printed")),
        Column("course_title", label=gettext_lazy("Course")),
        Column("session_title", label=gettext_lazy("Session")),
        StatusTagColumn(
            "revoked_at",
            label=gettext_lazy("Status"),
            accessor=lambda certificate: _("Revoked") if certificate.is_revoked else _("Valid"),
            primary=lambda certificate: not certificate.is_revoked,
        ),
        DateColumn("issued_at", label=gettext_lazy("Issued")),
    ]

    @property
    def header_buttons(self):
        return [
            HeaderButton(
                _("Sessions (ZIP downloads)"),
                url=reverse("certificates_admin_sessions"),
                icon_name="download",
            )
        ]

    def get_queryset(self):
        return selectors.certificates_managed_by(self.request.user).order_by("-issued_at", "-pk")


def _managed_certificate(request, certificate_id, action="view") -> Certificate:
    if not permission_policy.user_has_permission(request.user, action):
        raise PermissionDenied
    return get_object_or_404(selectors.certificates_managed_by(request.user), pk=certificate_id)


def certificate_detail(request, certificate_id):
    certificate = _managed_certificate(request, certificate_id)
    can_change = permission_policy.user_has_permission(request.user, "change")
    return TemplateResponse(
        request,
        "certificates/admin/detail.html",
        {
            "certificate": certificate,
            "events": certificate.events.select_related("by"),
            "can_change": can_change,
            "revoke_form": RevokeForm(),
            "reissue_form": ReissueForm(initial={"name": certificate.enrolment.user.full_name}),
            "verify_url": selectors.verify_url(certificate.code),
        },
    )


@require_POST
def certificate_revoke(request, certificate_id):
    certificate = _managed_certificate(request, certificate_id, "change")
    form = RevokeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the reason for revoking it."))
        return redirect("certificates_admin_detail", certificate_id=certificate.pk)
    try:
        services.certificate_revoke(
            certificate=certificate, reason=form.cleaned_data["reason"], by=request.user
        )
    except services.CertificateError as error:
        messages.error(request, error.message)
    else:
        audit_log(
            action="lp.certificate_revoke",
            instance=certificate,
            request=request,
            data={"reason": form.cleaned_data["reason"]},
        )
        messages.success(request, _("The certificate is revoked."))
    return redirect("certificates_admin_detail", certificate_id=certificate.pk)


@require_POST
def certificate_reissue(request, certificate_id):
    certificate = _managed_certificate(request, certificate_id, "change")
    form = ReissueForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the name to print."))
        return redirect("certificates_admin_detail", certificate_id=certificate.pk)
    try:
        services.certificate_reissue(
            certificate=certificate,
            name=form.cleaned_data["name"],
            reason=form.cleaned_data["reason"],
            by=request.user,
        )
    except services.CertificateError as error:
        messages.error(request, error.message)
    else:
        audit_log(
            action="lp.certificate_reissue",
            instance=certificate,
            request=request,
            data={"reason": form.cleaned_data["reason"]},
        )
        messages.success(request, _("The certificate is reissued with the same code."))
    return redirect("certificates_admin_detail", certificate_id=certificate.pk)


def certificate_pdf(request, certificate_id):
    certificate = _managed_certificate(request, certificate_id)
    response = HttpResponse(
        services.certificate_render(certificate), content_type="application/pdf"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{services.certificate_filename(certificate)}"'
    )
    response["Cache-Control"] = "private, no-store"
    return response


def sessions(request):
    if not permission_policy.user_has_permission(request.user, "view"):
        raise PermissionDenied
    rows = access.sessions_run_by(request.user).annotate(
        certificates=Count(
            "enrolments__certificate",
            filter=Q(enrolments__certificate__revoked_at__isnull=True),
        )
    )
    return TemplateResponse(request, "certificates/admin/sessions.html", {"sessions": rows})


def session_zip(request, session_id):
    """Every valid certificate of the session in one ZIP, streamed as it is rendered."""
    if not permission_policy.user_has_permission(request.user, "view"):
        raise PermissionDenied
    session = get_object_or_404(access.sessions_run_by(request.user), pk=session_id)
    response = StreamingHttpResponse(
        services.session_certificates_zip_stream(session=session), content_type="application/zip"
    )
    filename = f"certificates-{slugify(session.title) or session.pk}.zip"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response
