"""The links that give the use of an account: made by the worker as it sends, never stored.

A password-reset, address-verification or invitation email is queued with
``SECRET_LINK_PLACEHOLDER`` where its link goes and ``OutboxEmail.secret_link`` naming the link;
``secret_link_url`` makes it from the row at each sending, in the email's language. The outbox,
its backups and the email log thus hold no working token. Each maker is a function of the row,
registered in ``SECRET_LINKS`` under the name the row gives."""

from collections.abc import Callable

from allauth.account import app_settings as allauth_settings
from allauth.account.models import EmailAddress, EmailConfirmation, EmailConfirmationHMAC
from allauth.account.utils import user_pk_to_url_str
from django.urls import reverse
from django.utils import translation

from learning_platform.links import absolute_url

from .models import OutboxEmail

# Where the link goes in a stored subject or body. Only characters that HTML escaping and
# allauth's templates leave as they are.
SECRET_LINK_PLACEHOLDER = "[[secret-link]]"  # noqa: S105 - a marker, not a secret


class SecretLinkUnavailable(Exception):
    """The link can no longer be made (the account or the address is gone, or verified)."""


def _password_reset_url(email: OutboxEmail) -> str:
    """allauth's "choose a new password" link for the recipient, with a token made now (it
    stops working once the password is set, or after PASSWORD_RESET_TIMEOUT)."""
    user = email.recipient
    if user is None or not user.is_active:
        raise SecretLinkUnavailable("the recipient's account is gone")
    token = allauth_settings.PASSWORD_RESET_TOKEN_GENERATOR().make_token(user)
    with translation.override(email.language):
        path = reverse(
            "account_reset_password_from_key",
            kwargs={"uidb36": user_pk_to_url_str(user), "key": token},
        )
    return absolute_url(path)


def _email_confirmation_url(email: OutboxEmail) -> str:
    """allauth's verification link for the related address. With ACCOUNT_EMAIL_CONFIRMATION_HMAC
    (the default) its key is a signature of the address made now, that nothing stores."""
    address = email.related
    if not isinstance(address, EmailAddress):
        raise SecretLinkUnavailable("the address to verify is gone")
    if address.verified:
        raise SecretLinkUnavailable("the address is verified already")
    if allauth_settings.EMAIL_CONFIRMATION_HMAC:
        key = EmailConfirmationHMAC(address).key
    else:  # allauth keeps such keys in its own table: a new one for this sending
        confirmation = EmailConfirmation.create(address)
        confirmation.sent = confirmation.created
        confirmation.save(update_fields=["sent"])
        key = confirmation.key
    with translation.override(email.language):
        path = reverse("account_confirm_email", args=[key])
    return absolute_url(path)


SECRET_LINKS: dict[str, Callable[[OutboxEmail], str]] = {
    "password_reset": _password_reset_url,
    "email_confirmation": _email_confirmation_url,
}


def secret_link_url(email: OutboxEmail) -> str:
    """The link that ``email`` names in ``secret_link``, made now. Raises
    SecretLinkUnavailable when it cannot be made any more."""
    return SECRET_LINKS[email.secret_link](email)
