"""Coordinators see the outbox and send failed emails again."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ("view_outboxemail", "change_outboxemail")


def grant(apps, schema_editor):
    app_config = apps.get_app_config("notifications")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)  # they exist only after migrate
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    coordinators, _created = Group.objects.get_or_create(name="Coordinators")
    coordinators.permissions.add(
        *Permission.objects.filter(content_type__app_label="notifications", codename__in=CODENAMES)
    )


class Migration(migrations.Migration):
    dependencies = [
        ("notifications", "0001_initial"),
        ("accounts", "0002_role_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
