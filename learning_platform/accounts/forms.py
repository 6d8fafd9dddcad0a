"""Wagtail admin forms for our user model: one full name instead of first and last names."""

from wagtail.users import forms as wagtail_forms

PROFILE_FIELDS = {
    "email",
    "full_name",
    "country",
    "organisation",
    "organisation_type",
    "gender",
    "preferred_language",
}


class UserCreationForm(wagtail_forms.UserCreationForm):
    first_name = None
    last_name = None

    class Meta(wagtail_forms.UserCreationForm.Meta):
        fields = PROFILE_FIELDS | {"is_superuser", "groups"}


class UserEditForm(wagtail_forms.UserEditForm):
    first_name = None
    last_name = None

    class Meta(wagtail_forms.UserEditForm.Meta):
        fields = PROFILE_FIELDS | {"is_active", "is_superuser", "groups"}
