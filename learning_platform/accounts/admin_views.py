"""Wagtail's "Account" page, with our user model's one full name instead of first and last."""

from django import forms
from django.contrib.auth import get_user_model
from wagtail.admin.views import account as wagtail_account


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
