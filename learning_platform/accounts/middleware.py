from urllib.parse import urlencode

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from . import services

# Pages a person may reach before accepting the privacy notice: the notice itself, the way to
# accept it, to leave, to choose a password, or to take their data and erase their account.
URLS_BEFORE_CONSENT = {
    "account_privacy_consent",
    "privacy_notice",
    "account_logout",
    "account_reset_password_from_key",
    "account_reset_password_from_key_done",
    "account_data_export",
    "account_erase",
}


class PrivacyConsentMiddleware:
    """Sends a trainee who has not accepted the privacy notice (a coordinator made their
    account) to accept it before anything else on the public site."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if (
            match is None
            or match.url_name in URLS_BEFORE_CONSENT
            or request.path_info.startswith("/admin/")
            or not services.user_needs_privacy_consent(user=request.user)
        ):
            return None
        consent = reverse("account_privacy_consent")
        return redirect(f"{consent}?{urlencode({'next': request.get_full_path()})}")


# Admin pages a person of the administration may reach before setting up a second factor: the
# way out, and the login and password reset that lead to allauth's (see urls.py).
ADMIN_URLS_BEFORE_SECOND_FACTOR = {
    "wagtailadmin_logout",
    "admin_login_redirect",
    "admin_password_reset_redirect",
}


class SecondFactorRequiredMiddleware:
    """Sends trainers, coordinators and administrators who have no second factor to set one up
    before any admin page opens.

    Only the admin (``/admin/``) is guarded: the set-up pages, the login and the logout are
    allauth's, on the site. Trainees are never sent there; they may set one up from their
    profile."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if (
            not request.path_info.startswith("/admin/")
            or match is None
            or match.url_name in ADMIN_URLS_BEFORE_SECOND_FACTOR
            or not services.user_needs_second_factor(user=request.user)
        ):
            return None
        messages.warning(
            request,
            _(
                "Your account opens the administration, so it needs a second factor: set up an "
                "authenticator app (or a security key) before you go on."
            ),
        )
        return redirect("mfa_index")
