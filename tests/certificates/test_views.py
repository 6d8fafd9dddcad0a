import pytest
from django.urls import reverse
from django.utils import translation

from learning_platform.accounts import services as account_services
from learning_platform.certificates import services
from tests.certificates.pdf import extracted_lines
from tests.factories import TEST_PASSWORD, AdminFactory, UserFactory
from tests.reports.conftest import make_staff

pytestmark = pytest.mark.django_db


def download_url(code, language="en"):
    with translation.override(language):
        return reverse("certificates:download", kwargs={"code": code})


def verify_url(code):
    return reverse("certificate_verify", kwargs={"code": code})


def logged_in(client, user):
    assert client.login(email=user.email, password=TEST_PASSWORD)
    return client


# --- Verify -----------------------------------------------------------------------------------


def test_the_verify_page_shows_a_valid_certificate_without_login(client, complete):
    certificate = complete(full_name="Aïssatou Diallo").certificate

    response = client.get(verify_url(certificate.code))

    content = response.content.decode()
    assert response.status_code == 200
    assert "This certificate is valid." in content
    assert "Aïssatou Diallo" in content and "Clearing-House Mechanism" in content
    assert certificate.code_display in content
    assert "<img" not in content and "<script" not in content and "<link" not in content
    assert len(response.content) < 5_000  # light enough for a 2G phone


def test_the_verify_page_takes_the_code_as_printed_or_scanned(client, complete):
    certificate = complete().certificate

    for typed in (
        certificate.code_display,
        certificate.code_display.lower(),
        certificate.code,
        certificate.code.upper(),
    ):
        assert client.get(verify_url(typed)).status_code == 200
    # The QR code's address, in capitals.
    assert client.get(f"/V/{certificate.code}").status_code == 200


def test_a_revoked_certificate_says_so_with_the_date_and_reason(client, complete):
    certificate = complete().certificate
    services.certificate_revoke(certificate=certificate, reason="Quiz answers were copied")

    content = client.get(verify_url(certificate.code)).content.decode()

    assert "This certificate was revoked on" in content
    assert "Quiz answers were copied" in content
    assert "This certificate is valid." not in content


def test_an_unknown_code_is_plainly_not_found(client, complete):
    complete()

    response = client.get(verify_url("7KQ2-M9XD-0AB1-CDEF-GHJK-MNPQ-RS"), follow=True)

    assert response.status_code == 404  # after Django's redirect to the page in a language
    assert "Not found" in response.content.decode()


def test_after_erasure_the_certificate_verifies_but_shows_no_name(client, complete):
    enrolment = complete(full_name="Fatou Ndiaye")
    account_services.user_erase(user=enrolment.user)

    content = client.get(verify_url(enrolment.certificate.code)).content.decode()

    assert "This certificate is valid." in content
    assert "Fatou Ndiaye" not in content
    assert "name withheld" in content


def test_the_verify_page_is_rate_limited(client, complete, settings):
    settings.CERTIFICATE_VERIFY_RATE = (3, 60)
    certificate = complete().certificate

    statuses = [client.get(verify_url(certificate.code)).status_code for _ in range(5)]

    assert statuses == [200, 200, 200, 429, 429]
    other = client.get(verify_url(certificate.code), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200  # another address has its own allowance


def test_behind_the_proxy_the_verify_limit_counts_each_forwarded_address(
    client, complete, settings
):
    settings.CERTIFICATE_VERIFY_RATE = (2, 60)
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1  # nginx, as in production
    certificate = complete().certificate
    nginx = {"REMOTE_ADDR": "10.0.0.2"}

    first = [
        client.get(verify_url(certificate.code), HTTP_X_FORWARDED_FOR="198.51.100.1", **nginx)
        for _ in range(3)
    ]
    other = client.get(verify_url(certificate.code), HTTP_X_FORWARDED_FOR="198.51.100.2", **nginx)

    assert [response.status_code for response in first] == [200, 200, 429]
    assert other.status_code == 200


def test_the_trainee_name_is_escaped_on_the_verify_page(client, complete):
    certificate = complete(full_name="<script>alert(1)</script> Kabila").certificate

    content = client.get(verify_url(certificate.code)).content.decode()

    assert "&lt;script&gt;alert(1)&lt;/script&gt; Kabila" in content
    assert "<script>" not in content


# --- Download ---------------------------------------------------------------------------------


def test_the_trainee_downloads_their_certificate(client, complete):
    enrolment = complete(full_name="Jean Mukendi")
    certificate = enrolment.certificate

    response = logged_in(client, enrolment.user).get(download_url(certificate.code))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert f"{certificate.code_display}.pdf" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    assert "Jean Mukendi" in extracted_lines(response.content)["pypdf"]


def test_an_anonymous_request_does_not_reveal_whether_a_certificate_exists(client, complete):
    certificate = complete().certificate

    existing = client.get(download_url(certificate.code))
    unknown = client.get(download_url("7KQ2M9XD0AB1CDEFGHJKMNPQRS"))

    assert existing.status_code == unknown.status_code == 302
    assert existing["Location"].split("?")[0] == unknown["Location"].split("?")[0]
    assert "/login/" in existing["Location"]


def test_another_trainee_cannot_download_it(client, complete):
    certificate = complete().certificate

    response = logged_in(client, UserFactory()).get(download_url(certificate.code))

    assert response.status_code == 404


def test_the_coordinators_of_its_session_download_it_others_do_not(client, complete, session):
    certificate = complete(session=session).certificate
    coordinator, other_coordinator = make_staff("Coordinators"), make_staff("Coordinators")
    listed_trainee = UserFactory()  # in a session's list, without the role: nobody
    session.coordinators.add(coordinator, listed_trainee)
    session.__class__.objects.create(
        course_key=session.course_key, title="Another session"
    ).coordinators.add(other_coordinator)
    stranger_session = session.__class__.objects.create(
        course_key="00000000-0000-0000-0000-000000000001", title="Another course"
    )
    stranger = make_staff("Coordinators")
    stranger_session.coordinators.add(stranger)

    assert logged_in(client, coordinator).get(download_url(certificate.code)).status_code == 200
    # A certificate belongs to its enrolment's session, not to the course as a whole.
    for outsider in (other_coordinator, stranger, listed_trainee):
        assert logged_in(client, outsider).get(download_url(certificate.code)).status_code == 404
    assert logged_in(client, AdminFactory()).get(download_url(certificate.code)).status_code == 200


def test_a_revoked_certificate_is_no_longer_downloaded_by_its_trainee(client, complete):
    enrolment = complete()
    services.certificate_revoke(certificate=enrolment.certificate, reason="Fraud")

    response = logged_in(client, enrolment.user).get(download_url(enrolment.certificate.code))

    assert response.status_code == 404


# --- My learning ------------------------------------------------------------------------------


def test_my_learning_lists_the_certificates_with_their_download_link(client, complete):
    enrolment = complete(preferred_language="en")
    certificate = enrolment.certificate

    with translation.override("en"):
        page = reverse("learning:my_learning")
    content = logged_in(client, enrolment.user).get(page).content.decode()

    assert f'href="{download_url(certificate.code)}"' in content
    assert "Download the certificate (PDF)" in content


def test_a_coordinator_still_downloads_a_revoked_certificate_marked_as_such(
    client, complete, session
):
    certificate = complete(session=session).certificate
    coordinator = make_staff("Coordinators")
    session.coordinators.add(coordinator)
    services.certificate_revoke(certificate=certificate, reason="Fraud")

    response = logged_in(client, coordinator).get(download_url(certificate.code))

    assert response.status_code == 200
    assert "REVOKED" in extracted_lines(response.content)["pypdf"]


def test_the_verify_page_speaks_the_visitor_language(client, complete):
    certificate = complete().certificate

    with translation.override("fr"):
        french = reverse("certificates:verify", kwargs={"code": certificate.code})
    response = client.get(french)

    assert french.startswith("/fr/")
    assert response.status_code == 200
    assert '<html lang="fr">' in response.content.decode()


def test_a_coordinator_without_a_second_factor_downloads_nothing(client, complete, session):
    certificate = complete(session=session).certificate
    coordinator = make_staff("Coordinators", totp=False)
    session.coordinators.add(coordinator)

    response = logged_in(client, coordinator).get(download_url(certificate.code))

    assert response.status_code == 404
