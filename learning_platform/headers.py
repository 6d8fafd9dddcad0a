"""The security headers every response carries: one Content-Security-Policy for the site and
one for the Wagtail admin, a Permissions-Policy, and no caching of what a signed-in person sees.

The policies themselves are settings (``CONTENT_SECURITY_POLICY`` and
``ADMIN_CONTENT_SECURITY_POLICY``); this module only decides which one a response gets.
"""

from functools import cache

from csp.constants import SELF
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.urls import reverse


@cache
def _admin_prefix() -> str:
    return reverse("wagtailadmin_home")


def is_admin_path(path: str) -> bool:
    return path.startswith(_admin_prefix())


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy under the admin's prefix.

    Trainee pages send no script and no inline style, so their policy is strict. The Wagtail
    admin still needs inline styles and scripts of its own (and frames itself for the page
    preview): it gets what it needs there and nowhere else. A view can still adjust either
    policy with django-csp's decorators."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if getattr(request, "is_preview", False):
            # Wagtail renders a page's preview through the middleware as if it were served at
            # the page's own address: the site's policy, so that the preview shows what
            # trainees will get, but framed by the admin's editor.
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        elif parts.config is None and is_admin_path(request.path_info):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts


class PrivateResponseMiddleware:
    """Permissions-Policy on every response; ``Cache-Control: private, no-store`` on every
    response to a signed-in person, so that a shared phone, a cybercafé computer or a proxy
    never keeps their pages (names, progress, certificates) after they leave."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if _signed_in(request):
            # Whatever a view said (a max-age...), no-store says it all.
            response["Cache-Control"] = "private, no-store"
        return response


def _signed_in(request) -> bool:
    # Every page reads the user already (the header, the privacy check): no extra query.
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated
