import re

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailPageTestCase

from courses.models import HomePage
from learning_platform.demo.content import demo_home_pages_ensure
from tests.factories import UserFactory


class TestHomePageType(WagtailPageTestCase):
    def test_a_home_page_sits_at_the_root_of_the_tree(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)

    def test_the_migrated_home_page_renders(self):
        home = HomePage.objects.get(depth=2)
        self.assertPageIsRenderable(home)


@pytest.fixture
def french_home(home_page):
    demo_home_pages_ensure()
    return home_page.get_translation(Locale.objects.get(language_code="fr"))


def test_the_root_url_sends_each_visitor_to_their_language(client, home_page):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr-BE,fr;q=0.9").url == "/fr/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB").url == "/en/"
    # A language we do not offer falls back to English.
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de").url == "/en/"


def test_the_home_page_is_served_in_english_and_french(client, french_home):
    english = client.get("/en/")
    french = client.get("/fr/")

    assert english.status_code == french.status_code == 200
    assert '<html lang="en">' in english.content.decode()
    assert "Biodiversity training" in english.content.decode()
    assert '<html lang="fr">' in french.content.decode()
    assert "Formations biodiversité" in french.content.decode()
    # The interface itself is translated, not only the page content.
    assert "Connexion" in french.content.decode()
    assert "Log in" in english.content.decode()


def test_the_language_switcher_links_to_the_page_in_each_language(client, french_home):
    response = client.get("/en/")

    languages = {entry["code"]: entry for entry in response.context["languages"]}
    assert languages["en"]["url"] == "/en/" and languages["en"]["is_current"]
    assert languages["fr"]["url"] == french_home.url
    assert not languages["fr"]["is_current"]
    assert 'hreflang="fr"' in response.content.decode()


def test_an_untranslated_page_offers_the_other_language_home(client, home_page):
    # Without the demo, the home page exists in English only: French links to /fr/.
    response = client.get("/en/")

    languages = {entry["code"]: entry["url"] for entry in response.context["languages"]}
    assert languages == {"en": "/en/", "fr": "/fr/"}


def test_non_page_urls_keep_their_path_in_the_other_language(client, home_page):
    response = client.get("/fr/accounts/login/")

    assert response.status_code == 200
    languages = {entry["code"]: entry["url"] for entry in response.context["languages"]}
    assert languages["en"] == "/en/accounts/login/"


def test_a_missing_page_gets_a_translated_404(client, home_page):
    response = client.get("/fr/no-such-page/")

    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_pages_load_nothing_from_another_host(client, french_home):
    content = client.get("/fr/").content.decode()
    stylesheet = (settings.BASE_DIR / "learning_platform/static/css/site.css").read_text()

    assert re.findall(r'(?:src|href|action)="(?:https?:)?//', content) == []
    assert re.findall(r"url\(|@import", stylesheet) == []


def test_a_logged_in_trainee_sees_their_name_and_a_logout_link(client, home_page):
    client.force_login(UserFactory(full_name="Nguyễn Thị Lan"))

    content = client.get("/fr/").content.decode()

    assert "Nguyễn Thị Lan" in content
    assert "Déconnexion" in content
    assert "Connexion</a>" not in content


def test_routing_finds_the_home_page_in_each_language_from_the_cache(client, french_home):
    for prefix in ("/en/", "/fr/"):
        client.get(prefix)  # fills the cache
    with CaptureQueriesContext(connection) as queries:
        english = client.get("/en/")
        french = client.get("/fr/")
    assert english.context["page"].pk != french.context["page"].pk == french_home.pk
    assert not [query for query in queries if "wagtailcore_locale" in query["sql"]]

    french_home.title = "Formations biodiversité, édition 2027"
    french_home.save_revision().publish()  # any page change retires the cached routing
    assert client.get("/fr/").context["page"].title == "Formations biodiversité, édition 2027"


def test_a_page_found_from_the_cache_follows_every_change_at_once(client, home_page):
    from tests.factories import course_page, module_page

    module = module_page(course_page(title="Wetlands"), title="Ramsar sites")
    old_url = module.url
    assert client.get(old_url).status_code == 200  # now in the cache

    module.unpublish()
    assert client.get(old_url).status_code == 404

    module.slug = "ramsar-sites-of-benin"
    module.save_revision().publish()
    module.refresh_from_db()
    assert module.url.endswith("/ramsar-sites-of-benin/")
    assert client.get(old_url).status_code == 404
    assert client.get(module.url).status_code == 200


@pytest.fixture
def private_course(home_page):
    from tests.factories import course_page, module_page

    course = course_page(title="Staff only")
    module = module_page(course, title="Internal procedures")
    return course, module


def restrict(page, restriction_type, **fields):
    from wagtail.models import PageViewRestriction

    return PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, **fields
    )


def test_a_private_course_follows_its_restrictions_from_the_cache(client, private_course):
    course, module = private_course
    assert client.get(module.url).status_code == 200  # public, and now in the cache

    restriction = restrict(course, "login")
    response = client.get(module.url)
    assert response.status_code == 302 and "login" in response.url
    client.force_login(UserFactory())
    assert client.get(module.url).status_code == 200

    restriction.restriction_type = "password"
    restriction.password = "ramsar-1971"
    restriction.save()
    response = client.get(module.url)
    assert response.status_code == 200 and 'name="password"' in response.content.decode()

    restriction.delete()
    client.logout()
    assert "Internal procedures" in client.get(module.url).content.decode()


def test_a_restriction_to_groups_follows_its_groups(client, private_course):
    from django.contrib.auth.models import Group

    course, module = private_course
    trainers = Group.objects.create(name="Benin trainers")
    restriction = restrict(course, "groups")
    restriction.groups.add(trainers)
    member = UserFactory()
    client.force_login(member)
    assert client.get(module.url).status_code == 302  # not in the group

    member.groups.add(trainers)
    assert client.get(module.url).status_code == 200
    restriction.groups.remove(trainers)
    assert client.get(module.url).status_code == 302


def test_the_admin_privacy_view_reads_the_restrictions(admin_client, private_course):
    course, module = private_course
    restrict(course, "login")

    response = admin_client.get(f"/admin/pages/{module.pk}/privacy/")

    assert response.status_code == 200
    assert "Privacy is inherited from the ancestor page" in response.content.decode()
    assert "Staff only" in response.content.decode()
