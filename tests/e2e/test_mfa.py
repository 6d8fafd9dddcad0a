"""Staff sign in on the admin with a second factor, in Chromium: the code is computed in the
test from the authenticator app's secret, as the app on a phone would compute it."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import Page, expect

from learning_platform.accounts.roles import COORDINATORS
from tests.factories import TEST_PASSWORD, UserFactory, totp_code, with_totp

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("migrated_data")]


def coordinator(email="coordinator@example.org"):
    user = UserFactory(email=email, is_staff=True, preferred_language="en")
    user.groups.add(Group.objects.get(name=COORDINATORS))
    return user


def test_a_coordinator_signs_in_on_the_admin_with_a_code_from_their_app(live_server, page: Page):
    with_totp(coordinator())
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    page.goto(f"{live_server.url}/admin/")
    expect(page.get_by_role("heading", name="Sign In")).to_be_visible()  # allauth's login
    page.fill("input[name=login]", "coordinator@example.org")
    page.fill("input[name=password]", TEST_PASSWORD)
    page.get_by_role("button", name="Sign In", exact=True).click()

    expect(page.get_by_role("heading", name="Two-Factor Authentication")).to_be_visible()
    page.fill("input[name=code]", totp_code())
    page.get_by_role("button", name="Sign In", exact=True).click()

    page.wait_for_url(f"{live_server.url}/admin/")
    expect(page.get_by_role("heading", level=1)).to_have_text("CEBioS Learning")
    expect(page).to_have_title("Dashboard - Wagtail")
    assert errors == []


def test_a_new_coordinator_sets_up_their_app_at_first_sign_in(live_server, page: Page):
    """What the demo staff of `make run` go through the first time."""
    person = coordinator()

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=login]", person.email)
    page.fill("input[name=password]", TEST_PASSWORD)
    page.get_by_role("button", name="Sign In", exact=True).click()
    expect(page.get_by_text("needs a second factor")).to_be_visible()
    page.get_by_role("link", name="Activate").first.click()
    # allauth asks for the password again before adding a second factor.
    page.fill("input[name=password]", TEST_PASSWORD)
    page.get_by_role("button", name="Confirm").click()
    secret = page.locator("#authenticator_secret").input_value()
    page.fill("input[name=code]", totp_code(secret))
    page.get_by_role("button", name="Activate").click()

    expect(page.get_by_role("heading", name="Recovery Codes")).to_be_visible()
    page.get_by_role("link", name="Go to the administration").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    expect(page.get_by_role("heading", level=1)).to_have_text("CEBioS Learning")
    assert get_user_model().objects.get(pk=person.pk).authenticator_set.count() == 2
