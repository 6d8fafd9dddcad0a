"""The permission groups that give trainers and coordinators their part of the admin."""

from django.utils.translation import gettext_lazy as _

TRAINERS = "Trainers"
COORDINATORS = "Coordinators"

ROLE_GROUPS = {
    TRAINERS: _("Write and translate courses, follow their trainees."),
    COORDINATORS: _("Run training sessions, enrol participants, report who took part."),
}
