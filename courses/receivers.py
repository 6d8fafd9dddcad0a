"""Signal receivers: each hands over to a service."""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import copy_for_translation_done, post_page_move
from wagtail_localize.models import StringTranslation

from learning_platform.cache import cache_recovered

from . import page_cache, services, tasks
from .models import Topic


def _sync_translation_permissions(sender, source_obj, target_obj, **kwargs):
    if isinstance(target_obj, Page):  # snippets are translated through the same signal
        services.translation_permissions_sync(page=target_obj)


def _page_about_to_be_saved(sender, instance, update_fields=None, **kwargs):
    if isinstance(instance, Page) and not page_cache.is_draft_save(update_fields):
        instance._route_before = page_cache.route_in_database(instance)


def _page_saved(sender, instance, update_fields=None, **kwargs):
    if not isinstance(instance, Page) or page_cache.is_draft_save(update_fields):
        return
    change = page_cache.page_change(instance, route_before=getattr(instance, "_route_before", None))

    def committed():
        page_cache.retire_change(change)
        if settings.PAGE_CACHE_WARMING:
            tasks.pages_warm.delay(list(change.course_ids))

    # Now, and again after commit: a reader between the two may have cached what it read
    # before the commit under the first new version.
    page_cache.retire_change(change)
    transaction.on_commit(committed)


# Shown on cached pages beside the pages themselves: a site's root, the restrictions (their
# groups are not cached: Wagtail reads them at every request it checks), the catalogue's topics,
# a course's cover, a module's images and files. Changing one retires the whole page cache.
SHOWN_ON_PAGES = (Site, PageViewRestriction, Topic, AbstractImage, AbstractDocument)


def _shown_on_pages_changed(sender, instance=None, **kwargs):
    if isinstance(instance, SHOWN_ON_PAGES):
        _retire_everything()


def _page_tree_changed(sender, instance=None, **kwargs):
    if isinstance(instance, (Page, *SHOWN_ON_PAGES)):  # deleted, or a page moved
        _retire_everything()


def _retire_everything():
    # Now, and again after commit (as above).
    page_cache.retire()
    transaction.on_commit(page_cache.retire)


def _title_translated(sender, instance, **kwargs):
    services.translated_slug_follow_title(title_translation=instance)


def _cache_recovered(sender, **kwargs):
    # A publish while the cache was down could not retire the cached page reads.
    page_cache.retire()


def connect():
    cache_recovered.connect(_cache_recovered, dispatch_uid="courses.cache_recovered")
    post_save.connect(
        _title_translated, sender=StringTranslation, dispatch_uid="courses.slug_follows_title"
    )
    copy_for_translation_done.connect(
        _sync_translation_permissions, dispatch_uid="courses.translation_permissions"
    )
    pre_save.connect(_page_about_to_be_saved, dispatch_uid="courses.page_about_to_be_saved")
    post_save.connect(_page_saved, dispatch_uid="courses.page_saved")
    post_save.connect(_shown_on_pages_changed, dispatch_uid="courses.shown_on_pages_changed")
    for signal in (post_delete, post_page_move):
        signal.connect(_page_tree_changed, dispatch_uid=f"courses.page_tree_changed.{signal!r}")
