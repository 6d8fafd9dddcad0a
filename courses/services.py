"""Writes on course pages."""

from collections import defaultdict

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import GroupPagePermission, Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationContext

from .models import CourseTeam


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


# What a course team may do on each translation of its course and the modules under it.
TEAM_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
TEAM_NAME_LENGTH = 150  # Group.name


def _team_name(course) -> str:
    # Group names are unique: two courses may share a title, never a key.
    suffix = f" ({str(course.translation_key)[:8]})"
    title = course.title[: TEAM_NAME_LENGTH - len(suffix) - 20]
    return f"Course team: {title}{suffix}"


@transaction.atomic
def course_team_ensure(*, course) -> CourseTeam:
    """The team of ``course`` (a CoursePage in any language), made with its group when missing,
    with the page permissions on every translation of the course that exists now (translations
    made later get them through ``translation_permissions_sync``)."""
    team = CourseTeam.objects.filter(course_key=course.translation_key).first()
    if team is None:
        group, _created = Group.objects.get_or_create(name=_team_name(course))
        team = CourseTeam.objects.create(course_key=course.translation_key, group=group)
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=TEAM_PAGE_PERMISSIONS
    )
    # One insert; the (group, page, permission) rows the team has already are left alone.
    GroupPagePermission.objects.bulk_create(
        [
            GroupPagePermission(group=team.group, page=page, permission=permission)
            for page in Page.objects.filter(translation_key=course.translation_key)
            for permission in permissions
        ],
        ignore_conflicts=True,
    )
    return team


def course_team_join(*, course, user) -> CourseTeam:
    """Puts ``user`` on the team of ``course``."""
    team = course_team_ensure(course=course)
    user.groups.add(team.group)
    return team


def course_team_member(*, course_key, user) -> bool:
    return CourseTeam.objects.filter(course_key=course_key, group__user=user).exists()


# A slug translation made from the title carries this name, so that it follows later changes of
# the title, while one the translator typed is theirs and never replaced.
SLUG_FROM_TITLE = "slug from the title"


def translated_slug_follow_title(*, title_translation) -> None:
    """Translates a page's slug from its translated title, unless a translator chose one.

    wagtail-localize keeps the source slug until someone translates the slug's own segment,
    which translators rarely think of: French modules were served at English addresses."""
    context = title_translation.context
    if context is None or context.path != "title" or not title_translation.data.strip():
        return
    slug_context = TranslationContext.objects.filter(object_id=context.object_id, path="slug")
    segment = StringSegment.objects.filter(context__in=slug_context).select_related("context")
    segment = segment.order_by("-source__last_updated_at").first()
    if segment is None:  # not a page
        return
    slug = slugify(title_translation.data)
    if not slug:  # a title in a script slugify keeps nothing of: the source slug stays
        return
    chosen = StringTranslation.objects.filter(
        translation_of_id=segment.string_id,
        locale_id=title_translation.locale_id,
        context=segment.context,
    ).first()
    if chosen is not None and chosen.tool_name != SLUG_FROM_TITLE:
        return
    StringTranslation.objects.update_or_create(
        translation_of_id=segment.string_id,
        locale_id=title_translation.locale_id,
        context=segment.context,
        defaults={
            "data": slug,
            "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
            "tool_name": SLUG_FROM_TITLE,
            "last_translated_by": title_translation.last_translated_by,
            "has_error": False,
            "field_error": "",
        },
    )
