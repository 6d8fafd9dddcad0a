"""Writes about quiz attempts: take one, and give a trainee more than the course allows."""

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale

from learning_platform.accounts.audit import audit_log
from learning_platform.links import absolute_url
from learning_platform.notifications.services import email_queue

from . import selectors, services
from .grading import QuizAnswerError, quiz_grade
from .models import Enrolment, ModuleProgress, QuizAttempt, QuizAttemptGrant


@transaction.atomic
def quiz_attempt_submit(
    *, enrolment: Enrolment, module, course, answers, number: int | None = None
) -> QuizAttempt:
    """Grades the answers to attempt ``number`` at ``module``'s quiz, on the paper that attempt
    was shown, at ``course``'s pass mark, and keeps the attempt.

    ``number`` is the attempt the form was made for (the next one when not given). An attempt
    already stored under it is returned as it is: a double click, a second tab or a submission
    sent again stores nothing twice. Raises QuizAnswerError, storing nothing, when an answer does
    not belong to its question, when the form is for an attempt that has not begun, or when the
    course's attempts at this quiz are used up. Attempts are counted with the enrolment locked,
    in the transaction that stores the new one: PostgreSQL takes the row lock; SQLite, which
    ignores it, takes the database's write lock as the transaction begins (IMMEDIATE, see the
    settings)."""
    services.check_module(enrolment, module)
    Enrolment.objects.select_for_update().filter(pk=enrolment.pk).first()
    attempts = enrolment.attempts.filter(module_key=module.translation_key)
    taken = attempts.count()
    number = taken + 1 if number is None else number
    if number <= taken:
        return attempts.get(number=number)
    if number != taken + 1:
        raise QuizAnswerError(_("This quiz page is out of date: open the module again."))
    allowed = selectors.quiz_attempts_allowed(
        enrolment=enrolment, course=course, module_key=module.translation_key
    )
    if allowed is not None and taken >= allowed:
        raise QuizAnswerError(
            _("You have used the %(count)s attempts this course allows for this quiz.")
            % {"count": allowed}
        )
    paper = selectors.quiz_paper(enrolment=enrolment, module=module, number=number)
    graded = quiz_grade(quiz=module.quiz, paper=paper, answers=answers)
    attempt = QuizAttempt.objects.create(
        enrolment=enrolment,
        module_key=module.translation_key,
        number=number,
        language=module.locale.language_code,
        score_percent=graded.score_percent,
        pass_mark=course.pass_mark,
        passed=graded.passes(course.pass_mark),
        questions=graded.questions,
    )
    progress, _created = ModuleProgress.objects.get_or_create(
        enrolment=enrolment, module_key=module.translation_key
    )
    services.complete_module_if_done(progress, module)
    services.enrolment_studied(enrolment=enrolment, module=module)
    services.enrolment_completion_update(enrolment=enrolment)
    return attempt


@transaction.atomic
def quiz_attempts_grant(
    *, enrolment: Enrolment, module, course, by, extra: int = 1, reason: str = "", request=None
) -> QuizAttemptGrant:
    """Gives the trainee of ``enrolment`` ``extra`` more attempts at ``module``'s quiz, beyond
    the course's limit: recorded with who gave them and why, in the audit log, and told to the
    trainee by email (in their language, with the link to the module)."""
    services.check_module(enrolment, module)
    if not len(module.quiz):
        raise services.EnrolmentError(_("This module has no quiz."))
    if course.max_quiz_attempts is None:
        raise services.EnrolmentError(_("This course sets no limit on attempts: nothing to give."))
    if extra < 1:
        raise services.EnrolmentError(_("Give at least one attempt."))
    grant = QuizAttemptGrant.objects.create(
        enrolment=enrolment,
        module_key=module.translation_key,
        extra=extra,
        granted_by=by,
        reason=reason.strip(),
    )
    audit_log(
        action="lp.attempts_grant",
        instance=enrolment,
        request=request,
        user=by,
        data={"module": module.title, "extra": extra, "reason": grant.reason},
    )
    user = enrolment.user
    language = user.preferred_language or settings.LANGUAGE_CODE
    locale = Locale.objects.filter(language_code=language).first()
    shown = module.get_translation_or_none(locale) if locale else None
    shown = shown if shown is not None and shown.live else module
    course_shown = shown.get_parent().specific
    email_queue(
        kind="attempts_granted",
        user=user,
        language=language,
        dedup_key=f"attempts_granted:{grant.pk}",
        related=enrolment,
        context={
            "module_title": shown.title,
            "course_title": course_shown.title,
            "extra": extra,
            "reason": grant.reason,
            "module_url": absolute_url(f"{shown.url}#quiz"),
        },
    )
    return grant
