"""The queries of the pages trainees open most, locked: they must not grow with the size of a
course, of the catalogue or of a trainee's enrolments (a regression fails here). Measured with
the cache warm, each page rendered (not served whole from the cache)."""

import pytest

from courses.models import CourseIndexPage
from learning_platform.learning import services
from tests.factories import UserFactory, course_page, module_page

pytestmark = pytest.mark.django_db

MODULES = 24
COURSES = 25  # more than a page of the catalogue
ENROLMENTS = 12


@pytest.fixture
def world(home_page):
    course = course_page(title="Long course")
    modules = [module_page(course, title=f"Module {number}") for number in range(MODULES)]
    others = [course_page(title=f"Course {number}") for number in range(COURSES - 1)]
    for other in others[:ENROLMENTS]:
        module_page(other, title="Only module")
    trainee = UserFactory()
    enrolment, _created = services.enrolment_create(user=trainee, course=course)
    for module in modules[: MODULES // 2]:
        services.module_mark_done(enrolment=enrolment, module=module)
    for other in others[:ENROLMENTS]:
        services.enrolment_create(user=trainee, course=other)
    catalogue = CourseIndexPage.objects.get(locale__language_code="en")
    return {
        "course": course,
        "module": modules[MODULES // 2],
        "trainee": trainee,
        "catalogue": catalogue,
    }


# The most queries each page may make, warm: for a visitor, then for a signed-in trainee (their
# account; their enrolment and progress where the page shows them).
VISITOR_QUERIES = {"module": 0, "course": 0, "catalogue": 0, "catalogue page 2": 0}
TRAINEE_QUERIES = {
    "module": 2,
    "course": 3,
    "catalogue": 1,
    "catalogue page 2": 1,
    "my learning": 5,
}


def page_urls(world) -> dict[str, str]:
    return {
        "module": world["module"].url,
        "course": world["course"].url,
        "catalogue": world["catalogue"].url,
        "catalogue page 2": world["catalogue"].url + "?page=2",
        "my learning": "/en/my-learning/",
    }


def test_visitor_pages_make_at_most_their_queries(client, world, django_assert_max_num_queries):
    urls = page_urls(world)
    for page, most in VISITOR_QUERIES.items():
        assert client.get(urls[page]).status_code == 200  # warms the cache
        with django_assert_max_num_queries(most, info=page):
            response = client.get(urls[page])
        assert response.status_code == 200 and response.templates  # rendered, not kept whole


def test_trainee_pages_make_at_most_their_queries(client, world, django_assert_max_num_queries):
    client.force_login(world["trainee"])
    urls = page_urls(world)
    for page, most in TRAINEE_QUERIES.items():
        assert client.get(urls[page]).status_code == 200
        with django_assert_max_num_queries(most, info=page):
            response = client.get(urls[page])
        assert response.status_code == 200
    # My learning (the last) lists every enrolment from the same queries.
    assert response.content.decode().count('class="my-course"') == ENROLMENTS + 1
