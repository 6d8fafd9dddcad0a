"""The audit log's record of role and group changes and of account erasures
(learning_platform/accounts/receivers.py and the erasure view)."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from wagtail.models import ModelLogEntry

from tests.factories import TEST_PASSWORD, AdminFactory, UserFactory

pytestmark = pytest.mark.django_db


def entries(action, user):
    return list(ModelLogEntry.objects.filter(action=action, object_id=str(user.pk)).order_by("pk"))


def test_roles_given_and_taken_in_the_user_admin_are_recorded_with_who_did_it(client):
    admin = AdminFactory()
    client.force_login(admin)
    trainers = Group.objects.get(name="Trainers")
    coordinators = Group.objects.get(name="Coordinators")
    person = UserFactory(full_name="Jean-Pierre Mukendi", country="CD")
    person.groups.add(coordinators)
    ModelLogEntry.objects.filter(action="lp.groups_change").delete()
    edit = reverse("wagtailusers_users:edit", args=[person.pk])
    fields = {
        "email": person.email,
        "full_name": person.full_name,
        "country": "CD",
        "organisation": "",
        "organisation_type": "research",
        "gender": "",
        "preferred_language": "fr",
        "is_active": "on",
    }

    response = client.post(edit, {**fields, "groups": [trainers.pk]})

    assert response.status_code == 302, response.context["form"].errors
    changes = entries("lp.groups_change", person)
    assert [entry.data for entry in changes] == [
        {"removed": ["Coordinators"]},
        {"added": ["Trainers"]},
    ]
    assert {entry.user for entry in changes} == {admin}
    assert changes[0].message == "Roles changed (removed: Coordinators)"


def test_group_changes_from_either_side_and_clear_are_recorded():
    trainers = Group.objects.get(name="Trainers")
    amina, lan = UserFactory(), UserFactory()

    trainers.user_set.add(amina, lan)
    amina.groups.add(Group.objects.get(name="Coordinators"))
    amina.groups.clear()

    assert [entry.data for entry in entries("lp.groups_change", amina)] == [
        {"added": ["Trainers"]},
        {"added": ["Coordinators"]},
        {"removed": ["Coordinators", "Trainers"]},
    ]
    assert [entry.data for entry in entries("lp.groups_change", lan)] == [{"added": ["Trainers"]}]
    # No admin request under way: nobody is named as having done it.
    assert all(entry.user is None for entry in entries("lp.groups_change", amina))


def test_adding_a_group_someone_has_already_records_nothing():
    trainers = Group.objects.get(name="Trainers")
    person = UserFactory()
    person.groups.add(trainers)

    person.groups.add(trainers)

    assert len(entries("lp.groups_change", person)) == 1


def test_an_erasure_is_recorded_without_the_personal_data_it_removed(client):
    trainee = UserFactory(
        email="lan@example.org", full_name="Nguyễn Thị Lan", organisation="Viện Sinh thái"
    )
    client.force_login(trainee)
    with translation.override("en"):
        erase = reverse("account_erase")

    client.post(erase, {"confirmation": TEST_PASSWORD}, REMOTE_ADDR="198.51.100.20")

    [entry] = entries("lp.account_erase", trainee)
    assert entry.user_id == trainee.pk
    assert entry.message == "Account erased"
    recorded = f"{entry.label} {entry.data} {entry.object_id}"
    for personal in ("Nguyễn Thị Lan", "lan@example.org", "Viện Sinh thái", "198.51.100.20"):
        assert personal not in recorded
    assert entry.label.endswith("@erased.invalid")


def test_a_refused_erasure_records_nothing(client):
    staff = UserFactory(is_staff=True)
    client.force_login(staff)
    with translation.override("en"):
        client.post(reverse("account_erase"), {"confirmation": TEST_PASSWORD})

    assert entries("lp.account_erase", staff) == []
