from django import forms
from django.utils.translation import gettext_lazy as _


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown on the public verify page."),
    )


class ReissueForm(forms.Form):
    name = forms.CharField(
        label=_("Name as printed"),
        max_length=200,
        help_text=_("The corrected name. The code stays the same."),
    )
    reason = forms.CharField(
        label=_("Why"), max_length=2000, required=False, help_text=_("Kept in the history.")
    )
