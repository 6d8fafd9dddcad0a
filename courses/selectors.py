"""Reads for course pages: the catalogue, a course's modules, a page in other languages.

A course is one course in every language: its translations share a translation key. Where a
page or a module is not translated into the language being read, these functions fall back to
the version in the site's default language and say so, rather than hide it. Each function runs
a fixed number of queries, whatever the number of courses or modules.
"""

from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Case, F, Min, Prefetch, Subquery, Value, When, Window
from django.db.models.functions import RowNumber, Substr
from wagtail.images import get_image_model
from wagtail.models import Page

from . import models, page_cache

SEARCH_QUERY_MAX_LENGTH = 200
CATALOGUE_PAGE_SIZE = 20
# The catalogue's cover images, as the template asks for them: prefetched, one query a page.
COVER_RENDITION = "fill-480x270"
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

    def as_dict(self) -> dict[str, str]:
        """The filters given, by their query parameter."""
        values = {"q": self.query, "language": self.language, "topic": self.topic}
        return {name: value for name, value in {**values, "level": self.level}.items() if value}

    def as_query(self) -> str:
        """The filters as a query string, for links to the catalogue's other pages."""
        return urlencode(self.as_dict())


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


@dataclass(frozen=True)
class CataloguePage:
    """One page of the catalogue, small enough to keep in the cache."""

    courses: list[Version]
    number: int
    num_pages: int
    count: int
    page_range: list  # page numbers, with an ellipsis (a string) where pages are left out

    ELLIPSIS = Paginator.ELLIPSIS

    def __iter__(self):
        return iter(self.courses)

    def __len__(self):
        return len(self.courses)

    @property
    def previous_number(self) -> int | None:
        return self.number - 1 if self.number > 1 else None

    @property
    def next_number(self) -> int | None:
        return self.number + 1 if self.number < self.num_pages else None


# Pages of the catalogue kept in the cache for each set of filters: the first ones are read most.
CACHED_CATALOGUE_PAGES = 50


def catalogue_page(
    index_page, filters: CatalogueFilters, params, known_topics
) -> tuple[CataloguePage, bool]:
    """The catalogue page that the query ``params`` (read as ``filters``) ask for, and whether
    they named only real
    things in their plain form (known filters, a page that exists): only then is the answer
    kept in the cache until the page tree changes, and the page may keep its bundle
    (page_cache.vouch_for_query). A search (free text, any words), an unknown topic or a far
    page is answered afresh."""
    page_number = params.get("page", "1")
    number = int(page_number) if page_number.isdigit() else 0
    if (
        filters.query
        or (filters.topic and filters.topic not in known_topics)
        or not 1 <= number <= CACHED_CATALOGUE_PAGES
    ):
        return catalogue_courses(index_page, filters, page_number), False
    found = page_cache.cached(
        "catalogue",
        f"{index_page.pk}:{filters.as_query()}:{number}",
        lambda: catalogue_courses(index_page, filters, number),
        scope="",  # retired by every change to a course (its card)
    )
    plain = filters.as_dict() | ({"page": str(found.number)} if "page" in params else {})
    return found, params.dict() == plain


def catalogue_courses(index_page, filters: CatalogueFilters, page_number=1) -> CataloguePage:
    """One page of the catalogue: every live course once, in the catalogue's language where it
    is translated, else in the default language, in the order of the page tree.

    The choice of one translation per course, the filters and the page are made by the
    database (a window over each course's translations), so that a page costs the same few
    queries and about the same time whatever the size of the catalogue."""
    language = index_page.locale.language_code
    courses = models.CoursePage.objects.live().public()
    if filters.level:
        courses = courses.filter(level=filters.level)
    if filters.topic:
        with_topic = models.CoursePage.objects.filter(topics__slug=filters.topic)
        courses = courses.filter(translation_key__in=Subquery(with_topic.values("translation_key")))
    if filters.language:
        in_language = models.CoursePage.objects.live().filter(
            locale__language_code=filters.language
        )
        courses = courses.filter(
            translation_key__in=Subquery(in_language.values("translation_key"))
        )
    if filters.query:
        matches = models.CoursePage.objects.live().search(filters.query)
        courses = courses.filter(translation_key__in={course.translation_key for course in matches})
    by_course = {"partition_by": [F("translation_key")]}
    preference = Case(
        When(locale__language_code=language, then=Value(0)),
        When(locale__language_code=settings.LANGUAGE_CODE, then=Value(1)),
        default=Value(2),
    )
    chosen = (
        courses.annotate(
            rank=Window(RowNumber(), order_by=[preference.asc(), F("path").asc()], **by_course),
            first_path=Window(Min("path"), **by_course),
        )
        .filter(rank=1)
        .select_related("locale")
        .prefetch_related(
            Prefetch(
                "cover_image",
                queryset=get_image_model().objects.prefetch_renditions(COVER_RENDITION),
            )
        )
        .order_by("first_path")
    )
    page = Paginator(chosen, CATALOGUE_PAGE_SIZE).get_page(page_number)
    translated = defaultdict(set)
    for key, code in (
        models.CoursePage.objects.live()
        .public()
        .filter(translation_key__in=[course.translation_key for course in page.object_list])
        .values_list("translation_key", "locale__language_code")
    ):
        translated[key].add(code)
    return CataloguePage(
        courses=[
            Version(
                page=course,
                languages=tuple(sorted(translated[course.translation_key])),
                is_fallback=course.locale.language_code != language,
            )
            for course in page.object_list
        ],
        number=page.number,
        num_pages=page.paginator.num_pages,
        count=page.paginator.count,
        page_range=list(page.paginator.get_elided_page_range(page.number)),
    )


def catalogue_topics(locale) -> list["models.Topic"]:
    """Every topic, for the catalogue's filter, from the cache until a topic or page changes."""
    return page_cache.cached("topics", str(locale.pk), lambda: topics_in_locale(locale))


def course_topics(course) -> list["models.Topic"]:
    """The topics of ``course``, named in its language, from the cache until a topic or page
    changes."""
    return page_cache.cached(
        "course-topics",
        str(course.pk),
        lambda: topics_in_locale(course.locale, course.topics.all()),
    )


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


def _course_with_modules(course_path: str):
    course = models.CoursePage.objects.select_related("locale").get(path=course_path)
    return course, course_modules(course)


def course_with_modules(
    course_path: str, url_path: str
) -> tuple["models.CoursePage", list[ModuleEntry]]:
    """The course at ``course_path`` (its tree path; ``url_path`` is its address in the tree)
    and its modules, from the cache until the course or the tree changes."""
    return page_cache.cached(
        "course",
        course_path,
        lambda: _course_with_modules(course_path),
        scope=page_cache.scope_of(url_path),
    )


def courses_with_modules(courses) -> dict[str, tuple["models.CoursePage", list[ModuleEntry]]]:
    """``course_with_modules`` of each course (by tree path), read in one round trip."""
    return page_cache.cached_many(
        "course",
        {course.path: page_cache.scope_of(course.url_path) for course in courses},
        _course_with_modules,
    )


def course_quiz_modules(course) -> list["models.ModulePage"]:
    """The course's live modules that have a quiz, in order."""
    return [
        module
        for module in models.ModulePage.objects.child_of(course).live().order_by("path")
        if len(module.quiz)
    ]


def module_context(module) -> dict:
    """What a module page shows around its body: its course, its place, the way on."""
    course, modules = course_with_modules(
        module.path[: -Page.steplen], module.url_path.rsplit("/", 2)[0] + "/"
    )
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
    return page_cache.cached(
        "languages",
        f"{page.pk}:{','.join(languages)}",
        lambda: _page_in_languages(page, languages),
        scope=page_cache.scope_of(page.url_path),
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
