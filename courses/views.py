"""Admin views for courses. Pages themselves are edited in Wagtail's page editor."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from .models import CoursePage


class CourseListView(ReportView):
    """Every course with its languages and modules: read access for coordinators and trainers."""

    page_title = _("Courses")
    header_icon = "doc-full-inverse"
    index_url_name = "course_list"
    index_results_url_name = "course_list_results"
    permission_policy = ModelPermissionPolicy(CoursePage)
    permission_required = "view"
    list_export = ["title", "languages", "numchild", "level", "enrolment_mode", "live"]
    export_headings = {
        "title": _("Title"),
        "languages": _("Languages"),
        "numchild": _("Modules"),
        "level": _("Level"),
        "enrolment_mode": _("Enrolment"),
        "live": _("Published"),
    }
    columns = [
        TitleColumn("title", label=_("Title"), get_url=lambda course: course.url),
        Column("languages", label=_("Languages")),
        Column("numchild", label=_("Modules")),
        Column("level", label=_("Level"), accessor="get_level_display"),
        Column("enrolment_mode", label=_("Enrolment"), accessor="get_enrolment_mode_display"),
        StatusTagColumn(
            "live",
            label=_("Status"),
            accessor=lambda course: _("live") if course.live else _("draft"),
            primary=lambda course: course.live,
        ),
    ]

    def get_queryset(self):
        # One row per course: the version in the default language, where its modules live.
        return CoursePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by(
            "title"
        )

    def decorate_paginated_queryset(self, object_list):
        courses = list(object_list)
        languages = {}
        for key, code in CoursePage.objects.filter(
            translation_key__in=[course.translation_key for course in courses]
        ).values_list("translation_key", "locale__language_code"):
            languages.setdefault(key, []).append(code)
        for course in courses:
            course.languages = ", ".join(sorted(languages.get(course.translation_key, [])))
        return courses
