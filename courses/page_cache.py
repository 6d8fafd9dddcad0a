"""The page-serving cache: every cached read of the page tree, the one version that retires
them all, and, in one place, what this relies on of Wagtail's internals.

**One version.** Each read (a site, a home page, a route, a page's view restrictions, its
links in other languages, a course's modules) is stored with the page-tree version it was
computed at. Saving, moving or deleting any page, site or view restriction bumps the version
(``retire()``, from receivers.py), and from then on every entry computed under an older one is
ignored: nothing cached outlives a change. Fragments keyed by a page's revision (``fragment``)
need no version: a new revision is a new key.

**One round trip.** A page request (GET, outside the admin) reads everything it needs from
its *bundle*: one entry, kept under the request's address, that holds every read the last
request for that address made. The middleware fetches the version and the bundle together, in
one round trip to Redis; a read missing from the bundle is fetched or computed on its own, and
the bundle is stored again with it at the end of the request. Outside a page request, each
read costs one round trip (the version and the entry together).

**Whole pages for visitors without a cookie.** A page served to a visitor who carries neither
a session nor a message is the same for every such visitor: its response is kept in the
bundle too (``PAGE_RESPONSE_CACHE``), and the next one is answered from it, without routing or
rendering. A response that sets a cookie, needs CSRF protection or is not a plain 200 is never
kept.

**Wagtail internals relied upon** (check each one at every Wagtail upgrade):

- ``request._wagtail_site``: ``Site.find_for_request()`` answers it when it is set.
- ``Site._find_for_request(request)``: Wagtail's own uncached lookup of a request's site.
- ``request._get_raw_host()``: the host Wagtail matches sites by, before Django validates it.
- ``request._wagtail_cached_site_root_paths``: where ``Page.get_url_parts()`` looks for the
  sites' root paths before asking the cache.
- A ``QuerySet``'s ``_result_cache``: the view restrictions are handed back evaluated, as a
  prefetch leaves them, so that Wagtail's check iterates them without a query.
"""

import hashlib
import logging
import time
from contextvars import ContextVar
from dataclasses import dataclass, field

import redis
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.db.models import Q
from django.http import HttpResponse
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

VERSION_KEY = "courses:pages-version"
CACHE_SECONDS = 60 * 60
# Query parameters a page may be bundled with: the catalogue's filters and its pages. Free text
# (a search) is not: every different search would be a bundle of its own. Even so, a bundle
# with a query is kept only when the page vouches for it (``vouch_for_query``): otherwise any
# made-up value would fill the cache.
BUNDLED_QUERY_PARAMETERS = frozenset({"language", "topic", "level", "page"})
MAX_BUNDLE_KEY_LENGTH = 200
# What keeps a page from being the same for every visitor: a session (a signed-in person, a
# message to show) or a message waiting in its own cookie.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
RESPONSE_ENTRY = "courses:response"

logger = logging.getLogger(__name__)


@dataclass
class Bundle:
    key: str
    scope: str
    stamp: tuple  # the versions (the tree's, the scope's) it holds entries of
    entries: dict = field(default_factory=dict)
    changed: bool = False


_bundle: ContextVar[Bundle | None] = ContextVar("courses_page_bundle", default=None)


def scope_of(path: str) -> str:
    """The scope of a page's address or ``url_path``: its catalogue and course (the second and
    third parts of ``/en/courses/wetlands/counting-birds/`` and of
    ``/home/courses/wetlands/counting-birds/`` alike), or "" for the pages above the courses."""
    parts = [part for part in path.split("/") if part]
    return "/".join(parts[1:3]) if len(parts) >= 3 else ""


def _scope_key(scope: str) -> str:
    return f"courses:scope-version:{scope}"


def _bump(key: str) -> None:
    try:
        cache.incr(key)
    except ValueError:  # not in the cache (yet, or any more): a number never used before
        cache.set(key, time.time_ns(), timeout=None)


def retire() -> None:
    """Retires every cached read of the page tree, in every process."""
    _bump(VERSION_KEY)


def retire_scopes(scopes) -> None:
    """Retires what was read of the pages of these scopes (courses, or "" for the catalogue
    and home pages): a published change that moved nothing."""
    for scope in set(scopes):
        _bump(_scope_key(scope))


# What places a page in the tree and on the site: a save that changes none of them changed only
# what the page says.
ROUTE_FIELDS = ("url_path", "path", "live", "locale_id", "alias_of_id")


def route_in_database(page) -> tuple | None:
    """The route of ``page`` as it is stored, before a save (None for a new page)."""
    if page.pk is None:
        return None
    return Page.objects.filter(pk=page.pk).values_list(*ROUTE_FIELDS).first()


# Written when a draft is saved: the page row changes, what visitors see does not.
DRAFT_FIELDS = frozenset(
    {
        "comments",
        "latest_revision_created_at",
        "draft_title",
        "latest_revision",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
    }
)


def is_draft_save(update_fields) -> bool:
    return bool(update_fields) and set(update_fields) <= DRAFT_FIELDS


@dataclass(frozen=True)
class PageChange:
    """What a page's save changed, for the cache: everything, or the pages of some scopes."""

    everything: bool
    scopes: frozenset = frozenset()
    course_ids: tuple = ()  # the course in every language, whose pages to warm


def page_change(page, *, route_before: tuple | None) -> PageChange:
    """What saving ``page`` changed.

    A page that appeared, moved, was renamed or (un)published changed everything, as does a
    change to a home page or a catalogue. A page of a course whose change moved nothing (a
    published correction, the common case) changed only its course's pages, in every
    language, and for a course the catalogue's too (its card): every other course stays in
    the cache."""
    parts = [part for part in (page.url_path or "").split("/") if part]
    moved = route_before != tuple(getattr(page, name) for name in ROUTE_FIELDS)
    if len(parts) < 3:
        return PageChange(everything=True)
    course_key = Page.objects.filter(url_path="/" + "/".join(parts[:3]) + "/").values(
        "translation_key"
    )
    courses = list(Page.objects.filter(translation_key__in=course_key).only("url_path"))
    scopes = {scope_of(course.url_path) for course in courses} | (
        {""} if len(parts) == 3 else set()
    )
    return PageChange(
        everything=moved,
        scopes=frozenset(scopes),
        course_ids=tuple(course.pk for course in courses),
    )


def retire_change(change: PageChange) -> None:
    if change.everything:
        retire()
    else:
        retire_scopes(change.scopes)


def pages_to_warm(course_ids) -> list[int]:
    """The live pages a change shows on: those of the courses (in every language), the
    catalogues and the home pages."""
    in_courses = Q(pk__in=[])
    for path in Page.objects.filter(pk__in=course_ids).values_list("path", flat=True):
        in_courses |= Q(path__startswith=path)
    return list(
        Page.objects.filter(in_courses | Q(depth__in=(2, 3))).live().values_list("pk", flat=True)
    )


def _version(found: dict, key: str = VERSION_KEY) -> int | None:
    version = found.get(key)
    if version is None:
        # A fresh number, never one an older entry could carry, should the key be evicted.
        cache.add(key, time.time_ns(), timeout=None)
        version = cache.get(key)
    return version


def _stamp(found: dict, scope: str | None) -> tuple:
    return (_version(found), _version(found, _scope_key(scope)) if scope is not None else None)


def cached(name: str, key: str, compute, *, scope: str | None = None, versioned: bool = True):
    """``compute()``, kept in the cache until the page tree changes, or the pages of ``scope``
    (see ``scope_of``) do; for good when ``versioned`` is false (``key`` then names what it
    was computed from, a revision)."""
    entry_key = f"courses:{name}:{key}"
    bundle = _bundle.get()
    if bundle is not None and entry_key in bundle.entries:
        return bundle.entries[entry_key]
    if not versioned:
        found, stamp = cache.get_many([entry_key]), None
    elif bundle is not None and scope in (None, bundle.scope):
        found = cache.get_many([entry_key])
        stamp = (bundle.stamp[0], bundle.stamp[1] if scope is not None else None)
    else:
        keys = [VERSION_KEY, entry_key] + ([_scope_key(scope)] if scope is not None else [])
        found = cache.get_many(keys)
        stamp = _stamp(found, scope)
    kept_stamp, value = found.get(entry_key, (None, None))
    if kept_stamp != stamp or value is None:
        value = compute()
        cache.set(entry_key, (stamp, value), CACHE_SECONDS)
    if bundle is not None:
        bundle.entries[entry_key] = value
        bundle.changed = True
    return value


def cached_many(name: str, keys_and_scopes: dict, compute) -> dict:
    """``{key: compute(key)}`` for every key of ``{key: scope}``, kept as ``cached`` keeps
    each one, read in one round trip (a list of courses: My learning)."""
    entry_keys = {key: f"courses:{name}:{key}" for key in keys_and_scopes}
    scopes = {_scope_key(scope) for scope in keys_and_scopes.values()}
    found = cache.get_many([VERSION_KEY, *scopes, *entry_keys.values()])
    values, missing = {}, {}
    for key, entry_key in entry_keys.items():
        stamp = _stamp(found, keys_and_scopes[key])
        kept_stamp, value = found.get(entry_key, (None, None))
        if kept_stamp == stamp and value is not None:
            values[key] = value
        else:
            values[key] = compute(key)
            missing[entry_key] = (stamp, values[key])
    if missing:
        cache.set_many(missing, CACHE_SECONDS)
    return values


def fragment(name: str, page, language: str, render) -> str:
    """A fragment of ``page``'s template, rendered once per revision and language."""
    revision = page.live_revision_id or page.latest_revision_id or page.last_published_at
    return cached("fragment", f"{page.pk}:{revision}:{name}:{language}", render, versioned=False)


# --- The reads -------------------------------------------------------------------------------


def _site_with_specific_root(request) -> Site | None:
    """The site, its root page in its own class: Wagtail routes each request from the root
    page's ``localized.specific``, which then needs no query (see HomePage.localized)."""
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific
    return site


def site_for_request(request) -> Site | None:
    """The Wagtail site answering ``request``'s host and port."""
    # The raw host, as Wagtail uses it: Django's host validation happens later, in views.
    host = f"{request._get_raw_host()}:{request.get_port()}"
    return cached("site", host, lambda: _site_with_specific_root(request))


def attach_site(request) -> None:
    """Hands ``request``'s site to Wagtail, which would otherwise look it up on every page."""
    request._wagtail_site = site_for_request(request)
    if _bundle.get() is not None:
        request._wagtail_cached_site_root_paths = cached(
            "site-root-paths", "", Site.get_site_root_paths
        )


def home_page_localized(home_page, language: str, find_localized):
    return cached("home", f"{home_page.pk}:{language}", find_localized)


def page_at(model, *, home_page, url_path: str):
    """The page of ``model`` at ``url_path`` below ``home_page``, or None."""

    def find():
        return (
            model.objects.filter(url_path=url_path, path__startswith=home_page.path)
            .select_related("locale")
            .first()
        )

    return cached("page", f"{model._meta.label_lower}:{url_path}", find, scope=scope_of(url_path))


def view_restrictions(page):
    """The restrictions of ``page`` and its ancestors, as Wagtail's ``get_view_restrictions()``
    answers them (in two queries), without a query."""
    paths = [page.path[: Page.steplen * depth] for depth in range(1, page.depth + 1)]
    restrictions = PageViewRestriction.objects.filter(
        Q(page__path__in=paths) | Q(page__aliases__path__in=paths)
    ).distinct()
    # Evaluated, as a prefetch leaves it: iterating reads the cache, while the admin's further
    # filtering or ordering still queries.
    restrictions._result_cache = cached("restrictions", page.path, lambda: list(restrictions.all()))
    return restrictions


# --- Bundles and whole responses -------------------------------------------------------------


def _bundle_key(request) -> str | None:
    # Pages are served under a language prefix: health checks, metrics, documents and the
    # short verify address read nothing of a bundle.
    if request.method != "GET" or not translation.get_language_from_path(request.path_info):
        return None
    if not set(request.GET) <= BUNDLED_QUERY_PARAMETERS:
        return None
    query = "&".join(f"{name}={request.GET[name]}" for name in sorted(request.GET))
    # The host as sent, not the scheme nor the port the server saw: the same page behind a
    # proxy or in the warming after a publish (tasks.py) has the same bundle.
    address = f"{request._get_raw_host()}:{request.LANGUAGE_CODE}:{request.path_info}?{query}"
    if len(address) > MAX_BUNDLE_KEY_LENGTH:
        address = hashlib.sha256(address.encode()).hexdigest()
    return f"courses:bundle:{address}"


def vouch_for_query(request) -> None:
    """Called by a page whose query parameters all named something real (a known topic, a page
    that exists): its bundle may be kept."""
    request._page_cache_query_vouched = True


def _storable(request) -> bool:
    return not request.GET or getattr(request, "_page_cache_query_vouched", False)


def _is_cookieless(request) -> bool:
    return settings.PAGE_RESPONSE_CACHE and not any(
        name in request.COOKIES for name in PERSONAL_COOKIES
    )


def _is_page(request, response) -> bool:
    match = getattr(request, "resolver_match", None)
    return (
        response.status_code == 200
        and match is not None
        and match.url_name == "wagtail_serve"
        and _storable(request)
    )


def _keepable(request, response) -> bool:
    """Whether ``response`` is the same for every visitor without a cookie: a page that set
    nothing for this visitor. The middleware above this one would still set the CSRF cookie
    (for a form), the session cookie and the messages it was given."""
    session = getattr(request, "session", None)
    messages = getattr(request, "_messages", None)
    return (
        _is_page(request, response)
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        # Read, the session of a cookieless visitor is empty; written, it would be theirs.
        and not (session is not None and session.modified)
        and not (messages is not None and messages.added_new)
        and not getattr(request, "is_preview", False)
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


class PageCacheMiddleware:
    """Reads each page request's bundle in one round trip, finds its site there, answers
    cookieless visitors from it, and stores it again when the request added to it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        bundle = _open_bundle(request)
        token = _bundle.set(bundle) if bundle is not None else None
        try:
            try:
                attach_site(request)
            except (DatabaseError, redis.RedisError) as error:
                # Left to the view, which may not need a site (the health checks say why).
                logger.warning("Could not find the site of %s: %s", request.path, error)
            cookieless = bundle is not None and _is_cookieless(request)
            if cookieless and RESPONSE_ENTRY in bundle.entries:
                return _response_from(bundle.entries[RESPONSE_ENTRY])
            response = self.get_response(request)
            if bundle is not None:
                if cookieless and _keepable(request, response):
                    bundle.entries[RESPONSE_ENTRY] = _kept(response)
                    bundle.changed = True
                # Only pages: other views have their own addresses per person or per code.
                if bundle.changed and _is_page(request, response):
                    _store_bundle(bundle)
            return response
        finally:
            if token is not None:
                _bundle.reset(token)


def _open_bundle(request) -> Bundle | None:
    """The bundle of ``request``'s address, with the current version: one round trip."""
    key = _bundle_key(request)
    if key is None:
        return None
    scope = scope_of(request.path_info)
    try:
        found = cache.get_many([VERSION_KEY, _scope_key(scope), key])
        stamp = _stamp(found, scope)
    except redis.RedisError as error:  # a cache without learning_platform.cache's fallback
        logger.warning("Could not read the page cache for %s: %s", request.path, error)
        return None
    kept_stamp, entries = found.get(key, (None, None))
    return Bundle(key, scope, stamp, entries if kept_stamp == stamp and entries else {})


def _store_bundle(bundle: Bundle) -> None:
    try:
        cache.set(bundle.key, (bundle.stamp, bundle.entries), CACHE_SECONDS)
    except redis.RedisError as error:
        logger.warning("Could not store the page cache: %s", error)


def _kept(response) -> tuple:
    return (response.content, list(response.items()))


def _response_from(kept) -> HttpResponse:
    content, headers = kept
    response = HttpResponse(content)
    for name, value in headers:
        response[name] = value
    return response
