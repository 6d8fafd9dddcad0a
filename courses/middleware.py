import logging

import redis
from django.db import DatabaseError
from wagtail.models import Site

from . import selectors

logger = logging.getLogger(__name__)


def _site_with_specific_root(request) -> Site | None:
    """The site, its root page in its own class: Wagtail routes each request from the root
    page's ``localized.specific``, which then needs no query (see HomePage.localized)."""
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific
    return site


class CachedSiteMiddleware:
    """Finds the Wagtail site of each request in the cache, not the database.

    Wagtail looks the site up on every page request; it changes only when an administrator
    edits the sites, which retires the cached answer (see receivers)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            # Wagtail's Site.find_for_request() uses this attribute when it is set.
            request._wagtail_site = selectors.site_for_request(
                request, lambda: _site_with_specific_root(request)
            )
        except (DatabaseError, redis.RedisError) as error:
            # Leave it to the view, which may not need a site (the health checks say why).
            logger.warning("Could not find the site of %s: %s", request.path, error)
        return self.get_response(request)
