"""A course is one course in every language."""

from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from courses import services as course_services
from courses.models import CoursePage
from learning_platform.demo.content import demo_home_pages_ensure
from tests.factories import AdminFactory, catalogue, course_page, module_page, sample_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def french(home_page):
    demo_home_pages_ensure()
    return Locale.objects.get(language_code="fr")


def translate(page, locale):
    """Translates a page as a trainer does with wagtail-localize's "Translate" action."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = source.create_or_update_translation(
        locale, copy_parent_pages=True, fallback=True
    )
    return translation


def test_a_french_translation_shares_the_english_course_identity(french):
    course = course_page(
        title="Clearing-House Mechanism", pass_mark=80, enrolment_mode="key", enrolment_key="KEY-1"
    )
    module = module_page(course, title="Legal basis", quiz=sample_quiz())

    french_course = translate(course, french)
    french_module = translate(module, french)

    assert french_course.translation_key == course.translation_key
    assert french_course.locale == french
    assert french_course.get_parent().specific.translation_key == catalogue().translation_key
    assert french_module.get_parent().pk == french_course.pk
    # How the course is taken is the same in every language.
    assert (french_course.pass_mark, french_course.enrolment_key) == (80, "KEY-1")
    # A question keeps its identity, and each answer its own, across the translation.
    assert [b.id for b in french_module.quiz] == [b.id for b in module.quiz]
    assert [c.id for c in french_module.quiz[0].value["choices"].bound_blocks] == [
        c.id for c in module.quiz[0].value["choices"].bound_blocks
    ]


def test_translating_a_course_lets_its_team_edit_the_french_course(french):
    course = course_page()
    team = course_services.course_team_ensure(course=course)

    french_course = translate(course, french)

    trainers_rights = set(
        french_course.get_parent()
        .group_permissions.filter(group__name="Trainers")
        .values_list("permission__codename", flat=True)
    )
    team_rights = set(
        french_course.group_permissions.filter(group=team.group).values_list(
            "permission__codename", flat=True
        )
    )
    assert trainers_rights == {"add_page"}  # courses in the French catalogue, nothing more
    assert {"add_page", "change_page", "publish_page"} <= team_rights


def test_the_french_course_lists_untranslated_modules_clearly(client, french):
    course = course_page(title="Clearing-House Mechanism")
    first = module_page(course, title="Legal basis", estimated_minutes=20)
    second = module_page(course, title="National websites", estimated_minutes=40)
    french_course = translate(course, french)
    french_first = translate(first, french)
    french_first.title = "Base juridique"
    french_first.save_revision().publish()
    french_course.save_revision().publish()

    response = client.get(CoursePage.objects.get(pk=french_course.pk).url)

    assert response.status_code == 200
    entries = response.context["modules"]
    assert [(entry.title, entry.is_fallback) for entry in entries] == [
        ("Base juridique", False),
        ("National websites", True),
    ]
    content = response.content.decode()
    assert content.index("Base juridique") < content.index("National websites")
    assert "pas encore traduit" in content
    assert f'href="{second.url}"' in content
    assert "20 minutes" in content and "40 minutes" in content


def test_an_untranslated_module_offers_the_french_course_in_the_switcher(client, french):
    course = course_page()
    module = module_page(course, title="Only in English")
    french_course = translate(course, french)
    french_course.save_revision().publish()

    response = client.get(module.url)

    languages = {entry["code"]: entry for entry in response.context["languages"]}
    assert languages["fr"]["url"] == CoursePage.objects.get(pk=french_course.pk).url
    assert languages["fr"]["is_same_page"] is False
    assert languages["en"]["is_same_page"] is True


def test_translate_makes_drafts_and_nothing_english_goes_live_under_french(
    client, french, django_capture_on_commit_callbacks
):
    """The admin's "Translate" action, as a trainer uses it, on a course and its modules."""
    course = course_page(title="Clearing-House Mechanism")
    module = module_page(course, title="Legal basis")
    client.force_login(AdminFactory())

    # wagtail-localize publishes a translation once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[course.pk]),
            {"locales": [french.pk], "include_subtree": "on"},
        )

    assert response.status_code == 302
    french_course = course.get_translation(french)
    french_module = module.get_translation(french)
    assert not french_course.live and not french_module.live
    # Nothing is served under /fr/ until a translator publishes it.
    client.logout()
    french_address = "/fr/" + french_module.url_path.split("/", 2)[2]  # below the French home
    assert french_address.endswith("/legal-basis/")
    assert client.get(french_address).status_code == 404
    assert "Clearing-House Mechanism" not in client.get("/fr/").content.decode()


def _translate_string(client, translation, path, value):
    """What the translation editor sends when a translator types a field's translation."""
    segment = translation.source.stringsegment_set.get(context__path=path)
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.id, segment.id]),
        data=urlencode({"value": value}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201), response.content


@pytest.fixture
def module_in_translation(client, french, django_capture_on_commit_callbacks):
    """A module put up for French translation with the admin's "Translate" (course included),
    and its wagtail-localize Translation; a superuser is signed in."""
    course = course_page(title="Clearing-House Mechanism")
    module = module_page(course, title="Legal basis", slug="legal-basis")
    client.force_login(AdminFactory())
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtail_localize:submit_page_translation", args=[course.pk]),
            {"locales": [french.pk], "include_subtree": "on"},
        )
    translation = Translation.objects.get(
        source__object_id=module.translation_key, target_locale=french
    )
    return module, translation


def _publish_translation(client, page, django_capture_on_commit_callbacks):
    """What the translation editor's "Publish" sends."""
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"}
        )


def test_a_translated_title_gives_the_published_page_a_translated_slug(
    client, french, module_in_translation, django_capture_on_commit_callbacks
):
    module, translation = module_in_translation
    french_module = module.get_translation(french)

    _translate_string(client, translation, "title", "Fondement juridique")
    _translate_string(client, translation, "title", "Le fondement juridique")  # typed again
    response = _publish_translation(client, french_module, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    french_module.refresh_from_db()
    assert french_module.live and french_module.title == "Le fondement juridique"
    assert french_module.slug == "le-fondement-juridique"
    module.refresh_from_db()
    assert module.slug == "legal-basis"  # the English page keeps its address


def test_a_slug_the_translator_typed_is_kept_when_the_title_changes(
    client, french, module_in_translation, django_capture_on_commit_callbacks
):
    module, translation = module_in_translation
    french_module = module.get_translation(french)

    _translate_string(client, translation, "slug", "base-legale")
    _translate_string(client, translation, "title", "Le fondement juridique")
    _publish_translation(client, french_module, django_capture_on_commit_callbacks)

    french_module.refresh_from_db()
    assert french_module.live and french_module.slug == "base-legale"
