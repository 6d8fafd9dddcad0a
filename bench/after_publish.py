"""The first visit after a publish: a trainer publishes a correction to a module, and the next
request to a page is measured, against the same page warm.

A correction retires only its course's pages (courses/page_cache.py), which the worker then
requests as a visitor would (courses/tasks.py; in-process here, so ``publish_ms`` includes the
warming, which a worker does after the trainer's request). Each round publishes the module
again and then requests one page once, for a visitor without a cookie and for a signed-in
trainee; the warm figure is the median of the requests that follow. ``*_cold_ratio`` is the
first request over warm, in the same run. ``unwarmed_*`` is the same without the warming.

    .venv/bin/python bench/after_publish.py
"""

import statistics
import time

from harness import client, test_database

# isort: split
from django.conf import settings
from module_page import course_with_modules, enrolled_trainee

from courses.models import CourseIndexPage
from tests.factories import DocumentFactory, ImageFactory

ROUNDS = 15
WARM = 30


def ms(browser, url) -> float:
    started = time.perf_counter()
    response = browser.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, (url, response.status_code)
    return elapsed


def main():
    with test_database():
        images, document = [ImageFactory(), ImageFactory()], DocumentFactory()
        modules = course_with_modules(10, images, document)
        other_course = course_with_modules(10, images, document)
        published = modules[4]
        course = published.get_parent().specific
        catalogue = CourseIndexPage.objects.get(locale__language_code="en")
        visitor, trainee = client(), client()
        trainee.force_login(enrolled_trainee(modules, []))
        pages = {
            "published_module": published.url,
            "other_module": modules[7].url,
            "other_course_module": other_course[3].url,
            "course": course.url,
            "catalogue": catalogue.url,
        }
        publishing = []
        edition = 0
        for warming in (True, False):
            settings.PAGE_CACHE_WARMING = warming
            prefix = "" if warming else "unwarmed_"
            for who, browser in (("visitor", visitor), ("trainee", trainee)):
                for name, url in pages.items():
                    cold, warm = [], []
                    for _round in range(ROUNDS):
                        edition += 1
                        published.title = f"Module 5, edition {edition}"
                        started = time.perf_counter()
                        published.save_revision().publish()
                        if warming:
                            publishing.append((time.perf_counter() - started) * 1000)
                        cold.append(ms(browser, url))
                        warm.extend(ms(browser, url) for _ in range(WARM // ROUNDS + 1))
                    cold_ms, warm_ms = statistics.median(cold), statistics.median(warm)
                    print(f"{prefix}{who}_{name}_cold_ms: {cold_ms:.2f} ms")
                    print(f"{prefix}{who}_{name}_warm_ms: {warm_ms:.2f} ms")
                    print(f"{prefix}{who}_{name}_cold_ratio: {cold_ms / warm_ms:.2f} x")
        print(f"publish_ms: {statistics.median(publishing):.1f} ms")


if __name__ == "__main__":
    main()
