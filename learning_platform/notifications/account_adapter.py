"""django-allauth's emails (address verification, password reset) through the outbox, in the
recipient's language. Named in settings.ACCOUNT_ADAPTER; it lives here because accounts, the
bottom layer, must not import notifications."""

import uuid

from allauth.account.utils import filter_users_by_email
from allauth.core import context as allauth_context
from django.contrib.sites.shortcuts import get_current_site
from django.utils import translation

from learning_platform.accounts.adapter import AccountAdapter

from .services import email_queue_rendered


class OutboxAccountAdapter(AccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        user = context.get("user") or next(iter(filter_users_by_email(email)), None)
        language = getattr(user, "preferred_language", None) or translation.get_language()
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
        )
