"""Reads about who learns what."""

from django.db.models import Subquery
from django.db.models.functions import Substr

from courses.models import CoursePage, ModulePage

from .models import Enrolment


def course_module_keys(course_key, *, required_only: bool = False) -> set:
    """The identities of the live modules of a course, in any of its languages."""
    course_paths = CoursePage.objects.filter(translation_key=course_key).values("path")
    course = CoursePage.objects.filter(translation_key=course_key).only("path", "depth").first()
    if course is None:
        return set()
    modules = (
        ModulePage.objects.live()
        .annotate(parent_path=Substr("path", 1, len(course.path)))
        .filter(depth=course.depth + 1, parent_path__in=Subquery(course_paths))
    )
    if required_only:
        modules = modules.filter(required=True)
    return set(modules.values_list("translation_key", flat=True))


def enrolment_for(*, user, course_key) -> Enrolment | None:
    if not user.is_authenticated:
        return None
    return Enrolment.objects.filter(user=user, course_key=course_key).first()
