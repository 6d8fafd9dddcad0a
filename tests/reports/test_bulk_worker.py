"""Bulk enrolment through Redis and a real Celery worker process: the web request stores the
file, the worker reads it, the page shows it being read and then its preview; a hostile file is
refused by the worker in under 2 s and enrols nobody."""

import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from learning_platform.celery import app as celery_app
from learning_platform.learning.models import Enrolment
from learning_platform.reports.models import BulkEnrolment
from tests.factories import course_page
from tests.reports import hostile_files
from tests.reports.conftest import make_session, make_staff
from tests.workers import celery_worker, database_url

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("migrated_data")]

CSV = (
    b"name;email;country\nAmina Diallo;amina@example.org;Benin\nLan Tran;lan@example.org;Viet Nam\n"
)


@pytest.fixture
def worker():
    """A worker on this test's database, and this process's tasks sent to it through Redis."""
    with celery_worker(DATABASE_URL=database_url()) as process:
        celery_app.conf.task_always_eager = False
        try:
            yield process
        finally:
            celery_app.conf.task_always_eager = True


def wait_for_status(bulk_id, statuses, seconds=30):
    deadline = time.monotonic() + seconds
    while (status := BulkEnrolment.objects.get(pk=bulk_id).status) not in statuses:
        assert time.monotonic() < deadline, f"still {status}"
        time.sleep(0.05)
    return status


def test_a_worker_reads_the_file_and_enrols_it_once_confirmed(client, worker):
    coordinator = make_staff("Coordinators", full_name="Coordinator A")
    session = make_session(course_page(title="Clearing-House Mechanism"))
    session.coordinators.add(coordinator)
    client.force_login(coordinator)
    url = reverse("reports_bulk_enrol", args=[session.pk])

    response = client.post(url, {"file": SimpleUploadedFile("list.csv", CSV)})
    bulk_id = int(response.url.rpartition("file=")[2])
    first = client.get(response.url).content.decode()
    assert "The file is being read." in first or "New account, enrolled" in first
    wait_for_status(bulk_id, {"read"})
    preview = client.get(response.url).content.decode()
    assert preview.count("New account, enrolled") == 2 and "Confirm and enrol" in preview

    client.post(url, {"confirm": "1", "file": bulk_id})
    assert wait_for_status(bulk_id, {"done", "failed"}) == "done"
    assert sorted(session.enrolments.values_list("user__email", flat=True)) == [
        "amina@example.org",
        "lan@example.org",
    ]

    # A hostile file, that only reading finds out: refused by the worker in under 2 s.
    content = hostile_files.wide_row_xlsx_that_zips_badly()
    started = time.monotonic()
    response = client.post(url, {"file": SimpleUploadedFile("wide.xlsx", content)})
    hostile_id = int(response.url.rpartition("file=")[2])
    assert wait_for_status(hostile_id, {"refused", "read"}) == "refused"
    assert time.monotonic() - started < 2
    page = client.get(response.url).content.decode()
    assert "wide.xlsx was refused: Row 2 has more than 30 columns" in page
    assert Enrolment.objects.count() == 2
