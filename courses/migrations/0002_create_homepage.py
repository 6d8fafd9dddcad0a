"""Replaces Wagtail's placeholder welcome page with our HomePage as the site root."""

from django.db import migrations


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("courses", "HomePage")

    # Wagtail's initial data puts a plain Page at /home/; a site that has more is left alone.
    placeholder = Page.objects.filter(
        content_type__app_label="wagtailcore", content_type__model="page", depth=2, slug="home"
    ).first()
    if placeholder is None or placeholder.numchild:
        return
    locale_id = placeholder.locale_id or Locale.objects.order_by("pk").values_list("pk", flat=True).first()
    Site.objects.filter(root_page_id=placeholder.pk).delete()
    placeholder.delete()

    content_type, _created = ContentType.objects.get_or_create(app_label="courses", model="homepage")
    home = HomePage.objects.create(
        title="CEBioS Learning",
        draft_title="CEBioS Learning",
        slug="home",
        content_type=content_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale_id=locale_id,
        live=True,
    )
    Page.objects.filter(depth=1).update(numchild=1)
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)


def remove_homepage(apps, schema_editor):
    apps.get_model("courses", "HomePage").objects.filter(depth=2, slug="home").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
