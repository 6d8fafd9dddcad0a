"""The outbox in the Wagtail admin: coordinators see what was sent, read it, resend failures."""

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
from wagtail.permission_policies import ModelPermissionPolicy

from . import services
from .models import EMAIL_KIND_CHOICES, EMAIL_STATUS_CHOICES, FAILED, SENT, OutboxEmail

permission_policy = ModelPermissionPolicy(OutboxEmail)


class OutboxFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=gettext_lazy("Status"), choices=EMAIL_STATUS_CHOICES)
    kind = django_filters.ChoiceFilter(label=gettext_lazy("Kind"), choices=EMAIL_KIND_CHOICES)

    class Meta:
        model = OutboxEmail
        fields = ["status", "kind"]


class OutboxView(ReportView):
    page_title = gettext_lazy("Emails")
    header_icon = "mail"
    index_url_name = "outbox"
    index_results_url_name = "outbox_results"
    permission_policy = permission_policy
    permission_required = "view"
    filterset_class = OutboxFilterSet
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

    def get_queryset(self):
        return OutboxEmail.objects.order_by("-created_at")


def email_detail(request, email_id):
    if not permission_policy.user_has_permission(request.user, "view"):
        raise PermissionDenied
    email = get_object_or_404(OutboxEmail, pk=email_id)
    return TemplateResponse(
        request,
        "notifications/email_detail.html",
        {
            "email": email,
            "can_resend": email.status == FAILED
            and permission_policy.user_has_permission(request.user, "change"),
        },
    )


@require_POST
def email_resend(request, email_id):
    if not permission_policy.user_has_permission(request.user, "change"):
        raise PermissionDenied
    email = get_object_or_404(OutboxEmail, pk=email_id)
    services.email_resend(email=email)
    messages.success(request, _("The email is queued to be sent again."))
    return redirect("outbox_email", email_id=email.pk)
