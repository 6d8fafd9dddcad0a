import secrets

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from learning_platform.accounts.roles import COORDINATORS, TRAINERS
from learning_platform.certificates.models import Certificate
from learning_platform.learning.models import Enrolment, TrainingSession
from tests.factories import UserFactory, course_page, module_page, with_totp


@pytest.fixture
def course(home_page):
    course = course_page(title="Clearing-House Mechanism")
    module_page(course, title="What the CHM is")
    return course


@pytest.fixture
def other_course(home_page):
    return course_page(title="Protected areas")


def make_session(course, **fields):
    fields.setdefault("title", "Cotonou, May 2027")
    return TrainingSession.objects.create(course_key=course.translation_key, **fields)


def make_staff(group_name, *, totp=True, **fields):
    """A trainer or coordinator, with an authenticator app set up unless ``totp=False``."""
    user = UserFactory(**fields)
    user.groups.add(Group.objects.get(name=group_name))
    return with_totp(user) if totp else user


@pytest.fixture
def coordinator(db):
    return make_staff(COORDINATORS, full_name="Coordinator A")


@pytest.fixture
def trainer(db):
    return make_staff(TRAINERS, full_name="Trainer T")


@pytest.fixture
def session(course, coordinator):
    session = make_session(course)
    session.coordinators.add(coordinator)
    return session


def enrol(session, user=None, **fields):
    return Enrolment.objects.create(
        user=user or UserFactory(),
        course_key=session.course_key,
        session=session,
        **fields,
    )


def certify(enrolment, *, revoked=False):
    now = timezone.now()
    return Certificate.objects.create(
        enrolment=enrolment,
        code=secrets.token_hex(13)[:26].upper(),
        course_key=enrolment.course_key,
        language="en",
        name=enrolment.user.full_name,
        course_title="A course",
        completed_on=now.date(),
        issued_at=now,
        revoked_at=now if revoked else None,
        revocation_reason="Fraud" if revoked else "",
    )
