import io
import zipfile

import pytest
from django.utils import timezone

from learning_platform.accounts import services as account_services
from learning_platform.certificates import services
from learning_platform.certificates.models import Certificate, CertificateEvent
from learning_platform.certificates.selectors import certificate_by_code
from learning_platform.notifications.models import OutboxEmail
from tests.certificates.pdf import extracted_lines
from tests.courses.test_translations import translate
from tests.factories import UserFactory, course_page

pytestmark = pytest.mark.django_db


def test_completing_a_course_issues_its_certificate_with_everything_frozen(
    complete, course, session
):
    enrolment = complete(full_name="Aïssatou Diallo", preferred_language="en", session=session)

    certificate = enrolment.certificate
    assert certificate.name == "Aïssatou Diallo"
    assert certificate.course_title == "Clearing-House Mechanism"
    assert certificate.course_key == course.translation_key
    assert certificate.language == "en"
    assert certificate.completed_on == timezone.localdate(enrolment.completed_at)
    assert certificate.session_title == "Cotonou, May"
    assert certificate.pass_mark == 75
    assert [s["name"] for s in certificate.signatories] == ["Dr Anne Franklin", "Han de Koeijer"]
    assert len(certificate.code) == 26 and certificate.issued_at is not None
    assert list(certificate.events.values_list("kind", flat=True)) == ["issued"]

    # Later changes to the profile or the course change nothing on the certificate.
    enrolment.user.full_name = "Someone Else"
    enrolment.user.save()
    course.title = "Renamed course"
    course.save_revision().publish()
    certificate.refresh_from_db()
    assert (certificate.name, certificate.course_title) == (
        "Aïssatou Diallo",
        "Clearing-House Mechanism",
    )


def test_a_certificate_is_issued_once_per_enrolment(complete):
    enrolment = complete()

    again = services.certificate_issue(enrolment=enrolment)

    assert again == enrolment.certificate
    assert Certificate.objects.filter(enrolment=enrolment).count() == 1


def test_the_certificate_is_issued_in_the_completing_transaction(complete, monkeypatch):
    def broken_email(**kwargs):
        raise RuntimeError("the outbox is down")

    monkeypatch.setattr(services, "email_queue", broken_email)
    with pytest.raises(RuntimeError):
        complete()

    # The completion, the certificate and the email stand or fall together.
    assert not Certificate.objects.exists()
    assert not OutboxEmail.objects.filter(kind="course_completed").exists()


def test_completion_queues_one_email_in_the_trainee_language_with_the_download_link(
    complete, mailoutbox
):
    enrolment = complete(full_name="Jean Mukendi", preferred_language="fr")

    email = OutboxEmail.objects.get(kind="course_completed")
    code = enrolment.certificate.code
    assert email.language == "fr" and email.recipient == enrolment.user
    assert f"/fr/certificates/{code}/pdf/" in email.body_text
    assert f"/fr/certificates/{code}/pdf/" in email.body_html
    assert enrolment.certificate.code_display in email.body_text
    assert "Jean Mukendi" in email.body_text
    assert len(mailoutbox) == 2  # the enrolment confirmation, then this one
    assert mailoutbox[1].subject == email.subject


def test_a_course_without_certificate_still_congratulates(
    home_page, django_capture_on_commit_callbacks
):
    from learning_platform.learning import services as learning_services
    from tests.factories import module_page

    course = course_page(title="Short course", gives_certificate=False)
    module = module_page(course)
    with django_capture_on_commit_callbacks(execute=True):
        enrolment, _created = learning_services.enrolment_create(user=UserFactory(), course=course)
        learning_services.module_mark_done(enrolment=enrolment, module=module)

    assert not Certificate.objects.exists()
    email = OutboxEmail.objects.get(kind="course_completed")
    assert "/pdf/" not in email.body_text


def test_a_course_in_two_languages_gives_a_bilingual_certificate_in_the_trainee_language(
    course, module, complete
):
    from wagtail.models import Locale

    from learning_platform.demo.content import demo_home_pages_ensure

    demo_home_pages_ensure()
    french = translate(course, Locale.objects.get(language_code="fr"))
    french.title = "Le mécanisme d'échange"
    french.save_revision().publish()

    certificate = complete(preferred_language="fr").certificate

    assert certificate.language == "fr"
    assert certificate.course_title == "Le mécanisme d'échange"
    assert certificate.course_titles == {
        "en": "Clearing-House Mechanism",
        "fr": "Le mécanisme d'échange",
    }
    assert certificate.bilingual
    text = " ".join(extracted_lines(services.certificate_render(certificate))["pypdf"])
    assert "Le mécanisme d'échange" in text and "Clearing-House Mechanism" in text


def test_revoking_needs_a_reason_and_is_recorded(complete):
    certificate = complete().certificate
    coordinator = UserFactory()

    with pytest.raises(services.CertificateError):
        services.certificate_revoke(certificate=certificate, reason="  ", by=coordinator)
    services.certificate_revoke(certificate=certificate, reason="Quiz fraud", by=coordinator)

    certificate.refresh_from_db()
    assert certificate.is_revoked and certificate.revocation_reason == "Quiz fraud"
    event = certificate.events.get(kind="revoked")
    assert (event.by, event.reason) == (coordinator, "Quiz fraud")
    with pytest.raises(services.CertificateError):
        services.certificate_revoke(certificate=certificate, reason="Again", by=coordinator)


def test_reissuing_after_a_name_correction_keeps_the_code_and_records_the_change(complete):
    enrolment = complete(full_name="Jon Mukendi")
    certificate = enrolment.certificate
    code = certificate.code
    enrolment.user.full_name = "Jean Mukendi Kabasele"
    enrolment.user.save()

    services.certificate_reissue(certificate=certificate, reason="Typo", by=enrolment.user)

    certificate.refresh_from_db()
    assert certificate.code == code and certificate.reissued_at is not None
    assert certificate.name == "Jean Mukendi Kabasele"
    event = certificate.events.get(kind="reissued")
    assert (event.previous_name, event.new_name, event.reason) == (
        "Jon Mukendi",
        "Jean Mukendi Kabasele",
        "Typo",
    )
    lines = extracted_lines(services.certificate_render(certificate))["pypdf"]
    assert "Jean Mukendi Kabasele" in lines and "Jon Mukendi" not in lines


def test_after_erasure_the_certificate_verifies_without_the_name(complete):
    enrolment = complete(full_name="Fatou Ndiaye")
    certificate = enrolment.certificate

    account_services.user_erase(user=enrolment.user)

    certificate.refresh_from_db()
    assert certificate.name == "" and certificate.name_erased_at is not None
    assert certificate_by_code(certificate.code) == certificate
    assert not CertificateEvent.objects.filter(previous_name="Fatou Ndiaye").exists()
    assert not CertificateEvent.objects.filter(new_name="Fatou Ndiaye").exists()


def test_personal_data_download_lists_the_certificates(complete):
    enrolment = complete(full_name="Fatou Ndiaye")

    data = account_services.user_personal_data_export(user=enrolment.user)

    [row] = data["certificates"]
    assert row["code"] == enrolment.certificate.code_display
    assert row["name"] == "Fatou Ndiaye"
    assert row["history"][0]["what"] == "issued"


@pytest.mark.parametrize("processes", [1, 2])
def test_a_session_zip_holds_each_valid_certificate(complete, session, processes, monkeypatch):
    monkeypatch.setattr(services, "POOL_THRESHOLD", 2)  # worker processes even for a few
    enrolments = [complete(session=session, full_name=f"Trainee {n}") for n in range(3)]
    revoked = enrolments[2].certificate
    services.certificate_revoke(certificate=revoked, reason="Duplicate", by=None)
    complete(full_name="Not in the session")

    buffer = io.BytesIO()
    services.session_certificates_zip(session=session, target=buffer, processes=processes)

    with zipfile.ZipFile(buffer) as archive:
        names = archive.namelist()
        assert names == [
            f"trainee-0-{enrolments[0].certificate.code_display}.pdf",
            f"trainee-1-{enrolments[1].certificate.code_display}.pdf",
        ]
        assert all(archive.read(name).startswith(b"%PDF") for name in names)


def test_signatures_and_logos_are_frozen_as_small_jpeg_renditions(course, complete):
    from courses.models import CoursePartner
    from tests.factories import ImageFactory, png_file

    signatory = course.signatories.first()
    signatory.signature = ImageFactory(file=png_file("signature.png", (1800, 600)))
    signatory.save()
    course.partners.add(
        CoursePartner(name="RBINS", logo=ImageFactory(file=png_file("logo.png", (2000, 800))))
    )
    course.save_revision().publish()

    certificate = complete().certificate

    signature = certificate.signatories[0]["signature"]
    logo = certificate.partners[0]["logo"]
    assert signature.endswith(".jpg") and logo.endswith(".jpg")
    pdf = services.certificate_render(certificate)
    assert pdf.count(b"/DCTDecode") == 2  # both images, copied into the PDF as they are
    assert len(pdf) < 100_000
