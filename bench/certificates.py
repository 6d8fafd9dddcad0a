"""Certificates: one PDF in a warm process (median), its size, and the 1,000 certificates of
one session rendered as the coordinator's ZIP download makes them (over
CERTIFICATE_RENDER_PROCESSES processes, 2 by default).

The course has two signatories with signature images and two partner logos; the names cycle
through the scripts trainees write theirs in."""

import io
import random
import resource
import statistics
import sys
import tempfile
import time
import zipfile

from harness import test_database

# isort: split
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PillowImage
from PIL import ImageDraw

from courses.models import CoursePartner, CourseSignatory
from learning_platform.certificates import services
from learning_platform.certificates.codes import code_generate
from learning_platform.certificates.models import Certificate
from learning_platform.learning.models import Enrolment, TrainingSession
from tests.factories import ImageFactory, UserFactory, course_page, module_page

SESSION_SIZE = 1000
NAMES = [
    "Nguyễn Thị Ngọc Ánh",
    "Adéwálé Ọ̀ṣun Ẹ̀gbẹ́dé",
    "Jean-Baptiste Mukendi Kabasele",
    "محمد بن عبد الله السلامي",
    "अमिताभ बच्चन",
    "ኃይለ ሥላሴ ገብረ ማርያም",
    "王小明",
    "김민준",
    "Иван Петрович Сидоров",
    "Marie-Claire Uwimana",
]


def drawing(name: str, size, seed: int, *, logo: bool = False) -> ImageFile:
    """A signature (an ink scribble on white) or a logo (shapes in colour): images that
    compress like real ones, unlike a plain colour."""
    rng = random.Random(seed)
    image = PillowImage.new("RGB", size, (255, 255, 255))
    pen = ImageDraw.Draw(image)
    if logo:
        for _ in range(12):
            x, y = rng.randrange(size[0]), rng.randrange(size[1])
            radius = rng.randrange(10, size[1] // 2)
            colour = tuple(rng.randrange(256) for _ in range(3))
            pen.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)
    else:
        points = [(rng.randrange(size[0]), rng.randrange(size[1])) for _ in range(40)]
        pen.line(sorted(points), fill=(20, 30, 80), width=6, joint="curve")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return ImageFile(buffer, name=name)


def course_with_signatories():
    course = course_page(title="The Clearing-House Mechanism of the CBD")
    module = module_page(course, title="What the CHM is")
    for name, title in (
        ("Dr Anne Franklin", "Director, CEBioS, Royal Belgian Institute of Natural Sciences"),
        ("Han de Koeijer", "Belgian National Focal Point to the CBD"),
    ):
        signature = ImageFactory(file=drawing("signature.png", (900, 300), seed=len(name)))
        course.signatories.add(CourseSignatory(name=name, title=title, signature=signature))
    for name in ("RBINS", "Belgian Development Cooperation"):
        logo = ImageFactory(file=drawing("logo.png", (800, 320), seed=len(name), logo=True))
        course.partners.add(CoursePartner(name=name, logo=logo))
    course.save_revision().publish()
    return course, module


def session_of_completed_trainees(course, first: Certificate) -> TrainingSession:
    """A session of SESSION_SIZE trainees who completed the course, each with a certificate
    frozen like ``first`` (bulk-made: only the rendering is measured)."""
    session = TrainingSession.objects.create(course_key=course.translation_key, title="Cotonou")
    now = timezone.now()
    users = get_user_model().objects.bulk_create(
        get_user_model()(
            email=f"trainee{number}@example.org",
            full_name=f"{NAMES[number % len(NAMES)]} {number}",
            password="!",  # noqa: S106 - an unusable password
        )
        for number in range(SESSION_SIZE)
    )
    enrolments = Enrolment.objects.bulk_create(
        Enrolment(user=user, course_key=course.translation_key, session=session, completed_at=now)
        for user in users
    )
    frozen = {
        field: getattr(first, field)
        for field in ("course_key", "language", "course_title", "course_titles", "bilingual")
        + ("completed_on", "pass_mark", "signatories", "partners")
    }
    Certificate.objects.bulk_create(
        Certificate(
            enrolment=enrolment,
            code=code_generate(),
            name=user.full_name,
            session_title=session.title,
            issued_at=now,
            **frozen,
        )
        for enrolment, user in zip(enrolments, users, strict=True)
    )
    return session


def main():
    with test_database(), tempfile.TemporaryDirectory() as media:
        settings.MEDIA_ROOT = media
        from learning_platform.learning import services as learning_services

        course, module = course_with_signatories()
        trainee = UserFactory(full_name="Jean-Baptiste Mukendi Kabasele", preferred_language="fr")
        enrolment, _created = learning_services.enrolment_create(user=trainee, course=course)
        learning_services.module_mark_done(enrolment=enrolment, module=module)
        certificate = Certificate.objects.get(enrolment=enrolment)

        for _ in range(10):  # warm: fonts loaded, stylesheet parsed, images cached
            pdf = services.certificate_render(certificate)
        timings, cpu = [], []
        for _ in range(60):
            start, start_cpu = time.perf_counter(), time.process_time()
            pdf = services.certificate_render(certificate)
            timings.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
        print(f"certificate_ms: {statistics.median(timings):.1f} ms")
        # CPU time: what the figure above would be on a machine with nothing else running.
        print(f"certificate_cpu_ms: {statistics.median(cpu):.1f} ms")
        print(f"certificate_kb: {len(pdf) / 1000:.1f} kB")

        session = session_of_completed_trainees(course, certificate)
        buffer = io.BytesIO()
        children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        services.session_certificates_zip(session=session, target=buffer)
        elapsed = time.perf_counter() - start
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        children_cpu = (children.ru_utime + children.ru_stime) - (
            children_before.ru_utime + children_before.ru_stime
        )
        with zipfile.ZipFile(buffer) as archive:
            sizes = [info.file_size for info in archive.infolist()]
        assert len(sizes) == SESSION_SIZE, len(sizes)
        print(f"certificates_1000_s: {elapsed:.1f} s")
        # CPU time of the rendering processes, start-up included, over all of them.
        print(f"certificates_1000_cpu_s: {children_cpu:.1f} s")
        print(f"certificate_kb_largest: {max(sizes) / 1000:.1f} kB")
        print(f"certificate_render_processes: {services.render_processes()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
