"""Celery tasks of the reports app: they take ids and hand over to services."""

from celery import shared_task

from . import bulk


# Enrolling a file of thousands of participants takes a minute or more: longer limits than
# the default, and given back to the queue if the worker dies (the transaction then left
# nothing behind, and the file is still pending).
@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=1500, time_limit=1800)
def run_bulk_enrolment(bulk_id: int) -> None:
    bulk.bulk_enrolment_run(bulk_id=bulk_id)


@shared_task(acks_late=True)
def sweep_bulk_enrolments() -> int:
    return bulk.bulk_enrolments_sweep()
