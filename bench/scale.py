"""Cost that must not grow with the catalogue: the catalogue, a filtered catalogue and a search
with 20, 200 and 1,000 courses (in up to four languages, with topics and levels), a course of
100 modules, and My learning of a trainee enrolled in 50 courses.

Pages are rendered for a signed-in trainee (a visitor without a cookie is served whole pages
from the cache, which costs the same at any size). Each figure is the median of its rounds,
warm; ``*_growth`` is the time at 1,000 courses over the time at 20, measured in the same run.

    .venv/bin/python bench/scale.py
"""

import itertools
import os
import statistics
import time

os.environ.setdefault("INTERFACE_LANGUAGES", "en,fr,es,pt")

from harness import client, test_database

# isort: split
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from courses import page_cache
from courses.models import CourseIndexPage, CoursePage, ModulePage, Topic
from learning_platform.learning import services
from tests.factories import UserFactory

SIZES = (20, 200, 1000)
ROUNDS = 30
LANGUAGES = ("en", "fr", "es", "pt")
LEVELS = ("introductory", "intermediate", "advanced")


def timed(browser, url) -> tuple[float, int]:
    """Median ms of ``url`` over the rounds, and the queries of one request, warm."""
    assert browser.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        browser.get(url)
    # Read now: the captured queries are a slice of the connection's log, which the next
    # request empties.
    query_count = len(queries)
    timings = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        browser.get(url)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), query_count


def catalogues() -> dict[str, CourseIndexPage]:
    return {page.locale.language_code: page for page in CourseIndexPage.objects.live()}


def catalogues_in_every_language() -> None:
    english = catalogues()["en"]
    for code in LANGUAGES[1:]:
        locale, _created = Locale.objects.get_or_create(language_code=code)
        if english.get_translation_or_none(locale) is None:
            translation = english.copy_for_translation(locale, copy_parents=True)
            translation.save_revision().publish()
            parent = translation.get_parent()
            if not parent.live:
                parent.save_revision().publish()


def topics() -> list[Topic]:
    english = Locale.objects.get(language_code="en")
    return [
        Topic.objects.create(name=name, slug=name.lower(), locale=english)
        for name in ("Wetlands", "Forests", "Oceans", "Indicators", "Reporting")
    ]


def add_courses(count: int, start: int, topic_list) -> None:
    """``count`` live courses; every second one in French too, every fourth in four languages."""
    by_language = catalogues()
    for number in range(start, start + count):
        english = CoursePage(
            title=f"Course {number} on biodiversity",
            summary="Information sharing for national focal points.",
            level=LEVELS[number % len(LEVELS)],
            live=True,
        )
        english.topics = [topic_list[number % len(topic_list)]]
        by_language["en"].add_child(instance=english)
        others = LANGUAGES[1:] if number % 4 == 0 else ("fr",) if number % 2 == 0 else ()
        for code in others:
            translation = CoursePage(
                title=f"Cours {number} ({code})",
                summary="Partage de l'information.",
                level=english.level,
                live=True,
                translation_key=english.translation_key,
                locale=by_language[code].locale,
            )
            by_language[code].add_child(instance=translation)
    page_cache.retire()


def long_course(modules: int) -> CoursePage:
    course = CoursePage(title=f"Course of {modules} modules", summary="Long.", live=True)
    catalogues()["en"].add_child(instance=course)
    for number in range(modules):
        course.add_child(instance=ModulePage(title=f"Module {number + 1}", live=True))
    page_cache.retire()
    return course


def main():
    with test_database():
        catalogues_in_every_language()
        topic_list = topics()
        trainee = UserFactory()
        browser = client()
        browser.force_login(trainee)
        figures = {}
        made = 0
        for size in SIZES:
            add_courses(size - made, made, topic_list)
            made = size
            url = catalogues()["fr"].url
            figures[size] = {
                "catalogue": timed(browser, url),
                "catalogue_filtered": timed(browser, f"{url}?topic=wetlands&level=intermediate"),
                "catalogue_last_page": timed(browser, f"{url}?page={size // 20}"),
                "catalogue_search": timed(browser, f"{url}?q=biodiversity"),
            }
            for name, (ms, queries) in figures[size].items():
                print(f"{name}_{size}_courses_ms: {ms:.2f} ms")
                print(f"{name}_{size}_courses_queries: {queries} queries")
        for name in figures[SIZES[0]]:
            growth = figures[SIZES[-1]][name][0] / figures[SIZES[0]][name][0]
            print(f"{name}_growth: {growth:.2f} x")

        course = long_course(100)
        enrolment, _created = services.enrolment_create(user=trainee, course=course)
        modules = list(course.get_children().specific())
        for module in modules[:50]:
            services.module_mark_done(enrolment=enrolment, module=module)
        for other in itertools.islice(CoursePage.objects.filter(locale__language_code="en"), 49):
            if other.pk != course.pk:
                services.enrolment_create(user=trainee, course=other)
        for name, url in {
            "course_100_modules": course.url,
            "module_of_100": modules[60].url,
            "my_learning_50_courses": "/en/my-learning/",
        }.items():
            ms, queries = timed(browser, url)
            print(f"{name}_ms: {ms:.2f} ms")
            print(f"{name}_queries: {queries} queries")


if __name__ == "__main__":
    main()
