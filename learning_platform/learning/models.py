from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

SESSION_FORMAT_CHOICES = (
    ("online", _("Online")),
    ("in_person", _("In person")),
    ("blended", _("Blended")),
)

ENROLMENT_SOURCE_CHOICES = (
    ("self", _("Enrolled themselves")),
    ("key", _("Enrolled with a key")),
    ("invitation", _("Invited")),
    ("bulk", _("Bulk enrolment")),
)


class TrainingSession(models.Model):
    """A dated run of a course for a cohort: online, in person or blended.

    A course may have none (it is then self-paced) or many. The course is referred to by its
    identity shared by all its translations (its translation key)."""

    course_key = models.UUIDField(
        _("course"), db_index=True, help_text=_("The course, whatever its language.")
    )
    title = models.CharField(_("title"), max_length=200, help_text=_("E.g. “Kinshasa, May 2027”."))
    format = models.CharField(
        _("format"), max_length=20, choices=SESSION_FORMAT_CHOICES, default="online"
    )
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    venue = models.CharField(
        _("venue"), max_length=300, blank=True, help_text=_("Where it takes place, if not online.")
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Places; empty for no limit.")
    )
    enrolment_key = models.CharField(
        _("enrolment key"),
        max_length=64,
        blank=True,
        help_text=_("A key for this session only; empty to use the course's rules."),
    )
    attendance_days_required = models.PositiveSmallIntegerField(
        _("days of attendance required"),
        null=True,
        blank=True,
        help_text=_(
            "For in-person and blended sessions: how many days a trainee must attend to "
            "complete the course. Empty when attendance does not count."
        ),
    )
    enrolment_opens_at = models.DateTimeField(_("enrolment opens"), null=True, blank=True)
    enrolment_closes_at = models.DateTimeField(_("enrolment closes"), null=True, blank=True)
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("coordinators"),
        related_name="coordinated_sessions",
        blank=True,
    )
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainers"),
        related_name="trained_sessions",
        blank=True,
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("training session")
        verbose_name_plural = _("training sessions")
        ordering = ["-starts_on", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(starts_on__isnull=True)
                | Q(ends_on__isnull=True)
                | Q(ends_on__gte=F("starts_on")),
                name="learning_session_ends_after_it_starts",
                violation_error_message=_("A session cannot end before it starts."),
            ),
            models.CheckConstraint(
                condition=Q(capacity__isnull=True) | Q(capacity__gt=0),
                name="learning_session_capacity_positive",
                violation_error_message=_("A session needs at least one place."),
            ),
        ]

    def __str__(self):
        return self.title


class Enrolment(models.Model):
    """A trainee taking a course: one per trainee and course, enforced by the database."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    session = models.ForeignKey(
        TrainingSession,
        verbose_name=_("session"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="enrolments",
    )
    source = models.CharField(
        _("how they enrolled"), max_length=20, choices=ENROLMENT_SOURCE_CHOICES, default="self"
    )
    enrolled_at = models.DateTimeField(_("enrolled"), auto_now_add=True)
    withdrawn_at = models.DateTimeField(_("withdrew"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    last_module_key = models.UUIDField(
        _("last module studied"), null=True, blank=True, help_text=_("Where to continue.")
    )
    last_activity_at = models.DateTimeField(
        _("last activity"),
        null=True,
        blank=True,
        help_text=_("When the trainee last made progress."),
    )

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-enrolled_at"]
        indexes = [
            # Newest first and periods of enrolment, in participant lists and reports.
            models.Index(fields=["enrolled_at"], name="learning_enrolment_enrolled_at"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key"],
                name="learning_one_enrolment_per_trainee_and_course",
                violation_error_message=_("This trainee is already enrolled in this course."),
            ),
            models.CheckConstraint(
                condition=Q(source__in=[code for code, _label in ENROLMENT_SOURCE_CHOICES]),
                name="learning_enrolment_source_known",
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.course_key}"

    @property
    def is_active(self) -> bool:
        return self.withdrawn_at is None


class ModuleProgress(models.Model):
    """How far a trainee is with one module of a course (the module in any language)."""

    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="progress", verbose_name=_("enrolment")
    )
    module_key = models.UUIDField(_("module"))
    marked_done_at = models.DateTimeField(_("marked as studied"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    class Meta:
        verbose_name = _("module progress")
        verbose_name_plural = _("module progress")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "module_key"], name="learning_one_progress_per_module"
            ),
        ]

    def __str__(self):
        return f"{self.enrolment} · {self.module_key}"


class QuizAttempt(models.Model):
    """One submission of a module's quiz, kept with the questions as they were asked."""

    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="attempts", verbose_name=_("enrolment")
    )
    module_key = models.UUIDField(_("module"), db_index=True)
    number = models.PositiveSmallIntegerField(
        _("attempt"), help_text=_("1 for the trainee's first attempt at this quiz, and so on.")
    )
    language = models.CharField(_("language"), max_length=10)
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    score_percent = models.PositiveSmallIntegerField(_("score (%)"))
    pass_mark = models.PositiveSmallIntegerField(_("pass mark (%)"))
    passed = models.BooleanField(_("passed"))
    questions = models.JSONField(
        _("questions and answers"),
        help_text=_(
            "Each question as asked (the order of its answers), the answer, what the trainee "
            "was told, and the right answer."
        ),
    )

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-submitted_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(score_percent__lte=100), name="learning_attempt_score_at_most_100"
            ),
            # Each attempt's paper is made for its number: a double click, a second tab or a
            # replayed offline submission cannot store the same attempt twice.
            models.UniqueConstraint(
                fields=["enrolment", "module_key", "number"], name="learning_one_attempt_per_number"
            ),
        ]

    def __str__(self):
        return f"{self.enrolment} · {self.module_key} · {self.score_percent}%"


class QuizAttemptGrant(models.Model):
    """More attempts at one module's quiz for one trainee, given by a coordinator or trainer of
    the course when the course's attempts are used up."""

    enrolment = models.ForeignKey(
        Enrolment,
        on_delete=models.CASCADE,
        related_name="attempt_grants",
        verbose_name=_("enrolment"),
    )
    module_key = models.UUIDField(_("module"), db_index=True)
    extra = models.PositiveSmallIntegerField(_("attempts given"), default=1)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("given by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    granted_at = models.DateTimeField(_("given"), auto_now_add=True)
    reason = models.CharField(_("reason"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("more quiz attempts")
        verbose_name_plural = _("more quiz attempts")
        ordering = ["granted_at"]
        constraints = [
            models.CheckConstraint(condition=Q(extra__gte=1), name="learning_grant_at_least_one"),
        ]

    def __str__(self):
        return f"{self.enrolment} · {self.module_key} · +{self.extra}"


class Attendance(models.Model):
    """A trainee present on one day of an in-person or blended session."""

    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="attendance", verbose_name=_("enrolment")
    )
    day = models.DateField(_("day"))
    recorded_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        ordering = ["day"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "day"], name="learning_one_attendance_per_day"
            ),
        ]

    def __str__(self):
        return f"{self.enrolment} · {self.day}"
