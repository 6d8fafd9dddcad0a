"""Quizzes for the coordinators, trainers and course teams: a participant's quizzes (every
attempt with its date and score, the attempts allowed, the way to give one more when they are
used up) and each course's quiz statistics."""

from collections import Counter

from django.conf import settings
from django.contrib import messages
from django.db.models import Count, Max
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses.models import CoursePage
from courses.questions import quiz_questions
from courses.selectors import course_quiz_modules
from learning_platform.learning import access, attempts, selectors, services
from learning_platform.learning.models import QuizAttemptGrant

from .views import ReportAccessMixin

REASON_MAX_LENGTH = QuizAttemptGrant._meta.get_field("reason").max_length


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
        course = (
            courses.filter(locale__language_code=settings.LANGUAGE_CODE).first() or courses.first()
        )
        if course is None:
            raise Http404
        return course

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
        modules = course_quiz_modules(self.course)
        given = selectors.quiz_attempts_given(enrolment=self.enrolment)
        rows = []
        for module in modules:
            row = taken.get(module.translation_key, {})
            allowed = selectors.quiz_attempts_allowed(
                enrolment=self.enrolment,
                course=self.course,
                module_key=module.translation_key,
                given=given,
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
            (
                m
                for m in course_quiz_modules(self.course)
                if str(m.pk) == request.POST.get("module")
            ),
            None,
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


# --- Quiz statistics ------------------------------------------------------------------------

# Below this many attempts at a question, it is not flagged: two trainees prove nothing.
FLAG_MIN_ATTEMPTS = 5


def quiz_statistics(*, user, course: CoursePage) -> list[dict]:
    """Per module and question, in each language it was asked in: how many attempts answered it,
    the share right, and the wrong answer chosen most; flagged when everyone fails it or
    everyone passes it (Moodle's quiz statistics, in short)."""
    modules = course_quiz_modules(course)
    by_module = {module.translation_key: module for module in modules}
    counts: dict = {}
    rows = access.attempts_for_course_figures(user, course_key=course.translation_key).filter(
        module_key__in=list(by_module)
    )
    for module_key, language, questions in rows.values_list("module_key", "language", "questions"):
        for question in questions or []:
            key = (module_key, question.get("id"), language)
            entry = counts.setdefault(
                key, {"text": question.get("text", ""), "asked": 0, "right": 0, "wrong": Counter()}
            )
            entry["asked"] += 1
            if question.get("is_correct"):
                entry["right"] += 1
            else:
                entry["wrong"]["; ".join(question.get("given", []))] += 1
    statistics = []
    for module in modules:
        # In the order the quiz has them now; questions since removed come last.
        order = {
            question_id: index for index, question_id in enumerate(quiz_questions(module.quiz))
        }
        entries = sorted(
            ((key, entry) for key, entry in counts.items() if key[0] == module.translation_key),
            key=lambda item: (order.get(item[0][1], len(order)), item[0][2]),
        )
        questions = []
        for (_module_key, _question_id, language), entry in entries:
            share = round(100 * entry["right"] / entry["asked"])
            most_wrong = entry["wrong"].most_common(1)
            questions.append(
                {
                    "text": entry["text"],
                    "language": language,
                    "asked": entry["asked"],
                    "right_percent": share,
                    "most_wrong": most_wrong[0][0] if most_wrong else "",
                    "most_wrong_count": most_wrong[0][1] if most_wrong else 0,
                    "flag": _flag(share, entry["asked"]),
                }
            )
        statistics.append({"module": module, "questions": questions})
    return statistics


def _flag(share: int, asked: int) -> str:
    if asked < FLAG_MIN_ATTEMPTS or 0 < share < 100:
        return ""
    return "everyone_fails" if share == 0 else "everyone_passes"


class QuizStatisticsView(ReportAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "reports/quiz_statistics.html"
    header_icon = "help"
    page_title = _lazy("Quiz statistics")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        courses = (
            CoursePage.objects.filter(access.course_scope(user))
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .order_by("title")
        )
        context["courses"] = courses
        course_id = self.request.GET.get("course", "")
        course = courses.filter(pk=course_id).first() if course_id.isdigit() else None
        if course_id and course is None:
            raise Http404
        if course is not None:
            context.update(
                course=course,
                statistics=quiz_statistics(user=user, course=course),
                flag_min_attempts=FLAG_MIN_ATTEMPTS,
            )
        return context
