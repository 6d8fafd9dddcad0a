"""The site's language middleware."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a "not found" from a view outside the language prefix (the admin,
    the short verify address) stays a plain 404.

    Django tries a 404 again under a language prefix and redirects there when that path
    resolves; with Wagtail's page serving as the last language-prefixed pattern, every path
    does, so a certificate or an email that is not someone's to see was answered with a
    redirect to ``/en/admin/...``. Only a path that no view took is worth that retry."""

    def process_response(self, request, response):
        if (
            response.status_code == 404
            and getattr(request, "resolver_match", None) is not None
            and not translation.get_language_from_path(request.path_info)
        ):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
