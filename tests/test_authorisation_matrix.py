"""Who may open and do what, for every URL that shows learner records or acts on them.

The URLs are found by walking the resolver: a view of ours (or Wagtail's users admin) that is
in neither table below fails the test by name, so a new view is classified or the test says
which one is not. Each cell is what an actor gets:

- ``A``: the page opens and shows trainee A (their name or address; or a file about them);
- ``ok``: the page opens and shows nothing of trainee A;
- ``no``: refused (a redirect to sign in or away, 403 or 404), and nothing of trainee A.

Trainee A is enrolled in session 1, trainee B in session 2 of the same course.
"""

import datetime
from urllib.parse import urlsplit

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from learning_platform.learning.models import (
    Attendance,
    Enrolment,
    QuizAttemptGrant,
    TrainingSession,
)
from learning_platform.notifications.models import FAILED, OutboxEmail
from tests.factories import AdminFactory, UserFactory, course_page, module_page, with_totp
from tests.reports.conftest import certify, enrol, make_session, make_staff

pytestmark = pytest.mark.django_db

ACTORS = (
    "anonymous",
    "trainee_a",
    "trainee_b",
    "trainer_1",
    "coordinator_1",
    "coordinator_2",
    "coordinator_0",
    "staff",
    "superuser",
)

# fmt: off
# url name: (arguments, cells for the actors above, in order)
GET_MATRIX = {
    "reports_dashboard": ((), "no no no ok ok ok ok no ok"),
    "reports_participants": ((), "no no no A A ok ok no A"),
    "reports_participants_results": ((), "no no no A A ok ok no A"),
    "reports_session_participants": (("session_1",), "no no no A A no no no A"),
    "reports_session_participants_results": (("session_1",), "no no no A A no no no A"),
    "reports_bulk_enrol": (("session_1",), "no no no no ok no no no ok"),
    "reports_attendance": (("session_1",), "no no no A A no no no A"),
    "reports_participant_quizzes": (("enrolment_a",), "no no no A A no no no A"),
    "reports_quiz_statistics": ((), "no no no ok ok ok ok no ok"),
    # Counts over everyone's emails, for a scraper with METRICS_TOKEN: no session is enough.
    "metrics": ((), "no no no no no no no no no"),
    "outbox": ((), "no no no no A ok ok no A"),
    "outbox_results": ((), "no no no no A ok ok no A"),
    "outbox_email": (("email_a",), "no no no no A no no no A"),
    "certificates_admin": ((), "no no no no A ok ok no A"),
    "certificates_admin_results": ((), "no no no no A ok ok no A"),
    "certificates_admin_detail": (("certificate_a",), "no no no no A no no no A"),
    "certificates_admin_pdf": (("certificate_a",), "no no no no A no no no A"),
    "certificates_admin_sessions": ((), "no no no no ok ok ok no ok"),
    "certificates_admin_session_zip": (("session_1",), "no no no no A no no no A"),
    "certificates:download": (("code_a",), "no A no A A no no no A"),
    "sessions:index": ((), "no no no ok ok ok ok no ok"),
    "sessions:index_results": ((), "no no no ok ok ok ok no ok"),
    "sessions:add": ((), "no no no no ok ok ok no ok"),
    "sessions:edit": (("session_1",), "no no no no ok no no no ok"),
    "sessions:delete": (("session_1",), "no no no no no no no no ok"),
    "sessions:history": (("session_1",), "no no no no ok no no no ok"),
    "sessions:history_results": (("session_1",), "no no no no ok no no no ok"),
    "sessions:usage": (("session_1",), "no no no no ok no no no ok"),
    "wagtailusers_users:index": ((), "no no no no no no no no A"),
    "wagtailusers_users:index_results": ((), "no no no no no no no no A"),
    "wagtailusers_users:add": ((), "no no no no no no no no ok"),
    "wagtailusers_users:edit": (("user_a",), "no no no no no no no no A"),
    "wagtailusers_users:delete": (("user_a",), "no no no no no no no no A"),
    "wagtailusers_users:history": (("user_a",), "no no no no no no no no A"),
    "wagtailusers_users:history_results": (("user_a",), "no no no no no no no no ok"),
    "wagtailusers_users:usage": (("user_a",), "no no no no no no no no A"),
    "wagtailusers_users:copy": (("user_a",), "no no no no no no no no A"),
    "wagtailusers_users:second_factor_reset": (("user_a",), "no no no no no no no no A"),
    "wagtailusers_groups:index": ((), "no no no no no no no no ok"),
    "wagtailusers_groups:index_results": ((), "no no no no no no no no ok"),
    "wagtailusers_groups:add": ((), "no no no no no no no no ok"),
    "wagtailusers_groups:edit": (("group",), "no no no no no no no no ok"),
    "wagtailusers_groups:delete": (("group",), "no no no no no no no no ok"),
    "wagtailusers_groups:history": (("group",), "no no no no no no no no ok"),
    "wagtailusers_groups:history_results": (("group",), "no no no no no no no no ok"),
    "wagtailusers_groups:usage": (("group",), "no no no no no no no no ok"),
    # A person's own pages: only ever their own data.
    "learning:my_learning": ((), "no A ok ok ok ok ok ok ok"),
    "account_profile": ((), "no A ok ok ok ok ok ok ok"),
    "account_data_export": ((), "no A ok ok ok ok ok ok ok"),
}

# url name: (arguments, actors who may, in order; everyone else is refused and changes nothing)
POST_MATRIX = {
    "certificates_admin_revoke": (("certificate_a",), "no no no no ok no no no ok"),
    "certificates_admin_reissue": (("certificate_a",), "no no no no ok no no no ok"),
    "outbox_email_resend": (("email_a",), "no no no no ok no no no ok"),
    "reports_attendance": (("session_1",), "no no no no ok no no no ok"),
    "reports_bulk_enrol": (("session_1",), "no no no no ok no no no ok"),
    "reports_participant_quizzes": (("enrolment_a",), "no no no ok ok no no no ok"),
    "sessions:edit": (("session_1",), "no no no no ok no no no ok"),
    "sessions:delete": (("session_1",), "no no no no no no no no ok"),
    "wagtailusers_users:edit": (("user_a",), "no no no no no no no no ok"),
    "wagtailusers_users:delete": (("user_a",), "no no no no no no no no ok"),
    "wagtailusers_users:second_factor_reset": (("user_a",), "no no no no no no no no ok"),
    "wagtailusers_groups:edit": (("group",), "no no no no no no no no ok"),
}
# fmt: on

# Views of ours that show no learner record of anyone else, with the reason.
NOT_LEARNER_RECORDS = {
    "healthz": "health probe",
    "readyz": "health probe",
    "wagtailadmin_account": "the person's own admin account",
    "admin_login_redirect": "a redirect to the sign-in page",
    "admin_password_reset_redirect": "a redirect to the password reset page",
    "reports_bulk_template": "an empty file with headings",
    "course_list": "courses, no people",
    "course_list_results": "courses, no people",
    "certificate_verify": "public by design: it shows no personal data once erased",
    "certificates:verify": "public by design",
    "learning:enrol": "the person's own action",
    "learning:withdraw": "the person's own action",
    "learning:mark_done": "the person's own action",
    "learning:submit_quiz": "the person's own action",
    "account_erase": "the person's own account",
    "account_privacy_consent": "the person's own account",
    "privacy_notice": "public page",
}

REFUSED = (302, 401, 403, 404, 405)


def _our_url_names():
    """Every named URL whose view is ours, or Wagtail's users and groups admin."""

    def walk(patterns, namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = namespace
                if pattern.namespace:
                    inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
                yield from walk(pattern.url_patterns, inner)
            elif isinstance(pattern, URLPattern) and pattern.name:
                view = getattr(pattern.callback, "view_class", pattern.callback)
                name = f"{namespace}:{pattern.name}" if namespace else pattern.name
                if view.__module__.startswith(("learning_platform.", "courses.")) or (
                    name.startswith(("wagtailusers_users:", "wagtailusers_groups:"))
                ):
                    yield name

    return set(walk(get_resolver().url_patterns))


def test_every_view_of_ours_is_classified():
    unclassified = _our_url_names() - set(GET_MATRIX) - set(POST_MATRIX) - set(NOT_LEARNER_RECORDS)
    assert not unclassified, f"Classify these views in the matrix: {sorted(unclassified)}"


@pytest.fixture
def world(home_page, settings):
    settings.METRICS_TOKEN = "the-scraper-s-token"  # configured, and nobody here holds it
    course = course_page(title="Clearing-House Mechanism")
    module_page(course, title="What the CHM is")
    now = timezone.now()
    trainee_a = UserFactory(full_name="Amani Kabila", email="amani.a@example.org")
    trainee_b = UserFactory(full_name="Bảo Trần", email="bao.b@example.org")
    session_1 = make_session(
        course,
        title="Cotonou",
        format="blended",
        starts_on=datetime.date(2026, 11, 2),
        ends_on=datetime.date(2026, 11, 4),
    )
    session_2 = make_session(course, title="Bujumbura")
    people = {
        "anonymous": None,
        "trainee_a": trainee_a,
        "trainee_b": trainee_b,
        "trainer_1": make_staff("Trainers", full_name="Trainer One"),
        "coordinator_1": make_staff("Coordinators", full_name="Coordinator One"),
        "coordinator_2": make_staff("Coordinators", full_name="Coordinator Two"),
        "coordinator_0": make_staff("Coordinators", full_name="Coordinator Zero"),
        "staff": with_totp(UserFactory(is_staff=True, full_name="Staff Only")),
        "superuser": AdminFactory(full_name="Root"),
    }
    session_1.trainers.add(people["trainer_1"])
    session_1.coordinators.add(people["coordinator_1"])
    session_2.coordinators.add(people["coordinator_2"])
    enrolment_a = enrol(session_1, trainee_a, last_activity_at=now, completed_at=now)
    enrol(session_2, trainee_b)
    Attendance.objects.create(enrolment=enrolment_a, day=session_1.starts_on)
    certificate = certify(enrolment_a)
    email = OutboxEmail.objects.create(
        kind="session_reminder",
        dedup_key="matrix",
        recipient=trainee_a,
        to_email=trainee_a.email,
        language="en",
        subject="Your session starts",
        body_text=f"Dear {trainee_a.full_name}",
        status=FAILED,
        related_type=ContentType.objects.get_for_model(Enrolment),
        related_id=enrolment_a.pk,
    )
    objects = {
        "session_1": session_1.pk,
        "enrolment_a": enrolment_a.pk,
        "certificate_a": certificate.pk,
        "code_a": certificate.code,
        "email_a": email.pk,
        "user_a": trainee_a.pk,
        "group": people["coordinator_1"].groups.first().pk,
    }
    return people, objects, certificate, email


def _shows_a(response) -> bool:
    if response.get("Content-Type", "").startswith(("application/pdf", "application/zip")):
        return True  # a file about them
    if response.streaming:
        body = b"".join(response.streaming_content).decode(errors="replace")
    else:
        body = response.content.decode(errors="replace")
    return "amani.a@example.org" in body or "Amani Kabila" in body


def header_faults(response, *, signed_in):
    """What the security headers of a response lack (learning_platform/headers.py): every
    response, refusals and redirects too, carries the policies; none to a signed-in person
    may be kept by a browser or a proxy."""
    faults = []
    if "default-src 'self'" not in response.get("Content-Security-Policy", ""):
        faults.append("no Content-Security-Policy")
    if "camera=()" not in response.get("Permissions-Policy", ""):
        faults.append("no Permissions-Policy")
    if signed_in and not {"private", "no-store"} <= set(
        response.get("Cache-Control", "").replace(" ", "").split(",")
    ):
        faults.append(f"Cache-Control {response.get('Cache-Control')!r}")
    return faults


def _client_for(client, person):
    client.logout()
    if person is not None:
        client.force_login(person)
    return client


def test_get_matrix(client, world):
    people, objects, _certificate, _email = world
    wrong = []
    for name, (arguments, cells) in GET_MATRIX.items():
        url = reverse(name, args=[objects[argument] for argument in arguments])
        for actor, expected in zip(ACTORS, cells.split(), strict=True):
            response = _client_for(client, people[actor]).get(url)
            if response.status_code == 200:
                got = "A" if _shows_a(response) else "ok"
            elif response.status_code in REFUSED:
                got = "no"
            else:
                got = f"status {response.status_code}"
            if got != expected:
                wrong.append(f"{name} as {actor}: expected {expected}, got {got}")
            wrong.extend(
                f"{name} as {actor}: {fault}"
                for fault in header_faults(response, signed_in=people[actor] is not None)
            )
    assert not wrong, "\n".join(wrong)


def test_post_matrix_refuses_and_changes_nothing(client, world):
    people, objects, certificate, email = world
    sessions_before = TrainingSession.objects.count()
    wrong = []
    for name, (arguments, cells) in POST_MATRIX.items():
        url = reverse(name, args=[objects[argument] for argument in arguments])
        for actor, expected in zip(ACTORS, cells.split(), strict=True):
            if expected != "no":
                continue  # what an allowed person's action does is tested with the feature
            response = _client_for(client, people[actor]).post(
                url,
                {
                    "reason": "Matrix",
                    "name": "Changed Name",
                    "title": "Changed",
                    "day": "2026-11-02",
                },
            )
            # Refused: a redirect elsewhere (sign-in, the admin home), 403 or 404; a redirect
            # back to the same page would be a form's answer.
            if response.status_code not in REFUSED or (
                response.status_code == 302 and urlsplit(response.url).path == url
            ):
                wrong.append(f"POST {name} as {actor}: status {response.status_code}")
    certificate.refresh_from_db()
    email.refresh_from_db()
    assert not wrong, "\n".join(wrong)
    assert certificate.revoked_at is None and certificate.name == "Amani Kabila"
    assert email.status == FAILED
    assert TrainingSession.objects.count() == sessions_before
    assert TrainingSession.objects.get(pk=objects["session_1"]).title == "Cotonou"
    assert not Attendance.objects.filter(day=datetime.date(2026, 11, 2)).count() > 1
    assert Enrolment.objects.get(user=people["trainee_a"]).user.full_name == "Amani Kabila"
    assert not QuizAttemptGrant.objects.exists()
