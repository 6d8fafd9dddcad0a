"""django-allauth's emails (address verification, password reset) through the outbox, in the
recipient's language. Named in settings.ACCOUNT_ADAPTER; it lives here because accounts, the
bottom layer, must not import notifications.

The links that give the use of the account (a password reset, an address verification) are
rendered as SECRET_LINK_PLACEHOLDER, and the worker makes them as it sends
(notifications/links.py): the outbox never holds them."""

import uuid

from allauth.account import app_settings as allauth_settings
from allauth.account.utils import filter_users_by_email
from allauth.core import context as allauth_context
from django.contrib.sites.shortcuts import get_current_site
from django.utils import translation

from learning_platform.accounts.adapter import AccountAdapter, url_in_language

from .links import SECRET_LINK_PLACEHOLDER
from .services import email_queue_rendered

# Context values of allauth's emails that hold a link or key giving the use of the account.
SECRET_CONTEXT = ("password_reset_url", "activate_url", "key")
# Links to plain pages (no secret), put in the recipient's language.
PAGE_LINK_CONTEXT = ("password_reset_url", "signup_url")


class OutboxAccountAdapter(AccountAdapter):
    def send_password_reset_mail(self, user, email: str, context: dict) -> None:
        """The reset email with a placeholder for its link; the worker makes the link."""
        self._queue(
            "account/email/password_reset_key",
            email,
            {**context, **dict.fromkeys(SECRET_CONTEXT, SECRET_LINK_PLACEHOLDER)},
            user=user,
            secret_link="password_reset",  # noqa: S106 - names the link, holds none
        )

    def send_confirmation_mail(self, request, emailconfirmation, signup: bool) -> None:
        """The verification email with a placeholder for its link; the worker makes the link
        for the address (with allauth's default HMAC keys, a key that nothing stores)."""
        if allauth_settings.EMAIL_VERIFICATION_BY_CODE_ENABLED:
            # A code typed in the open browser window: allauth keeps it in the session.
            super().send_confirmation_mail(request, emailconfirmation, signup)
            return
        address = emailconfirmation.email_address
        self._queue(
            "account/email/email_confirmation_signup"
            if signup
            else "account/email/email_confirmation",
            address.email,
            {"user": address.user, **dict.fromkeys(SECRET_CONTEXT, SECRET_LINK_PLACEHOLDER)},
            user=address.user,
            secret_link="email_confirmation",  # noqa: S106 - names the link, holds none
            related=address,
        )

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        if any(
            context.get(name) not in (None, SECRET_LINK_PLACEHOLDER)
            for name in ("activate_url", "key")
        ) or template_prefix.endswith("/password_reset_key"):
            # Only send_password_reset_mail and send_confirmation_mail queue those.
            raise ValueError(f"{template_prefix}: a secret link would be stored in the outbox")
        self._queue(template_prefix, email, context)

    def _queue(
        self,
        template_prefix: str,
        email: str,
        context: dict,
        *,
        user=None,
        secret_link: str = "",
        related=None,
    ) -> None:
        user = user or context.get("user") or next(iter(filter_users_by_email(email)), None)
        language = getattr(user, "preferred_language", None) or translation.get_language()
        if not secret_link:
            context = {
                **context,
                **{
                    name: url_in_language(context[name], language)
                    for name in PAGE_LINK_CONTEXT
                    if context.get(name)
                },
            }
        request = allauth_context.request
        with translation.override(language):
            message = self.render_mail(
                template_prefix,
                email,
                {
                    "request": request,
                    "email": email,
                    "current_site": get_current_site(request),
                    **context,
                },
            )
        html = next(
            (
                content
                for content, mimetype in getattr(message, "alternatives", [])
                if mimetype == "text/html"
            ),
            "",
        )
        email_queue_rendered(
            kind="account",
            to_email=email,
            user=user,
            language=language,
            # Each account email is its own event: a second reset request sends a second email.
            dedup_key=f"account:{template_prefix.rsplit('/', 1)[-1]}:{uuid.uuid4()}",
            subject=" ".join(message.subject.split()),
            body_text=message.body,
            body_html=html if isinstance(html, str) else "",
            related=related,
            secret_link=secret_link,
        )
