from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from courses.models import ModulePage
from learning_platform.demo.content import DEMO_PASSWORD

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("migrated_data")]


def test_the_demo_trainer_edits_and_publishes_a_module(live_server, page: Page, admin_sign_in):
    call_command("load_demo", stdout=StringIO())
    module = ModulePage.objects.filter(locale__language_code="en").order_by("path").first()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    admin_sign_in(page, "trainer@example.org", DEMO_PASSWORD)
    page.goto(f"{live_server.url}/admin/pages/{module.pk}/edit/")
    page.get_by_role("tab", name="Quiz").click()
    expect(page.get_by_text("Single choice").first).to_be_visible()
    page.get_by_role("tab", name="Content").click()
    page.fill("input[name=title]", "The legal basis of the CHM")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()

    expect(page.get_by_text("has been published")).to_be_visible()
    page.goto(f"{live_server.url}{module.url}")
    expect(page.get_by_role("heading", level=1)).to_have_text("The legal basis of the CHM")
    assert errors == []


def test_the_demo_trainer_cannot_edit_the_home_page(live_server, page: Page, admin_sign_in):
    call_command("load_demo", stdout=StringIO())
    home = ModulePage.objects.first().get_ancestors().get(depth=2)

    admin_sign_in(page, "trainer@example.org", DEMO_PASSWORD)
    page.goto(f"{live_server.url}/admin/pages/{home.pk}/edit/")

    expect(page.get_by_text("Sorry, you do not have permission")).to_be_visible()
