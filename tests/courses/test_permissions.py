"""Trainers write in the course catalogue and nowhere else; coordinators read courses."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from courses import services as course_services
from courses.models import CoursePage, HomePage
from tests.factories import UserFactory, course_page, module_page, with_totp

pytestmark = pytest.mark.django_db


def member_of(group_name, client):
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    client.force_login(with_totp(user))
    return user


def test_a_trainer_of_the_course_team_edits_and_publishes_a_module(client, home_page):
    course = course_page()
    module = module_page(course, title="Legal basis")
    course_services.course_team_join(course=course, user=member_of("Trainers", client))

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[module.pk]),
        {
            "title": "Legal basis of the CHM",
            "slug": module.slug,
            "introduction": "Why the CHM exists.",
            "estimated_minutes": "25",
            "required": "on",
            "body-count": "0",
            "quiz-count": "0",
            "action-publish": "action-publish",
        },
    )

    assert response.status_code == 302, response.context["form"].errors
    module.refresh_from_db()
    assert module.title == "Legal basis of the CHM"
    assert module.live and not module.has_unpublished_changes


def test_a_trainer_edits_only_the_courses_of_their_team(client, home_page):
    theirs = course_page(title="Someone else's course")
    module = module_page(theirs)
    member_of("Trainers", client)

    edit = client.get(reverse("wagtailadmin_pages:edit", args=[module.pk]))
    add_module = client.get(
        reverse("wagtailadmin_pages:add", args=["courses", "modulepage", theirs.pk])
    )

    assert edit.status_code in (302, 403)
    assert add_module.status_code in (302, 403)


def test_a_trainer_who_writes_a_course_is_on_its_team(client, home_page):
    user = member_of("Trainers", client)
    catalogue_page = home_page.get_children().get()

    response = client.post(
        reverse("wagtailadmin_pages:add", args=["courses", "coursepage", catalogue_page.pk]),
        {
            "title": "Mangroves",
            "slug": "mangroves",
            "summary": "Mangroves of the Gulf of Guinea.",
            "learning_objectives-count": "0",
            "level": "introductory",
            "estimated_hours": "2",
            "enrolment_mode": "open",
            "pass_mark": "70",
            "signatories-TOTAL_FORMS": "0",
            "signatories-INITIAL_FORMS": "0",
            "partners-TOTAL_FORMS": "0",
            "partners-INITIAL_FORMS": "0",
        },
    )

    assert response.status_code == 302, response.context["form"].errors
    course = CoursePage.objects.get(slug="mangroves")
    assert course_services.course_team_member(course_key=course.translation_key, user=user)
    assert course.permissions_for_user(user).can_publish()


def test_a_trainer_cannot_edit_pages_outside_the_catalogue(client, home_page):
    member_of("Trainers", client)

    edit_home = client.get(reverse("wagtailadmin_pages:edit", args=[home_page.pk]))
    add_under_home = client.get(
        reverse("wagtailadmin_pages:add", args=["courses", "courseindexpage", home_page.pk])
    )

    assert edit_home.status_code in (302, 403)
    assert add_under_home.status_code in (302, 403)


def test_a_trainer_can_add_a_course_to_the_catalogue(client, home_page):
    user = member_of("Trainers", client)
    catalogue_page = home_page.get_children().get()

    assert catalogue_page.permissions_for_user(user).can_add_subpage()
    assert not HomePage.objects.get(pk=home_page.pk).permissions_for_user(user).can_edit()


def test_coordinators_read_courses_but_cannot_edit_them(client, home_page):
    course = course_page(title="Clearing-House Mechanism")
    module = module_page(course)
    member_of("Coordinators", client)

    listing = client.get(reverse("course_list"))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[module.pk]))

    assert listing.status_code == 200
    assert "Clearing-House Mechanism" in listing.content.decode()
    assert edit.status_code in (302, 403)


def test_trainees_do_not_reach_the_course_list(client, home_page):
    client.force_login(UserFactory())

    response = client.get(reverse("course_list"))

    assert response.status_code in (302, 403)


def test_a_trainer_of_the_course_team_reorders_its_modules(client, home_page):
    """Wagtail's "Sort menu order" on the course's page list; the course lists them so at once."""
    course = course_page()
    first = module_page(course, title="Legal basis")
    module_page(course, title="National websites")
    last = module_page(course, title="Keeping it alive")
    course_services.course_team_join(course=course, user=member_of("Trainers", client))

    response = client.post(
        reverse("wagtailadmin_pages:set_page_position", args=[last.pk]) + "?position=0"
    )

    assert response.status_code == 200
    titles = [entry.title for entry in client.get(course.url).context["modules"]]
    assert titles == ["Keeping it alive", "Legal basis", "National websites"]
    # Someone off the team cannot.
    member_of("Trainers", client)
    refused = client.post(
        reverse("wagtailadmin_pages:set_page_position", args=[first.pk]) + "?position=2"
    )
    assert refused.status_code in (302, 403)
    titles = [entry.title for entry in client.get(course.url).context["modules"]]
    assert titles[0] == "Keeping it alive"
