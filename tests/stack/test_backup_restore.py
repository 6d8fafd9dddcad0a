"""A restore drill, as an operator runs one: deploy/backup.sh on a platform with trainees,
deploy/restore.sh into a scratch database and media folder, the platform started against the
copy, the counts compared and a certificate verified there. Real PostgreSQL, real pg_dump."""

import hashlib
import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.db import connection

from learning_platform.certificates.models import Certificate
from learning_platform.learning import services as learning
from learning_platform.learning.attempts import quiz_attempt_submit
from tests.factories import (
    ImageFactory,
    UserFactory,
    course_page,
    module_page,
    right_answers,
    sample_quiz,
)
from tests.workers import database_url, free_port

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("migrated_data")]

BASE_DIR = Path(settings.BASE_DIR)

# What must come back, counted by the platform's own models, in a process of its own.
COUNTS = """
import json
from django.contrib.auth import get_user_model
from wagtail.images.models import Image
from learning_platform.certificates.models import Certificate
from learning_platform.learning.models import Enrolment, QuizAttempt
from learning_platform.notifications.models import OutboxEmail
print(json.dumps({model.__name__: model.objects.count() for model in (
    get_user_model(), Enrolment, QuizAttempt, Certificate, OutboxEmail, Image)}))
"""


def counts(database) -> dict:
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", COUNTS],
        cwd=BASE_DIR,
        env={**os.environ, "DATABASE_URL": database},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.splitlines()[-1])


def files(folder: Path) -> dict:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def run(script, *arguments, **env) -> tuple[float, str]:
    started = time.monotonic()
    result = subprocess.run(
        ["bash", str(BASE_DIR / "deploy" / script), *arguments],
        env={**os.environ, "ENV_FILE": "/nonexistent", **env},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return time.monotonic() - started, result.stdout


@pytest.fixture
def scratch_database():
    """An empty database beside the test's own, dropped at the end."""
    name = f"{connection.settings_dict['NAME']}_restored"
    maintenance = database_url().rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(maintenance, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    yield database_url().rsplit("/", 1)[0] + f"/{name}"
    with psycopg.connect(maintenance, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def platform(settings, tmp_path, django_capture_on_commit_callbacks):
    """Trainees who enrolled, answered quizzes and got certificates, and uploads on disk."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    course = course_page(title="Clearing-House Mechanism", pass_mark=70)
    course.cover_image = ImageFactory(title="Mangroves")
    course.save_revision().publish()
    module = module_page(course, title="With a quiz", quiz=sample_quiz())
    with django_capture_on_commit_callbacks(execute=True):
        for number, name in enumerate(("Aïssatou Diallo", "Nguyễn Thị Lan", "Amani Kabila")):
            enrolment, _created = learning.enrolment_create(
                user=UserFactory(full_name=name), course=course
            )
            if number < 2:  # two complete the course, the third has only enrolled
                learning.module_mark_done(enrolment=enrolment, module=module)
                quiz_attempt_submit(
                    enrolment=enrolment,
                    module=module,
                    course=course,
                    answers=right_answers(module.quiz),
                )
    return Path(settings.MEDIA_ROOT)


def test_a_backup_restores_into_a_platform_that_works(platform, scratch_database, tmp_path):
    media, backups, restored_media = platform, tmp_path / "backups", tmp_path / "restored"
    restored_media.mkdir()
    before = counts(database_url())
    assert before["Certificate"] == 2 and before["QuizAttempt"] == 2 and before["Image"] == 1

    backup_seconds, _output = run(
        "backup.sh", DATABASE_URL=database_url(), MEDIA_ROOT=str(media), BACKUP_DIR=str(backups)
    )
    [dump] = backups.glob("learning-db-*.dump")
    assert oct(dump.stat().st_mode & 0o777) == "0o600"  # personal data: its owner only
    restore_seconds, output = run(
        "restore.sh",
        "--yes",
        str(dump),
        DATABASE_URL=scratch_database,
        MEDIA_ROOT=str(restored_media),
        PYTHON=sys.executable,
    )
    print(f"\nbackup: {backup_seconds:.1f} s, restore: {restore_seconds:.1f} s")

    assert "bringing the database to the current schema" in output
    assert counts(scratch_database) == before
    assert files(restored_media) == files(media) and files(media)

    # The platform started against the copy verifies a certificate issued before the backup.
    certificate = Certificate.objects.order_by("pk").first()
    port = free_port()
    web = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py"]
        + ["learning_platform.wsgi:application"],
        cwd=BASE_DIR,
        env={
            **os.environ,
            "DATABASE_URL": scratch_database,
            "MEDIA_ROOT": str(restored_media),
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            "WEB_CONCURRENCY": "1",
            "GUNICORN_LOG_LEVEL": "warning",
        },
        stdout=subprocess.DEVNULL,
    )
    try:
        page = None
        deadline = time.monotonic() + 60
        while page is None:
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/v/{certificate.code}", timeout=5
                ) as response:
                    page = response.read().decode()
            except OSError:
                assert web.poll() is None and time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.3)
    finally:
        web.terminate()  # this test's own gunicorn, by its PID
        web.wait(timeout=30)
    assert "This certificate is valid." in page and certificate.name in page


def test_a_backup_whose_files_were_altered_is_refused_before_anything_changes(
    platform, scratch_database, tmp_path
):
    backups, restored_media = tmp_path / "backups", tmp_path / "restored"
    restored_media.mkdir()
    (restored_media / "kept.txt").write_text("still here")
    run("backup.sh", DATABASE_URL=database_url(), MEDIA_ROOT=str(platform), BACKUP_DIR=str(backups))
    [dump] = backups.glob("learning-db-*.dump")
    with dump.open("r+b") as file:  # a bit flipped on the way to the backup disk
        file.seek(100)
        byte = file.read(1)
        file.seek(100)
        file.write(bytes([byte[0] ^ 1]))

    result = subprocess.run(
        ["bash", str(BASE_DIR / "deploy" / "restore.sh"), "--yes", str(dump)],
        env={
            **os.environ,
            "ENV_FILE": "/nonexistent",
            "DATABASE_URL": scratch_database,
            "MEDIA_ROOT": str(restored_media),
        },
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 1 and "do not match their checksums" in result.stderr
    assert (restored_media / "kept.txt").read_text() == "still here"
    with psycopg.connect(scratch_database) as copy:
        tables = copy.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        assert tables.fetchone()[0] == 0
