import pytest
from wagtail.models import Locale

from courses.models import Topic
from learning_platform.demo.content import demo_home_pages_ensure
from tests.courses.test_translations import translate
from tests.factories import catalogue, course_page, module_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def courses(home_page):
    demo_home_pages_ensure()
    french = Locale.objects.get(language_code="fr")
    english = Locale.objects.get(language_code="en")
    chm = Topic.objects.create(
        name="Information sharing", slug="information-sharing", locale=english
    )
    indicators = Topic.objects.create(name="Indicators", slug="indicators", locale=english)
    french_chm = chm.copy_for_translation(french)
    french_chm.name = "Partage de l'information"
    french_chm.save()
    mechanism = course_page(title="Clearing-House Mechanism", level="introductory")
    mechanism.topics = [chm]
    mechanism.save_revision().publish()
    reporting = course_page(title="National reporting", level="intermediate")
    reporting.topics = [indicators]
    reporting.save_revision().publish()
    french_mechanism = translate(mechanism, french)
    french_mechanism.title = "Centre d'échange"
    french_mechanism.save_revision().publish()
    return {"mechanism": mechanism, "reporting": reporting}


def titles(response):
    return [(entry.page.title, entry.is_fallback) for entry in response.context["courses"]]


def test_the_catalogue_lists_each_course_once_in_the_visitor_language(client, courses):
    french_catalogue = catalogue().get_translation(Locale.objects.get(language_code="fr"))

    english = client.get(catalogue().url)
    french = client.get(french_catalogue.url)

    assert titles(english) == [
        ("Clearing-House Mechanism", False),
        ("National reporting", False),
    ]
    # The untranslated course is still offered, in English, and says so.
    assert titles(french) == [("Centre d'échange", False), ("National reporting", True)]
    assert "Pas encore traduit" in french.content.decode()


def test_the_catalogue_filters_by_language_topic_and_level(client, courses):
    url = catalogue().url

    assert titles(client.get(url, {"language": "fr"})) == [("Clearing-House Mechanism", False)]
    assert titles(client.get(url, {"topic": "indicators"})) == [("National reporting", False)]
    assert titles(client.get(url, {"level": "intermediate"})) == [("National reporting", False)]
    assert titles(client.get(url, {"level": "introductory", "topic": "indicators"})) == []


def test_the_catalogue_searches_titles_and_summaries(client, courses):
    response = client.get(catalogue().url, {"q": "reporting"})

    assert titles(response) == [("National reporting", False)]


def test_unknown_filters_are_ignored_not_errors(client, courses):
    response = client.get(catalogue().url, {"language": "xx", "level": "<script>", "topic": "nope"})

    assert response.status_code == 200
    assert titles(response) == []  # no course has the topic "nope"
    assert response.context["filters"].language == ""
    assert "<script>" not in response.content.decode()


def test_topics_are_named_in_the_visitor_language(client, courses):
    french_catalogue = catalogue().get_translation(Locale.objects.get(language_code="fr"))

    response = client.get(french_catalogue.url)

    names = [topic.name for topic in response.context["topics"]]
    assert names == ["Indicators", "Partage de l'information"]


def test_a_course_page_shows_its_modules_in_order_with_their_time(client, courses):
    course = courses["reporting"]
    module_page(course, title="Why report", estimated_minutes=15)
    module_page(course, title="Writing the report", estimated_minutes=45, required=False)

    content = client.get(course.url).content.decode()

    assert content.index("Why report") < content.index("Writing the report")
    assert "15 minutes" in content and "45 minutes" in content and "optional" in content


def test_a_module_page_shows_its_place_and_the_way_on(client, courses):
    course = courses["reporting"]
    first = module_page(course, title="Why report")
    second = module_page(course, title="Writing the report")

    response = client.get(second.url)

    content = response.content.decode()
    assert "Module 2 of 2" in content
    assert f'rel="prev" href="{first.url}"' in content
    assert 'rel="next"' not in content


def test_published_changes_show_at_once_despite_the_cache(client, courses):
    course = courses["reporting"]
    first = module_page(course, title="Why report")
    assert "Why report" in client.get(course.url).content.decode()

    module_page(course, title="A new module")
    first.title = "Why countries report"
    first.save_revision().publish()
    content = client.get(course.url).content.decode()

    assert "A new module" in content and "Why countries report" in content
    assert "Module 1 of 2" in client.get(first.url).content.decode()


def test_the_course_editor_lists_each_topic_once(client, courses):
    from tests.factories import AdminFactory

    client.force_login(AdminFactory())

    response = client.get(f"/admin/pages/{courses['mechanism'].pk}/edit/")

    content = response.content.decode()
    assert response.status_code == 200
    assert content.count('name="topics"') == 2  # Indicators, Information sharing
    assert "Information sharing" in content and "Partage de l&#x27;information" not in content


def test_the_catalogue_comes_in_pages_that_keep_the_filters(client, courses, monkeypatch):
    from courses import selectors

    monkeypatch.setattr(selectors, "CATALOGUE_PAGE_SIZE", 2)
    for number in range(3):
        course_page(title=f"Wetlands {number}", level="intermediate")
    url = catalogue().url

    first = client.get(url, {"level": "intermediate"})
    assert titles(first) == [("National reporting", False), ("Wetlands 0", False)]
    content = first.content.decode()
    assert "Page 1 of 2, 4 courses in all." in content
    assert 'rel="next" href="?level=intermediate&amp;page=2"' in content
    second = client.get(url, {"level": "intermediate", "page": 2})
    assert titles(second) == [("Wetlands 1", False), ("Wetlands 2", False)]
    assert 'rel="prev" href="?level=intermediate&amp;page=1"' in second.content.decode()
    # Every course once over the pages, whatever page a visitor types.
    everything = [client.get(url, {"page": page}) for page in (1, 2, 3)]
    listed = [title for response in everything for title, _fallback in titles(response)]
    assert sorted(listed) == sorted(
        ["Clearing-House Mechanism", "National reporting", "Wetlands 0", "Wetlands 1", "Wetlands 2"]
    )
    assert titles(client.get(url, {"page": "x<"})) == titles(everything[0])
    assert titles(client.get(url, {"page": "999"})) == titles(everything[2])
