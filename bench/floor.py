"""Each page's cost as a ratio to the floor of this stack: the cheapest page it can serve, with
the same middleware, session and template engine (bench/configs/floor_urls.py), signed in and
not. Every page is measured in the same process and the same rounds, one request each per
round, so that a noisy machine slows all of them alike; the ratios are the figures to beat.

    .venv/bin/python bench/floor.py
"""

import statistics
import time

from harness import client, test_database

# isort: split
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from module_page import course_with_modules, enrolled_trainee

from courses.models import CourseIndexPage
from tests.factories import DocumentFactory, ImageFactory

ROUNDS = 300
WARMUP = 20


def queries(fetch) -> int:
    with CaptureQueriesContext(connection) as captured:
        fetch()
    return len(captured.captured_queries)


def main():
    with test_database(), override_settings(ROOT_URLCONF="configs.floor_urls"):
        modules = course_with_modules(10, [ImageFactory(), ImageFactory()], DocumentFactory())
        course = modules[0].get_parent().specific
        catalogue = CourseIndexPage.objects.get(locale__language_code="en")
        anonymous, trainee = client(), client()
        trainee.force_login(enrolled_trainee(modules, []))
        module_url = modules[len(modules) // 2].url
        pages = {
            "floor": (anonymous, "/bench-floor/"),
            "trainee_floor": (trainee, "/bench-floor/"),
            "module_page": (anonymous, module_url),
            "trainee_module_page": (trainee, module_url),
            "course_page": (anonymous, course.url),
            "trainee_course_page": (trainee, course.url),
            "catalogue_page": (anonymous, catalogue.url),
        }
        for name, (browser, url) in pages.items():
            response = browser.get(url)
            assert response.status_code == 200, (name, response.status_code)
        for _ in range(WARMUP):
            for browser, url in pages.values():
                browser.get(url)
        counts = {name: queries(lambda b=b, u=u: b.get(u)) for name, (b, u) in pages.items()}
        timings = {name: [] for name in pages}
        for _ in range(ROUNDS):
            for name, (browser, url) in pages.items():
                started = time.perf_counter()
                browser.get(url)
                timings[name].append((time.perf_counter() - started) * 1000)
        medians = {name: statistics.median(values) for name, values in timings.items()}
        for name in pages:
            floor = medians["trainee_floor" if name.startswith("trainee") else "floor"]
            print(f"{name}_ms: {medians[name]:.2f} ms")
            print(f"{name}_queries: {counts[name]} queries")
            if "floor" not in name:
                print(f"{name}_floor_ratio: {medians[name] / floor:.2f} x")


if __name__ == "__main__":
    main()
