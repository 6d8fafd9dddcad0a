"""Loads the demo courses of ``course_content.py`` in English and French.

Missing pages are created; pages that exist are left as they are, so running the demo again
doubles nothing and never overwrites what a trainer has edited. French pages are translations
of the English ones (same translation key) and keep the block ids of the English body and quiz,
so a quiz question is the same question in both languages.
"""

import uuid

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page

from courses.models import CourseIndexPage, CoursePage, ModulePage, Topic

from .course_content import DEMO_COURSES, DEMO_TOPICS

DEMO_ENROLMENT_KEY = "BIODIV-2026"  # the key of the demo course with key-protected enrolment

CATALOGUE_CONTENT = {
    "en": {
        "title": "Courses",
        "intro": "Free online courses on biodiversity for the partners of the Belgian "
        "Development Cooperation. Study at your own pace; most courses give a certificate.",
    },
    "fr": {
        "title": "Cours",
        "slug": "cours",
        "intro": "Des cours en ligne gratuits sur la biodiversité pour les partenaires de la "
        "Coopération belge au développement. Apprenez à votre rythme ; la plupart des cours "
        "donnent droit à un certificat.",
    },
}


def _new_id() -> str:
    return str(uuid.uuid4())


def _raw_stream(blocks, ids=None):
    """Raw StreamField data for ``(type, value)`` pairs, reusing ``ids`` when given.

    ``ids`` is the nested list of block ids returned for the English version, so that the
    French blocks, and the answers of each question, keep the same identity."""
    raw, new_ids = [], []
    for index, (block_type, value) in enumerate(blocks):
        block_id, choice_ids = ids[index] if ids else (_new_id(), None)
        if isinstance(value, dict) and "choices" in value:
            choice_ids = choice_ids or [_new_id() for _choice in value["choices"]]
            value = {
                **value,
                "choices": [
                    {"type": "item", "value": choice, "id": choice_id}
                    for choice, choice_id in zip(value["choices"], choice_ids, strict=True)
                ],
            }
        raw.append({"type": block_type, "value": value, "id": block_id})
        new_ids.append((block_id, choice_ids))
    return raw, new_ids


def _translation(page: Page, locale: Locale) -> tuple[Page, bool]:
    """The page's translation into ``locale``, made (as a draft) if missing."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, False
    return page.copy_for_translation(locale).specific, True


def topics_ensure(locales: dict[str, Locale]) -> dict[str, Topic]:
    topics = {}
    for entry in DEMO_TOPICS:
        topic, _created = Topic.objects.get_or_create(
            locale=locales["en"], slug=entry["slug"], defaults={"name": entry["en"]}
        )
        french = topic.get_translation_or_none(locales["fr"])
        if french is None:
            french = topic.copy_for_translation(locales["fr"])
            french.name = entry["fr"]
            french.save()
        topics[entry["slug"]] = topic
    return topics


def catalogue_ensure(home_pages: dict[str, Page], locales) -> dict[str, CourseIndexPage]:
    english = CourseIndexPage.objects.child_of(home_pages["en"]).first()
    if english is None:
        english = home_pages["en"].add_child(
            instance=CourseIndexPage(slug="courses", **CATALOGUE_CONTENT["en"])
        )
        english.save_revision().publish()
    french, created = _translation(english, locales["fr"])
    if created:
        for name, value in CATALOGUE_CONTENT["fr"].items():
            setattr(french, name, value)
        french.save_revision().publish()
    return {"en": english, "fr": french}


def _course_fields(course: dict, language: str) -> dict:
    text = course[language]
    objectives, _ids = _raw_stream(
        [("objective", objective) for objective in text["learning_objectives"]]
    )
    return {
        "title": text["title"],
        "summary": text["summary"],
        "target_audience": text["target_audience"],
        "learning_objectives": objectives,
    }


def _course_ensure(course: dict, catalogues, locales, topics) -> int:
    created_count = 0
    english = CoursePage.objects.child_of(catalogues["en"]).filter(slug=course["slug"]).first()
    if english is None:
        english = CoursePage(
            slug=course["slug"],
            level=course["level"],
            estimated_hours=course["estimated_hours"],
            enrolment_mode=course["enrolment_mode"],
            enrolment_key=DEMO_ENROLMENT_KEY if course["enrolment_mode"] == "key" else "",
            pass_mark=course["pass_mark"],
            max_quiz_attempts=course.get("max_quiz_attempts"),
            quiz_review=course.get("quiz_review", "chosen"),
            gives_certificate=course["gives_certificate"],
            **_course_fields(course, "en"),
        )
        english.topics = [topics[slug] for slug in course["topics"]]
        for signatory in course["signatories"]:
            english.signatories.add(
                english.signatories.model(name=signatory["name"], title=signatory["title"]["en"])
            )
        for partner in course["partners"]:
            english.partners.add(english.partners.model(name=partner))
        catalogues["en"].add_child(instance=english)
        english.save_revision().publish()
        created_count += 1

    french, created = _translation(english, locales["fr"])
    if created:
        for name, value in _course_fields(course, "fr").items():
            setattr(french, name, value)
        french.signatories = [
            french.signatories.model(name=signatory["name"], title=signatory["title"]["fr"])
            for signatory in course["signatories"]
        ]
        french.save_revision().publish()
        created_count += 1

    for module in course["modules"]:
        created_count += _module_ensure(module, english, locales)
    return created_count


def _module_ensure(module: dict, english_course: CoursePage, locales) -> int:
    created_count = 0
    english = ModulePage.objects.child_of(english_course).filter(slug=module["slug"]).first()
    if english is None:
        body, _body_ids = _raw_stream(module["en"]["body"])
        quiz, _quiz_ids = _raw_stream(module["en"]["quiz"])
        english = ModulePage(
            slug=module["slug"],
            title=module["en"]["title"],
            introduction=module["en"]["introduction"],
            estimated_minutes=module["estimated_minutes"],
            required=module["required"],
            body=body,
            quiz=quiz,
        )
        english_course.add_child(instance=english)
        english.save_revision().publish()
        created_count += 1

    french, created = _translation(english, locales["fr"])
    if created:
        # Same block ids as the English version: the same questions and answers.
        body_ids = [(block.id, None) for block in english.body]
        quiz_ids = [
            (block.id, [item.id for item in block.value["choices"].bound_blocks])
            if "choices" in block.value
            else (block.id, None)
            for block in english.quiz
        ]
        french.title = module["fr"]["title"]
        french.introduction = module["fr"]["introduction"]
        french.body, _ids = _raw_stream(module["fr"]["body"], body_ids)
        french.quiz, _ids = _raw_stream(module["fr"]["quiz"], quiz_ids)
        french.save_revision().publish()
        created_count += 1
    return created_count


@transaction.atomic
def demo_courses_ensure(home_pages: dict[str, Page]) -> int:
    """Creates whatever is missing of the demo catalogue; returns how many pages it made."""
    locales = {
        "en": Locale.objects.get(language_code=settings.LANGUAGE_CODE),
        "fr": Locale.objects.get_or_create(language_code="fr")[0],
    }
    topics = topics_ensure(locales)
    catalogues = catalogue_ensure(home_pages, locales)
    return sum(_course_ensure(course, catalogues, locales, topics) for course in DEMO_COURSES)
