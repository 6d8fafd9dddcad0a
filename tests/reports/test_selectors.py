"""The funnel and its breakdowns, small-count suppression, and who sees what."""

import datetime

import pytest
from django.utils import timezone

from learning_platform.learning import access
from learning_platform.reports import selectors
from learning_platform.reports.selectors import PROTECTING, SMALL, CountRow, ReportFilters
from tests.factories import AdminFactory, UserFactory
from tests.reports.conftest import certify, enrol, make_session, make_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def cohort(session):
    """Five participants: two active, of whom one completed and certified; one more completed
    with a revoked certificate; one who withdrew."""
    now = timezone.now()
    benin = {"country": "BJ", "gender": "female", "organisation_type": "government"}
    congo = {"country": "CD", "gender": "male", "organisation_type": "ngo"}
    certified = enrol(session, UserFactory(**benin), last_activity_at=now, completed_at=now)
    certify(certified)
    revoked = enrol(session, UserFactory(**congo), last_activity_at=now, completed_at=now)
    certify(revoked, revoked=True)
    enrol(session, UserFactory(**benin), last_activity_at=now)
    enrol(session, UserFactory(**benin), source="invitation")
    enrol(session, UserFactory(country="", gender=""), withdrawn_at=now)
    return session


def test_the_funnel_counts_each_stage(cohort, coordinator):
    board = selectors.dashboard(user=coordinator, filters=ReportFilters())

    # The one who withdrew is counted as such, not as enrolled.
    assert board.funnel == {
        "enrolled": 4,
        "active": 3,
        "completed": 2,
        "certified": 1,
        "withdrawn": 1,
    }
    countries = {row.value: row.counts for row in board.breakdowns["country"]}
    assert countries["BJ"] == {
        "enrolled": 3,
        "active": 2,
        "completed": 1,
        "certified": 1,
        "withdrawn": 0,
    }
    assert countries["CD"] == {
        "enrolled": 1,
        "active": 1,
        "completed": 1,
        "certified": 0,
        "withdrawn": 0,
    }
    assert countries[""]["enrolled"] == 0 and countries[""]["withdrawn"] == 1
    labels = {row.value: row.label for row in board.breakdowns["country"]}
    assert labels == {"BJ": "Benin", "CD": "Democratic Republic of the Congo", "": "Not given"}
    sources = {row.value: row.counts["enrolled"] for row in board.breakdowns["source"]}
    assert sources == {"self": 3, "invitation": 1}
    genders = {row.label: row.counts["enrolled"] for row in board.breakdowns["gender"]}
    assert genders == {"Female": 3, "Male": 1, "Not given": 0}


def test_people_are_counted_once_across_courses_and_participations_once_per_course(
    cohort, coordinator, other_course
):
    """Two courses, four people: one in both; one completed then withdrew (a completion
    stands); one withdrew before completing."""
    now = timezone.now()
    second = make_session(other_course, title="Protected areas, online")
    second.coordinators.add(coordinator)
    both = cohort.enrolments.get(completed_at__isnull=False, certificate__revoked_at__isnull=True)
    enrol(second, both.user, last_activity_at=now)  # the same person, in a second course
    enrol(second, UserFactory(), last_activity_at=now, completed_at=now, withdrawn_at=now)

    board = selectors.dashboard(user=coordinator, filters=ReportFilters())

    assert board.funnel["enrolled"] == 6 and board.people["enrolled"] == 5
    assert board.funnel["active"] == 5 and board.people["active"] == 4
    assert board.funnel["completed"] == board.people["completed"] == 3
    assert board.funnel["withdrawn"] == board.people["withdrawn"] == 1


def test_the_dashboard_filters_by_period_course_and_session(cohort, coordinator, course):
    other = make_session(course, title="Kinshasa")
    other.coordinators.add(coordinator)
    enrol(other)
    last_year = timezone.now() - datetime.timedelta(days=400)
    old = enrol(other)
    old.enrolled_at = last_year
    old.save(update_fields=["enrolled_at"])

    def enrolled(**filters):
        return selectors.dashboard(user=coordinator, filters=ReportFilters(**filters)).funnel[
            "enrolled"
        ]

    assert enrolled() == 6
    assert enrolled(session_id=other.pk) == 2
    assert enrolled(course_key=str(course.translation_key)) == 6
    assert enrolled(date_from=timezone.localdate() - datetime.timedelta(days=30)) == 5
    assert enrolled(date_to=last_year.date()) == 1


def test_the_dashboard_takes_two_queries_whatever_the_data(
    cohort, coordinator, django_assert_num_queries
):
    assert access.may_report(coordinator)  # loads their permissions, once per request
    with django_assert_num_queries(2):  # participations, then people
        selectors.dashboard(user=coordinator, filters=ReportFilters())
    for _ in range(20):
        enrol(cohort, UserFactory(country="VN"))
    with django_assert_num_queries(2):
        selectors.dashboard(user=coordinator, filters=ReportFilters())


# --- Suppression ---------------------------------------------------------------------------


def rows(*enrolled):
    return [
        CountRow(
            value=str(n),
            label=str(n),
            counts={"enrolled": n, "active": 0, "completed": 0, "certified": 0, "withdrawn": 0},
        )
        for n in enrolled
    ]


def test_counts_below_the_threshold_are_hidden_and_zero_stays():
    hidden = selectors.counts_suppress(rows(40, 12, 2, 1, 0), threshold=5)

    assert [row.counts["enrolled"] for row in hidden] == [40, 12, SMALL, SMALL, 0]


def test_a_lone_hidden_count_takes_the_next_smallest_with_it():
    # With only the 3 hidden, the total minus 40 and 12 would give it back.
    hidden = selectors.counts_suppress(rows(40, 12, 3), threshold=5)

    assert [row.counts["enrolled"] for row in hidden] == [40, PROTECTING, SMALL]


def test_no_threshold_hides_nothing():
    assert [
        row.counts["enrolled"] for row in selectors.counts_suppress(rows(1, 2), threshold=0)
    ] == [1, 2]
    assert selectors.funnel_suppress({"enrolled": 3, "active": 0}, threshold=5) == {
        "enrolled": SMALL,
        "active": 0,
    }


def test_the_dashboard_suppresses_small_counts(cohort, coordinator):
    board = selectors.dashboard(user=coordinator, filters=ReportFilters(), suppress_below=2)

    countries = {row.value: row.counts for row in board.breakdowns["country"]}
    # CD's 1 is small; alone, it could be worked out from the total: BJ's 3 protects it.
    assert countries["BJ"]["enrolled"] == PROTECTING
    assert countries["CD"]["enrolled"] == SMALL and countries[""]["withdrawn"] == SMALL


# --- Scope -----------------------------------------------------------------------------------


def test_two_coordinators_see_only_their_own_sessions(cohort, coordinator, course):
    other_coordinator = make_staff("Coordinators", full_name="Coordinator B")
    theirs = make_session(course, title="Bujumbura")
    theirs.coordinators.add(other_coordinator)
    their_trainee = enrol(theirs, UserFactory(country="BI"))

    assert list(access.sessions_run_by(coordinator)) == [cohort]
    assert list(access.sessions_run_by(other_coordinator)) == [theirs]
    assert selectors.dashboard(user=coordinator, filters=ReportFilters()).funnel["enrolled"] == 4
    board = selectors.dashboard(user=other_coordinator, filters=ReportFilters())
    assert board.funnel["enrolled"] == 1
    # Asking for the other's session gives nothing rather than their numbers.
    assert (
        selectors.dashboard(user=coordinator, filters=ReportFilters(session_id=theirs.pk)).funnel[
            "enrolled"
        ]
        == 0
    )
    mine = selectors.participants(user=coordinator, filters=ReportFilters())
    assert their_trainee not in mine and mine.count() == 5


def test_a_trainer_sees_the_sessions_they_train(cohort, trainer, course, other_course):
    trained = make_session(other_course, title="Online, June")
    trained.trainers.add(trainer)

    assert list(access.sessions_run_by(trainer)) == [trained]
    assert selectors.courses_visible_to(trainer) == [
        (str(other_course.translation_key), "Protected areas")
    ]


def test_a_superuser_sees_everything_and_a_trainee_nothing(cohort, course):
    make_session(course, title="Nobody's")
    trainee = UserFactory()

    assert access.sessions_run_by(AdminFactory()).count() == 2
    assert not access.may_report(trainee)
    assert not access.sessions_run_by(trainee).exists()
    assert not access.enrolments_in_scope(trainee).exists()


def test_the_role_groups_get_their_session_rights_again_after_a_flush(migrated_data):
    coordinator, trainer = make_staff("Coordinators"), make_staff("Trainers")

    assert coordinator.has_perm("learning.add_trainingsession")
    assert coordinator.has_perm("learning.change_trainingsession")
    assert trainer.has_perm("learning.view_trainingsession")
    assert not trainer.has_perm("learning.change_trainingsession")
    assert access.may_report(coordinator) and access.may_report(trainer)
