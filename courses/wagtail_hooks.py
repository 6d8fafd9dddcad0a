from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Topic
from .views import CourseListView


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(TopicViewSet)


@hooks.register("register_admin_urls")
def register_course_list_urls():
    return [
        path("courses/", CourseListView.as_view(), name="course_list"),
        path(
            "courses/results/",
            CourseListView.as_view(results_only=True),
            name="course_list_results",
        ),
    ]


class CourseListMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("courses.view_coursepage")


@hooks.register("register_reports_menu_item")
def register_course_list_menu_item():
    return CourseListMenuItem(
        _("Courses"), reverse("course_list"), icon_name="doc-full-inverse", order=50
    )
