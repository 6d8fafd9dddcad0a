import pytest
from playwright.sync_api import Page, expect

from learning_platform.demo.content import demo_home_pages_ensure

# The live server sees only committed data: transactional tests, on the migrated data.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("migrated_data")]


def test_a_visitor_reads_the_home_page_in_english_then_french(live_server, page: Page):
    demo_home_pages_ensure()
    outside_requests = []
    page.on(
        "request",
        lambda request: (
            None
            if request.url.startswith(live_server.url)
            else outside_requests.append(request.url)
        ),
    )

    page.goto(f"{live_server.url}/en/")
    expect(page).to_have_title(
        "Biodiversity training for partners of the Belgian Development "
        "Cooperation · CEBioS Learning"
    )
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("link", name="Log in")).to_be_visible()

    page.get_by_role("link", name="Français").click()

    expect(page).to_have_url(f"{live_server.url}/fr/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Formations biodiversité pour les partenaires de la Coopération belge"
    )
    expect(page.get_by_role("link", name="Connexion")).to_be_visible()
    assert outside_requests == []


def test_the_home_page_fits_a_phone_screen(live_server, page: Page):
    demo_home_pages_ensure()
    page.set_viewport_size({"width": 360, "height": 740})

    page.goto(f"{live_server.url}/fr/")

    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 360
    expect(page.get_by_role("link", name="English")).to_be_visible()
