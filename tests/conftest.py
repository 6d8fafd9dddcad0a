import importlib

import pytest
from django.apps import apps as django_apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Collection, Site

from learning_platform.demo.content import demo_home_pages_ensure
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
def _english_by_default():
    """Each test starts in English: a request in French leaves French active in its thread."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    # Transactional tests empty and refill the tables: content type ids cached in memory
    # from before would point at rows that are gone.
    ContentType.objects.clear_cache()


@pytest.fixture
def migrated_data(transactional_db):
    """For transactional tests, which start from emptied tables: puts back what the data
    migrations make (root collection, home page, role groups, catalogue and its permissions)."""
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    demo_home_pages_ensure()
    for migration, function in (
        # Permissions that these libraries make in migrations rather than on models.
        (
            "wagtail_localize.migrations.0006_create_submit_translation_permission",
            "create_submit_translation_permission",
        ),
        ("learning_platform.accounts.migrations.0002_role_groups", "create_role_groups"),
        (
            "courses.migrations.0004_catalogue_and_role_permissions",
            "create_catalogue_and_permissions",
        ),
        ("courses.migrations.0006_course_team", "create_course_teams"),
        (
            "learning_platform.reports.migrations.0001_session_permissions",
            "grant_session_permissions",
        ),
    ):
        getattr(importlib.import_module(migration), function)(django_apps, None)


@pytest.fixture
def home_page(db):
    """The English home page that the migrations put at the root of the default site."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def admin_user(db):
    """pytest-django's superuser (behind its ``admin_client``), with an authenticator app: the
    admin opens only to staff who have a second factor."""
    from tests.factories import AdminFactory

    return AdminFactory(email="admin@example.com")
