import pytest

from courses.models import CourseSignatory
from learning_platform.learning import services as learning_services
from learning_platform.learning.models import TrainingSession
from tests.factories import UserFactory, course_page, module_page


@pytest.fixture
def course(home_page):
    course = course_page(title="Clearing-House Mechanism", pass_mark=75)
    course.signatories.add(CourseSignatory(name="Dr Anne Franklin", title="Director, CEBioS"))
    course.signatories.add(CourseSignatory(name="Han de Koeijer", title="CBD National Focal Point"))
    course.save_revision().publish()
    return course


@pytest.fixture
def module(course):
    return module_page(course, title="What the CHM is")


@pytest.fixture
def session(course):
    return TrainingSession.objects.create(course_key=course.translation_key, title="Cotonou, May")


@pytest.fixture
def complete(course, module, django_capture_on_commit_callbacks):
    """Completes the course for a trainee, as they do (enrol, study the one module), with the
    emails this queues sent."""

    def complete(user=None, *, session=None, **user_fields):
        user = user or UserFactory(**user_fields)
        with django_capture_on_commit_callbacks(execute=True):
            enrolment, _created = learning_services.enrolment_create(
                user=user, course=course, session=session
            )
            learning_services.module_mark_done(enrolment=enrolment, module=module)
        enrolment.refresh_from_db()
        return enrolment

    return complete
