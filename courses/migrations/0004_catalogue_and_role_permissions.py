"""Puts the course catalogue under the home page and gives the role groups their rights.

Trainers create, edit and publish pages under the catalogue (and nothing outside it), add and
choose images and documents, manage topics, and submit translations. Coordinators get read
access to courses. A frozen copy of the rules as they stand at this migration.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

TRAINER_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
TRAINER_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)
TRAINER_MODEL_PERMISSIONS = (
    ("courses", "view_coursepage"),
    ("courses", "add_topic"),
    ("courses", "change_topic"),
    ("courses", "view_topic"),
    ("wagtail_localize", "submit_translation"),
)
COORDINATOR_MODEL_PERMISSIONS = (
    ("courses", "view_coursepage"),
    ("courses", "view_topic"),
)


def _base36(number, width=4):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while number:
        number, remainder = divmod(number, 36)
        text = digits[remainder] + text
    return text.rjust(width, "0")


def _permission(Permission, app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def create_catalogue_and_permissions(apps, schema_editor):
    # Permissions of the models created in this run do not exist until post_migrate: make them.
    for app_label in ("wagtailcore", "wagtailimages", "wagtaildocs", "wagtail_localize", "courses"):
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)

    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    HomePage = apps.get_model("courses", "HomePage")
    CourseIndexPage = apps.get_model("courses", "CourseIndexPage")

    trainers, _created = Group.objects.get_or_create(name="Trainers")
    coordinators, _created = Group.objects.get_or_create(name="Coordinators")

    for app_label, codename in TRAINER_MODEL_PERMISSIONS:
        trainers.permissions.add(_permission(Permission, app_label, codename))
    for app_label, codename in COORDINATOR_MODEL_PERMISSIONS:
        coordinators.permissions.add(_permission(Permission, app_label, codename))
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for app_label, codename in TRAINER_COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=trainers,
                collection=root_collection,
                permission=_permission(Permission, app_label, codename),
            )

    home = HomePage.objects.filter(depth=2).order_by("path").first()
    if home is None:
        return  # a site without our home page: the catalogue is added by hand
    catalogue = CourseIndexPage.objects.filter(path__startswith=home.path, depth=3).first()
    if catalogue is None:
        last_child = Page.objects.filter(path__startswith=home.path, depth=3).order_by("-path").first()
        step = int(last_child.path[-4:], 36) + 1 if last_child else 1
        content_type, _created = ContentType.objects.get_or_create(
            app_label="courses", model="courseindexpage"
        )
        catalogue = CourseIndexPage.objects.create(
            title="Courses",
            draft_title="Courses",
            slug="courses",
            content_type=content_type,
            path=home.path + _base36(step),
            depth=3,
            numchild=0,
            url_path=f"{home.url_path}courses/",
            locale_id=home.locale_id,
            live=True,
            intro="Free online courses on biodiversity, for the partners of the Belgian "
            "Development Cooperation.",
        )
        Page.objects.filter(pk=home.pk).update(numchild=home.numchild + 1)
    for codename in TRAINER_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=trainers,
            page_id=catalogue.pk,
            permission=_permission(Permission, "wagtailcore", codename),
        )


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_course_pages"),
        ("accounts", "0002_role_groups"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.RunPython(create_catalogue_and_permissions, migrations.RunPython.noop),
    ]
