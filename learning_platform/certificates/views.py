"""Thin views: the public verify page and the trainee's download."""

import time

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from learning_platform.accounts.audit import client_address

from . import selectors, services

VERIFY_RATE_DEFAULT = (30, 60)  # requests per window of seconds, per client address


def _rate_limited(request) -> bool:
    """Counts this request against the client's allowance in the shared cache; True once it
    is used up for the current window."""
    limit, window = getattr(settings, "CERTIFICATE_VERIFY_RATE", VERIFY_RATE_DEFAULT)
    key = f"certificates:verify:{client_address(request)}:{int(time.time() // window)}"
    if cache.add(key, 1, timeout=window):
        return limit < 1
    try:
        return cache.incr(key) > limit
    except ValueError:  # expired between add and incr
        return False


@require_safe
@cache_control(private=True, max_age=0, no_store=True)
def verify(request, code):
    """Public, no login: is this certificate genuine? A small page for any phone."""
    if _rate_limited(request):
        response = render(request, "certificates/verify.html", {"state": "limited"}, status=429)
        response["Retry-After"] = str(
            getattr(settings, "CERTIFICATE_VERIFY_RATE", VERIFY_RATE_DEFAULT)[1]
        )
        return response
    certificate = selectors.certificate_by_code(code)
    if certificate is None:
        return render(request, "certificates/verify.html", {"state": "unknown"}, status=404)
    state = "revoked" if certificate.is_revoked else "valid"
    return render(request, "certificates/verify.html", {"state": state, "certificate": certificate})


@require_safe
@cache_control(private=True, no_store=True)
def download(request, code):
    """The PDF, for the trainee it was issued to and the coordinators of the course. Anyone
    else gets the same answer whether or not the certificate exists."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    certificate = selectors.certificate_for_download(user=request.user, code=code)
    if certificate is None:
        raise Http404
    response = HttpResponse(
        services.certificate_render(certificate), content_type="application/pdf"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{services.certificate_filename(certificate)}"'
    )
    return response
