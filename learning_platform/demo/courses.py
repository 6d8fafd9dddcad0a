"""Loads the demo catalogue from its content files (``content/``, read by ``files.py``, turned
into block data by ``blocks.py``).

Missing pages are created; pages that exist are left as they are, so running the demo again
doubles nothing and never overwrites what a trainer has edited. A page in another language is
a translation of the English one (same translation key) and keeps the block ids of the English
body and quiz, down to each answer, pair and pooled question: a quiz question is the same
question in every language. A translation file must therefore have the same blocks as the
English file, with the same answers right; only the words differ.
"""

import logging
import uuid

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify
from wagtail import blocks
from wagtail.models import Locale, Page

from courses.models import CourseIndexPage, CoursePage, ModulePage, Topic

from . import files
from .blocks import ids_paired, stream_data
from .files import DemoContentError

logger = logging.getLogger(__name__)

DEMO_ENROLMENT_KEY = "BIODIV-2026"  # the key of the demo course with key-protected enrolment


def _stream_block(model, name: str) -> blocks.StreamBlock:
    return model._meta.get_field(name).stream_block


# --- Pages ------------------------------------------------------------------------------------


def _translation(page: Page, locale: Locale) -> tuple[Page, bool]:
    """The page's translation into ``locale``, made (as a draft) if missing."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, False
    return page.copy_for_translation(locale).specific, True


def _translated_slug(text: dict, parent: Page) -> str:
    return text.get("slug") or slugify(text["title"]) or parent.slug


def topics_ensure(locales: dict[str, Locale]) -> dict[str, Topic]:
    topics = {}
    for slug, names in files.topics_read().items():
        topic, _created = Topic.objects.get_or_create(
            locale=locales[settings.LANGUAGE_CODE],
            slug=slug,
            defaults={"name": names[settings.LANGUAGE_CODE]},
        )
        for language, name in names.items():
            if language == settings.LANGUAGE_CODE or language not in locales:
                continue
            if topic.get_translation_or_none(locales[language]) is None:
                translation = topic.copy_for_translation(locales[language])
                translation.name = name
                translation.save()
        topics[slug] = topic
    return topics


def catalogue_ensure(home_pages: dict[str, Page], locales) -> dict[str, CourseIndexPage]:
    texts = {
        language: files.yaml_read(path)
        for language, path in files.language_files(files.CONTENT_DIR, "catalogue", "yaml").items()
    }
    source = home_pages[settings.LANGUAGE_CODE]
    english = CourseIndexPage.objects.child_of(source).first()
    if english is None:
        text = texts[settings.LANGUAGE_CODE]
        english = source.add_child(
            instance=CourseIndexPage(slug="courses", title=text["title"], intro=text["intro"])
        )
        english.save_revision().publish()
    catalogues = {settings.LANGUAGE_CODE: english}
    for language, text in texts.items():
        if language == settings.LANGUAGE_CODE or language not in home_pages:
            continue
        translation, created = _translation(english, locales[language])
        if created:
            translation.title, translation.intro = text["title"], text["intro"]
            translation.slug = _translated_slug(text, english)
            translation.save_revision().publish()
        catalogues[language] = translation
    return catalogues


def _course_fields(course: files.DemoCourse, language: str) -> dict:
    text = course.texts[language]
    return {
        "title": text["title"],
        "summary": text["summary"],
        "target_audience": text["target_audience"],
        "learning_objectives": [
            {"type": "objective", "value": objective, "id": str(uuid.uuid4())}
            for objective in text["learning_objectives"]
        ],
    }


def _signatory_titles(course: files.DemoCourse, language: str) -> list[str]:
    titles = course.texts[language].get("signatory_titles", [])
    if len(titles) != len(course.facts["signatories"]):
        raise DemoContentError(
            f"{course.slug}/course.{language}.yaml: {len(titles)} signatory titles for "
            f"{len(course.facts['signatories'])} signatories."
        )
    return titles


def _course_ensure(course: files.DemoCourse, catalogues, locales, topics) -> int:
    created_count = 0
    facts = course.facts
    english = CoursePage.objects.child_of(catalogues[settings.LANGUAGE_CODE])
    english = english.filter(slug=course.slug).first()
    if english is None:
        english = CoursePage(
            slug=course.slug,
            level=facts["level"],
            estimated_hours=facts["estimated_hours"],
            enrolment_mode=facts["enrolment_mode"],
            enrolment_key=DEMO_ENROLMENT_KEY if facts["enrolment_mode"] == "key" else "",
            pass_mark=facts["pass_mark"],
            max_quiz_attempts=facts.get("max_quiz_attempts"),
            quiz_review=facts.get("quiz_review", "chosen"),
            gives_certificate=facts["gives_certificate"],
            **_course_fields(course, settings.LANGUAGE_CODE),
        )
        english.topics = [topics[slug] for slug in facts["topics"]]
        titles = _signatory_titles(course, settings.LANGUAGE_CODE)
        for name, title in zip(facts["signatories"], titles, strict=True):
            english.signatories.add(english.signatories.model(name=name, title=title))
        for partner in facts["partners"]:
            english.partners.add(english.partners.model(name=partner))
        catalogues[settings.LANGUAGE_CODE].add_child(instance=english)
        english.save_revision().publish()
        created_count += 1

    for language in course.texts:
        if language == settings.LANGUAGE_CODE or language not in catalogues:
            continue
        translation, created = _translation(english, locales[language])
        if created:
            for name, value in _course_fields(course, language).items():
                setattr(translation, name, value)
            translation.slug = _translated_slug(course.texts[language], english)
            translation.signatories = [
                translation.signatories.model(name=name, title=title)
                for name, title in zip(
                    facts["signatories"], _signatory_titles(course, language), strict=True
                )
            ]
            translation.save_revision().publish()
            created_count += 1

    for module in course.modules:
        created_count += _module_ensure(module, english, locales)
    return created_count


def _module_streams(module_file: files.ModuleFile) -> dict[str, list]:
    return {
        name: stream_data(
            _stream_block(ModulePage, name), getattr(module_file, name), f"{module_file.path}"
        )
        for name in ("body", "quiz")
    }


def _module_facts_checked(module: files.DemoModule) -> dict:
    source = module.texts[settings.LANGUAGE_CODE]
    facts = {name: source.meta[name] for name in ("estimated_minutes", "required")}
    for text in module.texts.values():
        for name, value in facts.items():
            if text.meta.get(name, value) != value:
                raise DemoContentError(
                    f"{text.path}: {name} is {text.meta[name]!r}, the source says {value!r}."
                )
    return facts


def module_streams(module: files.DemoModule) -> dict[str, dict[str, list]]:
    """The body and quiz of a module in each language, checked as the page editor checks
    them, the translations with the block ids of the source."""
    streams = {settings.LANGUAGE_CODE: _module_streams(module.texts[settings.LANGUAGE_CODE])}
    for language, text in module.texts.items():
        if language != settings.LANGUAGE_CODE:
            streams[language] = _module_streams(text)
            for name, stream in streams[language].items():
                ids_paired(
                    _stream_block(ModulePage, name),
                    streams[settings.LANGUAGE_CODE][name],
                    stream,
                    f"{text.path} ({name})",
                )
    return streams


def _module_ensure(module: files.DemoModule, english_course: CoursePage, locales) -> int:
    created_count = 0
    source = module.texts[settings.LANGUAGE_CODE]
    facts = _module_facts_checked(module)
    # Checked even when the pages exist: a broken file is said at once, not when first needed.
    translations = module_streams(module)
    source_streams = translations.pop(settings.LANGUAGE_CODE)

    english = ModulePage.objects.child_of(english_course).filter(slug=module.slug).first()
    if english is None:
        english = ModulePage(
            slug=module.slug,
            title=source.meta["title"],
            introduction=source.meta["introduction"],
            **facts,
            **source_streams,
        )
        english_course.add_child(instance=english)
        english.save_revision().publish()
        created_count += 1

    for language, streams in translations.items():
        if (
            language not in locales
            or english_course.get_translation_or_none(locales[language]) is None
        ):
            continue
        if english.get_translation_or_none(locales[language]) is not None:
            continue
        text = module.texts[language]
        try:
            # The ids of the English page as it is now, which a trainer may have changed.
            for name, stream in streams.items():
                block = _stream_block(ModulePage, name)
                ids_paired(block, block.get_prep_value(getattr(english, name)), stream, "")
        except DemoContentError:
            logger.warning(
                "%s is not loaded: the English module %s was edited since.", text.path, english
            )
            continue
        translation, _created = _translation(english, locales[language])
        translation.title = text.meta["title"]
        translation.introduction = text.meta["introduction"]
        translation.slug = _translated_slug(text.meta, english)
        for name, stream in streams.items():
            setattr(translation, name, stream)
        translation.save_revision().publish()
        created_count += 1
    return created_count


@transaction.atomic
def demo_courses_ensure(home_pages: dict[str, Page]) -> int:
    """Creates whatever is missing of the demo catalogue; returns how many pages it made."""
    courses = files.courses_read(settings.LANGUAGE_CODE)
    locales = {
        language: Locale.objects.get_or_create(language_code=language)[0] for language in home_pages
    }
    topics = topics_ensure(locales)
    catalogues = catalogue_ensure(home_pages, locales)
    return sum(_course_ensure(course, catalogues, locales, topics) for course in courses)
