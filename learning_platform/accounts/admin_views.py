"""Our pages of the Wagtail admin: the "Account" page with our user model's one full name, the
login and password reset that lead to allauth's, and an administrator's reset of someone's
second factor."""

from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME, get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.admin.views import account as wagtail_account

from . import services


class NameEmailForm(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not wagtail_account.email_management_enabled():
            del self.fields["email"]

    class Meta:
        model = get_user_model()
        fields = ["full_name", "email"]


class NameEmailSettingsPanel(wagtail_account.NameEmailSettingsPanel):
    form_class = NameEmailForm


class AccountView(wagtail_account.AccountView):
    def get_panels(self):
        return [
            NameEmailSettingsPanel(self.request, panel.user, panel.profile)
            if panel.name == NameEmailSettingsPanel.name
            else panel
            for panel in super().get_panels()
        ]


def admin_login_redirect(request):
    """Wagtail's admin login, replaced: whatever the method and the data, it sends to allauth's
    login (with the page asked for), which has the rate limits and the second step. No password
    is read here, so this page answers the same for a right and a wrong one."""
    next_url = request.GET.get(REDIRECT_FIELD_NAME) or reverse("wagtailadmin_home")
    return redirect(f"{reverse('account_login')}?{urlencode({REDIRECT_FIELD_NAME: next_url})}")


def admin_password_reset_redirect(request):
    """Wagtail's admin password reset, replaced by allauth's (through the outbox)."""
    return redirect("account_reset_password")


@require_http_methods(["GET", "POST"])
def user_second_factor_reset(request, pk):
    """An administrator removes another person's second factor (they lost their phone or their
    key): a page that says what will go, and its POST that removes it. Superusers only."""
    if not request.user.is_superuser:
        raise PermissionDenied
    person = get_object_or_404(get_user_model(), pk=pk)
    edit_url = reverse("wagtailusers_users:edit", args=[person.pk])
    if person == request.user:
        messages.error(request, _("Change your own second factor from your account pages."))
        return redirect(edit_url)
    if request.method == "POST":
        removed = services.user_second_factor_reset(user=person, request=request)
        if removed:
            messages.success(
                request,
                _("The second factor of %(name)s is reset.") % {"name": person.full_name},
            )
        else:
            messages.info(request, _("%(name)s had no second factor.") % {"name": person.full_name})
        return redirect(edit_url)
    return TemplateResponse(
        request,
        "accounts/admin/second_factor_reset.html",
        {
            "person": person,
            "authenticators": person.authenticator_set.order_by("type", "created_at"),
            "edit_url": edit_url,
            "page_title": _("Reset the second factor"),
            "page_subtitle": person.full_name or person.email,
            "header_icon": "key",
        },
    )
