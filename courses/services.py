"""Writes on course pages."""

import time
from collections import defaultdict

from django.core.cache import cache
from django.db import transaction
from wagtail.models import GroupPagePermission, Page

from .selectors import PAGES_VERSION_KEY


def pages_changed() -> None:
    """Retires every cached read of the page tree (see selectors._cached)."""
    try:
        cache.incr(PAGES_VERSION_KEY)
    except ValueError:  # not in the cache (yet, or any more): a number never used before
        cache.set(PAGES_VERSION_KEY, time.time_ns(), timeout=None)


@transaction.atomic
def translation_permissions_sync(*, page: Page) -> int:
    """Gives ``page`` and its ancestors the group permissions of their other-language versions.

    Trainers may edit the course catalogue; when a course is translated, Wagtail creates the
    catalogue's translation too, and without this the trainers could not edit it. Returns the
    number of permissions granted."""
    pages = list(page.get_ancestors(inclusive=True).filter(depth__gt=1))
    granted = defaultdict(set)
    for permission in GroupPagePermission.objects.filter(
        page__translation_key__in=[each.translation_key for each in pages]
    ).select_related("page"):
        granted[permission.page.translation_key].add(
            (permission.group_id, permission.permission_id)
        )
    created_count = 0
    for each in pages:
        for group_id, permission_id in granted[each.translation_key]:
            _permission, created = GroupPagePermission.objects.get_or_create(
                group_id=group_id, page=each, permission_id=permission_id
            )
            created_count += created
    return created_count
