"""What course and module pages show of the trainee's learning. Course templates load these
tags; the courses app itself never imports learning."""

from django import template

from courses.selectors import course_with_modules

from .. import selectors

register = template.Library()


def _enrolment_and_progress(request, course):
    """The trainee's enrolment in ``course`` and their progress, once per request: the course
    page asks for them in two places."""
    cached = getattr(request, "_learning_course_progress", {})
    if course.pk not in cached:
        enrolment = selectors.enrolment_for(user=request.user, course_key=course.translation_key)
        progress = None
        if enrolment is not None and enrolment.is_active:
            _course, modules = course_with_modules(course.path, course.url_path)
            progress = selectors.course_progress(enrolment=enrolment, modules=modules)
        cached[course.pk] = (enrolment, progress)
        request._learning_course_progress = cached
    return cached[course.pk]


@register.simple_tag(takes_context=True)
def course_progress_for(context, course):
    """The signed-in trainee's progress in ``course`` (None when not enrolled), for the module
    list of the course page."""
    return _enrolment_and_progress(context["request"], course)[1]


@register.filter
def module_state(progress, module):
    """ "done", "studied" or "todo": a module of the course list, for the trainee."""
    return progress.state_of(module) if progress is not None else ""


@register.inclusion_tag("learning/course_enrolment.html", takes_context=True)
def course_enrolment(context, course):
    """Enrol, or see progress and continue, on a course page."""
    request = context["request"]
    user = request.user
    enrolment, progress = _enrolment_and_progress(request, course)
    data = {"request": request, "course": course, "user": user, "enrolment": enrolment}
    if progress is not None:
        data["progress"] = progress
    elif user.is_authenticated and course.enrolment_mode != "invitation":
        data["sessions"] = selectors.sessions_open_for_enrolment(course_key=course.translation_key)
    return data


@register.inclusion_tag("learning/module_learning.html", takes_context=True)
def module_learning(context, module):
    """The quiz form, the feedback of the last attempt and "mark as studied", on a module page."""
    request = context["request"]
    course = context["course"]
    state = selectors.module_state(
        user=request.user, course_key=course.translation_key, module_key=module.translation_key
    )
    active = state.enrolment is not None and state.enrolment.is_active
    return {
        "request": request,
        "module": module,
        "course": course,
        "enrolment": state.enrolment if active else None,
        "state": state,
        # The paper of the trainee's coming attempt, with the answers they gave when the quiz
        # is shown again after an error.
        "turn": selectors.quiz_turn(
            state=state,
            module=module,
            course=course,
            answers=getattr(request, "quiz_answers", None),
        )
        if module.quiz
        else None,
    }
