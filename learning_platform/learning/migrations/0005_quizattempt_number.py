"""Attempts get their number (1, 2, ... per trainee and quiz, in the order they were taken), one
attempt per number, and the questions they kept take the shape every question type now
records: the answer in words, the feedback shown, the right answer in words, the layout."""

from django.db import migrations, models
from django.utils import translation
from django.utils.translation import gettext


def _choice_record(question: dict) -> dict:
    choices = question.get("choices", [])
    given = set(question.get("answer", []))
    return {
        "layout": {"order": [choice["id"] for choice in choices]},
        "given": [choice["text"] for choice in choices if choice["id"] in given],
        "feedback": [
            choice["feedback"]
            for choice in choices
            if choice["id"] in given and choice.get("feedback")
        ],
        "correction": [choice["text"] for choice in choices if choice.get("is_correct")],
    }


def _true_false_record(question: dict) -> dict:
    label = {True: gettext("True"), False: gettext("False")}
    said_true = question.get("answer", [""])[0] == "true"
    feedback = question.get("feedback") or ""
    return {
        "layout": {},
        "given": [label[said_true]],
        "feedback": [feedback] if feedback else [],
        "correction": [label[bool(question.get("is_true"))]],
    }


def number_and_reshape(apps, schema_editor):
    QuizAttempt = apps.get_model("learning", "QuizAttempt")
    numbers = {}
    for attempt in QuizAttempt.objects.order_by("submitted_at", "pk").iterator():
        key = (attempt.enrolment_id, attempt.module_key)
        numbers[key] = numbers.get(key, 0) + 1
        attempt.number = numbers[key]
        reshaped = []
        with translation.override(attempt.language or "en"):
            for question in attempt.questions or []:
                if "correction" in question:
                    reshaped.append(question)
                    continue
                record = (
                    _true_false_record(question)
                    if question.get("type") == "true_false"
                    else _choice_record(question)
                )
                reshaped.append(
                    {
                        "id": question.get("id"),
                        "type": question.get("type"),
                        "text": question.get("text", ""),
                        "answer": question.get("answer", []),
                        "is_correct": bool(question.get("is_correct")),
                        "credit": 1.0 if question.get("is_correct") else 0.0,
                        "explanation": question.get("explanation", ""),
                        **record,
                    }
                )
        attempt.questions = reshaped
        attempt.save(update_fields=["number", "questions"])


class Migration(migrations.Migration):
    dependencies = [("learning", "0004_enrolment_enrolled_at_index")]

    operations = [
        migrations.AddField(
            model_name="quizattempt",
            name="number",
            field=models.PositiveSmallIntegerField(null=True),
        ),
        migrations.RunPython(number_and_reshape, migrations.RunPython.noop, elidable=True),
        migrations.AlterField(
            model_name="quizattempt",
            name="number",
            field=models.PositiveSmallIntegerField(
                help_text="1 for the trainee's first attempt at this quiz, and so on.",
                verbose_name="attempt",
            ),
        ),
        migrations.AlterField(
            model_name="quizattempt",
            name="questions",
            field=models.JSONField(
                help_text=(
                    "Each question as asked (the order of its answers), the answer, what the "
                    "trainee was told, and the right answer."
                ),
                verbose_name="questions and answers",
            ),
        ),
        migrations.AddConstraint(
            model_name="quizattempt",
            constraint=models.UniqueConstraint(
                fields=("enrolment", "module_key", "number"), name="learning_one_attempt_per_number"
            ),
        ),
    ]
