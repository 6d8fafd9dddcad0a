"""Reads for course pages: the catalogue, a course's modules, a page in other languages.

A course is one course in every language: its translations share a translation key. Where a
page or a module is not translated into the language being read, these functions fall back to
the version in the site's default language and say so, rather than hide it. Each function runs
a fixed number of queries, whatever the number of courses or modules.
"""

import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models import Subquery
from django.db.models.functions import Substr
from django.utils import translation
from wagtail.models import Page

from . import models

SEARCH_QUERY_MAX_LENGTH = 200
# Bumped by services.pages_changed() whenever any page, site or page view restriction is saved,
# moved or deleted: cached reads of the page tree are keyed by it, so they never outlive a change.
PAGES_VERSION_KEY = "courses:pages-version"
CACHE_SECONDS = 60 * 60
# What a list of modules shows and links to: loading no more keeps long courses fast.
MODULE_LIST_FIELDS = (
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "live",
    "translation_key",
    "locale__language_code",
    "content_type_id",
    "estimated_minutes",
    "required",
)


@dataclass(frozen=True)
class CatalogueFilters:
    """What a visitor asked the catalogue for; anything unknown is dropped, never an error."""

    query: str = ""
    language: str = ""
    topic: str = ""
    level: str = ""

    @classmethod
    def from_query(cls, params) -> "CatalogueFilters":
        languages = {code for code, _name in settings.LANGUAGES}
        levels = {code for code, _name in models.LEVEL_CHOICES}
        language = params.get("language", "")
        level = params.get("level", "")
        return cls(
            query=params.get("q", "").strip()[:SEARCH_QUERY_MAX_LENGTH],
            language=language if language in languages else "",
            topic=params.get("topic", "").strip()[:100],
            level=level if level in levels else "",
        )

    @property
    def is_active(self) -> bool:
        return bool(self.query or self.language or self.topic or self.level)


@dataclass(frozen=True)
class Version:
    """A page to show for a translation key: in the wanted language, or a fallback."""

    page: Page
    languages: tuple[str, ...]  # every language this page exists in
    is_fallback: bool  # shown in another language than the one asked for

    @property
    def language(self) -> str:
        return self.page.locale.language_code


def _versions(pages, language: str) -> list[Version]:
    """Groups translations by key, in the order of first appearance, preferring ``language``,
    then the default language. ``pages`` must have their locale selected."""
    groups: dict[str, list[Page]] = {}
    for page in pages:
        groups.setdefault(page.translation_key, []).append(page)
    versions = []
    for translations in groups.values():
        by_language = {page.locale.language_code: page for page in translations}
        page = (
            by_language.get(language) or by_language.get(settings.LANGUAGE_CODE) or translations[0]
        )
        versions.append(
            Version(
                page=page,
                languages=tuple(sorted(by_language)),
                is_fallback=page.locale.language_code != language,
            )
        )
    return versions


def catalogue_page_for(home_page) -> "models.CourseIndexPage | None":
    return models.CourseIndexPage.objects.child_of(home_page).live().first()


def catalogue_courses(index_page, filters: CatalogueFilters) -> list[Version]:
    """Every live course, once, in the catalogue's language where it is translated."""
    courses = (
        models.CoursePage.objects.live()
        .public()
        .select_related("locale", "cover_image")
        .order_by("path")
    )
    if filters.level:
        courses = courses.filter(level=filters.level)
    if filters.topic:
        courses = courses.filter(topics__slug=filters.topic)
    if filters.query:
        matches = models.CoursePage.objects.live().search(filters.query)
        courses = courses.filter(translation_key__in={course.translation_key for course in matches})
    versions = _versions(courses.distinct(), index_page.locale.language_code)
    if filters.language:
        versions = [version for version in versions if filters.language in version.languages]
    return versions


def topics_in_locale(locale, topics=None) -> list["models.Topic"]:
    """Topics named in ``locale`` where translated, else in their own language."""
    if topics is None:
        topics = models.Topic.objects.all()
    keys = topics.values("translation_key")
    candidates = models.Topic.objects.filter(translation_key__in=Subquery(keys)).select_related(
        "locale"
    )
    versions = _versions(candidates, locale.language_code)
    return sorted((version.page for version in versions), key=lambda topic: topic.name.lower())


@dataclass(frozen=True)
class ModuleEntry:
    """A module as a course lists it: small, so that long courses cache and load fast."""

    pk: int
    key: str  # the module's identity in every language (its translation key)
    number: int
    title: str
    url: str
    language: str
    estimated_minutes: int
    required: bool
    is_fallback: bool  # not translated into the course's language yet


def course_modules(course) -> list[ModuleEntry]:
    """The course's live modules in order, each in the course's language where translated.

    The list and its order come from the course in the default language (the one trainers write
    first); a module not translated yet is listed in that language and marked as a fallback."""
    course_versions = models.CoursePage.objects.filter(translation_key=course.translation_key)
    modules = list(
        models.ModulePage.objects.live()
        .only(*MODULE_LIST_FIELDS)
        .annotate(parent_path=Substr("path", 1, len(course.path)))
        .filter(depth=course.depth + 1, parent_path__in=Subquery(course_versions.values("path")))
        .select_related("locale")
        .order_by("path")
    )
    language = (
        next(
            (
                module.locale.language_code
                for module in modules
                if module.parent_path == course.path
            ),
            None,
        )
        or course.locale.language_code
    )
    # Default-language modules first, so that grouping translations keeps their order.
    modules.sort(key=lambda module: module.locale.language_code != settings.LANGUAGE_CODE)
    return [
        ModuleEntry(
            pk=version.page.pk,
            key=str(version.page.translation_key),
            number=number,
            title=version.page.title,
            url=version.page.get_url(),
            language=version.language,
            estimated_minutes=version.page.estimated_minutes,
            required=version.page.required,
            is_fallback=version.is_fallback,
        )
        for number, version in enumerate(_versions(modules, language), start=1)
    ]


def _cached(name: str, key: str, compute):
    """``compute()``, kept in the cache until the page tree changes.

    The entry stores the tree version it was computed at; reading it and the current version
    takes one round trip to the cache."""
    cache_key = f"courses:{name}:{key}"
    found = cache.get_many([PAGES_VERSION_KEY, cache_key])
    version = found.get(PAGES_VERSION_KEY)
    if version is None:
        # A fresh number, never one an older entry could carry, should the key be evicted.
        cache.add(PAGES_VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(PAGES_VERSION_KEY)
    entry_version, value = found.get(cache_key, (None, None))
    if entry_version != version or value is None:
        value = compute()
        cache.set(cache_key, (version, value), CACHE_SECONDS)
    return value


def site_for_request(request, find_site):
    """The Wagtail site answering ``request``'s host and port, found by ``find_site()``."""
    # The raw host, as Wagtail uses it: Django's host validation happens later, in views.
    return _cached("site", f"{request._get_raw_host()}:{request.get_port()}", find_site)


def home_page_localized(home_page, find_localized):
    """``home_page`` in the active language, as ``find_localized()`` finds it."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    return _cached("home", f"{home_page.pk}:{language}", find_localized)


def page_at(model, *, home_page, url_path: str):
    """The page of ``model`` at ``url_path`` below ``home_page``, or None, from the cache until
    the page tree changes."""

    def find():
        return (
            model.objects.filter(url_path=url_path, path__startswith=home_page.path)
            .select_related("locale")
            .first()
        )

    return _cached("page", f"{model._meta.label_lower}:{url_path}", find)


def view_restrictions_at(page_path: str, find):
    """The view restrictions on the page at ``page_path`` and its ancestors, as ``find()``
    finds them, from the cache until the page tree or a restriction changes."""
    return _cached("restrictions", page_path, find)


def course_with_modules(course_path: str) -> tuple["models.CoursePage", list[ModuleEntry]]:
    """The course at ``course_path`` and its modules, from the cache when the tree is unchanged."""

    def compute():
        course = models.CoursePage.objects.select_related("locale").get(path=course_path)
        return course, course_modules(course)

    return _cached("course", course_path, compute)


def course_quiz_modules(course) -> list["models.ModulePage"]:
    """The course's live modules that have a quiz, in order."""
    return [
        module
        for module in models.ModulePage.objects.child_of(course).live().order_by("path")
        if len(module.quiz)
    ]


def module_context(module) -> dict:
    """What a module page shows around its body: its course, its place, the way on."""
    course, modules = course_with_modules(module.path[: -Page.steplen])
    position = next((index for index, entry in enumerate(modules) if entry.pk == module.pk), None)
    current = modules[position] if position is not None else None
    return {
        "course": course,
        "modules": modules,
        "current_module": current,
        "previous_module": modules[position - 1] if position else None,
        "next_module": modules[position + 1]
        if position is not None and position + 1 < len(modules)
        else None,
    }


def page_in_languages(page, languages) -> dict[str, tuple[Page, bool]]:
    """For each language, the page to offer: the page's translation, or else its nearest
    translated ancestor (the course of an untranslated module, at worst the home page).
    The boolean says whether it is the page itself. One query, cached."""
    return _cached(
        "languages",
        f"{page.pk}:{','.join(languages)}",
        lambda: _page_in_languages(page, languages),
    )


def _page_in_languages(page, languages):
    keys = page.get_ancestors(inclusive=True).filter(depth__gt=1).values("translation_key")
    candidates = (
        Page.objects.live()
        .filter(translation_key__in=Subquery(keys), locale__language_code__in=languages)
        .select_related("locale")
        .order_by("-depth")
    )
    found = {}
    for candidate in candidates:
        found.setdefault(
            candidate.locale.language_code,
            (candidate, candidate.translation_key == page.translation_key),
        )
    return found
