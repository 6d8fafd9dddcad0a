"""Sign-up by email (django-allauth) with the profile and consent to the privacy notice."""

import re
import unicodedata

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape

from learning_platform.notifications.models import OutboxEmail
from tests.factories import UserFactory

User = get_user_model()
pytestmark = pytest.mark.django_db

PASSWORD = "a-long-and-unusual-passphrase"


def signup_url(language="en"):
    with translation.override(language):
        return reverse("account_signup")


def signup_data(**overrides):
    data = {
        "email": "lan@example.org",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "full_name": "Nguyễn Thị Lan",
        "country": "VN",
        "organisation": "Viện Sinh thái và Tài nguyên Sinh vật",
        "organisation_type": "research",
        "gender": "female",
        "preferred_language": "en",
        "privacy_consent": "on",
    }
    data.update(overrides)
    return data


def test_the_sign_up_page_asks_for_the_profile_and_links_the_privacy_notice(client):
    response = client.get(signup_url())

    assert response.status_code == 200
    content = response.content.decode()
    for field in (
        "email",
        "password1",
        "full_name",
        "country",
        "organisation",
        "organisation_type",
        "gender",
        "preferred_language",
        "privacy_consent",
    ):
        assert f'name="{field}"' in content
    assert "exactly as it should be printed on certificates" in content
    assert "Prefer not to say" in content
    assert f'href="{reverse("privacy_notice")}"' in content


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_preferred_language_defaults_to_the_interface_language(client, language):
    response = client.get(signup_url(language))

    assert response.status_code == 200
    assert response.context["form"]["preferred_language"].value() == language


def test_only_the_interface_languages_are_offered(client):
    form = client.get(signup_url()).context["form"]

    assert [code for code, _name in form.fields["preferred_language"].choices] == ["en", "fr"]


def test_sign_up_creates_the_account_with_its_profile_and_consent_and_asks_to_verify(client):
    before = timezone.now()

    response = client.post(signup_url(), signup_data(preferred_language="fr"))

    assert response.status_code == 302, response.context["form"].errors
    assert response.url == reverse("account_email_verification_sent")
    user = User.objects.get(email="lan@example.org")
    assert user.full_name == "Nguyễn Thị Lan"
    assert user.country.code == "VN"
    assert user.organisation == "Viện Sinh thái và Tài nguyên Sinh vật"
    assert user.organisation_type == "research"
    assert user.gender == "female"
    assert user.preferred_language == "fr"
    assert before <= user.privacy_accepted_at <= timezone.now()
    assert user.check_password(PASSWORD)
    # Verification is mandatory: the account opens from the link in the email
    # (tests/accounts/test_login.py follows it).
    assert "_auth_user_id" not in client.session
    assert EmailAddress.objects.filter(user=user, email="lan@example.org", verified=False).exists()


def test_gender_is_optional_and_prefer_not_to_say_is_kept(client):
    client.post(signup_url(), signup_data(email="a@example.org", gender=""))
    client.logout()
    client.post(signup_url(), signup_data(email="b@example.org", gender="undisclosed"))

    assert User.objects.get(email="a@example.org").gender == ""
    assert User.objects.get(email="b@example.org").gender == "undisclosed"


def test_sign_up_without_consent_is_refused_with_a_message_and_creates_nothing(client):
    data = signup_data()
    del data["privacy_consent"]

    response = client.post(signup_url(), data)

    assert response.status_code == 200
    assert "You must accept the privacy notice to create an account." in response.content.decode()
    assert not User.objects.exists()
    assert not EmailAddress.objects.exists()
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    "name",
    [
        "Nguyễn Thị Lan",  # Vietnamese
        "فاطمة الزهراء بنت محمد",  # Arabic
        "王小明",  # Chinese
        "अनीता देवी",  # Devanagari
        "አበበ ቢቂላ",  # Ethiopic
        unicodedata.normalize("NFD", "Aïssata Traoré"),  # combining accents, kept as typed
        "Jean-Pierre N'Goma O'Neill",
    ],
)
def test_names_in_any_script_survive_sign_up_exactly(client, name):
    response = client.post(signup_url(), signup_data(full_name=name))

    assert response.status_code == 302, response.context["form"].errors
    user = User.objects.get(email="lan@example.org")
    assert user.full_name == name
    # And the site greets the trainee by that name.
    client.force_login(user)
    page = client.get(reverse("account_profile"))
    assert escape(name) in page.content.decode()


def _page(client, response, email) -> str:
    """The page a sign-up leads to, without what differs on every request (the CSRF token)
    and with the address typed (its message "sent to <address>") as a placeholder."""
    assert response.status_code == 302, response.context["form"].errors
    content = client.get(response.url).content.decode().replace(email, "ADDRESS")
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", content)


@pytest.mark.parametrize("email", ["taken@example.org", "Taken@Example.ORG", "TAKEN@EXAMPLE.ORG"])
def test_a_taken_address_in_any_case_answers_as_a_new_one_and_emails_its_holder(
    client, email, django_capture_on_commit_callbacks
):
    holder = UserFactory(email="taken@example.org", full_name="Amina Diallo")
    new_one = client.post(signup_url(), signup_data(email="someone.new@example.org"))
    OutboxEmail.objects.all().delete()
    other = Client()

    with django_capture_on_commit_callbacks(execute=True):
        taken = other.post(signup_url(), signup_data(email=email, full_name="Someone Else"))

    # The same answer as for an address nobody has: the page that says to check the inbox.
    assert taken.url == new_one.url == reverse("account_email_verification_sent")
    assert _page(other, taken, email.lower()) == _page(client, new_one, "someone.new@example.org")
    assert "_auth_user_id" not in other.session
    # No second account, the holder's unchanged, and an email to the holder instead.
    assert User.objects.filter(email__iexact="taken@example.org").count() == 1
    holder.refresh_from_db()
    assert holder.full_name == "Amina Diallo"
    [queued] = OutboxEmail.objects.all()
    assert (queued.kind, queued.to_email, queued.recipient) == ("account", holder.email, holder)
    # allauth's "account already exists" email, in the holder's language, with the way back in.
    assert queued.language == holder.preferred_language == "fr"
    assert "/fr/accounts/password/reset/" in queued.body_text
    assert [message.to for message in mail.outbox[-1:]] == [["taken@example.org"]]


def test_refused_input_keeps_what_was_typed_and_says_what_is_wrong(client):
    response = client.post(
        signup_url(),
        signup_data(full_name="王小明", country="", organisation_type="", password2="different"),
    )

    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) >= {"country", "organisation_type", "password2"}
    content = response.content.decode()
    assert 'value="王小明"' in content
    assert 'value="lan@example.org"' in content
    assert 'value="Viện Sinh thái và Tài nguyên Sinh vật"' in content
    assert not User.objects.exists()


def test_a_sign_up_sent_twice_at_once_makes_one_account_and_no_error(client, monkeypatch):
    from allauth.account.internal.flows import manage_email

    UserFactory(email="lan@example.org", full_name="Nguyễn Thị Lan")  # the twin request's
    # ...which had not committed yet when this request checked the address.
    monkeypatch.setattr(
        manage_email, "email_already_exists", lambda email, **kwargs: (email, False)
    )

    response = client.post(signup_url(), signup_data(), follow=True)

    assert response.redirect_chain[-1][0] == reverse("account_login")
    assert "Your account is ready" in response.content.decode()
    assert User.objects.filter(email="lan@example.org").count() == 1
