import pytest
from django.core.cache import cache
from wagtail.models import Site

from tests.services import ensure_services


def pytest_sessionstart(session):
    """The suite runs against real PostgreSQL and Redis; without them it stops, loudly."""
    problems = ensure_services(start=False)
    if problems:
        pytest.exit("Required services are down:\n" + "\n".join(problems), returncode=3)


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()


@pytest.fixture
def home_page(db):
    """The English home page that the migrations put at the root of the default site."""
    return Site.objects.get(is_default_site=True).root_page.specific
