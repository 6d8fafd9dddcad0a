"""The coordinators' participation dashboard over 10,000 and then 100,000 enrolments (20,000
trainees over 50 courses, with sessions, activity, completions and certificates), for a
superuser, who sees everything.

The query count must not grow with the data; the budget is 300 ms."""

import random
import secrets
import uuid

from harness import client, measure, test_database

# isort: split
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from courses.models import CourseIndexPage, CoursePage
from learning_platform.accounts.roles import COORDINATORS
from learning_platform.certificates.models import Certificate
from learning_platform.learning.models import Enrolment, TrainingSession
from tests.factories import AdminFactory, with_totp

COURSES = 50
SESSIONS_PER_COURSE = 4
ENROLMENTS_PER_TRAINEE = 5
BATCH = 5000
COUNTRIES = ["BJ", "BI", "BF", "CD", "NE", "PE", "VN", "SN", "ML", "RW", "UG", "MA", "BE", "CM", ""]
GENDERS = ["female", "male", "other", "undisclosed", ""]
ORGANISATION_TYPES = ["government", "protected_area", "research", "ngo", "community", "private", ""]
SOURCES = ["self", "self", "key", "invitation", "bulk"]

User = get_user_model()
UNUSABLE_PASSWORD = make_password(None)  # as for accounts made by bulk enrolment


def courses_seed() -> list[CoursePage]:
    home = Site.objects.get(is_default_site=True).root_page
    catalogue = CourseIndexPage.objects.child_of(home).get()
    courses = []
    for number in range(COURSES):
        course = CoursePage(title=f"Course {number + 1}", summary="A course.")
        catalogue.add_child(instance=course)
        courses.append(course)
    return courses


def sessions_seed(courses) -> dict:
    sessions = TrainingSession.objects.bulk_create(
        TrainingSession(course_key=course.translation_key, title=f"{course.title}, run {run + 1}")
        for course in courses
        for run in range(SESSIONS_PER_COURSE)
    )
    by_course = {}
    for session in sessions:
        by_course.setdefault(session.course_key, []).append(session)
    return by_course


def trainees_seed(first: int, count: int, rng: random.Random) -> list[int]:
    users = [
        User(
            email=f"trainee{number}@example.org",
            full_name=f"Trainee {number}",
            password=UNUSABLE_PASSWORD,
            country=rng.choice(COUNTRIES),
            gender=rng.choice(GENDERS),
            organisation=f"Organisation {number % 400}",
            organisation_type=rng.choice(ORGANISATION_TYPES),
        )
        for number in range(first, first + count)
    ]
    User.objects.bulk_create(users, batch_size=BATCH)
    return list(
        User.objects.filter(email__in=[user.email for user in users]).values_list("pk", flat=True)
    )


def enrolments_seed(user_ids, courses, sessions, rng: random.Random) -> int:
    now = timezone.now()
    enrolments = []
    for user_id in user_ids:
        for course in rng.sample(courses, ENROLMENTS_PER_TRAINEE):
            roll = rng.random()
            session = rng.choice(sessions[course.translation_key]) if rng.random() < 0.7 else None
            enrolments.append(
                Enrolment(
                    user_id=user_id,
                    course_key=course.translation_key,
                    session=session,
                    source=rng.choice(SOURCES),
                    last_activity_at=now if roll < 0.65 else None,
                    completed_at=now if roll < 0.35 else None,
                    withdrawn_at=now if roll > 0.95 else None,
                )
            )
    created = Enrolment.objects.bulk_create(enrolments, batch_size=BATCH)
    # Spread the enrolments over two years, as a period filter would see them.
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE learning_enrolment SET enrolled_at = now() - random() * interval '730 days' "
            "WHERE id >= %s",
            [created[0].pk],
        )
    certificates = [
        Certificate(
            enrolment_id=enrolment.pk,
            code=secrets.token_hex(13).upper(),
            course_key=enrolment.course_key,
            language="en",
            name="Trainee",
            course_title="A course",
            completed_on=now.date(),
            issued_at=now,
            revoked_at=now if index % 40 == 0 else None,
            revocation_reason="Issued by mistake" if index % 40 == 0 else "",
        )
        for index, enrolment in enumerate(e for e in created if e.completed_at)
    ]
    Certificate.objects.bulk_create(certificates, batch_size=BATCH)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return len(created)


def dashboard_measure(browser, total: int, prefix: str = "dashboard") -> None:
    url = reverse("reports_dashboard")
    result = measure(lambda: browser.get(url), repeat=15, warmup=3)
    assert result["response"].status_code == 200
    assert b"<svg" in result["response"].content
    print(f"{prefix}_enrolments: {total}")
    print(f"{prefix}_queries: {result['queries']}")
    print(f"{prefix}_ms: {result['ms']:.1f} ms")


def coordinator_browser(sessions):
    """A coordinator responsible for the four sessions of one course: their dashboard counts
    only those sessions' participants."""
    coordinator = User.objects.create_user(
        email="coordinator@example.org", full_name="Coordinator", password=None
    )
    coordinator.groups.add(Group.objects.get(name=COORDINATORS))
    with_totp(coordinator)  # staff open the admin with a second factor
    for session in next(iter(sessions.values())):
        session.coordinators.add(coordinator)
    browser = client()
    browser.force_login(coordinator)
    return browser


def main():
    rng = random.Random(8)
    with test_database():
        courses = courses_seed()
        sessions = sessions_seed(courses)
        browser = client()
        browser.force_login(AdminFactory(email=f"admin-{uuid.uuid4().hex[:6]}@example.org"))
        total = 0
        for first, count in ((0, 2_000), (2_000, 18_000)):
            user_ids = trainees_seed(first, count, rng)
            total += enrolments_seed(user_ids, courses, sessions, rng)
            dashboard_measure(browser, total)
        dashboard_measure(coordinator_browser(sessions), total, prefix="coordinator_dashboard")
        result = measure(lambda: browser.get(reverse("reports_participants")), repeat=15, warmup=3)
        assert result["response"].status_code == 200
        print(f"participants_page_queries: {result['queries']}")
        print(f"participants_page_ms: {result['ms']:.1f} ms")


if __name__ == "__main__":
    main()
