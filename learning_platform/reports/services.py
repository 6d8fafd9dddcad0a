"""Writes for coordinators: attendance. Bulk enrolment is in ``bulk.py`` (and reading its
files in ``bulk_files.py``)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from learning_platform.learning import services as learning_services
from learning_platform.learning.models import Attendance, TrainingSession


def session_attendance_set(*, session: TrainingSession, day, present_enrolment_ids) -> dict:
    """Records who attended ``session`` on ``day``: the enrolments in
    ``present_enrolment_ids`` were there, the session's other enrolments were not. Completion
    is decided again for everyone whose attendance changed (the session may require days).
    Returns how many were ``added`` and ``removed``."""
    learning_services.attendance_day_check(day)
    present = {int(pk) for pk in present_enrolment_ids}
    enrolments = {enrolment.pk: enrolment for enrolment in session.enrolments.all()}
    unknown = present - set(enrolments)
    if unknown:
        raise ValidationError(_("Some participants are not in this session."))
    already = set(
        Attendance.objects.filter(enrolment__session=session, day=day).values_list(
            "enrolment_id", flat=True
        )
    )
    with transaction.atomic():
        for pk in sorted(present - already):
            learning_services.attendance_record(enrolment=enrolments[pk], day=day)
        for pk in sorted(already - present):
            learning_services.attendance_remove(enrolment=enrolments[pk], day=day)
    return {"added": len(present - already), "removed": len(already - present)}
