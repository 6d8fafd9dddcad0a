"""The privacy notice: public, in every interface language, linked from every page."""

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


def privacy_url(language):
    with translation.override(language):
        return reverse("privacy_notice")


def test_the_privacy_notice_is_public_and_says_what_is_kept_and_why(client):
    response = client.get(privacy_url("en"))

    assert response.status_code == 200
    assert privacy_url("en") == "/en/privacy/"
    content = response.content.decode()
    assert '<html lang="en">' in content
    for fact in (
        "Royal Belgian Institute of Natural Sciences",
        "CEBioS",
        "as you want it printed on your certificates",
        "Belgian Development Cooperation",
        "coordinators and trainers",
        "Erase your account",
        "no longer shows your name",
    ):
        assert fact in content


def test_the_privacy_notice_renders_in_french(client):
    response = client.get(privacy_url("fr"))

    assert response.status_code == 200
    assert privacy_url("fr") == "/fr/privacy/"
    assert '<html lang="fr">' in response.content.decode()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_page_links_the_privacy_notice_in_its_footer(client, language):
    with translation.override(language):
        login_url = reverse("account_login")

    content = client.get(login_url).content.decode()

    assert f'href="{privacy_url(language)}"' in content
