"""Signal receivers: each hands over to a service."""

from wagtail.models import Page
from wagtail.signals import copy_for_translation_done

from . import services


def _sync_translation_permissions(sender, source_obj, target_obj, **kwargs):
    if isinstance(target_obj, Page):  # snippets are translated through the same signal
        services.translation_permissions_sync(page=target_obj)


def connect():
    copy_for_translation_done.connect(
        _sync_translation_permissions, dispatch_uid="courses.translation_permissions"
    )
