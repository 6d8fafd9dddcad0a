"""Coordinators see the certificates of their courses in the admin, revoke and reissue them.
Which certificates is decided by the sessions they coordinate (selectors.certificates_managed_by)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

COORDINATOR_PERMISSIONS = ("view_certificate", "change_certificate")


def grant(apps, schema_editor):
    app_config = apps.get_app_config("certificates")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    coordinators, _created = Group.objects.get_or_create(name="Coordinators")
    for codename in COORDINATOR_PERMISSIONS:
        coordinators.permissions.add(
            Permission.objects.get(content_type__app_label="certificates", codename=codename)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name="Coordinators"):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="certificates", codename__in=COORDINATOR_PERMISSIONS
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0001_initial"),
        ("accounts", "0002_role_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
