"""Every block of the module library renders, says what a slow line needs to know, and
validates what trainers type."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.blocks.struct_block import StructBlockValidationError

from courses import blocks, questions
from tests.factories import (
    AdminFactory,
    DocumentFactory,
    ImageFactory,
    block,
    choices,
    course_page,
    module_page,
    sample_quiz,
)

pytestmark = pytest.mark.django_db

# The first bytes of an MP4 (its "ftyp" box), padded: what the upload and the page need.
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 4072


@pytest.fixture
def rich_module(home_page):
    image = ImageFactory(title="Mangroves")
    document = DocumentFactory(title="National strategy")
    video = DocumentFactory(title="Intro video", file=ContentFile(MP4, "intro.mp4"))
    body = [
        block("heading", {"text": "HEADING-text", "level": "h2"}),
        block("heading", {"text": "SUBHEADING-text", "level": "h3"}),
        block("rich_text", "<p>RICHTEXT-paragraph with <b>bold</b></p>"),
        block("image", {"image": image.pk, "alt_text": "ALT-mangroves", "caption": "CAPTION-x"}),
        block(
            "video",
            {
                "title": "VIDEO-title",
                "video_file": video.pk,
                "video_url": "",
                "size_note": "8 min",
                "transcript": "TRANSCRIPT-words",
            },
        ),
        block(
            "video",
            {
                "title": "REMOTE-video",
                "video_file": None,
                "video_url": "https://video.example.org/watch/1",
                "size_note": "3 min",
                "transcript": "REMOTE-transcript",
            },
        ),
        block("document", {"document": document.pk, "description": "DOCUMENT-description"}),
        block("callout", {"kind": "warning", "title": "", "text": "<p>CALLOUT-text</p>"}),
        block("case_study", {"title": "CASE-title", "place": "Benin", "body": "<p>CASE-body</p>"}),
        block(
            "resource_link",
            {
                "title": "RESOURCE-title",
                "url": "https://www.cbd.int/chm/",
                "description": "RESOURCE-description",
                "language": "English",
            },
        ),
        block("glossary_term", {"term": "GLOSSARY-term", "definition": "GLOSSARY-definition"}),
    ]
    return module_page(course_page(), title="Rich module", body=body, quiz=sample_quiz())


def test_every_block_type_renders_in_a_module(client, rich_module):
    content = client.get(rich_module.url).content.decode()

    assert "<h2>HEADING-text</h2>" in content
    assert "<h3>SUBHEADING-text</h3>" in content
    assert "RICHTEXT-paragraph with <b>bold</b>" in content
    assert 'alt="ALT-mangroves"' in content and "CAPTION-x" in content
    assert re.search(r'srcset="[^"]+ 400w, [^"]+ \d+w"', content)  # responsive renditions
    # The size of the uploaded file is told beside the length.
    assert "VIDEO-title" in content and "(8 min, 4.0\xa0KB)" in content
    assert 'preload="none"' in content  # nothing downloads before the trainee presses play
    assert re.search(r'<source src="[^"]+intro[^"]*\.mp4" type="video/mp4">', content)
    assert "TRANSCRIPT-words" in content and "REMOTE-transcript" in content
    assert 'href="https://video.example.org/watch/1"' in content
    assert "<iframe" not in content
    assert "National strategy" in content and "(PDF, 2.0" in content
    assert "DOCUMENT-description" in content
    assert 'class="callout callout--warning"' in content and "Warning" in content
    assert "CALLOUT-text" in content
    assert "CASE-title" in content and "Benin" in content and "CASE-body" in content
    assert 'href="https://www.cbd.int/chm/"' in content and "(English)" in content
    assert "<dt>GLOSSARY-term</dt>" in content and "GLOSSARY-definition" in content


def test_module_pages_need_no_javascript(client, rich_module):
    content = client.get(rich_module.url).content.decode()

    assert "<script" not in content


def test_quiz_answers_and_feedback_never_reach_the_page(client, rich_module):
    content = client.get(rich_module.url).content.decode()

    # The questions and every answer are shown...
    assert "Which article sets up the clearing-house mechanism?" in content
    for answer in ("Article 18(3)", "Article 8(j)", "Selling data", "Cooperation"):
        assert answer in content
    assert "A national CHM needs a focal point." in content
    # ...but nothing says which are right, and no feedback or explanation is sent.
    for secret in ("Feedback for this answer", "EXPLANATION-", "FEEDBACK-", "is_correct"):
        assert secret not in content
    assert "correct" not in content.lower().replace("incorrect", "")


@pytest.mark.parametrize(
    ("question_block", "correct", "message"),
    [
        (questions.SingleChoiceQuestionBlock(), (), "exactly one"),
        (questions.SingleChoiceQuestionBlock(), (0, 1), "exactly one"),
        (questions.MultipleChoiceQuestionBlock(), (), "at least one"),
    ],
)
def test_questions_need_the_right_number_of_correct_answers(question_block, correct, message):
    value = question_block.to_python(
        {"question": "Q?", "choices": choices("A", "B", correct=correct), "explanation": ""}
    )

    with pytest.raises(StructBlockValidationError) as excinfo:
        question_block.clean(value)

    assert message in str(excinfo.value.block_errors["choices"])


def test_a_well_formed_question_is_accepted():
    question_block = questions.MultipleChoiceQuestionBlock()
    value = question_block.to_python(
        {"question": "Q?", "choices": choices("A", "B", "C", correct=(0, 2)), "explanation": ""}
    )

    assert question_block.clean(value)["question"] == "Q?"


def test_a_short_answer_needs_an_answer_or_a_number():
    question_block = questions.ShortAnswerQuestionBlock()
    value = question_block.to_python(
        {"question": "Q?", "accepted_answers": [], "number": None, "explanation": ""}
    )

    with pytest.raises(StructBlockValidationError) as excinfo:
        question_block.clean(value)

    assert "at least one answer, or a number" in str(excinfo.value.block_errors["accepted_answers"])


def test_a_pool_cannot_ask_more_questions_than_it_has():
    pool = questions.QuestionPoolBlock()
    value = pool.to_python(
        {
            "draw": 3,
            "questions": [
                block("true_false", {"statement": "S1", "is_true": True}),
                block("true_false", {"statement": "S2", "is_true": False}),
            ],
        }
    )

    with pytest.raises(StructBlockValidationError) as excinfo:
        pool.clean(value)

    assert "fewer questions than it asks" in str(excinfo.value.block_errors["draw"])


def test_a_new_question_starts_with_two_empty_answers():
    for question_block in (
        questions.SingleChoiceQuestionBlock(),
        questions.MatchingQuestionBlock(),
    ):
        default = question_block.get_default()
        listed = default["choices"] if "choices" in default else default["pairs"]
        assert len(listed) == 2


def test_a_video_file_is_an_mp4_or_a_webm(home_page):
    video_block = blocks.VideoBlock()
    value = video_block.to_python(
        {
            "title": "T",
            "video_file": DocumentFactory().pk,  # a PDF
            "video_url": "",
            "size_note": "1 min",
            "transcript": "x",
        }
    )

    with pytest.raises(StructBlockValidationError) as excinfo:
        video_block.clean(value)

    assert "MP4 or WebM" in str(excinfo.value.block_errors["video_file"])


def test_a_trainer_uploads_an_mp4_and_anything_too_big_is_refused(client, home_page, settings):
    from wagtail.documents.models import Document

    client.force_login(AdminFactory())
    upload = SimpleUploadedFile("mangroves.mp4", MP4, content_type="video/mp4")

    response = client.post(reverse("wagtaildocs:add"), {"title": "Mangroves", "file": upload})

    assert response.status_code == 302
    assert Document.objects.get(title="Mangroves").file_extension == "mp4"
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    too_big = SimpleUploadedFile("long.webm", MP4, content_type="video/webm")
    refused = client.post(reverse("wagtaildocs:add"), {"title": "Long", "file": too_big})
    assert refused.status_code == 200 and "This file is too big" in refused.content.decode()
    assert not Document.objects.filter(title="Long").exists()


def test_a_video_needs_a_file_or_an_address():
    video_block = blocks.VideoBlock()
    value = video_block.to_python(
        {"title": "T", "video_file": None, "video_url": "", "size_note": "1 min", "transcript": "x"}
    )

    with pytest.raises(StructBlockValidationError):
        video_block.clean(value)


def test_an_image_needs_its_alternative_text(home_page):
    image_block = blocks.ImageBlock()
    value = image_block.to_python({"image": ImageFactory().pk, "alt_text": "", "caption": ""})

    with pytest.raises(ValidationError):
        image_block.clean(value)


def test_every_block_has_a_template_a_description_and_a_preview_value():
    for name, child in blocks.ModuleBodyBlock().child_blocks.items():
        assert child.meta.template == f"blocks/{name}_block.html"
        assert child.meta.description
        assert child.get_preview_value() not in (None, "", {})
    for child in questions.QuizBlock().child_blocks.values():
        assert child.meta.template and child.meta.description
        assert child.get_preview_value()
