"""The embedded default that `make run` serves: a fresh SQLite database takes the demo content."""

import json

from tests.test_settings import manage

REPORT = """
import json
from django.db import connection
from wagtail.models import Page
from learning_platform.accounts.models import User
with connection.cursor() as cursor:
    cursor.execute("PRAGMA journal_mode")
    journal = cursor.fetchone()[0]
print(json.dumps({
    "journal": journal,
    "users": User.objects.count(),
    "pages": Page.objects.count(),
    "home": sorted(Page.objects.filter(depth=2).values_list("locale__language_code", flat=True)),
}))
"""

# The one read written in SQL, on SQLite: keys and flags as the ORM would give them.
MODULE_STATE = """
from courses.models import ModulePage
from learning_platform.accounts.models import User
from learning_platform.learning import selectors, services
trainee = User.objects.get(email="trainee@example.org")
module = ModulePage.objects.live().exclude(quiz=[]).filter(locale__language_code="en").first()
course = module.get_parent().specific
enrolment, _created = services.enrolment_create(user=trainee, course=course)
def state():
    return selectors.module_state(
        user=trainee, course_key=course.translation_key, module_key=module.translation_key
    )
before = state()
services.module_mark_done(enrolment=enrolment, module=module)
after = state()
print(before.enrolment.pk == after.enrolment.pk, before.marked_done, after.marked_done,
      after.completed, after.attempt)
"""


def test_a_fresh_sqlite_database_migrates_and_takes_the_demo_twice(tmp_path):
    env = {
        "DJANGO_SETTINGS_MODULE": "learning_platform.settings.base",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "media"),
    }

    migrate = manage("migrate", "--noinput", **env)
    assert migrate.returncode == 0, migrate.stderr
    first = manage("load_demo", **env)
    assert first.returncode == 0, first.stderr
    after_first = json.loads(manage("shell", "--no-imports", "-c", REPORT, **env).stdout)
    second = manage("load_demo", **env)
    assert second.returncode == 0, second.stderr
    after_second = json.loads(manage("shell", "--no-imports", "-c", REPORT, **env).stdout)

    assert "trainee@example.org" in first.stdout  # the demo logins are printed
    assert after_first["journal"] == "wal"
    assert after_first["home"] == ["en", "fr"]
    assert after_first["users"] == 5
    assert after_second == after_first  # run twice, nothing doubles
    state = manage("shell", "--no-imports", "-c", MODULE_STATE, **env)
    last_line = state.stdout.strip().splitlines()[-1]  # after the emails the console shows
    assert last_line.split() == ["True", "False", "True", "False", "None"], state.stderr
