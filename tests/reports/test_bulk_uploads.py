"""The way of an uploaded file: stored, read by a worker, confirmed, enrolled by a worker, once
each; a refused file enrols nobody and keeps nothing."""

from datetime import timedelta

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.contrib.auth import get_user_model
from django.utils import timezone

from learning_platform.learning.models import Enrolment
from learning_platform.reports import bulk_files, bulk_uploads, tasks
from learning_platform.reports.models import BulkEnrolment
from tests.reports import hostile_files as files
from tests.reports.conftest import make_session
from tests.reports.test_bulk import GOOD

pytestmark = pytest.mark.django_db
User = get_user_model()


GOOD_FILE = GOOD.encode("utf-8-sig")


def store(session, by, content=GOOD_FILE, filename="list.csv", **fields):
    return bulk_uploads.bulk_upload_store(
        session=session, filename=filename, content=content, by=by, **fields
    )


def test_an_upload_is_read_then_confirmed_and_enrolled_once_and_forgotten(
    session, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload = store(session, coordinator)

    upload.refresh_from_db()
    assert upload.status == "read" and upload.row_count == 3 and len(upload.rows) == 3
    assert bytes(upload.content) == b""  # the file itself is not kept once read
    assert upload.read_started_at is not None and not session.enrolments.exists()
    assert bulk_uploads.bulk_upload_read(bulk_id=upload.pk) is None  # a task delivered twice

    with django_capture_on_commit_callbacks(execute=True):
        upload = bulk_uploads.bulk_enrolment_queue(bulk=upload)
    upload.refresh_from_db()

    assert upload.status == "done" and upload.finished_at and upload.confirmed_at
    assert (upload.row_count, upload.accounts_created, upload.enrolled) == (3, 3, 3)
    assert upload.rows == []  # personal data kept only until enrolled
    assert session.enrolments.count() == 3
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert bulk_uploads.bulk_enrolment_run(bulk_id=upload.pk) is None  # delivered twice
        bulk_uploads.bulk_enrolment_queue(bulk=upload)  # a second click on "Confirm"
    assert callbacks == [] and session.enrolments.count() == 3


@pytest.mark.parametrize(
    ("filename", "build", "message"),
    [
        ("list.xlsx", files.wide_row_xlsx_that_zips_badly, "Row 2 has more than 30 columns"),
        ("list.xlsx", files.entity_expansion_xlsx, "XML document type declaration"),
        ("list.csv", lambda: b"name;email\n" + b"a" * 100_000, "Line 2 is longer than"),
    ],
)
def test_a_refused_file_enrols_nobody_and_keeps_nothing(
    session, coordinator, django_capture_on_commit_callbacks, filename, build, message
):
    users = User.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        upload = store(session, coordinator, content=build(), filename=filename)

    upload.refresh_from_db()
    assert upload.status == "refused" and message in upload.failure
    assert bytes(upload.content) == b"" and upload.rows == [] and upload.finished_at
    with pytest.raises(bulk_files.BulkEnrolmentError, match="expired"):
        bulk_uploads.bulk_enrolment_queue(bulk=upload)
    assert User.objects.count() == users and not Enrolment.objects.exists()


def test_a_file_that_no_longer_fits_fails_with_its_reason(
    course, coordinator, django_capture_on_commit_callbacks
):
    session = make_session(course, capacity=1)
    with django_capture_on_commit_callbacks(execute=True):
        upload = store(session, coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        bulk_uploads.bulk_enrolment_queue(bulk=upload)

    upload.refresh_from_db()
    assert upload.status == "failed" and "places left" in upload.failure
    assert not session.enrolments.exists() and not User.objects.filter(email="amina@example.org")


def test_a_file_the_reader_chokes_on_is_refused(session, coordinator, monkeypatch):
    upload = store(session, coordinator)  # not read: its task is not run

    def choke(**_kwargs):
        raise KeyError("a library's surprise")

    monkeypatch.setattr(bulk_uploads, "bulk_file_read", choke)
    bulk_uploads.bulk_upload_read(bulk_id=upload.pk)

    upload.refresh_from_db()
    assert upload.status == "refused" and "could not be read" in upload.failure


def test_a_file_too_slow_to_read_is_refused_by_the_task(session, coordinator, monkeypatch):
    upload = store(session, coordinator)

    def too_slow(**_kwargs):
        raise SoftTimeLimitExceeded

    monkeypatch.setattr(bulk_uploads, "bulk_upload_read", too_slow)
    tasks.read_bulk_enrolment(upload.pk)

    upload.refresh_from_db()
    assert upload.status == "refused" and "could not be read in time" in upload.failure
    assert bytes(upload.content) == b""


def test_a_preview_not_confirmed_in_time_cannot_be_confirmed(
    session, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload = store(session, coordinator)
    BulkEnrolment.objects.filter(pk=upload.pk).update(
        created_at=timezone.now() - bulk_uploads.BULK_PREVIEW_KEPT - timedelta(minutes=1)
    )

    with pytest.raises(bulk_files.BulkEnrolmentError, match="This preview has expired"):
        bulk_uploads.bulk_enrolment_queue(bulk=upload)
    assert not session.enrolments.exists()


def test_the_sweep_picks_up_what_was_lost_and_forgets_what_was_not_confirmed(
    session, coordinator, django_capture_on_commit_callbacks
):
    long_ago = timezone.now() - bulk_uploads.BULK_SWEEP_AFTER * 2
    content = GOOD_FILE
    lost_confirmation = BulkEnrolment.objects.create(
        session=session, filename="lost.csv", status="pending", confirmed_at=long_ago, rows=[]
    )
    BulkEnrolment.objects.filter(pk=lost_confirmation.pk).update(
        rows=bulk_files.bulk_file_read(name="lost.csv", content=content)
    )
    lost_upload = BulkEnrolment.objects.create(
        session=session, filename="lost.xlsx", content=files.many_rows_xlsx(2)
    )
    stopped_a_worker = BulkEnrolment.objects.create(
        session=session, filename="killer.xlsx", content=content, read_started_at=long_ago
    )
    unconfirmed = BulkEnrolment.objects.create(
        session=session, filename="forgotten.csv", status="read", rows=[{"email": "x"}]
    )
    fresh = BulkEnrolment.objects.create(session=session, filename="fresh.csv", content=content)
    BulkEnrolment.objects.filter(pk__in=[lost_upload.pk, stopped_a_worker.pk]).update(
        created_at=long_ago
    )
    BulkEnrolment.objects.filter(pk=unconfirmed.pk).update(
        created_at=timezone.now() - bulk_uploads.BULK_PREVIEW_KEPT * 2
    )

    with django_capture_on_commit_callbacks(execute=True):
        assert bulk_uploads.bulk_enrolments_sweep() == 2

    statuses = dict(BulkEnrolment.objects.values_list("filename", "status"))
    assert statuses == {
        "lost.csv": "done",
        "lost.xlsx": "read",
        "killer.xlsx": "refused",
        "forgotten.csv": "expired",
        "fresh.csv": "reading",
    }
    assert session.enrolments.count() == 3
    unconfirmed.refresh_from_db()
    stopped_a_worker.refresh_from_db()
    assert unconfirmed.rows == [] and bytes(stopped_a_worker.content) == b""
    assert bytes(BulkEnrolment.objects.get(pk=fresh.pk).content) == content


def test_the_reason_a_file_is_refused_is_in_the_uploaders_language(
    session, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload = store(session, coordinator, content=b"who;where\nA;B\n", language="fr")

    upload.refresh_from_db()
    assert upload.status == "refused" and upload.language == "fr"
    assert "La première ligne doit nommer les colonnes ; il manque" in upload.failure
