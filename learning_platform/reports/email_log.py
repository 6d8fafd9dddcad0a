"""The email log in the Wagtail admin: what the outbox sent, read and sent again, by those in
scope (learning/access.py): coordinators and trainers see the course emails of the trainees of
their sessions, superusers every email, account emails included, with their links shown as a
note (the outbox never holds them)."""

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from learning_platform.accounts.audit import AuditedExportMixin, audit_log
from learning_platform.exports import SafeSpreadsheetExportMixin
from learning_platform.learning import access
from learning_platform.notifications import services as notification_services
from learning_platform.notifications.models import (
    EMAIL_KIND_CHOICES,
    EMAIL_STATUS_CHOICES,
    FAILED,
    SENT,
    OutboxEmail,
)
from learning_platform.notifications.selectors import outbox_email_display

VIEW_PERMISSION = "notifications.view_outboxemail"
RESEND_PERMISSION = "notifications.change_outboxemail"


def may_read_email_log(user) -> bool:
    return access.may_report(user) and access.may_act(user, VIEW_PERMISSION)


def _email_in_scope_or_404(request, email_id) -> OutboxEmail:
    if not may_read_email_log(request.user):
        raise PermissionDenied
    return get_object_or_404(access.emails_in_scope(request.user), pk=email_id)


class OutboxFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=gettext_lazy("Status"), choices=EMAIL_STATUS_CHOICES)
    kind = django_filters.ChoiceFilter(label=gettext_lazy("Kind"), choices=EMAIL_KIND_CHOICES)

    class Meta:
        model = OutboxEmail
        fields = ["status", "kind"]


class OutboxView(AuditedExportMixin, SafeSpreadsheetExportMixin, ReportView):
    page_title = gettext_lazy("Emails")
    header_icon = "mail"
    index_url_name = "outbox"
    index_results_url_name = "outbox_results"
    filterset_class = OutboxFilterSet
    export_filename = "emails"
    list_export = ["created_at", "kind", "to_email", "subject", "status", "attempts", "sent_at"]
    columns = [
        TitleColumn(
            "subject",
            label=gettext_lazy("Subject"),
            get_url=lambda email: reverse("outbox_email", args=[email.pk]),
        ),
        Column("to_email", label=gettext_lazy("To")),
        Column("kind", label=gettext_lazy("Kind"), accessor="get_kind_display"),
        StatusTagColumn(
            "status",
            label=gettext_lazy("Status"),
            accessor="get_status_display",
            primary=lambda email: email.status == SENT,
        ),
        Column("attempts", label=gettext_lazy("Attempts")),
        DateColumn("created_at", label=gettext_lazy("Queued")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not may_read_email_log(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return (
            access.emails_in_scope(self.request.user)
            .defer("body_text", "body_html")
            .order_by("-created_at", "-pk")
        )


def email_detail(request, email_id):
    email = _email_in_scope_or_404(request, email_id)
    subject, body_text, body_html = outbox_email_display(email=email)
    return TemplateResponse(
        request,
        "reports/email_detail.html",
        {
            "email": email,
            "subject": subject,
            "body_text": body_text,
            "body_html": body_html,
            "can_resend": email.status == FAILED
            and access.may_act(request.user, RESEND_PERMISSION),
        },
    )


@require_POST
def email_resend(request, email_id):
    email = _email_in_scope_or_404(request, email_id)
    if not access.may_act(request.user, RESEND_PERMISSION):
        raise PermissionDenied
    notification_services.email_resend(email=email)
    audit_log(action="lp.email_resend", instance=email, request=request)
    messages.success(request, _("The email is queued to be sent again."))
    return redirect("outbox_email", email_id=email.pk)
