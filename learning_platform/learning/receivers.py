"""What learning answers to the signals of the layers below it (accounts)."""

from courses.models import CoursePage, ModulePage

from .models import Enrolment, TrainingSession


def _titles(model, keys, *, language: str) -> dict:
    """The titles of the pages with these translation keys, in ``language`` where translated."""
    titles = {}
    rows = model.objects.filter(translation_key__in=set(keys)).values_list(
        "translation_key", "title", "locale__language_code"
    )
    for key, title, code in rows:
        if key not in titles or code == language:
            titles[key] = title
    return titles


def _sessions(queryset) -> list[dict]:
    return [
        {
            "course_key": session.course_key,
            "title": session.title,
            "starts_on": session.starts_on,
            "ends_on": session.ends_on,
        }
        for session in queryset.order_by("starts_on", "title")
    ]


def _as_told(question: dict) -> dict:
    """A question of an attempt as the trainee met it: the question, their answer, whether it
    was right and the feedback they were shown. Never the right answer or the answers they did
    not choose: a download must not hand out the answer key."""
    return {
        "question": question.get("text", ""),
        "your_answer": question.get("given", []),
        "right": question.get("is_correct", False),
        "feedback": question.get("feedback", []),
        "explanation": question.get("explanation", ""),
    }


def personal_data_export(sender, *, user, **kwargs) -> tuple[str, dict]:
    """Answers accounts' ``personal_data_requested``: the person's enrolments with their
    progress, quiz attempts (the questions as asked, the answers given, what the trainee was
    told) and attendance,
    and the sessions they coordinate or train."""
    enrolments = list(
        Enrolment.objects.filter(user=user)
        .select_related("session")
        .prefetch_related("progress", "attempts", "attendance")
        .order_by("enrolled_at", "pk")
    )
    language = user.preferred_language
    course_titles = _titles(
        CoursePage, [enrolment.course_key for enrolment in enrolments], language=language
    )
    module_titles = _titles(
        ModulePage,
        [progress.module_key for enrolment in enrolments for progress in enrolment.progress.all()]
        + [attempt.module_key for enrolment in enrolments for attempt in enrolment.attempts.all()],
        language=language,
    )
    return "learning", {
        "enrolments": [
            {
                "course_key": enrolment.course_key,
                "course_title": course_titles.get(enrolment.course_key, ""),
                "session": enrolment.session.title if enrolment.session else None,
                "source": enrolment.source,
                "enrolled_at": enrolment.enrolled_at,
                "withdrawn_at": enrolment.withdrawn_at,
                "completed_at": enrolment.completed_at,
                "last_module_key": enrolment.last_module_key,
                "module_progress": [
                    {
                        "module_key": progress.module_key,
                        "module_title": module_titles.get(progress.module_key, ""),
                        "marked_done_at": progress.marked_done_at,
                        "completed_at": progress.completed_at,
                    }
                    for progress in sorted(enrolment.progress.all(), key=lambda row: row.pk)
                ],
                "quiz_attempts": [
                    {
                        "module_key": attempt.module_key,
                        "module_title": module_titles.get(attempt.module_key, ""),
                        "language": attempt.language,
                        "submitted_at": attempt.submitted_at,
                        "score_percent": attempt.score_percent,
                        "pass_mark": attempt.pass_mark,
                        "passed": attempt.passed,
                        "questions_and_answers": [
                            _as_told(question) for question in attempt.questions
                        ],
                    }
                    for attempt in sorted(enrolment.attempts.all(), key=lambda row: row.pk)
                ],
                "attendance": [row.day for row in enrolment.attendance.all()],
            }
            for enrolment in enrolments
        ],
        "sessions_coordinated": _sessions(TrainingSession.objects.filter(coordinators=user)),
        "sessions_trained": _sessions(TrainingSession.objects.filter(trainers=user)),
    }
