"""Gives the role groups their rights on training sessions: coordinators create and edit them,
trainers read them. Which sessions each person sees is decided by the sessions they coordinate
or train (reports.selectors.sessions_visible_to), not by these permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

COORDINATOR_PERMISSIONS = ("add_trainingsession", "change_trainingsession", "view_trainingsession")
TRAINER_PERMISSIONS = ("view_trainingsession",)


def grant_session_permissions(apps, schema_editor):
    app_config = apps.get_app_config("learning")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in (
        ("Coordinators", COORDINATOR_PERMISSIONS),
        ("Trainers", TRAINER_PERMISSIONS),
    ):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="learning", codename__in=codenames)
        )


def revoke_session_permissions(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=["Coordinators", "Trainers"]):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="learning", codename__in=COORDINATOR_PERMISSIONS
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_role_groups"),
        ("learning", "0003_enrolment_last_activity"),
    ]

    operations = [migrations.RunPython(grant_session_permissions, revoke_session_permissions)]
