"""The block library that trainers write modules with (the quiz's blocks are in questions.py).

Every block has its own template in ``templates/blocks/<block_name>.html`` and a preview value.
Content is written for slow connections: images come as responsive renditions, videos never
load until asked for, and every file says how big it is before it is downloaded.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


def field_error(field: str, message) -> StructBlockValidationError:
    """The error of a struct block, shown on one of its fields in the page editor."""
    return StructBlockValidationError(block_errors={field: ErrorList([ValidationError(message)])})


RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript"]

CALLOUT_KIND_CHOICES = (
    ("key_point", _("Key point")),
    ("tip", _("Tip")),
    ("warning", _("Warning")),
)

HEADING_LEVEL_CHOICES = (
    ("h2", _("Section heading")),
    ("h3", _("Subsection heading")),
)


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading"), max_length=200)
    level = blocks.ChoiceBlock(label=_("level"), choices=HEADING_LEVEL_CHOICES, default="h2")

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        description = _("A section or subsection heading.")
        preview_value = {"text": "Why national clearing-house mechanisms matter", "level": "h2"}


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/rich_text_block.html"
        description = _("Paragraphs of teaching text, with lists and links.")
        preview_value = (
            "<p>A clearing-house mechanism helps countries <b>share information</b> about "
            "biodiversity, so that each can learn from what others have tried.</p>"
        )


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        max_length=300,
        help_text=_("What the image shows, for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("caption"), max_length=300, required=False)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        description = _("An image with its alternative text and an optional caption.")
        preview_value = {"alt_text": "A mangrove forest at low tide", "caption": "Mangroves"}


# The video files every browser plays, and the type each is served as.
VIDEO_EXTENSIONS = {"mp4": "video/mp4", "webm": "video/webm"}


class VideoBlock(blocks.StructBlock):
    """A video that is never loaded until the trainee asks for it, with its transcript."""

    title = blocks.CharBlock(label=_("title"), max_length=200)
    video_file = DocumentChooserBlock(
        label=_("video file"),
        required=False,
        help_text=_(
            "An MP4 or WebM file uploaded to Documents; trainees see its size before they play it."
        ),
    )
    video_url = blocks.URLBlock(
        label=_("video address"),
        required=False,
        help_text=_("Or the address of the video on another site (opened in a new page)."),
    )
    size_note = blocks.CharBlock(
        label=_("size note"),
        max_length=100,
        help_text=_(
            "Length, e.g. “8 min” (the size of an uploaded file is added), or length and size "
            "of a video on another site, so trainees on mobile data can decide."
        ),
    )
    transcript = blocks.TextBlock(
        label=_("transcript"),
        help_text=_("Everything that is said and shown, for those who cannot watch."),
    )

    def clean(self, value):
        value = super().clean(value)
        video = value.get("video_file")
        if video is not None and video.file_extension.lower() not in VIDEO_EXTENSIONS:
            raise field_error("video_file", _("Choose an MP4 or WebM file: browsers play those."))
        if not video and not value.get("video_url"):
            raise field_error("video_file", _("Choose a video file or give its address."))
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        video = value.get("video_file")
        if video is not None:
            context["video_type"] = VIDEO_EXTENSIONS.get(video.file_extension.lower(), "")
            context["video_size"] = video.get_file_size()
        return context

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        description = _("A video, loaded only on request, with its size and a transcript.")
        preview_value = {
            "title": "What is a clearing-house mechanism?",
            "video_url": "https://www.example.org/video",
            "size_note": "6 min, 18 MB",
            "transcript": "Welcome to this short introduction to the clearing-house mechanism.",
        }


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    description = blocks.CharBlock(label=_("description"), max_length=300, required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        description = _("A file to download; its type and size are shown.")
        preview_value = {"description": "The national biodiversity strategy, in full."}


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(label=_("kind"), choices=CALLOUT_KIND_CHOICES, default="key_point")
    title = blocks.CharBlock(label=_("title"), max_length=200, required=False)
    text = blocks.RichTextBlock(label=_("text"), features=RICH_TEXT_FEATURES)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["kind_label"] = dict(CALLOUT_KIND_CHOICES).get(value["kind"], "")
        return context

    class Meta:
        icon = "pick"
        template = "blocks/callout_block.html"
        description = _("A key point, tip or warning that stands out from the text.")
        preview_value = {
            "kind": "key_point",
            "title": "Remember",
            "text": "<p>The clearing-house mechanism is about people as much as websites.</p>",
        }


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    place = blocks.CharBlock(
        label=_("place"), max_length=200, required=False, help_text=_("Country or region.")
    )
    body = blocks.RichTextBlock(label=_("story"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "openquote"
        template = "blocks/case_study_block.html"
        description = _("A real example from a partner country.")
        preview_value = {
            "title": "A national CHM website in a small team",
            "place": "Benin",
            "body": "<p>Two people keep the national website alive by sharing the work.</p>",
        }


class ResourceLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    url = blocks.URLBlock(label=_("address"))
    description = blocks.CharBlock(label=_("description"), max_length=300, required=False)
    language = blocks.CharBlock(
        label=_("language of the resource"),
        max_length=50,
        required=False,
        help_text=_("Say so when it is not in the language of this module."),
    )

    class Meta:
        icon = "link-external"
        template = "blocks/resource_link_block.html"
        description = _("A link to a useful resource on another site.")
        preview_value = {
            "title": "Convention on Biological Diversity",
            "url": "https://www.cbd.int/",
            "description": "The text of the Convention and its decisions.",
        }


class GlossaryTermBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("term"), max_length=200)
    definition = blocks.TextBlock(label=_("definition"))

    class Meta:
        icon = "list-ul"
        template = "blocks/glossary_term_block.html"
        description = _("A term and its definition.")
        preview_value = {
            "term": "Focal point",
            "definition": "The person or office that a country names to act for it.",
        }


class ModuleBodyBlock(blocks.StreamBlock):
    """Every block a trainer can put in the body of a module."""

    heading = HeadingBlock()
    rich_text = RichTextBlock()
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    case_study = CaseStudyBlock()
    resource_link = ResourceLinkBlock()
    glossary_term = GlossaryTermBlock()
