"""People whose account a coordinator made accept the privacy notice before anything else."""

import pytest
from django.urls import reverse

from tests.factories import UserFactory, course_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def invited(client):
    """A trainee whose account came from a bulk enrolment: no consent recorded yet."""
    person = UserFactory(privacy_accepted_at=None, preferred_language="en")
    client.force_login(person)
    return person


def test_an_invited_trainee_is_asked_to_accept_the_notice_first(client, invited, home_page):
    course = course_page(title="Clearing-House Mechanism")

    response = client.get(course.url)

    consent = reverse("account_privacy_consent")
    assert response.status_code == 302
    assert response.url == f"{consent}?next={course.url.replace('/', '%2F')}"
    page = client.get(response.url)
    assert "Your training coordinator made this account for you" in page.content.decode()


def test_the_notice_and_the_way_out_stay_open_before_consent(client, invited):
    for name in ("privacy_notice", "account_erase", "account_data_export"):
        assert client.get(reverse(name)).status_code == 200, name


def test_consent_is_recorded_once_and_leads_where_the_trainee_was_going(client, invited, home_page):
    course = course_page()
    consent = reverse("account_privacy_consent")

    refused = client.post(consent, {"next": course.url})
    assert refused.status_code == 200
    assert "Tick the box to accept the privacy notice" in refused.content.decode()
    invited.refresh_from_db()
    assert invited.privacy_accepted_at is None

    accepted = client.post(consent, {"next": course.url, "privacy_consent": "on"})
    assert accepted.status_code == 302 and accepted.url == course.url
    invited.refresh_from_db()
    assert invited.privacy_accepted_at is not None
    assert client.get(course.url).status_code == 200


def test_consent_never_leads_to_another_site(client, invited):
    response = client.post(
        reverse("account_privacy_consent"),
        {"next": "https://evil.example.com/", "privacy_consent": "on"},
    )
    assert response.url == reverse("learning:my_learning")


def test_trainees_who_signed_up_are_not_asked_again(client, home_page):
    client.force_login(UserFactory())
    course = course_page()
    assert client.get(course.url).status_code == 200
