"""Forms for people: sign-up and the profile page, and the Wagtail admin's user forms.

Sign-up and the profile page ask the same profile fields, made from the User model so that
labels, help texts and choices are written once. The forms only validate; the writes are in
services.py.
"""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.conf import settings
from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.users import forms as wagtail_forms

from . import services
from .models import LANGUAGE_CHOICES, User

# The Wagtail admin also edits the email address.
ADMIN_PROFILE_FIELDS = {
    "email",
    "full_name",
    "country",
    "organisation",
    "organisation_type",
    "gender",
    "preferred_language",
}

# Reports disaggregate by country and type of organisation, so trainees are asked for them;
# gender stays optional (with "Prefer not to say").
REQUIRED_PROFILE_FIELDS = ("full_name", "country", "organisation", "organisation_type")

AUTOCOMPLETE = {"full_name": "name", "country": "country", "organisation": "organization"}


def language_choices(*, keep: str = "") -> list[tuple[str, str]]:
    """The languages a person can choose: those the interface is offered in, each named in
    itself (as the language switcher does), so that everyone finds their own.

    ``keep`` adds a language that is no longer offered but that the person has, so that
    saving their profile does not change it behind their back.
    """
    offered = {code for code, _name in settings.LANGUAGES}
    return [
        (code, capfirst(get_language_info(code)["name_local"]))
        for code, _name in LANGUAGE_CHOICES
        if code in offered or code == keep
    ]


def profile_form_fields(*, preferred_language: str = "") -> dict[str, forms.Field]:
    """The profile fields as a person fills them in, in the order they are asked."""
    fields = forms.fields_for_model(User, fields=services.PROFILE_FIELDS)
    for name in REQUIRED_PROFILE_FIELDS:
        fields[name].required = True
    for name, token in AUTOCOMPLETE.items():
        fields[name].widget.attrs["autocomplete"] = token
    fields["preferred_language"].choices = language_choices(keep=preferred_language)
    return fields


def interface_language() -> str:
    """The current interface language if a person can choose it, else the default one."""
    current = (get_language() or "").split("-")[0]
    offered = [code for code, _name in language_choices()]
    return current if current in offered else settings.LANGUAGE_CODE


def privacy_consent_field(refusal: str) -> forms.BooleanField:
    """The box to tick, with a link to the notice; ``refusal`` says why it must be ticked."""
    return forms.BooleanField(
        label=_("I have read the privacy notice and I agree to it"),
        label_suffix="",
        help_text=format_html(
            '<a href="{}" target="_blank">{}</a>',
            reverse("privacy_notice"),
            _("Read the privacy notice (opens in a new tab)"),
        ),
        error_messages={"required": refusal},
    )


class SignupForm(AllauthSignupForm):
    """allauth's sign-up (email and password) with the profile and consent to the privacy notice.

    Named in settings.ACCOUNT_FORMS; allauth calls ``signup()`` once the user row exists.
    """

    field_order = ["email", "password1", "password2", *services.PROFILE_FIELDS, "privacy_consent"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.update(profile_form_fields())
        self.fields["preferred_language"].initial = interface_language()
        self.fields["privacy_consent"] = privacy_consent_field(
            _("You must accept the privacy notice to create an account.")
        )
        self.order_fields(self.field_order)

    def save(self, request):
        # The account, its profile and its email address are written together or not at all.
        with transaction.atomic():
            return super().save(request)

    def try_save(self, request):
        try:
            return super().try_save(request)
        except IntegrityError:
            # The same sign-up sent twice at once (a double click on a slow line): the other
            # request made the account a moment ago, and this one is shown the login page.
            messages.info(request, _("Your account is ready: log in with your email address."))
            return None, HttpResponseRedirect(reverse("account_login"))

    def signup(self, request, user):
        data = self.cleaned_data
        services.user_signup_complete(
            user=user,
            profile={name: data[name] for name in services.PROFILE_FIELDS},
            privacy_accepted=data["privacy_consent"],
        )


class PrivacyConsentForm(forms.Form):
    """Consent to the privacy notice, for a person whose account was made for them."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["privacy_consent"] = privacy_consent_field(
            _("Tick the box to accept the privacy notice, or erase your account.")
        )


class ProfileForm(forms.Form):
    """A person's own profile. Not the email address nor the password: allauth's pages do those."""

    def __init__(self, *args, user: User, **kwargs):
        profile = {name: getattr(user, name) for name in services.PROFILE_FIELDS}
        kwargs["initial"] = {**profile, "country": user.country.code, **kwargs.get("initial", {})}
        super().__init__(*args, **kwargs)
        self.fields.update(profile_form_fields(preferred_language=user.preferred_language))


# --- Wagtail admin ------------------------------------------------------------------------


class UserCreationForm(wagtail_forms.UserCreationForm):
    first_name = None
    last_name = None

    class Meta(wagtail_forms.UserCreationForm.Meta):
        fields = ADMIN_PROFILE_FIELDS | {"is_superuser", "groups"}


class UserEditForm(wagtail_forms.UserEditForm):
    first_name = None
    last_name = None

    class Meta(wagtail_forms.UserEditForm.Meta):
        fields = ADMIN_PROFILE_FIELDS | {"is_active", "is_superuser", "groups"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.erased_at is not None:
            self.fields["full_name"].required = False  # an erased account has no name left


class AccountEraseForm(forms.Form):
    """Confirms the erasure of one's own account by typing one's password, or one's email
    address when the account has no password."""

    confirmation = forms.CharField(strip=False)

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        field = self.fields["confirmation"]
        if user.has_usable_password():
            field.label = _("Your password")
            field.help_text = _("Type your password to confirm that you erase your account.")
            field.widget = forms.PasswordInput(attrs={"autocomplete": "current-password"})
        else:
            field.label = _("Your email address")
            field.help_text = _("Type your email address to confirm that you erase your account.")
            field.widget = forms.EmailInput(attrs={"autocomplete": "email"})

    def clean_confirmation(self):
        typed = self.cleaned_data["confirmation"]
        if self.user.has_usable_password():
            if not self.user.check_password(typed):
                raise forms.ValidationError(
                    _("This is not your password. Your account has not been erased."),
                    code="wrong_password",
                )
        elif typed.strip().lower() != self.user.email.lower():
            raise forms.ValidationError(
                _("This is not your email address. Your account has not been erased."),
                code="wrong_email",
            )
        return typed
