"""Attendance, and its place in the completion rule."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from learning_platform.learning import services as learning_services
from learning_platform.learning.models import Attendance
from learning_platform.reports import services
from tests.factories import UserFactory
from tests.reports.conftest import enrol, make_session

pytestmark = pytest.mark.django_db


def test_attendance_counts_in_the_completion_rule(course):
    session = make_session(course, format="in_person", attendance_days_required=2)
    trainee = UserFactory()
    enrolment, _created = learning_services.enrolment_create(
        user=trainee, course=course, session=session, source="bulk"
    )
    module = course.get_children().specific().get()
    learning_services.module_mark_done(enrolment=enrolment, module=module)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None  # every module done, but no day attended yet

    services.session_attendance_set(
        session=session, day=date(2026, 5, 10), present_enrolment_ids=[enrolment.pk]
    )
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None  # one day of two

    services.session_attendance_set(
        session=session, day=date(2026, 5, 11), present_enrolment_ids=[str(enrolment.pk)]
    )
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None


def test_attendance_of_a_day_is_set_and_corrected(course):
    session = make_session(course, format="blended")
    first, second = enrol(session), enrol(session)

    assert services.session_attendance_set(
        session=session, day=date(2026, 5, 10), present_enrolment_ids=[first.pk, second.pk]
    ) == {"added": 2, "removed": 0}
    assert services.session_attendance_set(
        session=session, day=date(2026, 5, 10), present_enrolment_ids=[second.pk]
    ) == {"added": 0, "removed": 1}

    assert list(Attendance.objects.values_list("enrolment_id", flat=True)) == [second.pk]


def test_attendance_cannot_mark_someone_of_another_session(course):
    session, other = make_session(course), make_session(course, title="Other")
    outsider = enrol(other)

    with pytest.raises(ValidationError):
        services.session_attendance_set(
            session=session, day=date(2026, 5, 10), present_enrolment_ids=[outsider.pk]
        )
    assert not Attendance.objects.exists()
