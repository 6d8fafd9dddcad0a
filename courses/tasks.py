"""Tasks of the course pages: warming the page cache after a publish."""

import logging
from urllib.parse import urlsplit

from celery import shared_task
from django.conf import settings
from django.core.handlers.base import BaseHandler
from django.test import RequestFactory
from wagtail.models import Page

from . import page_cache

logger = logging.getLogger(__name__)

_handler = None


def _visitor_handler() -> BaseHandler:
    """The site's own request handler, with all its middleware, as gunicorn runs it."""
    global _handler
    if _handler is None:
        handler = BaseHandler()
        handler.load_middleware()
        _handler = handler
    return _handler


def _visitor_request(root_url: str, path: str):
    """A GET of ``path`` on the site at ``root_url``, as a visitor without a cookie sends it
    through the proxy (deploy/nginx): the same page cache entry as theirs."""
    address = urlsplit(root_url)
    secure = address.scheme == "https"
    headers = {"HTTP_HOST": address.netloc}
    proxy_header = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
    if secure and proxy_header:
        headers[proxy_header[0]] = proxy_header[1]
    return RequestFactory().get(path, secure=secure, **headers)


@shared_task(ignore_result=True)
def pages_warm(course_ids: list[int]) -> int:
    """Requests the live pages of these courses, the catalogues and the home pages, on the
    site that serves each, as a visitor without a cookie, so that the first people after a
    publish find them in the page cache (courses/page_cache.py) instead of waiting for them to
    be rendered. Returns the number of pages warmed."""
    warmed = 0
    handler = _visitor_handler()
    pages = Page.objects.live().public().filter(pk__in=page_cache.pages_to_warm(course_ids))
    for page in pages.specific():
        parts = page.get_url_parts()
        if parts is None:
            continue  # on no site
        _site_id, root_url, path = parts
        response = handler.get_response(_visitor_request(root_url, path))
        if response.status_code == 200:
            warmed += 1
        else:
            logger.info("Warming %s%s answered %s", root_url, path, response.status_code)
    return warmed
