"""Course teams: who writes which course.

Until now every trainer could edit and publish every course. Each existing course gets a team
(a group with the page permissions on each of its translations), and every current trainer is
put on every existing team, so nobody loses what they did yesterday; an administrator then
takes people off the teams that are not theirs. The Trainers group keeps only "add" on the
catalogue: writing a new course puts its author on its team.
"""

import django.db.models.deletion
from django.db import migrations, models

TEAM_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
TRAINER_CATALOGUE_PERMISSIONS_REMOVED = ("change_page", "publish_page", "lock_page", "unlock_page")


def create_course_teams(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Page = apps.get_model("wagtailcore", "Page")
    CoursePage = apps.get_model("courses", "CoursePage")
    CourseTeam = apps.get_model("courses", "CourseTeam")
    trainers = Group.objects.filter(name="Trainers").first()
    permissions = list(
        Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=TEAM_PAGE_PERMISSIONS
        )
    )
    members = list(trainers.user_set.all()) if trainers else []
    seen = set()
    for course in CoursePage.objects.order_by("pk"):
        if course.translation_key in seen:
            continue
        seen.add(course.translation_key)
        suffix = f" ({str(course.translation_key)[:8]})"
        group, _created = Group.objects.get_or_create(
            name=f"Course team: {course.title[: 130 - len(suffix)]}{suffix}"
        )
        CourseTeam.objects.get_or_create(course_key=course.translation_key, group=group)
        for page in Page.objects.filter(translation_key=course.translation_key):
            for permission in permissions:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=page, permission=permission
                )
        group.user_set.add(*members)
    if trainers is not None:
        GroupPagePermission.objects.filter(
            group=trainers, permission__codename__in=TRAINER_CATALOGUE_PERMISSIONS_REMOVED
        ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("courses", "0005_coursepage_max_quiz_attempts"),
    ]

    operations = [
        migrations.CreateModel(
            name="CourseTeam",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("course_key", models.UUIDField(help_text="The course, whatever its language.", unique=True, verbose_name="course")),
                ("group", models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name="course_team", to="auth.group", verbose_name="group")),
            ],
            options={"verbose_name": "course team", "verbose_name_plural": "course teams"},
        ),
        migrations.RunPython(create_course_teams, migrations.RunPython.noop),
    ]
