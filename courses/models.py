from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks as wagtail_blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from . import page_cache, selectors
from .blocks import ModuleBodyBlock
from .questions import QuizBlock

LEVEL_CHOICES = (
    ("introductory", _("Introductory")),
    ("intermediate", _("Intermediate")),
    ("advanced", _("Advanced")),
)

ENROLMENT_MODE_CHOICES = (
    ("open", _("Open to everyone")),
    ("key", _("With an enrolment key")),
    ("invitation", _("By invitation only")),
)

# What a trainee is shown after a quiz attempt. Either way the right answers stay on the server
# until the trainee passes or has used the last attempt allowed.
QUIZ_REVIEW_CHOICES = (
    ("chosen", _("Feedback on the answers they chose")),
    ("full", _("The full correction, once passed or out of attempts")),
)


def tabs_with(panels, heading, content_panels):
    """Wagtail's page editor tabs, with one more tab after "Content"."""
    return TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(panels, heading=heading),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )


class FastServeMixin:
    """Serves course pages with fewer queries than Wagtail's defaults, same results."""

    def get_view_restrictions(self):
        """The restrictions of this page and its ancestors, from the cache until the page tree
        or a restriction changes (Wagtail uses two queries): every page served asks.

        An alias follows the restrictions of its source page, as in Wagtail."""
        if self.alias_of_id:
            return super().get_view_restrictions()
        return page_cache.view_restrictions(self)


class HomePage(FastServeMixin, Page):
    """The site's front page, one per language: what the platform offers and for whom."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown under the title."),
    )
    body = RichTextField(
        _("body"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        help_text=_("What the platform offers and who it is for."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    @property
    def localized(self):
        """The home page in the active language, from the cache until the page tree changes.
        Wagtail's routing asks for it on every page request; found anew, it costs a query for
        the locale and another for the page."""
        language = translation.get_language() or settings.LANGUAGE_CODE
        return page_cache.home_page_localized(
            self, language, lambda: super(HomePage, self).localized.specific
        )

    def route(self, request, path_components):
        """Finds a catalogue, course or module page by its address, from the cache or in one
        query; Wagtail's default walks the tree with two queries per level. Anything else
        routes as usual."""
        model = CATALOGUE_PAGE_MODELS_BY_LEVEL.get(len(path_components))
        if model is not None:
            url_path = self.url_path + "".join(f"{component}/" for component in path_components)
            page = page_cache.page_at(model, home_page=self, url_path=url_path)
            if page is not None:
                return page.route(request, [])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["catalogue"] = selectors.catalogue_page_for(self)
        return context


class Topic(TranslatableMixin, models.Model):
    """A subject that courses are filed under in the catalogue, named in every language."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=True,
        help_text=_("The topic's identifier in catalogue addresses; the same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="courses_topic_unique_slug"),
        ]

    def __str__(self):
        return self.name


class CourseIndexPage(FastServeMixin, Page):
    """The course catalogue: every course, filtered by language, topic and level, searchable."""

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("Shown above the list of courses.")
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = selectors.CatalogueFilters.from_query(request.GET)
        context["filters"] = filters
        context["topics"] = topics = selectors.catalogue_topics(self.locale)
        context["courses"], plain = selectors.catalogue_page(
            self, filters, request.GET, {topic.slug for topic in topics}
        )
        if plain:
            page_cache.vouch_for_query(request)
        # The other pages' addresses keep the filters.
        context["filter_query"] = filters.as_query()
        context["level_choices"] = LEVEL_CHOICES
        return context


class CoursePageForm(WagtailAdminPageForm):
    """The course editor. Its topics are those of the default language, each listed once: a
    course links the same topics in every language (the catalogue shows each in the reader's
    language), so the French versions would only be doubles."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "topics" in self.fields:
            self.fields["topics"].queryset = Topic.objects.filter(locale=Locale.get_default())


class CoursePage(FastServeMixin, Page):
    """A training course. Its translations are the same course: they share its identity
    (translation key), so enrolments, progress and certificates count it once."""

    summary = models.TextField(
        _("summary"), help_text=_("Two or three sentences shown in the catalogue.")
    )
    learning_objectives = StreamField(
        [("objective", wagtail_blocks.CharBlock(label=_("objective"), max_length=300))],
        verbose_name=_("learning objectives"),
        blank=True,
        help_text=_("What trainees will be able to do, one objective each."),
    )
    target_audience = models.TextField(
        _("target audience"), blank=True, help_text=_("Who the course is written for.")
    )
    level = models.CharField(
        _("level"), max_length=20, choices=LEVEL_CHOICES, default="introductory"
    )
    estimated_hours = models.DecimalField(
        _("estimated hours"),
        max_digits=4,
        decimal_places=1,
        default=1,
        validators=[MinValueValidator(0)],
        help_text=_("How long the whole course takes, in hours."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topics = ParentalManyToManyField(Topic, verbose_name=_("topics"), blank=True)
    enrolment_mode = models.CharField(
        _("enrolment"),
        max_length=20,
        choices=ENROLMENT_MODE_CHOICES,
        default="open",
        help_text=_("Who may enrol on their own."),
    )
    enrolment_key = models.CharField(
        _("enrolment key"),
        max_length=64,
        blank=True,
        help_text=_("The key trainees type to enrol, when enrolment needs one."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark"),
        default=70,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("The share of right answers, in percent, that passes a quiz."),
    )
    max_quiz_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed per quiz"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("How many times a trainee may take each quiz; empty for no limit."),
    )
    quiz_review = models.CharField(
        _("after an attempt, trainees see"),
        max_length=20,
        choices=QUIZ_REVIEW_CHOICES,
        default="chosen",
        help_text=_(
            "The right answers are never shown before a passing attempt or the last one allowed."
        ),
    )
    gives_certificate = models.BooleanField(
        _("gives a certificate"),
        default=True,
        help_text=_("Trainees who complete the course receive a certificate."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        FieldPanel("learning_objectives"),
        FieldPanel("target_audience"),
        FieldRowPanel([FieldPanel("level"), FieldPanel("estimated_hours")]),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
    ]
    enrolment_panels = [
        MultiFieldPanel(
            [FieldPanel("enrolment_mode"), FieldPanel("enrolment_key")], heading=_("Enrolment")
        ),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("max_quiz_attempts"),
                FieldPanel("quiz_review"),
                FieldPanel("gives_certificate"),
                InlinePanel("signatories", label=_("Signatories"), max_num=3),
                InlinePanel("partners", label=_("Partners")),
            ],
            heading=_("Assessment and certificate"),
        ),
    ]
    edit_handler = tabs_with(enrolment_panels, _("Enrolment and certificate"), content_panels)

    base_form_class = CoursePageForm

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("target_audience"),
        index.FilterField("level"),
    ]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    # The same in every language: translating a course never changes how it is taken.
    override_translatable_fields = [
        SynchronizedField("level"),
        SynchronizedField("enrolment_mode"),
        SynchronizedField("enrolment_key"),
        SynchronizedField("pass_mark"),
        SynchronizedField("max_quiz_attempts"),
        SynchronizedField("quiz_review"),
        SynchronizedField("gives_certificate"),
        SynchronizedField("estimated_hours"),
    ]

    class Meta:
        verbose_name = _("course")

    def clean(self):
        super().clean()
        if self.enrolment_mode == "key" and not self.enrolment_key.strip():
            raise ValidationError(
                {"enrolment_key": _("Give the key that trainees must type to enrol.")}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        _course, context["modules"] = selectors.course_with_modules(self.path, self.url_path)
        context["topics"] = selectors.course_topics(self)
        return context


class CourseSignatory(Orderable):
    """A person who signs the course's certificates."""

    page = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="signatories")
    name = models.CharField(_("name"), max_length=200)
    title = models.CharField(
        _("title"), max_length=200, help_text=_("Position and institution, as printed.")
    )
    signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An image of the signature, on a transparent background."),
    )

    panels = [FieldPanel("name"), FieldPanel("title"), FieldPanel("signature")]

    class Meta(Orderable.Meta):
        verbose_name = _("signatory")


class CoursePartner(Orderable):
    """A partner organisation whose logo appears on the course and its certificates."""

    page = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(_("name"), max_length=200)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    url = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("logo"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("partner")


class ModulePage(FastServeMixin, Page):
    """One unit of a course: teaching text in blocks, and a quiz."""

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("What this module is about, in a sentence.")
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"),
        default=30,
        validators=[MinValueValidator(1)],
        help_text=_("How long the module takes to study, quiz included."),
    )
    required = models.BooleanField(
        _("required"),
        default=True,
        help_text=_("Required modules must be completed to complete the course."),
    )
    body = StreamField(ModuleBodyBlock(), verbose_name=_("body"), blank=True)
    quiz = StreamField(
        QuizBlock(),
        verbose_name=_("quiz"),
        blank=True,
        help_text=_("Questions trainees answer after studying the module."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("required")]),
        FieldPanel("body"),
    ]
    quiz_panels = [FieldPanel("quiz")]
    edit_handler = tabs_with(quiz_panels, _("Quiz"), content_panels)

    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    override_translatable_fields = [
        SynchronizedField("estimated_minutes"),
        SynchronizedField("required"),
    ]

    class Meta:
        verbose_name = _("module")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.module_context(self))
        return context


# The page type found at each level below a home page: catalogue, course, module.
CATALOGUE_PAGE_MODELS_BY_LEVEL = {1: CourseIndexPage, 2: CoursePage, 3: ModulePage}


class CourseTeam(models.Model):
    """The trainers who write one course, in every language: a Wagtail group holding the page
    permissions on each translation of the course, so Wagtail itself decides who edits and
    publishes it. Its members also follow the course's self-paced trainees in the reports
    (learning/access.py). An administrator adds people to it from their account ("Roles")."""

    course_key = models.UUIDField(
        _("course"), unique=True, help_text=_("The course, whatever its language.")
    )
    group = models.OneToOneField(
        "auth.Group", verbose_name=_("group"), on_delete=models.CASCADE, related_name="course_team"
    )

    class Meta:
        verbose_name = _("course team")
        verbose_name_plural = _("course teams")

    def __str__(self):
        return self.group.name
