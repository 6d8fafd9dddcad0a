"""How django-allauth behaves on this site (named in settings.ACCOUNT_ADAPTER)."""

from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation


def url_in_language(url: str, language: str | None) -> str:
    """``url`` in ``language``: the same page of the site with that language's prefix.

    The bare root ("/") becomes the home page in that language. A URL outside the
    language-prefixed part of the site (the admin, another host) is returned as it is.
    """
    if language not in dict(settings.LANGUAGES):
        return url
    path = urlsplit(url).path
    if path == "/":
        with translation.override(language):
            return reverse("wagtail_serve", args=[""])
    # translate_url() resolves the URL in the active language: activate the URL's own.
    with translation.override(translation.get_language_from_path(path)):
        return translate_url(url, language)


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        """After logging in, the page to go to in the person's preferred language.

        Only when no page was asked for: allauth follows a ``next`` parameter before it calls
        this, so a trainee sent to log in from a course page comes back to that page."""
        url = super().get_login_redirect_url(request)
        return url_in_language(url, request.user.preferred_language)

    def get_signup_redirect_url(self, request):
        """After signing up, as after logging in: the language the person has just chosen."""
        url = super().get_signup_redirect_url(request)
        return url_in_language(url, getattr(request.user, "preferred_language", None))
