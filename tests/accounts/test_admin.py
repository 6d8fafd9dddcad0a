import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.factories import AdminFactory, UserFactory, with_totp

User = get_user_model()
pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(AdminFactory())
    return client


def test_the_user_admin_shows_our_profile_fields(admin_client):
    response = admin_client.get(reverse("wagtailusers_users:add"))

    assert response.status_code == 200
    for field in ("full_name", "country", "organisation_type", "gender", "preferred_language"):
        assert f'name="{field}"' in response.content.decode()
    assert 'name="first_name"' not in response.content.decode()


def test_an_administrator_creates_a_trainer(admin_client):
    trainers = Group.objects.get(name="Trainers")

    response = admin_client.post(
        reverse("wagtailusers_users:add"),
        {
            "email": "Trainer@Example.org",
            "full_name": "Jean-Pierre Mukendi",
            "country": "CD",
            "organisation": "Université de Kinshasa",
            "organisation_type": "research",
            "gender": "",
            "preferred_language": "fr",
            "password1": "a-long-and-unusual-passphrase",
            "password2": "a-long-and-unusual-passphrase",
            "groups": [trainers.pk],
        },
    )

    assert response.status_code == 302, response.context["form"].errors
    trainer = User.objects.get(email="trainer@example.org")
    assert trainer.full_name == "Jean-Pierre Mukendi"
    assert trainer.country.code == "CD"
    assert list(trainer.groups.all()) == [trainers]
    assert trainer.has_perm("wagtailadmin.access_admin")


def test_an_administrator_edits_a_profile(admin_client):
    trainee = UserFactory(full_name="Aissata Traore")

    response = admin_client.post(
        reverse("wagtailusers_users:edit", args=[trainee.pk]),
        {
            "email": trainee.email,
            "full_name": "Aïssata Traoré",
            "country": "BF",
            "organisation": "",
            "organisation_type": "",
            "gender": "undisclosed",
            "preferred_language": "fr",
            "is_active": "on",
        },
    )

    assert response.status_code == 302, response.context["form"].errors
    trainee.refresh_from_db()
    assert (trainee.full_name, trainee.country.code, trainee.gender) == (
        "Aïssata Traoré",
        "BF",
        "undisclosed",
    )


def test_an_administrator_can_still_edit_an_erased_account(admin_client):
    from learning_platform.accounts.services import user_erase

    erased = user_erase(user=UserFactory(organisation_type="ngo"))

    response = admin_client.post(
        reverse("wagtailusers_users:edit", args=[erased.pk]),
        {
            "email": erased.email,
            "full_name": "",
            "country": "CD",
            "organisation": "",
            "organisation_type": "government",
            "gender": "",
            "preferred_language": "fr",
        },
    )

    assert response.status_code == 302, response.context["form"].errors
    erased.refresh_from_db()
    assert (erased.full_name, erased.organisation_type) == ("", "government")


def test_a_taken_address_is_refused_with_a_message(admin_client):
    UserFactory(email="lan@example.org")

    response = admin_client.post(
        reverse("wagtailusers_users:add"),
        {
            "email": "LAN@example.org",
            "full_name": "Someone Else",
            "preferred_language": "en",
            "password1": "a-long-and-unusual-passphrase",
            "password2": "a-long-and-unusual-passphrase",
        },
    )

    assert response.status_code == 200
    assert "already exists" in str(response.context["form"].errors)
    assert User.objects.filter(email__iexact="lan@example.org").count() == 1


def test_the_users_listing_finds_people_by_name(admin_client):
    UserFactory(full_name="Nguyễn Thị Lan")
    UserFactory(full_name="Marie Dubois")

    response = admin_client.get(reverse("wagtailusers_users:index"), {"q": "Nguyễn"})

    assert response.status_code == 200
    content = response.content.decode()
    assert "Nguyễn Thị Lan" in content
    assert "Marie Dubois" not in content


def test_staff_change_their_own_printed_name_on_the_admin_account_page(client):
    trainer = UserFactory(full_name="Jean Pierre", is_staff=True)
    trainer.groups.add(Group.objects.get(name="Trainers"))
    client.force_login(with_totp(trainer))

    page = client.get(reverse("wagtailadmin_account"))
    assert page.status_code == 200
    assert 'name="name_email-full_name"' in page.content.decode()
    assert 'name="name_email-first_name"' not in page.content.decode()

    response = client.post(
        reverse("wagtailadmin_account"),
        {
            "name_email-full_name": "Jean-Pierre Mukendi",
            "name_email-email": trainer.email,
            # The other panels of the page, as the browser sends them.
            "theme-theme": "system",
            "theme-contrast": "system",
            "theme-density": "default",
        },
    )

    assert response.status_code == 302
    trainer.refresh_from_db()
    assert trainer.full_name == "Jean-Pierre Mukendi"
