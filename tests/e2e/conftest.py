"""Browser tests: Playwright drives Debian's Chromium against Django's live server."""

import os
from pathlib import Path

import pytest

from tests.factories import totp_code, with_totp

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))

# Playwright's sync API runs an event loop in the test thread; the ORM calls that the test
# makes around it are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    # Called with every test of the run, not only this folder's.
    for item in items:
        if Path(__file__).parent in item.path.parents:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not CHROMIUM.exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: `make test` installs Debian's chromium.")
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "headless": True,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run",
        ],
    }


@pytest.fixture
def admin_sign_in(live_server):
    """Signs a member of staff in on the admin as they do: allauth's login (where /admin/login/
    leads), then a code from their authenticator app, computed here. Gives them the app first
    when they have none (staff need one before the admin opens)."""
    from django.contrib.auth import get_user_model

    def sign_in(page, email, password, next_path="/admin/"):
        with_totp(get_user_model().objects.get(email=email))
        page.goto(f"{live_server.url}/admin/login/?next={next_path}")
        page.fill("input[name=login]", email)
        page.fill("input[name=password]", password)
        page.get_by_role("button", name="Sign In", exact=True).click()
        page.fill("input[name=code]", totp_code())
        page.get_by_role("button", name="Sign In", exact=True).click()
        page.wait_for_url(f"{live_server.url}{next_path}")

    return sign_in
