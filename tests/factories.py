"""Factories for the test suite: people, media and course page trees."""

import time
import uuid
from io import BytesIO

import factory
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PillowImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Site

from courses.models import CourseIndexPage, CoursePage, ModulePage

TEST_PASSWORD = "correct-horse-battery-staple"
# The authenticator-app secret of the staff that factories make (base 32, as apps read it).
TEST_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def with_totp(user, secret=TEST_TOTP_SECRET):
    """Gives ``user`` an authenticator app (allauth's TOTP), as if they had set one up: staff
    need a second factor before the admin opens. Returns the user."""
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, secret)
    user.__dict__.pop("_has_second_factor", None)  # what services remembered of this object
    return user


def totp_code(secret=TEST_TOTP_SECRET, at=None):
    """The code an authenticator app shows for ``secret`` now (or at the time ``at``)."""
    counter = int(time.time() if at is None else at) // 30
    return format_hotp_value(hotp_value(secret, counter))


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Faker("name")
    country = "CD"
    organisation = factory.Faker("company")
    organisation_type = "ngo"
    preferred_language = "fr"
    # As at sign-up; accounts a coordinator makes have none until their owner accepts.
    privacy_accepted_at = factory.LazyFunction(timezone.now)
    password = TEST_PASSWORD

    class Meta:
        model = get_user_model()

    @classmethod
    def _create(cls, model_class, *args, email_verified=True, **kwargs):
        # Through the manager, as sign-up does: it normalises the email and hashes the password.
        manager = cls._get_manager(model_class)
        if kwargs.get("is_superuser"):
            user = manager.create_superuser(*args, **kwargs)
        else:
            user = manager.create_user(*args, **kwargs)
        if email_verified:
            # As after sign-up and verification, which is mandatory before the first login
            # (``UserFactory(email_verified=False)`` for an address not verified yet).
            EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
        return user


class AdminFactory(UserFactory):
    """A superuser with an authenticator app (``AdminFactory(totp=False)`` for one without)."""

    is_staff = True
    is_superuser = True

    class Meta:
        skip_postgeneration_save = True  # the hook saves what it makes

    @factory.post_generation
    def totp(user, create, extracted, **kwargs):
        if create and extracted is not False:
            with_totp(user)


def png_file(name="picture.png", size=(640, 480), colour=(31, 92, 61)):
    """A real PNG image, made in memory."""
    buffer = BytesIO()
    PillowImage.new("RGB", size, colour).save(buffer, format="PNG")
    return ImageFile(buffer, name=name)


class ImageFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Image {n}")
    file = factory.LazyFunction(png_file)

    class Meta:
        model = Image


class DocumentFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Document {n}")
    file = factory.LazyFunction(lambda: ContentFile(b"%PDF-1.4\n" + b"x" * 2048, "guide.pdf"))
    # The admin's upload form records the size; so does this factory.
    file_size = factory.LazyAttribute(lambda document: document.file.size)

    class Meta:
        model = Document


# --- Course pages -----------------------------------------------------------------------------


def block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def choices(*texts, correct=(0,), feedback="Feedback for this answer"):
    return [
        {
            "type": "item",
            "value": {
                "text": text,
                "is_correct": index in correct,
                "feedback": f"{feedback} {index}",
            },
            "id": str(uuid.uuid4()),
        }
        for index, text in enumerate(texts)
    ]


def sample_quiz():
    return [
        block(
            "single_choice",
            {
                "question": "Which article sets up the clearing-house mechanism?",
                "choices": choices("Article 18(3)", "Article 8(j)", "Article 2"),
                "explanation": "EXPLANATION-single",
            },
        ),
        block(
            "multiple_choice",
            {
                "question": "Which are goals of the CHM?",
                "choices": choices(
                    "Information services", "Selling data", "Cooperation", correct=(0, 2)
                ),
                "explanation": "EXPLANATION-multiple",
            },
        ),
        block(
            "true_false",
            {
                "statement": "A national CHM needs a focal point.",
                "is_true": True,
                "feedback_if_true": "FEEDBACK-true",
                "feedback_if_false": "FEEDBACK-false",
                "explanation": "EXPLANATION-true-false",
            },
        ),
    ]


def matching_question(*pairs, extra=(), keep_order=False):
    return block(
        "matching",
        {
            "question": "Match each body to its role.",
            "pairs": [
                {"type": "item", "value": {"item": item, "match": match}, "id": str(uuid.uuid4())}
                for item, match in pairs
            ],
            "extra_answers": [
                {"type": "item", "value": text, "id": str(uuid.uuid4())} for text in extra
            ],
            "keep_order": keep_order,
            "explanation": "EXPLANATION-matching",
        },
    )


def short_answer_question(question, *, accepted=(), number=None, tolerance=None):
    return block(
        "short_answer",
        {
            "question": question,
            "accepted_answers": [
                {"type": "item", "value": text, "id": str(uuid.uuid4())} for text in accepted
            ],
            "number": number,
            "tolerance": tolerance,
            "feedback_if_wrong": "FEEDBACK-short-wrong",
            "explanation": "EXPLANATION-short",
        },
    )


def question_pool(draw, *questions):
    return block("pool", {"draw": draw, "questions": list(questions)})


def right_answers(quiz) -> dict:
    """The right answers to every question of ``quiz`` (pools included), as a form sends them."""
    from courses.questions import quiz_questions

    answers = {}
    for question_id, question in quiz_questions(quiz).items():
        value = question.value
        if question.block_type == "true_false":
            answers[question_id] = ["true" if value["is_true"] else "false"]
        elif question.block_type == "matching":
            answers[question_id] = [f"{pair.id}={pair.id}" for pair in value["pairs"].bound_blocks]
        elif question.block_type == "short_answer":
            accepted = list(value["accepted_answers"])
            answers[question_id] = [accepted[0] if accepted else str(value["number"])]
        else:
            answers[question_id] = [
                choice.id for choice in value["choices"].bound_blocks if choice.value["is_correct"]
            ]
    return answers


def catalogue():
    """The course catalogue that the migrations put under the home page."""
    home = Site.objects.get(is_default_site=True).root_page
    return CourseIndexPage.objects.child_of(home).get()


def course_page(parent=None, *, title="Biodiversity information sharing", **fields):
    course = CoursePage(
        title=title,
        summary=f"What {title} is about.",
        target_audience="Staff of ministries and NGOs.",
        **fields,
    )
    (parent or catalogue()).add_child(instance=course)
    course.save_revision().publish()
    return course


def module_page(course, *, title="A module", body=(), quiz=(), **fields):
    module = ModulePage(
        title=title,
        introduction=f"Introduction to {title}.",
        body=list(body),
        quiz=list(quiz),
        **fields,
    )
    course.add_child(instance=module)
    module.save_revision().publish()
    return module
