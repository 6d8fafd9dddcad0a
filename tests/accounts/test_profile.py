"""The profile page: a trainee edits the name printed on certificates, country, organisation..."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from tests.factories import TEST_PASSWORD, UserFactory

User = get_user_model()
pytestmark = pytest.mark.django_db


def profile_url(language="en"):
    with translation.override(language):
        return reverse("account_profile")


def profile_data(**overrides):
    data = {
        "full_name": "Aïssata Traoré",
        "country": "BF",
        "organisation": "Ministère de l'Environnement",
        "organisation_type": "government",
        "gender": "undisclosed",
        "preferred_language": "en",
    }
    data.update(overrides)
    return data


@pytest.fixture
def trainee():
    return UserFactory(
        email="aissata@example.org",
        full_name="Aissata Traore",
        country="ML",
        organisation="Université de Bamako",
        organisation_type="research",
        gender="female",
        preferred_language="en",
    )


@pytest.fixture
def trainee_client(client, trainee):
    assert client.login(email=trainee.email, password=TEST_PASSWORD)
    return client


def test_the_profile_page_requires_login(client):
    response = client.get(profile_url())

    assert response.status_code == 302
    with translation.override("en"):
        login_url = reverse("account_login")
    assert response.url == f"{login_url}?next={profile_url()}"


def test_the_profile_page_shows_the_current_profile(trainee_client):
    response = trainee_client.get(profile_url())

    assert response.status_code == 200
    form = response.context["form"]
    assert form["full_name"].value() == "Aissata Traore"
    assert form["country"].value() == "ML"
    assert form["organisation"].value() == "Université de Bamako"
    assert form["organisation_type"].value() == "research"
    assert form["gender"].value() == "female"
    assert form["preferred_language"].value() == "en"
    content = response.content.decode()
    assert 'value="Aissata Traore"' in content
    assert '<option value="ML" selected>' in content
    # Neither the email address nor the password is edited here: allauth's pages do that.
    assert 'name="email"' not in content
    assert 'name="password' not in content
    assert reverse("account_email") in content
    assert reverse("account_change_password") in content


def test_the_header_links_to_the_profile_for_logged_in_people_only(client, trainee):
    anonymous = client.get(reverse("account_login")).content.decode()
    assert profile_url() not in anonymous

    client.force_login(trainee)
    logged_in = client.get(reverse("account_email")).content.decode()
    assert f'href="{profile_url()}"' in logged_in
    assert "My profile" in logged_in


def test_saving_the_profile_changes_it_and_says_so(trainee_client, trainee):
    email, privacy_accepted_at = trainee.email, trainee.privacy_accepted_at

    response = trainee_client.post(
        profile_url(), profile_data(email="someone-else@example.org"), follow=True
    )

    assert response.redirect_chain == [(profile_url(), 302)]
    assert "Your profile has been saved." in response.content.decode()
    trainee.refresh_from_db()
    assert trainee.full_name == "Aïssata Traoré"
    assert trainee.country.code == "BF"
    assert trainee.organisation == "Ministère de l'Environnement"
    assert trainee.organisation_type == "government"
    assert trainee.gender == "undisclosed"
    # What the page does not edit stays as it was.
    assert (trainee.email, trainee.privacy_accepted_at) == (email, privacy_accepted_at)


@pytest.mark.parametrize("name", ["Nguyễn Văn Minh", "محمد عبد الله", "李娜", "ተስፋዬ ገብሬ"])
def test_names_in_any_script_are_saved_exactly(trainee_client, trainee, name):
    trainee_client.post(profile_url(), profile_data(full_name=name))

    trainee.refresh_from_db()
    assert trainee.full_name == name


def test_a_new_language_sends_to_the_profile_page_in_that_language(trainee_client, trainee):
    response = trainee_client.post(profile_url("en"), profile_data(preferred_language="fr"))

    assert response.status_code == 302
    assert response.url == profile_url("fr") == "/fr/accounts/profile/"
    trainee.refresh_from_db()
    assert trainee.preferred_language == "fr"
    page = trainee_client.get(response.url)
    assert page.status_code == 200
    assert 'lang="fr"' in page.content.decode()
    assert len(list(page.context["messages"])) == 1


def test_invalid_input_is_refused_with_messages_and_nothing_typed_is_lost(trainee_client, trainee):
    response = trainee_client.post(
        profile_url(),
        profile_data(
            full_name="  ",
            country="XX",
            organisation="Nouvelle organisation",
            organisation_type="",
            gender="no-such-choice",
        ),
    )

    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) == {"full_name", "country", "organisation_type", "gender"}
    content = response.content.decode()
    assert "This field is required." in content
    assert "Select a valid choice." in content
    assert 'value="Nouvelle organisation"' in content
    trainee.refresh_from_db()
    assert trainee.full_name == "Aissata Traore"
    assert trainee.organisation == "Université de Bamako"
    # The header still shows the saved name, not the refused one.
    assert '<span class="site-header__user">Aissata Traore</span>' in content


def test_a_language_no_longer_offered_is_kept_until_the_person_changes_it(client):
    trainee = UserFactory(preferred_language="es")
    client.force_login(trainee)

    response = client.get(profile_url())
    codes = [code for code, _name in response.context["form"].fields["preferred_language"].choices]
    assert codes == ["en", "fr", "es"]

    client.post(profile_url(), profile_data(preferred_language="es"))
    trainee.refresh_from_db()
    assert trainee.preferred_language == "es"


def test_a_language_that_is_not_offered_cannot_be_chosen(trainee_client, trainee):
    response = trainee_client.post(profile_url(), profile_data(preferred_language="pt"))

    assert response.status_code == 200
    assert "preferred_language" in response.context["form"].errors
    trainee.refresh_from_db()
    assert trainee.preferred_language == "en"
