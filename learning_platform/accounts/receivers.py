"""The audit log's record of signing in and of second factors, from Django's and allauth's
signals: sign-ins and failed sign-ins of the people of the administration, and every change of
a second factor. Connected once from the app's ``ready``."""

from allauth.account.utils import filter_users_by_email
from allauth.mfa.signals import (
    authentication_failed,
    authenticator_added,
    authenticator_removed,
    authenticator_reset,
)
from django.contrib.auth.signals import user_logged_in, user_login_failed

from . import services
from .audit import audit_log


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
    read here). Recorded on the account whose email was tried, when it is staff."""
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
