"""The page-serving cache (courses/page_cache.py): one round trip to the cache for what a page
needs, whole pages for visitors without a cookie, and nothing kept after a change."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from courses.models import CourseIndexPage, Topic
from learning_platform.learning import services as learning_services
from tests.factories import UserFactory, course_page, module_page


@pytest.fixture
def whole_pages(settings):
    settings.PAGE_RESPONSE_CACHE = True


@pytest.fixture
def course(home_page):
    course = course_page(title="Wetland monitoring")
    module_page(course, title="Counting waterbirds")
    module_page(course, title="Reading water levels")
    return course


class CacheReads:
    """Counts the round trips to the cache: one per get or get_many (the in-memory cache of
    the tests answers a get_many with gets, which are not counted again)."""

    def __init__(self, monkeypatch):
        self.calls = []
        self.depth = 0
        for name in ("get", "get_many"):
            original = getattr(cache, name)

            def counted(*args, _name=name, _original=original, **kwargs):
                if not self.depth:
                    self.calls.append((_name, args[0]))
                self.depth += 1
                try:
                    return _original(*args, **kwargs)
                finally:
                    self.depth -= 1

            monkeypatch.setattr(cache, name, counted)


def module_url(course):
    return course.get_children().live().first().url


def test_a_module_page_reads_the_cache_once(client, course, monkeypatch):
    url = module_url(course)
    client.get(url)  # fills its bundle
    reads = CacheReads(monkeypatch)
    response = client.get(url)
    assert response.status_code == 200
    assert "Counting waterbirds" in response.content.decode()
    assert len(reads.calls) == 1, reads.calls


def test_a_trainee_module_page_reads_the_cache_twice_their_session_and_the_page(
    client, course, monkeypatch
):
    trainee = UserFactory()
    learning_services.enrolment_create(user=trainee, course=course)
    client.force_login(trainee)
    url = module_url(course)
    client.get(url)
    reads = CacheReads(monkeypatch)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200 and trainee.full_name in response.content.decode()
    assert len(reads.calls) == 2, reads.calls  # the session, the page's bundle
    assert len(queries) <= 2  # the trainee, their progress


def test_a_visitor_without_a_cookie_gets_the_page_whole_from_the_cache(client, course, whole_pages):
    url = module_url(course)
    first = client.get(url)
    assert first.templates  # rendered
    with CaptureQueriesContext(connection) as queries:
        again = client.get(url)
    assert not again.templates and not queries  # neither rendered nor looked up
    assert again.content == first.content
    assert again["Content-Type"] == first["Content-Type"]
    assert again["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_a_published_change_shows_at_once_to_visitors_without_a_cookie(client, course, whole_pages):
    url = module_url(course)
    client.get(url)
    module = course.get_children().live().first().specific
    module.title = "Counting waterbirds in the Pendjari"
    module.save_revision().publish()
    assert "Counting waterbirds in the Pendjari" in client.get(url).content.decode()
    course.title = "Monitoring wetlands"
    course.save_revision().publish()
    assert "Monitoring wetlands" in client.get(url).content.decode()  # the breadcrumb


def test_a_signed_in_trainee_never_gets_a_visitor_page(client, course, whole_pages):
    url = module_url(course)
    client.get(url)
    client.get(url)  # kept whole for visitors
    trainee = UserFactory(full_name="Aïssata Maïga")
    client.force_login(trainee)
    response = client.get(url)
    assert response.templates
    assert "Aïssata Maïga" in response.content.decode()
    assert "Log out" in response.content.decode()


def test_a_visitor_with_a_message_waiting_sees_it(client, course, whole_pages):
    url = module_url(course)
    client.get(url)
    client.get(url)
    user = UserFactory()
    client.force_login(user)
    client.post("/en/accounts/logout/")  # "You have signed out." waits for the next page
    response = client.get(url)
    assert response.templates
    assert "signed out" in response.content.decode()
    assert "signed out" not in client.get(url).content.decode()  # shown once


def test_a_page_with_a_form_is_never_kept_whole(client, course, whole_pages):
    PageViewRestriction.objects.create(page=course, restriction_type="password", password="x")
    url = module_url(course)
    for _ in range(2):
        response = client.get(url)
        assert response.templates  # the password form, with its own CSRF token each time
        assert "csrfmiddlewaretoken" in response.content.decode()
        client.cookies.clear()


def test_a_restriction_added_applies_to_pages_kept_whole(client, course, whole_pages):
    url = module_url(course)
    client.get(url)
    PageViewRestriction.objects.create(page=course, restriction_type="login")
    response = client.get(url)
    assert response.status_code == 302 and "login" in response.url


def test_a_renamed_topic_shows_on_the_catalogue_kept_whole(client, course, whole_pages):
    topic = Topic.objects.create(name="Wetlands", slug="wetlands")
    course.topics.add(topic)
    course.save_revision().publish()
    catalogue = CourseIndexPage.objects.get(locale__language_code="en")
    assert "Wetlands" in client.get(catalogue.url).content.decode()
    topic.name = "Wetlands and rivers"
    topic.save()
    assert "Wetlands and rivers" in client.get(catalogue.url).content.decode()


def test_a_search_is_answered_afresh_and_kept_nowhere(client, course, whole_pages):
    catalogue = CourseIndexPage.objects.get(locale__language_code="en")
    assert "Wetland monitoring" in client.get(catalogue.url, {"q": "wetland"}).content.decode()
    other = course_page(title="Marine protected areas")
    response = client.get(catalogue.url, {"q": "marine"})
    assert response.templates and other.title in response.content.decode()
    assert not [key for key in cache._cache if "bundle" in key and "q=" in key]


def test_the_fragment_of_a_module_body_follows_its_revisions(client, course, whole_pages):
    from tests.factories import block

    module = course.get_children().live().first().specific
    module.body = [block("rich_text", "<p>Count at dawn.</p>")]
    module.save_revision().publish()
    url = module.url
    assert "Count at dawn." in client.get(url).content.decode()
    module.body = [block("rich_text", "<p>Count at dusk.</p>")]
    module.save_revision().publish()
    content = client.get(url).content.decode()
    assert "Count at dusk." in content and "Count at dawn." not in content


def test_a_preview_shows_the_draft_not_the_kept_fragment(admin_client, course):
    from tests.factories import block

    module = course.get_children().live().first().specific
    module.body = [block("rich_text", "<p>Published text.</p>")]
    module.save_revision().publish()
    assert "Published text." in admin_client.get(module.url).content.decode()  # kept
    module.body = [block("rich_text", "<p>Draft text.</p>")]
    module.save_revision()
    draft = module.get_latest_revision_as_object()
    content = draft.make_preview_request().content.decode()
    assert "Draft text." in content and "Published text." not in content


def test_only_real_filters_are_kept(client, course, whole_pages):
    topic = Topic.objects.create(name="Wetlands", slug="wetlands")
    course.topics.add(topic)
    course.save_revision().publish()
    url = CourseIndexPage.objects.get(locale__language_code="en").url
    for query in ({"topic": "wetlands"}, {"level": "introductory", "page": "1"}):
        client.get(url, query)
        assert not client.get(url, query).templates  # kept whole
    for query in ({"topic": "made-up"}, {"language": "xx"}, {"page": "0001"}, {"page": "2"}):
        client.get(url, query)
        assert client.get(url, query).templates, query  # answered, never kept
    bundles = [key for key in cache._cache if "courses:bundle:" in key]
    assert not [key for key in bundles if "made-up" in key or "xx" in key or "0001" in key]


def served_whole(client, url) -> bool:
    response = client.get(url)
    assert response.status_code == 200
    return not response.templates


@pytest.fixture
def two_courses(home_page):
    wetlands = course_page(title="Wetland monitoring")
    counting = module_page(wetlands, title="Counting waterbirds")
    forests = course_page(title="Forest inventories")
    plots = module_page(forests, title="Laying out plots")
    return wetlands, counting, forests, plots


def test_a_published_correction_retires_only_its_course(client, two_courses, whole_pages):
    wetlands, counting, forests, plots = two_courses
    catalogue = CourseIndexPage.objects.get(locale__language_code="en")
    urls = [counting.url, wetlands.url, plots.url, forests.url, catalogue.url]
    for url in urls:
        client.get(url)
    assert all(served_whole(client, url) for url in urls)

    counting.title = "Counting waterbirds at dawn"
    counting.save_revision().publish()
    assert "Counting waterbirds at dawn" in client.get(counting.url).content.decode()
    assert "Counting waterbirds at dawn" in client.get(wetlands.url).content.decode()
    assert served_whole(client, plots.url) and served_whole(client, forests.url)
    assert served_whole(client, catalogue.url)  # a module is not on the catalogue

    wetlands.title = "Monitoring wetlands"
    wetlands.save_revision().publish()
    assert "Monitoring wetlands" in client.get(catalogue.url).content.decode()  # its card
    assert "Monitoring wetlands" in client.get(counting.url).content.decode()  # breadcrumb
    assert served_whole(client, plots.url)


def test_a_correction_shows_in_every_language_of_its_course(client, two_courses, whole_pages):
    from wagtail.models import Locale

    from tests.courses.test_translations import translate

    wetlands, counting, _forests, _plots = two_courses
    french = Locale.objects.get_or_create(language_code="fr")[0]
    french_wetlands = translate(wetlands, french)
    french_wetlands.save_revision().publish()
    french_wetlands.refresh_from_db()
    client.get(french_wetlands.url)
    assert "Counting waterbirds" in client.get(french_wetlands.url).content.decode()  # fallback

    counting.title = "Counting waterbirds at dawn"
    counting.save_revision().publish()
    assert "Counting waterbirds at dawn" in client.get(french_wetlands.url).content.decode()


def test_a_moved_page_retires_every_course(client, two_courses, whole_pages):
    _wetlands, counting, _forests, plots = two_courses
    client.get(plots.url)
    assert served_whole(client, plots.url)
    counting.slug = "counting-waterbirds-at-dawn"
    counting.save_revision().publish()
    assert not served_whole(client, plots.url)
    counting.refresh_from_db()
    assert client.get(counting.url).status_code == 200


def test_a_draft_retires_nothing(client, two_courses, whole_pages):
    _wetlands, counting, _forests, _plots = two_courses
    client.get(counting.url)
    counting.title = "Not yet"
    counting.save_revision()
    assert served_whole(client, counting.url)
    assert "Not yet" not in client.get(counting.url).content.decode()


def test_the_first_visitor_after_a_publish_finds_the_pages_warm(
    client, two_courses, whole_pages, settings, django_capture_on_commit_callbacks
):
    """The worker (in-process here) requests the course's pages and the catalogue after the
    commit, as a visitor without a cookie would, at the site's own address."""
    from wagtail.models import Site

    settings.PAGE_CACHE_WARMING = True
    wetlands, counting, _forests, _plots = two_courses
    catalogue = CourseIndexPage.objects.get(locale__language_code="en")
    counting.title = "Counting waterbirds at dawn"
    with django_capture_on_commit_callbacks(execute=True):
        counting.save_revision().publish()
    host = Site.objects.get(is_default_site=True).hostname
    for url in (counting.url, wetlands.url, catalogue.url):
        response = client.get(url, HTTP_HOST=host)
        assert not response.templates, url  # already rendered, by the warming
        assert "Counting waterbirds at dawn" in response.content.decode() or url == catalogue.url


def test_addresses_outside_the_pages_read_no_bundle(client, home_page, monkeypatch):
    reads = CacheReads(monkeypatch)
    assert client.get("/healthz").status_code == 200
    assert not [keys for _name, keys in reads.calls if "bundle" in str(keys)], reads.calls
