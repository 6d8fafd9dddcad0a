"""Demo accounts and pages. Every function can run again: it updates, never doubles."""

from dataclasses import dataclass
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from courses import services as course_services
from courses.models import CoursePage, HomePage
from learning_platform.accounts import roles
from learning_platform.learning import services as learning_services
from learning_platform.learning.models import TrainingSession

from . import files
from .courses import DEMO_ENROLMENT_KEY, demo_courses_ensure

DEMO_PASSWORD = "demo-cebios-2026"  # noqa: S105 - printed for everyone to use, demo only

DEMO_SESSION_TITLE = "Cotonou, blended"


@dataclass(frozen=True)
class DemoAccount:
    email: str
    full_name: str
    role: str
    fields: dict


DEMO_ACCOUNTS = (
    DemoAccount(
        "admin@example.org",
        "Admin Demo",
        "administrator",
        {"is_superuser": True, "is_staff": True, "country": "BE", "preferred_language": "en"},
    ),
    DemoAccount(
        "trainer@example.org",
        "Jean-Pierre Mukendi Kabasele",
        roles.TRAINERS,
        {
            "is_staff": True,
            "country": "CD",
            "organisation": "Université de Kinshasa",
            "organisation_type": "research",
            "gender": "male",
            "preferred_language": "fr",
        },
    ),
    DemoAccount(
        "coordinator@example.org",
        "Marie Dubois",
        roles.COORDINATORS,
        {
            "is_staff": True,
            "country": "BE",
            "organisation": "CEBioS",
            "organisation_type": "government",
            "gender": "female",
            "preferred_language": "fr",
        },
    ),
    DemoAccount(
        "trainee@example.org",
        "Aïssata Traoré",
        "trainee",
        {
            "country": "BF",
            "organisation": "Ministère de l'Environnement",
            "organisation_type": "government",
            "gender": "female",
            "preferred_language": "fr",
        },
    ),
    DemoAccount(
        "trainee.vn@example.org",
        "Nguyễn Thị Lan",
        "trainee",
        {
            "country": "VN",
            "organisation": "Vietnam National University",
            "organisation_type": "research",
            "gender": "undisclosed",
            "preferred_language": "en",
        },
    ),
)


def demo_accounts_ensure() -> list[DemoAccount]:
    """Creates or resets the demo accounts, all with DEMO_PASSWORD."""
    User = get_user_model()
    for account in DEMO_ACCOUNTS:
        user, _created = User.objects.update_or_create(
            email=account.email,
            defaults={"full_name": account.full_name, "is_active": True, **account.fields},
            # As if they had signed up: the demo shows the site, not the consent page.
            create_defaults={
                "full_name": account.full_name,
                "privacy_accepted_at": timezone.now(),
                **account.fields,
            },
        )
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
        # Verified, as after sign-up: the address must be verified before the first login.
        EmailAddress.objects.update_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True}
        )
        if account.role in roles.ROLE_GROUPS:
            user.groups.add(Group.objects.get(name=account.role))
    return list(DEMO_ACCOUNTS)


def demo_home_pages_ensure() -> dict[str, HomePage]:
    """Fills the home page in English and gives it a translation in each language of
    ``content/home.<language>.md``."""
    home = _default_home_page()
    pages = {settings.LANGUAGE_CODE: home}
    for language, path in files.language_files(files.CONTENT_DIR, "home", "md").items():
        meta, body = files.page_read(path)
        page = pages.get(language)
        if page is None:
            locale, _created = Locale.objects.get_or_create(language_code=language)
            page = home.get_translation_or_none(locale) or home.copy_for_translation(locale)
            pages[language] = page = page.specific
        _publish(page, {"title": meta["title"], "intro": meta["intro"], "body": body})
    return pages


def _default_home_page() -> HomePage:
    """The default site's home page; made when the tree has none (an emptied database)."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    english, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=english)
    )
    home = root.add_child(instance=HomePage(title="CEBioS Learning", slug="home", locale=english))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    return home


def _publish(page: Page, content: dict) -> None:
    """Publishes the content unless the live page already shows exactly that."""
    if page.live and all(getattr(page, name) == value for name, value in content.items()):
        return
    for name, value in content.items():
        setattr(page, name, value)
    page.save_revision().publish()


@transaction.atomic
def demo_session_ensure() -> TrainingSession | None:
    """A blended session of the key-protected demo course, a month from the first load, run by
    the demo coordinator and trainer, with the two demo trainees enrolled: the coordinator's
    dashboard and participant lists have someone to show."""
    course = CoursePage.objects.filter(
        enrolment_key=DEMO_ENROLMENT_KEY, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    if course is None:
        return None
    starts_on = timezone.localdate() + timedelta(days=30)
    session, _created = TrainingSession.objects.get_or_create(
        course_key=course.translation_key,
        title=DEMO_SESSION_TITLE,
        defaults={
            "format": "blended",
            "starts_on": starts_on,
            "ends_on": starts_on + timedelta(days=4),
            "venue": "Université d'Abomey-Calavi, Cotonou",
            "capacity": 30,
        },
    )
    User = get_user_model()
    session.coordinators.add(User.objects.get(email="coordinator@example.org"))
    session.trainers.add(User.objects.get(email="trainer@example.org"))
    for email in ("trainee@example.org", "trainee.vn@example.org"):
        learning_services.enrolment_create(
            user=User.objects.get(email=email), course=course, session=session, source="invitation"
        )
    return session


def demo_teams_ensure() -> None:
    """The demo trainer writes both demo courses: they are on each course's team."""
    trainer = get_user_model().objects.get(email="trainer@example.org")
    for course in CoursePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE):
        course_services.course_team_join(course=course, user=trainer)


def demo_load() -> list[DemoAccount]:
    demo_courses_ensure(demo_home_pages_ensure())
    accounts = demo_accounts_ensure()
    demo_teams_ensure()
    demo_session_ensure()
    return accounts
