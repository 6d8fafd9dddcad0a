"""Addresses on the site read away from any request: in emails, on certificates, in QR codes."""

from django.conf import settings


def absolute_url(path: str) -> str:
    """``path`` on the site's public address (``WAGTAILADMIN_BASE_URL``)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
