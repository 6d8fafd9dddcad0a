import io
import zipfile

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import ModelLogEntry

from learning_platform.accounts.roles import COORDINATORS
from learning_platform.learning.models import TrainingSession
from tests.certificates.pdf import extracted_lines
from tests.factories import TEST_PASSWORD, UserFactory, with_totp

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(session):
    user = UserFactory(full_name="Coordinator A", preferred_language="en")
    user.groups.add(Group.objects.get(name=COORDINATORS))
    session.coordinators.add(user)
    return with_totp(user)


@pytest.fixture
def coordinator_client(client, coordinator):
    assert client.login(email=coordinator.email, password=TEST_PASSWORD)
    return client


def test_coordinators_list_the_certificates_of_their_courses_only(
    coordinator_client, complete, session, home_page
):
    ours = complete(session=session, full_name="Trainee In Session").certificate
    other_course_session = TrainingSession.objects.create(
        course_key="00000000-0000-0000-0000-000000000002", title="Elsewhere"
    )
    # A certificate of another course, which this coordinator does not look after.
    theirs = complete(full_name="Someone Else").certificate
    theirs.course_key = other_course_session.course_key
    theirs.save()

    response = coordinator_client.get(reverse("certificates_admin"))

    content = response.content.decode()
    assert response.status_code == 200
    assert ours.code_display in content and "Trainee In Session" in content
    assert theirs.code_display not in content
    detail = coordinator_client.get(
        reverse("certificates_admin_detail", args=[theirs.pk]), follow=True
    )
    assert detail.status_code == 404


def test_a_trainee_cannot_open_the_certificates_admin(client, complete):
    enrolment = complete()
    assert client.login(email=enrolment.user.email, password=TEST_PASSWORD)

    response = client.get(reverse("certificates_admin"))

    assert response.status_code in (302, 403)


def test_a_coordinator_revokes_with_a_reason(coordinator_client, coordinator, complete, session):
    certificate = complete(session=session).certificate
    url = reverse("certificates_admin_revoke", args=[certificate.pk])

    coordinator_client.post(url, {"reason": ""})
    certificate.refresh_from_db()
    assert not certificate.is_revoked
    coordinator_client.post(url, {"reason": "Attendance was not met"})

    certificate.refresh_from_db()
    assert certificate.is_revoked and certificate.revocation_reason == "Attendance was not met"
    assert certificate.events.get(kind="revoked").by == coordinator
    [entry] = ModelLogEntry.objects.filter(action="lp.certificate_revoke")
    assert (entry.user, entry.object_id) == (coordinator, str(certificate.pk))
    assert entry.data == {"reason": "Attendance was not met", "address": "127.0.0.1"}


def test_a_coordinator_reissues_after_a_name_correction(
    coordinator_client, coordinator, complete, session
):
    certificate = complete(session=session, full_name="Jon Mukendi").certificate
    code = certificate.code

    page = coordinator_client.get(reverse("certificates_admin_detail", args=[certificate.pk]))
    assert "Reissue" in page.content.decode()
    coordinator_client.post(
        reverse("certificates_admin_reissue", args=[certificate.pk]),
        {"name": "Jean Mukendi", "reason": "Asked by the trainee"},
    )

    certificate.refresh_from_db()
    assert (certificate.code, certificate.name) == (code, "Jean Mukendi")
    event = certificate.events.get(kind="reissued")
    assert (event.previous_name, event.new_name, event.by) == (
        "Jon Mukendi",
        "Jean Mukendi",
        coordinator,
    )
    [entry] = ModelLogEntry.objects.filter(action="lp.certificate_reissue")
    assert (entry.user, entry.object_id) == (coordinator, str(certificate.pk))
    assert entry.message == "Certificate reissued (reason: Asked by the trainee), from 127.0.0.1"
    pdf = coordinator_client.get(reverse("certificates_admin_pdf", args=[certificate.pk]))
    assert "Jean Mukendi" in extracted_lines(pdf.content)["pypdf"]


def test_a_coordinator_downloads_a_session_as_one_zip(
    coordinator_client, complete, session, settings
):
    settings.CERTIFICATE_RENDER_PROCESSES = 1
    certificates = [complete(session=session).certificate for _ in range(2)]
    complete()  # not in the session

    listing = coordinator_client.get(reverse("certificates_admin_sessions"))
    assert reverse("certificates_admin_session_zip", args=[session.pk]) in listing.content.decode()
    response = coordinator_client.get(reverse("certificates_admin_session_zip", args=[session.pk]))

    assert response["Content-Type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))) as archive:
        names = archive.namelist()
        assert len(names) == 2
        for certificate in certificates:
            assert any(name.endswith(f"-{certificate.code_display}.pdf") for name in names)


def test_a_coordinator_cannot_download_the_zip_of_another_session(
    coordinator_client, complete, session
):
    other = TrainingSession.objects.create(course_key=session.course_key, title="Not mine")

    response = coordinator_client.get(
        reverse("certificates_admin_session_zip", args=[other.pk]), follow=True
    )

    assert response.status_code == 404
