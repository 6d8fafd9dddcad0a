from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import services
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


def _course_of(page):
    """The course ``page`` is or lies in, or None above the courses."""
    from .models import CoursePage

    return CoursePage.objects.ancestor_of(page, inclusive=True).first()


@hooks.register("before_create_page")
def only_the_team_adds_to_a_course(request, parent_page, page_class):
    """Trainers may add courses to the catalogue, and modules only to the courses whose team
    they are on: Wagtail's "add" permission on the catalogue would let them add a module to
    anyone's course."""
    course = _course_of(parent_page)
    if course is None or request.user.is_superuser:
        return None
    if not services.course_team_member(course_key=course.translation_key, user=request.user):
        raise PermissionDenied
    return None


@hooks.register("after_create_page")
def the_author_joins_the_course_team(request, page):
    """Whoever writes a new course is on its team, and so may go on editing and publish it."""
    from .models import CoursePage

    if isinstance(page.specific_deferred, CoursePage):
        if request.user.is_superuser:
            services.course_team_ensure(course=page)
        else:
            services.course_team_join(course=page, user=request.user)
