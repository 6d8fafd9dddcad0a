"""A person sees where they are signed in and signs their other browsers out (allauth's
usersessions, linked from the profile page)."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tests.factories import TEST_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def url(name):
    with translation.override("en"):
        return reverse(name)


def signed_in_client(user, *, address, browser):
    client = Client(REMOTE_ADDR=address, HTTP_USER_AGENT=browser)
    response = client.post(url("account_login"), {"login": user.email, "password": TEST_PASSWORD})
    assert response.status_code == 302
    return client


def test_a_person_sees_both_sessions_and_ending_the_other_signs_it_out():
    trainee = UserFactory(email="amina@example.org")
    phone = signed_in_client(trainee, address="198.51.100.20", browser="Phone browser/1.0")
    cafe = signed_in_client(trainee, address="203.0.113.9", browser="Cybercafe browser/2.0")

    profile = phone.get(url("account_profile")).content.decode()
    assert f'href="{url("usersessions_list")}"' in profile
    page = phone.get(url("usersessions_list"))
    assert page.status_code == 200
    assert page.context["session_count"] == 2
    content = page.content.decode()
    for shown in ("198.51.100.20", "Phone browser/1.0", "203.0.113.9", "Cybercafe browser/2.0"):
        assert shown in content

    ended = phone.post(url("usersessions_list"))

    assert ended.status_code == 302
    assert cafe.get(url("account_profile")).url.startswith(url("account_login"))
    assert phone.get(url("account_profile")).status_code == 200  # this one stays signed in
    assert phone.get(url("usersessions_list")).context["session_count"] == 1


def test_the_sessions_page_needs_a_login(client):
    response = client.get(url("usersessions_list"))

    assert response.status_code == 302
    assert response.url.startswith(url("account_login"))
