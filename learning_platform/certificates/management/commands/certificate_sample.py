"""Renders a specimen certificate to a file, to preview the design:

    manage.py certificate_sample "Nguyễn Thị Ngọc Ánh" --course 12 --language fr -o sample.pdf

``--course`` takes a course page's id or slug; without it, the first course of the catalogue.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from courses.models import CoursePage
from learning_platform.certificates.services import certificate_sample


class Command(BaseCommand):
    help = "Renders a sample certificate for a name and a course to a PDF file."

    def add_arguments(self, parser):
        parser.add_argument("name", help="The name to print, as the trainee would write it.")
        parser.add_argument("--course", help="The course page's id or slug.")
        parser.add_argument("--language", help="The certificate's language (default: the page's).")
        parser.add_argument("--session", default="", help="A session title to print.")
        parser.add_argument(
            "-o", "--output", default="certificate-sample.pdf", help="Where to write the PDF."
        )

    def handle(self, *args, name, course, language, session, output, **options):
        courses = CoursePage.objects.select_related("locale")
        if course is None:
            page = courses.order_by("path").first()
        elif course.isdigit():
            page = courses.filter(pk=int(course)).first()
        else:
            page = courses.filter(slug=course).order_by("path").first()
        if page is None:
            raise CommandError(f"No course {course!r}: give a course page's id or slug.")
        pdf = certificate_sample(name=name, course=page, language=language, session_title=session)
        Path(output).write_bytes(pdf)
        self.stdout.write(f"{output}: {len(pdf) / 1000:.0f} kB, {page.title}")
