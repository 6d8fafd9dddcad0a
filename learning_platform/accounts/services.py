"""Writes about people: their profile, their consent to the privacy notice, the download of
their data and the erasure of their account.

Sign-up (django-allauth), the profile page and the data pages call these; they hold no logic of
their own.
"""

import secrets
from collections.abc import Mapping
from datetime import datetime

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.db import transaction
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.users.models import UserProfile

from .audit import audit_log
from .models import User
from .signals import personal_data_requested, user_erased

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


def user_profile_update(*, user: User, profile: Mapping) -> list[str]:
    """Saves a person's own profile; returns the names of the fields that changed.

    The name is kept exactly as typed, in any script: it is the name printed on the
    certificates issued from now on (certificates already issued keep theirs).
    """
    changed = _profile_set(user=user, values=profile)
    if changed:
        user.save(update_fields=changed)
    return changed


def user_signup_complete(
    *, user: User, profile: Mapping, privacy_accepted: bool, accepted_at: datetime | None = None
) -> User:
    """Completes a new account with its profile and the time its owner accepted the privacy notice.

    Nobody gets an account without accepting the notice: the platform keeps personal data
    only on that basis.
    """
    if not privacy_accepted:
        raise ValidationError(
            _("You must accept the privacy notice to create an account."), code="no_consent"
        )
    _profile_set(user=user, values=profile)
    user.privacy_accepted_at = accepted_at or timezone.now()
    user.save(update_fields=[*PROFILE_FIELDS, "privacy_accepted_at"])
    return user


def user_privacy_accept(*, user: User) -> User:
    """Records that a person whose account was made for them (a coordinator's bulk enrolment)
    has now accepted the privacy notice. The first acceptance is the one kept."""
    if user.privacy_accepted_at is None:
        user.privacy_accepted_at = timezone.now()
        user.save(update_fields=["privacy_accepted_at"])
    return user


def user_needs_privacy_consent(*, user) -> bool:
    """Whether ``user`` must accept the privacy notice before going on: trainees who have not
    yet (their account was made for them). People of the administration are bound otherwise."""
    return (
        user.is_authenticated
        and user.privacy_accepted_at is None
        and not user.is_staff
        and not user.has_perm("wagtailadmin.access_admin")
    )


# --- Second factor -----------------------------------------------------------------------

# The authenticators that are a second factor; recovery codes only stand in for one of them.
SECOND_FACTOR_TYPES = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)


def user_opens_admin(*, user) -> bool:
    """Whether ``user`` has a part in the administration: staff, superusers, and whoever may
    open the Wagtail admin (the Trainers and Coordinators groups)."""
    return user.is_authenticated and (
        user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin")
    )


def user_has_second_factor(*, user) -> bool:
    """Asked once per user object, so once per request: the admin's gate and the scope of
    learner records (learning/access.py) both ask it. Setting one up happens on allauth's
    pages, which redirect afterwards, so a request never needs the answer to change."""
    if not hasattr(user, "_has_second_factor"):
        user._has_second_factor = Authenticator.objects.filter(
            user=user, type__in=SECOND_FACTOR_TYPES
        ).exists()
    return user._has_second_factor


def user_needs_second_factor(*, user) -> bool:
    """Whether ``user`` must set up a second factor before the admin opens: people of the
    administration who have none (an authenticator app or a security key)."""
    return user_opens_admin(user=user) and not user_has_second_factor(user=user)


@transaction.atomic
def user_second_factor_reset(*, user: User, request) -> int:
    """Removes every authenticator of ``user`` (app, security keys, recovery codes), for a
    person who lost them, and records who did it. Returns how many were removed.

    Their next password sign-in has no second step; if they are staff, they set up a new
    second factor before the admin opens. The caller checks that the request's user is a
    superuser."""
    authenticators = Authenticator.objects.select_for_update().filter(user=user)
    types = sorted({authenticator.type for authenticator in authenticators})
    removed, _by_model = authenticators.delete()
    user.__dict__.pop("_has_second_factor", None)
    audit_log(action="lp.mfa_reset", instance=user, request=request, data={"removed": types})
    return removed


# --- Personal data: download and erasure --------------------------------------------------

# User fields that are not about the person but about how the platform handles the account.
# Every other field is in the download, so a field added later is in it too.
INTERNAL_FIELDS = frozenset(
    {"id", "password", "is_staff", "is_superuser", "is_active", "erased_at"}
)

ERASED_EMAIL_DOMAIN = "erased.invalid"  # .invalid never resolves (RFC 2606): no mail can leave


def _profile_export(*, user: User) -> dict:
    profile = {}
    for field in User._meta.concrete_fields:
        if field.name in INTERNAL_FIELDS:
            continue
        value = getattr(user, field.attname)
        if field.name == "country":
            value = value.code if value else ""
        profile[field.name] = value
    profile["roles"] = sorted(user.groups.values_list("name", flat=True))
    return profile


def _admin_preferences_export(*, user: User) -> dict | None:
    """The Wagtail admin's own settings for the person (language, time zone, avatar, theme),
    kept for those who use the admin."""
    preferences = UserProfile.objects.filter(user=user).first()
    if preferences is None:
        return None
    return {
        field.name: str(value) if isinstance(value, FieldFile) else value
        for field in UserProfile._meta.concrete_fields
        if field.name not in ("id", "user")
        for value in [getattr(preferences, field.attname)]
    }


def user_personal_data_export(*, user: User) -> dict:
    """Everything the platform keeps about ``user``, as JSON-serialisable values.

    The profile (every user field but the password and the account's internal flags) and the
    email addresses come from here; every other section comes from a receiver of
    ``personal_data_requested``, which returns ``(section_name, data)``. An error in a receiver
    is not hidden: a download with a section missing would look complete.
    """
    data = {
        "exported_at": timezone.now(),
        "profile": _profile_export(user=user),
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("-primary", "email")
        ],
        "admin_preferences": _admin_preferences_export(user=user),
    }
    for receiver, answer in personal_data_requested.send(sender=User, user=user):
        if answer is None:
            continue
        section, section_data = answer
        if section in data:
            raise ImproperlyConfigured(
                f"{receiver!r} answers personal_data_requested with the section {section!r}, "
                "which is already taken."
            )
        data[section] = section_data
    return data


def user_erase_check(*, user: User) -> None:
    """Raises ValidationError when ``user`` may not erase their own account.

    People with a part in the administration (staff, superusers, trainers and coordinators)
    are removed by an administrator, who first hands their courses and sessions over to
    someone else."""
    if user.erased_at is not None:
        raise ValidationError(_("This account has already been erased."), code="erased")
    if user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin"):
        raise ValidationError(
            _(
                "Your account gives access to the administration, so you cannot erase it "
                "yourself. Please ask an administrator to remove it."
            ),
            code="administrator",
        )


def _erased_email(user: User) -> str:
    # The id makes it unique; the random part keeps it from being guessed or reused by sign-up.
    return f"erased-{user.pk}-{secrets.token_hex(8)}@{ERASED_EMAIL_DOMAIN}"


@transaction.atomic
def user_erase(*, user: User) -> User:
    """Erases a person's account, at their request, in one transaction.

    The user row and its enrolments stay, so that participation counts stay right; what names
    or reaches the person goes: the name, the email address (replaced by a unique address that
    reaches no one), the organisation, the password, the allauth email addresses, the role
    groups, the second factors. The account can no longer log in, and its sessions end: they
    were signed with the old password (Django ends a session whose signature no longer
    matches) and the account is inactive. ``user_erased`` is sent inside the transaction, so
    that higher layers blank what they keep (certificates lose the name, keep their code).

    Raises ValidationError, changing nothing, when ``user_erase_check`` refuses.
    """
    user = User.objects.select_for_update().get(pk=user.pk)
    user_erase_check(user=user)
    user.full_name = ""
    user.email = _erased_email(user)
    user.organisation = ""
    user.set_unusable_password()
    user.is_active = False
    user.erased_at = timezone.now()
    # Kept on purpose: country, organisation_type and gender (with the enrolments they feed the
    # anonymous participation statistics by country, type of organisation and gender, and
    # without a name or email address they identify no one), preferred_language, date_joined
    # and privacy_accepted_at (the record of the consent the data was kept on).
    user.save(
        update_fields=[
            "full_name",
            "email",
            "organisation",
            "password",
            "is_active",
            "erased_at",
        ]
    )
    user.groups.clear()
    user.user_permissions.clear()
    EmailAddress.objects.filter(user=user).delete()  # with their pending confirmations
    Authenticator.objects.filter(user=user).delete()
    user_erased.send(sender=User, user=user)
    return user
