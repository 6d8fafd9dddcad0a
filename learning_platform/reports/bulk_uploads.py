"""The way of an uploaded file of participants, each step but the preview run by a worker.

1. ``bulk_upload_store`` keeps the upload (checked by ``bulk_files.bulk_file_check``, which
   reads nothing) as "being read", and queues ``bulk_upload_read``.
2. ``bulk_upload_read`` reads it within bounds (``bulk_files.bulk_file_read``): "read", with its
   rows, or "refused", with the reason. The file's bytes are then forgotten. A refused file
   enrols nobody.
3. The coordinator looks at the preview (``bulk.bulk_enrolment_preview`` of the rows) and
   confirms: ``bulk_enrolment_queue`` makes it "being enrolled" and queues
   ``bulk_enrolment_run``.
4. ``bulk_enrolment_run`` enrols it in one transaction (``bulk.bulk_enrolment_confirm``):
   "enrolled", or "failed" with the reason and nobody enrolled. Its rows are then forgotten.

Tasks receive ids only, and each step runs once however often it is queued: it must find the
file locked in the state it starts from. ``bulk_enrolments_sweep`` queues again a step whose
message was lost, and forgets the rows of a preview nobody confirmed.
"""

import logging
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from learning_platform.learning.models import TrainingSession

from .bulk import bulk_enrolment_confirm
from .bulk_files import BulkEnrolmentError, bulk_file_read
from .models import DONE, EXPIRED, FAILED, PENDING, READ, READING, REFUSED, BulkEnrolment

logger = logging.getLogger(__name__)

# A step still waiting after this long is queued again, and a file a worker started to read
# (in seconds) but did not finish is refused: it stopped the worker (see bulk_enrolments_sweep).
BULK_SWEEP_AFTER = timedelta(minutes=10)
# A preview not confirmed within this long is forgotten (its rows are personal data).
BULK_PREVIEW_KEPT = timedelta(days=1)


def bulk_upload_store(
    *, session: TrainingSession, filename: str, content: bytes, by, language: str = ""
) -> BulkEnrolment:
    """Keeps an uploaded file, to be read, and once this transaction commits asks a worker to
    read it (``bulk_upload_read``). ``language`` is the uploader's: the reasons a file is
    refused are written in it."""
    from .tasks import read_bulk_enrolment

    bulk = BulkEnrolment.objects.create(
        session=session,
        uploaded_by=by,
        filename=filename[:255],
        content=content,
        language=language or settings.LANGUAGE_CODE,
        status=READING,
    )
    # robust: with the broker down, the file stays "being read" and the sweep queues it again.
    transaction.on_commit(partial(read_bulk_enrolment.delay, bulk.pk), robust=True)
    return bulk


def bulk_upload_read(*, bulk_id: int) -> BulkEnrolment | None:
    """Reads a stored file once: the worker first claims it (it must be being read, and not
    yet started), a claim that commits at once, so that a file which stops a worker is not
    read again but refused by the sweep. The file becomes read, with its rows, or refused,
    with the reason; either way its bytes are forgotten. Returns the file, or None when there
    was nothing to do."""
    claimed = BulkEnrolment.objects.filter(
        pk=bulk_id, status=READING, read_started_at__isnull=True
    ).update(read_started_at=timezone.now())
    if not claimed:
        return None
    bulk = BulkEnrolment.objects.get(pk=bulk_id)
    with translation.override(bulk.language or settings.LANGUAGE_CODE):
        try:
            rows = bulk_file_read(name=bulk.filename, content=bytes(bulk.content))
        except BulkEnrolmentError as error:
            bulk.status, bulk.failure, bulk.finished_at = REFUSED, error.message, timezone.now()
        except Exception:  # a file the checks let through and a library choked on
            logger.exception("Bulk enrolment file %s could not be read", bulk_id)
            bulk.status, bulk.finished_at = REFUSED, timezone.now()
            bulk.failure = _(
                "The file could not be read: open it in your spreadsheet and save it again "
                "as CSV or as an Excel workbook (.xlsx)."
            )
        else:
            bulk.status, bulk.rows, bulk.row_count = READ, rows, len(rows)
    bulk.content = b""
    bulk.save(update_fields=["status", "failure", "finished_at", "rows", "row_count", "content"])
    return bulk


def bulk_upload_refuse(*, bulk_id: int) -> None:
    """Refuses a file still being read (it took a worker too long, or stopped it), forgetting
    its bytes."""
    bulk = BulkEnrolment.objects.filter(pk=bulk_id).only("language").first()
    if bulk is None:
        return
    with translation.override(bulk.language or settings.LANGUAGE_CODE):
        reason = _(
            "The file could not be read in time: copy the participants into a new file, or "
            "split it."
        )
    BulkEnrolment.objects.filter(pk=bulk_id, status=READING).update(
        status=REFUSED, failure=reason, content=b"", finished_at=timezone.now()
    )


def bulk_enrolment_queue(*, bulk: BulkEnrolment) -> BulkEnrolment:
    """Confirms a file read for its preview: once this transaction commits, a worker enrols it
    (``bulk_enrolment_run``). Confirming again (a double click) changes nothing. Raises
    BulkEnrolmentError when the file is not, or no longer, waiting to be confirmed."""
    from .tasks import run_bulk_enrolment

    now = timezone.now()
    confirmed = BulkEnrolment.objects.filter(
        pk=bulk.pk, status=READ, created_at__gte=now - BULK_PREVIEW_KEPT
    ).update(status=PENDING, confirmed_at=now)
    bulk.refresh_from_db()
    if confirmed:
        # robust: with the broker down, the file stays pending and the sweep queues it again.
        transaction.on_commit(partial(run_bulk_enrolment.delay, bulk.pk), robust=True)
    elif bulk.status not in (PENDING, DONE, FAILED):
        raise BulkEnrolmentError(_("This preview has expired. Upload the file again."))
    return bulk


def bulk_enrolment_run(*, bulk_id: int) -> BulkEnrolment | None:
    """Enrols a confirmed file with ``bulk_enrolment_confirm``, once: the file is locked and
    must still be pending, and its result is recorded in the same transaction. Its rows are
    then forgotten. Returns the file, or None when there was nothing to do (already done, or
    being done by another worker)."""
    language = BulkEnrolment.objects.filter(pk=bulk_id).values_list("language", flat=True).first()
    try:
        with transaction.atomic(), translation.override(language or settings.LANGUAGE_CODE):
            bulk = (
                BulkEnrolment.objects.select_for_update(skip_locked=True)
                .select_related("session")
                .filter(pk=bulk_id, status=PENDING)
                .first()
            )
            if bulk is None:
                return None
            result = bulk_enrolment_confirm(session=bulk.session, rows=bulk.rows)
            bulk.status = DONE
            bulk.accounts_created = result.accounts_created
            bulk.enrolled = result.enrolled
            bulk.unchanged = result.unchanged
            bulk.errors = result.errors
            bulk.rows = []
            bulk.finished_at = timezone.now()
            bulk.save()
            return bulk
    except BulkEnrolmentError as error:
        BulkEnrolment.objects.filter(pk=bulk_id, status=PENDING).update(
            status=FAILED, failure=error.message, rows=[], finished_at=timezone.now()
        )
        return BulkEnrolment.objects.get(pk=bulk_id)


def bulk_enrolments_sweep(*, older_than: timedelta = BULK_SWEEP_AFTER) -> int:
    """Queues again the files waiting to be read or enrolled for longer than ``older_than`` (a
    lost broker message, a worker killed while enrolling, which left nothing behind) and
    returns how many; refuses those a worker started to read that long ago and did not finish;
    forgets the rows of previews nobody confirmed within ``BULK_PREVIEW_KEPT``. Running a step
    twice does it once."""
    from .tasks import read_bulk_enrolment, run_bulk_enrolment

    now = timezone.now()
    for bulk_id in BulkEnrolment.objects.filter(
        status=READING, read_started_at__lt=now - older_than
    ).values_list("pk", flat=True):
        bulk_upload_refuse(bulk_id=bulk_id)
    BulkEnrolment.objects.filter(status=READ, created_at__lt=now - BULK_PREVIEW_KEPT).update(
        status=EXPIRED, rows=[], finished_at=now
    )
    reading = list(
        BulkEnrolment.objects.filter(
            status=READING, read_started_at__isnull=True, created_at__lt=now - older_than
        ).values_list("pk", flat=True)
    )
    pending = list(
        BulkEnrolment.objects.filter(status=PENDING, confirmed_at__lt=now - older_than).values_list(
            "pk", flat=True
        )
    )
    for bulk_id in reading:
        transaction.on_commit(partial(read_bulk_enrolment.delay, bulk_id), robust=True)
    for bulk_id in pending:
        transaction.on_commit(partial(run_bulk_enrolment.delay, bulk_id), robust=True)
    return len(reading) + len(pending)
