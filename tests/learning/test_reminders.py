"""Reminders before a session and a gentle nudge after a quiet spell: each at most once."""

from datetime import timedelta

import pytest
from django.utils import timezone

from learning_platform.learning import services
from learning_platform.learning.models import Enrolment, TrainingSession
from learning_platform.notifications.models import OutboxEmail
from tests.factories import UserFactory, course_page, module_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(home_page):
    return course_page(title="Clearing-House Mechanism")


def test_trainees_of_a_session_starting_soon_are_reminded_once(course):
    today = timezone.localdate()
    soon = TrainingSession.objects.create(
        course_key=course.translation_key,
        title="Cotonou",
        starts_on=today + timedelta(days=1),
        venue="Université d'Abomey-Calavi",
    )
    later = TrainingSession.objects.create(
        course_key=course.translation_key, title="Kinshasa", starts_on=today + timedelta(days=30)
    )
    reminded = services.enrolment_create(user=UserFactory(), course=course, session=soon)[0]
    services.enrolment_create(user=UserFactory(), course=course, session=later)

    services.session_reminders_queue(days_before=2)
    services.session_reminders_queue(days_before=2)  # the hourly task runs again

    reminders = OutboxEmail.objects.filter(kind="session_reminder")
    assert [email.related for email in reminders] == [reminded]
    assert "Université d'Abomey-Calavi" in reminders.get().body_text


def test_a_quiet_trainee_is_nudged_once_and_an_active_one_not(course):
    module = module_page(course)
    quiet = services.enrolment_create(user=UserFactory(), course=course)[0]
    active = services.enrolment_create(user=UserFactory(), course=course)[0]
    Enrolment.objects.filter(pk__in=[quiet.pk, active.pk]).update(
        enrolled_at=timezone.now() - timedelta(days=30)
    )
    services.module_mark_done(enrolment=active, module=module)

    services.progress_nudges_queue(after_days=14)
    services.progress_nudges_queue(after_days=14)

    nudges = OutboxEmail.objects.filter(kind="progress_nudge")
    assert [email.related for email in nudges] == [quiet]
    assert "Clearing-House Mechanism" in nudges.get().subject
