"""The audit log's record of signing in and of second factors, from Django's and allauth's
signals: sign-ins and failed sign-ins of the people of the administration, and every change of
a second factor. Connected once from the app's ``ready``."""

from allauth.account.models import EmailAddress
from allauth.account.signals import password_reset
from allauth.account.utils import filter_users_by_email
from allauth.mfa.signals import (
    authentication_failed,
    authenticator_added,
    authenticator_removed,
    authenticator_reset,
)
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.db.models.signals import m2m_changed
from wagtail.log_actions import get_active_log_context

from learning_platform.metrics import SIGN_INS_FAILED

from . import services
from .audit import audit_log
from .models import User


def _client_request(request):
    """``request`` when it came from a client (it has an address): ``Client.force_login`` in
    tests logs in with a bare request that has none."""
    if request is not None and request.META.get("REMOTE_ADDR"):
        return request
    return None


def signed_in(sender, *, request, user, **kwargs) -> None:
    """After the whole sign-in (password, then the second factor when there is one)."""
    if services.user_opens_admin(user=user):
        audit_log(action="lp.signin", instance=user, request=_client_request(request), user=user)


def sign_in_failed(sender, *, credentials, request=None, **kwargs) -> None:
    """A wrong password (Django sends the credentials with the password masked; it is never
    read here). Counted for the operator; recorded on the account whose email was tried, when
    it is staff."""
    SIGN_INS_FAILED.inc()
    email = credentials.get("email") or credentials.get("username") or ""
    if not isinstance(email, str) or not email.strip():
        return
    for user in filter_users_by_email(email.strip()):
        if services.user_opens_admin(user=user):
            audit_log(
                action="lp.signin_failed",
                instance=user,
                request=_client_request(request),
                user=None,
                data={"step": "password"},
            )


def second_step_failed(sender, *, request, user, authenticator=None, **kwargs) -> None:
    """A wrong code or key at the second step, after a right password."""
    SIGN_INS_FAILED.inc()
    if services.user_opens_admin(user=user):
        audit_log(
            action="lp.signin_failed",
            instance=user,
            request=_client_request(request),
            user=None,
            data={"step": "second factor", "type": getattr(authenticator, "type", "")},
        )


def _second_factor_changed(change: str):
    def receiver(sender, *, request, user, authenticator, **kwargs) -> None:
        audit_log(
            action="lp.mfa_change",
            instance=user,
            request=_client_request(request),
            user=user,
            data={"change": change, "type": authenticator.type},
        )

    return receiver


second_factor_added = _second_factor_changed("added")
second_factor_removed = _second_factor_changed("removed")
second_factor_reset = _second_factor_changed("reset")


def connect() -> None:
    """Connects the receivers; called once from the app's ``ready``."""
    user_logged_in.connect(signed_in, dispatch_uid="accounts.audit.signed_in")
    user_login_failed.connect(sign_in_failed, dispatch_uid="accounts.audit.sign_in_failed")
    authentication_failed.connect(
        second_step_failed, dispatch_uid="accounts.audit.second_step_failed"
    )
    authenticator_added.connect(second_factor_added, dispatch_uid="accounts.audit.mfa_added")
    authenticator_removed.connect(second_factor_removed, dispatch_uid="accounts.audit.mfa_removed")
    authenticator_reset.connect(second_factor_reset, dispatch_uid="accounts.audit.mfa_reset")


# --- Roles, groups and verified addresses -----------------------------------------------------


def _acting_user():
    """Who is acting: the person of the admin request under way (Wagtail's log context), if
    any; nobody for a command, a migration or a task."""
    return get_active_log_context().user


def _groups_log(user, change: str, names: list[str]) -> None:
    audit_log(
        action="lp.groups_change",
        instance=user,
        user=_acting_user(),
        data={change: sorted(names)},
    )


def groups_changed(sender, *, instance, action, reverse, pk_set, **kwargs) -> None:
    """A person's groups (their roles) changed, from either side: ``user.groups.add(...)`` (the
    admin's user form sets them so) or ``group.user_set.add(...)``. One entry per person, with
    the names of the groups added or removed; ``clear()`` is read before it empties them."""
    if action == "pre_clear":
        related = instance.user_set if reverse else instance.groups
        instance._groups_cleared = set(related.values_list("pk", flat=True))
        return
    if action == "post_clear":
        pk_set = instance.__dict__.pop("_groups_cleared", set())
    elif action not in ("post_add", "post_remove"):
        return
    if not pk_set:
        return
    change = "added" if action == "post_add" else "removed"
    if reverse:  # ``instance`` is the group; ``pk_set`` the people
        for user in User.objects.filter(pk__in=pk_set):
            _groups_log(user, change, [instance.name])
    else:
        _groups_log(
            instance,
            change,
            list(Group.objects.filter(pk__in=pk_set).values_list("name", flat=True)),
        )


def password_reset_verifies_address(sender, *, request, user, **kwargs) -> None:
    """Setting a password from the link of a reset email (or of an invitation, which is one)
    proves that the person reads the address: it counts as verified, so an invited trainee's
    first login asks for no second email. Only when the account has that one address, the one
    the link can have gone to."""
    addresses = list(EmailAddress.objects.filter(user=user))
    if len(addresses) == 1 and addresses[0].email.lower() == user.email.lower():
        EmailAddress.objects.filter(pk=addresses[0].pk, verified=False).update(verified=True)


def connect_role_changes() -> None:
    """Connects the receivers of this section; called once from the app's ``ready``."""
    m2m_changed.connect(
        groups_changed, sender=User.groups.through, dispatch_uid="accounts.audit.groups_changed"
    )
    password_reset.connect(
        password_reset_verifies_address, dispatch_uid="accounts.password_reset_verifies_address"
    )
