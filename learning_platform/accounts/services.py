"""Writes about people: their profile and their consent to the privacy notice.

Sign-up (django-allauth) and the profile page call these; they hold no logic of their own.
"""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import User

# What a person may change about themselves. The email address has its own pages (allauth's),
# where a new address is verified before it is used.
PROFILE_FIELDS = (
    "full_name",
    "country",
    "organisation",
    "organisation_type",
    "gender",
    "preferred_language",
)


def _profile_set(*, user: User, values: dict) -> list[str]:
    """Puts the profile values on the user, validates them, and returns the changed fields."""
    changed = [name for name in PROFILE_FIELDS if getattr(user, name) != values[name]]
    for name in PROFILE_FIELDS:
        setattr(user, name, values[name])
    other_fields = [field.name for field in User._meta.concrete_fields]
    user.clean_fields(exclude=[name for name in other_fields if name not in PROFILE_FIELDS])
    return changed


def user_profile_update(
    *,
    user: User,
    full_name: str,
    country: str,
    organisation: str,
    organisation_type: str,
    gender: str,
    preferred_language: str,
) -> list[str]:
    """Saves a person's own profile; returns the names of the fields that changed.

    The name is kept exactly as typed, in any script: it is the name printed on the
    certificates issued from now on (certificates already issued keep theirs).
    """
    changed = _profile_set(
        user=user,
        values={
            "full_name": full_name,
            "country": country,
            "organisation": organisation,
            "organisation_type": organisation_type,
            "gender": gender,
            "preferred_language": preferred_language,
        },
    )
    if changed:
        user.save(update_fields=changed)
    return changed


def user_signup_complete(
    *,
    user: User,
    full_name: str,
    country: str,
    organisation: str,
    organisation_type: str,
    gender: str,
    preferred_language: str,
    privacy_accepted: bool,
    accepted_at: datetime | None = None,
) -> User:
    """Completes a new account with its profile and the time its owner accepted the privacy notice.

    Nobody gets an account without accepting the notice: the platform keeps personal data
    only on that basis.
    """
    if not privacy_accepted:
        raise ValidationError(
            _("You must accept the privacy notice to create an account."), code="no_consent"
        )
    _profile_set(
        user=user,
        values={
            "full_name": full_name,
            "country": country,
            "organisation": organisation,
            "organisation_type": organisation_type,
            "gender": gender,
            "preferred_language": preferred_language,
        },
    )
    user.privacy_accepted_at = accepted_at or timezone.now()
    user.save(update_fields=[*PROFILE_FIELDS, "privacy_accepted_at"])
    return user
