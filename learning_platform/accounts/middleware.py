from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse

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
