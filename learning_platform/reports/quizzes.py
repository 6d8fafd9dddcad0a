"""A participant's quizzes, for the coordinators and trainers who follow them: every attempt with
its date and score, the attempts allowed, and the way to give one more when they are used up."""

from django.contrib import messages
from django.db.models import Count, Max
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses.models import CoursePage, ModulePage
from learning_platform.learning import access, attempts, selectors, services

from .views import ReportAccessMixin

REASON_MAX_LENGTH = 300


class ParticipantQuizzesView(ReportAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "reports/participant_quizzes.html"
    header_icon = "help"

    @cached_property
    def enrolment(self):
        return get_object_or_404(
            access.enrolments_in_scope(self.request.user).select_related("user", "session"),
            pk=self.kwargs["enrolment_id"],
        )

    @cached_property
    def course(self) -> CoursePage:
        courses = CoursePage.objects.filter(translation_key=self.enrolment.course_key)
        return get_object_or_404(courses.filter(locale__language_code="en") or courses)

    def get_page_title(self):
        user = self.enrolment.user
        name = _("Erased account") if user.erased_at else user.full_name or user.email
        return _("Quizzes of %(name)s") % {"name": name}

    def get_breadcrumbs_items(self):
        items = [*super().get_breadcrumbs_items()]
        if self.enrolment.session:
            items.append(
                {
                    "url": reverse(
                        "reports_session_participants", args=[self.enrolment.session.pk]
                    ),
                    "label": self.enrolment.session.title,
                }
            )
        return [*items, {"url": "", "label": self.get_page_title()}]

    def _modules(self) -> list[ModulePage]:
        return [
            module
            for module in ModulePage.objects.child_of(self.course).live().order_by("path")
            if len(module.quiz)
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        taken = {
            row["module_key"]: row
            for row in self.enrolment.attempts.values("module_key").annotate(
                count=Count("pk"), best=Max("score_percent"), last=Max("submitted_at")
            )
        }
        passed = set(
            self.enrolment.attempts.filter(passed=True).values_list("module_key", flat=True)
        )
        modules = self._modules()
        rows = []
        for module in modules:
            row = taken.get(module.translation_key, {})
            allowed = selectors.quiz_attempts_allowed(
                enrolment=self.enrolment, course=self.course, module_key=module.translation_key
            )
            count = row.get("count", 0)
            rows.append(
                {
                    "module": module,
                    "count": count,
                    "best": row.get("best"),
                    "last": row.get("last"),
                    "passed": module.translation_key in passed,
                    "allowed": allowed,
                    "out_of_attempts": allowed is not None and count >= allowed,
                }
            )
        context.update(
            enrolment=self.enrolment,
            course=self.course,
            rows=rows,
            grants=self._grants(modules),
            reason_max_length=REASON_MAX_LENGTH,
        )
        return context

    def _grants(self, modules) -> list:
        titles = {module.translation_key: module.title for module in modules}
        grants = list(self.enrolment.attempt_grants.select_related("granted_by"))
        for grant in grants:
            grant.module_title = titles.get(grant.module_key, "")
        return grants

    def post(self, request, *args, **kwargs):
        module = next(
            (m for m in self._modules() if str(m.pk) == request.POST.get("module", "")), None
        )
        if module is None:
            messages.error(request, _("Choose a module of this course."))
            return redirect(request.path)
        try:
            attempts.quiz_attempts_grant(
                enrolment=self.enrolment,
                module=module,
                course=self.course,
                by=request.user,
                reason=request.POST.get("reason", "")[:REASON_MAX_LENGTH],
                request=request,
            )
        except services.EnrolmentError as error:
            messages.error(request, error.message)
            return redirect(request.path)
        messages.success(
            request,
            _("One more attempt at “%(module)s” given; the trainee is told by email.")
            % {"module": module.title},
        )
        return redirect(request.path)
