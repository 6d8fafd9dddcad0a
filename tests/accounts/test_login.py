"""Logging in and out, resetting a password and verifying an email address (django-allauth with
the site's adapter, learning_platform/accounts/adapter.py)."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation

from learning_platform.notifications.models import OutboxEmail
from tests.accounts.test_signup import PASSWORD, signup_data, signup_url
from tests.factories import TEST_PASSWORD, UserFactory

User = get_user_model()
pytestmark = pytest.mark.django_db

NEW_PASSWORD = "another-long-and-unusual-passphrase"


def url(name, language="en"):
    with translation.override(language):
        return reverse(name)


def logged_in_user_id(client):
    return client.session.get("_auth_user_id")


def first_link(message):
    return re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)


@pytest.fixture
def trainee():
    return UserFactory(email="amina@example.org", full_name="Amina Diallo", preferred_language="fr")


@pytest.mark.parametrize("typed", ["amina@example.org", "Amina@Example.ORG", " AMINA@EXAMPLE.ORG "])
def test_login_by_email_in_any_case_goes_to_the_preferred_language(client, trainee, typed):
    response = client.post(url("account_login", "en"), {"login": typed, "password": TEST_PASSWORD})

    assert response.status_code == 302
    assert response.url == "/fr/"
    assert int(logged_in_user_id(client)) == trainee.pk
    home = client.get(response.url)
    assert home.status_code == 200
    assert '<html lang="fr">' in home.content.decode()


def test_login_from_the_french_site_goes_to_english_for_an_english_speaker(client):
    UserFactory(email="john@example.org", preferred_language="en")

    response = client.post(
        url("account_login", "fr"), {"login": "john@example.org", "password": TEST_PASSWORD}
    )

    assert response.status_code == 302
    assert response.url == "/en/"


def test_a_page_named_in_next_is_kept(client, trainee):
    wanted = url("account_profile", "en")

    response = client.post(
        f"{url('account_login', 'en')}?next={wanted}",
        {"login": trainee.email, "password": TEST_PASSWORD},
    )

    assert response.status_code == 302
    assert response.url == wanted


def test_next_in_the_form_is_kept_too(client, trainee):
    response = client.post(
        url("account_login", "en"),
        {"login": trainee.email, "password": TEST_PASSWORD, "next": "/en/my-learning/"},
    )

    assert response.url == "/en/my-learning/"


def test_a_next_to_another_site_is_ignored(client, trainee):
    response = client.post(
        url("account_login", "en"),
        {"login": trainee.email, "password": TEST_PASSWORD, "next": "https://evil.example/"},
    )

    assert response.url == "/fr/"


def test_a_language_that_is_not_offered_leaves_the_default_page(client):
    UserFactory(email="ana@example.org", preferred_language="pt")

    response = client.post(
        url("account_login", "en"), {"login": "ana@example.org", "password": TEST_PASSWORD}
    )

    assert response.status_code == 302
    assert response.url == "/"


def test_a_wrong_password_is_refused_with_a_clear_message(client, trainee):
    response = client.post(
        url("account_login", "en"), {"login": trainee.email, "password": "not-the-password"}
    )

    assert response.status_code == 200
    assert (
        "The email address and/or password you specified are not correct."
        in response.content.decode()
    )
    assert logged_in_user_id(client) is None


def test_an_unknown_address_gets_the_same_message(client):
    response = client.post(
        url("account_login", "en"), {"login": "nobody@example.org", "password": TEST_PASSWORD}
    )

    assert response.status_code == 200
    assert (
        "The email address and/or password you specified are not correct."
        in response.content.decode()
    )


def test_logout(client, trainee):
    client.force_login(trainee)

    response = client.post(url("account_logout", "en"))

    assert response.status_code == 302
    assert logged_in_user_id(client) is None
    assert client.get(url("account_profile")).status_code == 302


def test_a_password_reset_email_has_a_working_link_that_sets_a_new_password(
    client, trainee, django_capture_on_commit_callbacks
):
    # The email goes through the outbox, sent once the request's transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("account_reset_password", "en"), {"email": "Amina@Example.org"})

    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == ["amina@example.org"]
    link = first_link(message)
    assert "/accounts/password/reset/key/" in link

    # allauth keeps the key in the session and sends to the same page without it in the URL.
    form_page = client.get(link, follow=True)
    [(form_url, _status)] = form_page.redirect_chain
    assert form_url.endswith("-set-password/")
    assert 'name="password1"' in form_page.content.decode()
    done = client.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert done.status_code == 302

    trainee.refresh_from_db()
    assert trainee.check_password(NEW_PASSWORD)
    assert not Client().login(email=trainee.email, password=TEST_PASSWORD)
    assert Client().login(email=trainee.email, password=NEW_PASSWORD)
    # The link works once.
    again = Client().get(link, follow=True)
    assert 'name="password1"' not in again.content.decode()


def test_a_reset_for_an_unknown_address_sends_no_link(client):
    response = client.post(url("account_reset_password", "en"), {"email": "nobody@example.org"})

    assert response.status_code == 302  # the page says the same, to not reveal who has an account
    assert all("/password/reset/key/" not in message.body for message in mail.outbox)


def test_sign_up_sends_a_verification_email_that_verifies_the_address_and_logs_in(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(signup_url("en"), signup_data(preferred_language="fr"))

    assert response.status_code == 302
    # Verification is mandatory: the account opens from the email's link.
    assert response.url == url("account_email_verification_sent", "en")
    assert logged_in_user_id(client) is None
    [message] = mail.outbox
    assert message.to == ["lan@example.org"]
    assert OutboxEmail.objects.get(kind="account").language == "fr"  # the language chosen
    link = first_link(message)
    assert "/accounts/confirm-email/" in link
    address = EmailAddress.objects.get(email="lan@example.org")
    assert not address.verified

    assert client.get(link).status_code == 200  # a page with a button, not a change on GET
    confirmed = client.post(link)

    address.refresh_from_db()
    assert address.verified
    user = User.objects.get(email="lan@example.org")
    assert user.check_password(PASSWORD)
    # Signed in, in the browser that signed up, and in the language just chosen.
    assert int(logged_in_user_id(client)) == user.pk
    assert confirmed.url == "/fr/"


def test_an_address_not_verified_yet_does_not_log_in_and_gets_a_new_link(
    client, django_capture_on_commit_callbacks
):
    UserFactory(email="lan@example.org", email_verified=False)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("account_login", "en"), {"login": "lan@example.org", "password": TEST_PASSWORD}
        )

    assert response.status_code == 302
    assert response.url == url("account_email_verification_sent", "en")
    assert logged_in_user_id(client) is None
    [message] = mail.outbox
    assert message.to == ["lan@example.org"]
    assert "/accounts/confirm-email/" in first_link(message)


def test_a_password_set_from_an_emailed_link_verifies_the_address(
    client, django_capture_on_commit_callbacks
):
    """An invited trainee (their account made by a coordinator, address not verified) chooses
    a password from the link of the invitation, a password reset: the link proved the address,
    so they log in without a second email."""
    invited = UserFactory(email="invited@example.org", email_verified=False)
    EmailAddress.objects.create(user=invited, email=invited.email, primary=True, verified=False)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("account_reset_password", "en"), {"email": invited.email})
    form_url = client.get(first_link(mail.outbox[-1]), follow=True).redirect_chain[-1][0]
    client.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    assert EmailAddress.objects.get(user=invited).verified
    response = Client().post(
        url("account_login", "en"), {"login": invited.email, "password": NEW_PASSWORD}
    )
    assert response.status_code == 302
    assert response.url == "/fr/"
