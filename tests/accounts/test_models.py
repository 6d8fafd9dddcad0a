import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from tests.factories import TEST_PASSWORD, UserFactory

User = get_user_model()
pytestmark = pytest.mark.django_db


def test_users_log_in_with_their_email_in_any_case():
    user = UserFactory(email="Aissata.Traore@Example.org")

    assert user.email == "aissata.traore@example.org"
    assert authenticate(username="AISSATA.traore@example.org", password=TEST_PASSWORD) == user
    assert authenticate(username="aissata.traore@example.org", password="wrong") is None


def test_an_email_address_belongs_to_one_account_whatever_its_case():
    UserFactory(email="lan@example.org")

    with pytest.raises(IntegrityError):
        User.objects.bulk_create([User(email="LAN@example.org", full_name="Lan")])


def test_the_model_validation_says_clearly_when_an_address_is_taken():
    UserFactory(email="lan@example.org")
    duplicate = User(email="Lan@Example.org", full_name="Nguyễn Thị Lan")

    with pytest.raises(ValidationError) as excinfo:
        duplicate.full_clean()

    assert "already exists" in str(excinfo.value)


@pytest.mark.parametrize(
    "name",
    ["Nguyễn Thị Lan", "Aïssata Traoré", "محمد بن سلمان", "王秀英", "देवनागरी नाम", "አበበ ቢቂላ"],
)
def test_one_full_name_is_kept_as_typed_in_any_script(name):
    user = UserFactory(full_name=name)
    user.refresh_from_db()

    assert user.full_name == name
    assert user.get_full_name() == name
    assert str(user) == name


def test_profile_fields_are_optional_except_email_and_name():
    user = User.objects.create_user(email="someone@example.org", full_name="Someone")
    user.full_clean()

    assert user.gender == ""
    assert user.country == ""
    assert user.preferred_language == "en"
    assert not user.has_usable_password()


def test_gender_offers_prefer_not_to_say():
    user = UserFactory(gender="undisclosed")

    assert user.get_gender_display() == "Prefer not to say"


def test_create_superuser_gives_admin_rights():
    admin = User.objects.create_superuser(
        email="root@example.org", password=TEST_PASSWORD, full_name="Root"
    )

    assert admin.is_staff and admin.is_superuser


def test_a_user_needs_an_email_address():
    with pytest.raises(ValueError, match="email"):
        User.objects.create_user(email="", full_name="Nobody")
