"""A module page with a rich body, for an anonymous visitor, in courses of 5 and 50 modules.

The query count must not grow with the size of the course."""

import uuid

from harness import client, measure, test_database

# isort: split
from wagtail.models import Site

from courses.models import CourseIndexPage, CoursePage, ModulePage
from tests.factories import DocumentFactory, ImageFactory, block, sample_quiz


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


def main():
    with test_database():
        images = [ImageFactory(), ImageFactory()]
        document = DocumentFactory()
        http = client()
        for count in (5, 50):
            modules = course_with_modules(count, images, document)
            url = modules[count // 2].url
            result = measure(lambda url=url: http.get(url), repeat=300)
            assert result["response"].status_code == 200
            print(f"course_modules: {count}")
            print(f"module_page_queries: {result['queries']}")
            print(f"module_page_ms: {result['ms']:.1f} ms")
            print(f"module_page_kb: {len(result['response'].content) / 1024:.1f} kB")


if __name__ == "__main__":
    main()
