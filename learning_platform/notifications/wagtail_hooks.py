from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views


@hooks.register("register_admin_urls")
def register_outbox_urls():
    return [
        path("emails/", views.OutboxView.as_view(), name="outbox"),
        path("emails/results/", views.OutboxView.as_view(results_only=True), name="outbox_results"),
        path("emails/<int:email_id>/", views.email_detail, name="outbox_email"),
        path("emails/<int:email_id>/resend/", views.email_resend, name="outbox_email_resend"),
    ]


class OutboxMenuItem(MenuItem):
    def is_shown(self, request):
        return views.permission_policy.user_has_permission(request.user, "view")


@hooks.register("register_reports_menu_item")
def register_outbox_menu_item():
    return OutboxMenuItem(_("Emails"), reverse("outbox"), icon_name="mail", order=60)
