from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import authenticate
from django.core.management import call_command
from wagtail.models import Page

from learning_platform.accounts.models import User
from learning_platform.demo.content import DEMO_ACCOUNTS, DEMO_PASSWORD
from learning_platform.learning.models import Enrolment, TrainingSession

pytestmark = pytest.mark.django_db


def test_the_demo_loads_twice_without_doubling_anything(home_page):
    call_command("load_demo", stdout=StringIO())
    counts = (User.objects.count(), Page.objects.count(), home_page.revisions.count())
    call_command("load_demo", stdout=StringIO())

    assert (User.objects.count(), Page.objects.count(), home_page.revisions.count()) == counts
    assert counts[0] == len(DEMO_ACCOUNTS)
    assert TrainingSession.objects.count() == 1
    assert Enrolment.objects.count() == 2


def test_the_demo_coordinator_has_a_session_with_participants(home_page):
    call_command("load_demo", stdout=StringIO())

    session = TrainingSession.objects.get()
    assert [user.email for user in session.coordinators.all()] == ["coordinator@example.org"]
    assert sorted(session.enrolments.values_list("user__email", flat=True)) == [
        "trainee.vn@example.org",
        "trainee@example.org",
    ]
    assert set(session.enrolments.values_list("source", flat=True)) == {"invitation"}


def test_every_demo_login_works_and_has_its_role(home_page):
    call_command("load_demo", stdout=StringIO())

    for account in DEMO_ACCOUNTS:
        user = authenticate(username=account.email, password=DEMO_PASSWORD)
        assert user is not None, account.email
    trainer = User.objects.get(email="trainer@example.org")
    trainee = User.objects.get(email="trainee@example.org")
    assert trainer.has_perm("wagtailadmin.access_admin")
    assert not trainee.has_perm("wagtailadmin.access_admin")
    assert trainee.full_name == "Aïssata Traoré"


def test_a_demo_trainee_logs_in_through_the_login_page(client, home_page):
    """The demo addresses are verified, as verification is mandatory before a first login."""
    call_command("load_demo", stdout=StringIO())
    call_command("load_demo", stdout=StringIO())  # again: still one address each

    response = client.post(
        "/en/accounts/login/", {"login": "trainee@example.org", "password": DEMO_PASSWORD}
    )

    assert response.status_code == 302
    assert response.url == "/fr/"
    assert client.session["_auth_user_id"] == str(User.objects.get(email="trainee@example.org").pk)
    assert EmailAddress.objects.filter(verified=True).count() == len(DEMO_ACCOUNTS)
