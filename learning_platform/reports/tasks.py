"""Celery tasks of the reports app: they take ids and hand over to services."""

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded

from . import bulk_uploads


# Reading a file takes seconds (its size, rows and columns are bounded before it is parsed).
# One that takes longer is refused; one that kills the worker is not given back to the queue
# (it would do it again): the sweep refuses it.
@shared_task(acks_late=True, reject_on_worker_lost=False, soft_time_limit=60, time_limit=90)
def read_bulk_enrolment(bulk_id: int) -> None:
    try:
        bulk_uploads.bulk_upload_read(bulk_id=bulk_id)
    except SoftTimeLimitExceeded:
        bulk_uploads.bulk_upload_refuse(bulk_id=bulk_id)


# Enrolling a file of thousands of participants takes a minute or more: longer limits than
# the default, and given back to the queue if the worker dies (the transaction then left
# nothing behind, and the file is still pending).
@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=1500, time_limit=1800)
def run_bulk_enrolment(bulk_id: int) -> None:
    bulk_uploads.bulk_enrolment_run(bulk_id=bulk_id)


@shared_task(acks_late=True)
def sweep_bulk_enrolments() -> int:
    return bulk_uploads.bulk_enrolments_sweep()
