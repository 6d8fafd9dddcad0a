"""The Wagtail admin's users listing (learning_platform/accounts/viewsets.py): its CSV and XLSX
export, and the record of each export in the audit log."""

import csv
import io
from datetime import UTC, datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from tests.factories import AdminFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(client):
    admin = AdminFactory(email="admin@example.org", full_name="Admin Demo", country="BE")
    client.force_login(admin)
    return admin


@pytest.fixture
def trainer():
    trainer = UserFactory(
        email="trainer@example.org",
        full_name="Jean-Pierre Mukendi Kabasele",
        country="CD",
        organisation="Université de Kinshasa",
    )
    trainer.groups.add(Group.objects.get(name="Trainers"), Group.objects.get(name="Coordinators"))
    trainer.last_login = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    trainer.save(update_fields=["last_login"])
    return trainer


def export_rows(client, query):
    response = client.get(f"{reverse('wagtailusers_users:index')}?{query}")
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(content)))


def test_the_csv_export_lists_name_email_country_organisation_groups_and_last_login(
    client, admin, trainer
):
    rows = export_rows(client, "export=csv")

    assert rows[0] == ["Name", "Email", "Country", "Organisation", "Groups", "Last login"]
    by_email = {row[1]: row for row in rows[1:]}
    assert set(by_email) == {"admin@example.org", "trainer@example.org"}
    assert by_email["trainer@example.org"] == [
        "Jean-Pierre Mukendi Kabasele",
        "trainer@example.org",
        "Democratic Republic of the Congo",
        "Université de Kinshasa",
        "Coordinators, Trainers",
        "2026-03-02 09:30",
    ]
    assert by_email["admin@example.org"][2] == "Belgium"


def test_the_export_follows_the_search_and_neutralises_formulas(client, admin):
    UserFactory(email="amina@example.org", full_name="Amina Diallo", organisation="=HYPERLINK()")
    UserFactory(email="lan@example.org", full_name="Nguyễn Thị Lan")

    rows = export_rows(client, "q=amina&export=csv")

    assert [row[:2] for row in rows[1:]] == [["Amina Diallo", "amina@example.org"]]
    assert rows[1][3] == "'=HYPERLINK()"


def test_the_xlsx_export_has_the_same_columns(client, admin, trainer):
    response = client.get(f"{reverse('wagtailusers_users:index')}?export=xlsx")

    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Name", "Email", "Country", "Organisation", "Groups", "Last login")
    assert ("Jean-Pierre Mukendi Kabasele", "trainer@example.org") in [row[:2] for row in rows]


def test_each_export_is_recorded_with_its_filters_and_the_listing_is_not(client, admin):
    client.get(reverse("wagtailusers_users:index"), {"q": "amina"})
    assert not ModelLogEntry.objects.filter(action="lp.export").exists()

    export_rows(client, "q=amina&export=csv")

    entry = ModelLogEntry.objects.get(action="lp.export")
    assert entry.user == admin
    assert entry.object_id == str(admin.pk)
    assert entry.data == {
        "list": "users",
        "filters": {"q": ["amina"]},
        "format": "csv",
        "address": "127.0.0.1",
    }
    assert entry.message == (
        "Exported a list of personal data (filters: q=amina; format: csv; list: users), "
        "from 127.0.0.1"
    )
