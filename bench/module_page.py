"""A module page with a rich body in courses of 5 and 50 modules: for an anonymous visitor, and
for a logged-in trainee enrolled in the course (and in others) with progress on its modules.

The query counts must not grow with the size of the course or the number of enrolments."""

import uuid

from harness import client, measure, test_database

# isort: split
from wagtail.models import Site

from courses.models import CourseIndexPage, CoursePage, ModulePage
from learning_platform.learning import services
from tests.factories import DocumentFactory, ImageFactory, UserFactory, block, sample_quiz


def rich_body(images, document):
    paragraph = "<p>" + "Biodiversity information helps people decide well. " * 12 + "</p>"
    return [
        block("heading", {"text": "Why it matters", "level": "h2"}),
        block("rich_text", paragraph),
        block("image", {"image": images[0].pk, "alt_text": "A forest", "caption": "Forest"}),
        block("callout", {"kind": "key_point", "title": "", "text": "<p>Remember this.</p>"}),
        block("rich_text", paragraph),
        block("image", {"image": images[1].pk, "alt_text": "A river", "caption": "River"}),
        block("case_study", {"title": "A case", "place": "Benin", "body": paragraph}),
        block("glossary_term", {"term": "CHM", "definition": "Clearing-house mechanism."}),
        block("document", {"document": document.pk, "description": "The strategy"}),
        block(
            "video",
            {
                "title": "Introduction",
                "video_file": None,
                "video_url": "https://video.example.org/1",
                "size_note": "6 min, 18 MB",
                "transcript": "Welcome.",
            },
        ),
        block(
            "resource_link",
            {"title": "CBD", "url": "https://www.cbd.int/", "description": "", "language": ""},
        ),
    ]


def course_with_modules(count, images, document):
    home = Site.objects.get(is_default_site=True).root_page
    catalogue = CourseIndexPage.objects.child_of(home).get()
    course = CoursePage(title=f"Course of {count} modules", summary="A course.")
    catalogue.add_child(instance=course)
    course.save_revision().publish()
    modules = []
    for number in range(count):
        module = ModulePage(
            title=f"Module {number + 1}",
            slug=f"module-{number + 1}-{uuid.uuid4().hex[:6]}",
            body=rich_body(images, document),
            quiz=sample_quiz(),
        )
        course.add_child(instance=module)
        module.save_revision().publish()
        modules.append(module)
    return modules


def enrolled_trainee(modules, other_courses):
    """A trainee enrolled in the course and in ``other_courses``, with every module but the
    one measured studied."""
    trainee = UserFactory()
    course = modules[0].get_parent().specific
    enrolment, _created = services.enrolment_create(user=trainee, course=course)
    for other in other_courses:
        services.enrolment_create(user=trainee, course=other)
    for module in modules[: len(modules) // 2]:
        services.module_mark_done(enrolment=enrolment, module=module)
    return trainee


def main():
    with test_database():
        images = [ImageFactory(), ImageFactory()]
        document = DocumentFactory()
        anonymous = client()
        courses = []
        for count in (5, 50):
            modules = course_with_modules(count, images, document)
            courses.append(modules[0].get_parent().specific)
            url = modules[count // 2].url
            result = measure(lambda url=url: anonymous.get(url), repeat=300)
            assert result["response"].status_code == 200
            print(f"course_modules: {count}")
            print(f"module_page_queries: {result['queries']}")
            print(f"module_page_ms: {result['ms']:.1f} ms")
            print(f"module_page_kb: {len(result['response'].content) / 1024:.1f} kB")

            trainee = client()
            trainee.force_login(enrolled_trainee(modules, courses[:-1]))
            result = measure(lambda url=url, trainee=trainee: trainee.get(url), repeat=300)
            assert result["response"].status_code == 200
            assert b"Submit my answers" in result["response"].content
            print(f"trainee_enrolments: {len(courses)}")
            print(f"trainee_module_page_queries: {result['queries']}")
            print(f"trainee_module_page_ms: {result['ms']:.1f} ms")


if __name__ == "__main__":
    main()
