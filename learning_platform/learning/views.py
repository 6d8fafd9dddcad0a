"""The trainee's actions: enrol, withdraw, mark a module as studied, submit a quiz; and the
"My learning" dashboard. Each view checks who is asking and hands over to a service."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.models import CoursePage, ModulePage

from . import attempts, selectors, services
from .grading import QuizAnswerError
from .models import TrainingSession

ANSWER_PREFIX = "answer-"


def _enrolment_or_redirect(request, course):
    enrolment = selectors.enrolment_for(user=request.user, course_key=course.translation_key)
    if enrolment is None or not enrolment.is_active:
        messages.error(request, _("Enrol in the course first."))
        return None, HttpResponseRedirect(course.url)
    return enrolment, None


@login_required
@require_POST
def enrol(request, course_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    session = None
    if request.POST.get("session"):
        session = TrainingSession.objects.filter(
            pk=request.POST["session"] if request.POST["session"].isdigit() else None,
            course_key=course.translation_key,
        ).first()
        if session is None:
            messages.error(request, _("This session is not open for enrolment."))
            return HttpResponseRedirect(course.url)
    try:
        _enrolment, created = services.enrolment_create(
            user=request.user, course=course, session=session, key=request.POST.get("key", "")
        )
    except services.EnrolmentError as error:
        messages.error(request, error.message)
        return HttpResponseRedirect(course.url)
    if created:
        messages.success(request, _("You are enrolled. Welcome to the course!"))
    return HttpResponseRedirect(course.url)


@login_required
@require_POST
def withdraw(request, course_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    enrolment, redirect = _enrolment_or_redirect(request, course)
    if enrolment is not None:
        services.enrolment_withdraw(enrolment=enrolment)
        messages.success(request, _("You have left the course. Your progress is kept."))
    return redirect or HttpResponseRedirect(course.url)


def _module_and_course(module_id):
    module = get_object_or_404(ModulePage.objects.live(), pk=module_id)
    return module, module.get_parent().specific


@login_required
@require_POST
def mark_done(request, module_id):
    module, course = _module_and_course(module_id)
    enrolment, redirect = _enrolment_or_redirect(request, course)
    if redirect:
        return redirect
    progress = services.module_mark_done(enrolment=enrolment, module=module)
    if progress.completed_at:
        messages.success(request, _("Module completed."))
    else:
        messages.info(request, _("Marked as studied. Pass the quiz to complete the module."))
    return HttpResponseRedirect(module.url)


@login_required
@require_POST
def submit_quiz(request, module_id):
    module, course = _module_and_course(module_id)
    enrolment, redirect = _enrolment_or_redirect(request, course)
    if redirect:
        return redirect
    answers = {
        name.removeprefix(ANSWER_PREFIX): request.POST.getlist(name)
        for name in request.POST
        if name.startswith(ANSWER_PREFIX)
    }
    number = request.POST.get("attempt", "")
    try:
        attempt = attempts.quiz_attempt_submit(
            enrolment=enrolment,
            module=module,
            course=course,
            answers=answers,
            number=int(number) if number.isdigit() else None,
        )
    except QuizAnswerError as error:
        # Show the module again with the answers as given, nothing lost.
        messages.error(request, error.message)
        request.quiz_answers = answers
        return module.serve(request)
    if attempt.passed:
        messages.success(
            request, _("Quiz passed with %(score)s%%.") % {"score": attempt.score_percent}
        )
    else:
        messages.warning(
            request,
            _(
                "%(score)s%%: not enough to pass (%(mark)s%% needed). "
                "Read the feedback and try again."
            )
            % {"score": attempt.score_percent, "mark": attempt.pass_mark},
        )
    return HttpResponseRedirect(f"{module.url}#quiz")


@login_required
def my_learning(request):
    rows = selectors.my_learning(user=request.user, language=get_language())
    return render(
        request,
        "learning/my_learning.html",
        {
            "in_progress": [row for row in rows if row["enrolment"].completed_at is None],
            "completed": [row for row in rows if row["enrolment"].completed_at is not None],
        },
    )
