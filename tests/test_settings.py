"""The settings modes: the embedded default, production, and its refusal to start unsafely."""

import os
import re
import secrets
import subprocess
import sys

from django.conf import settings

PRODUCTION_ENV = {
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "learning.example.org",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/learning_platform",
    "REDIS_URL": "redis://127.0.0.1:6379/13",
    "EMAIL_URL": "smtp+tls://mailer:secret@127.0.0.1:587",
}


def manage(*args, **env):
    """Runs manage.py in a clean environment: only PATH, the given variables, no .env file."""
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env={"PATH": os.environ["PATH"], "ENV_FILE": os.devnull, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_refuses_to_start_without_its_secrets():
    result = manage("check", DJANGO_SETTINGS_MODULE="learning_platform.settings.production")

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    for name in PRODUCTION_ENV:
        assert name in result.stderr


def test_production_names_only_what_is_missing():
    env = {**PRODUCTION_ENV, "REDIS_URL": "", "EMAIL_URL": " "}
    result = manage("check", DJANGO_SETTINGS_MODULE="learning_platform.settings.production", **env)

    assert result.returncode != 0
    assert "not set: REDIS_URL, EMAIL_URL." in result.stderr


def test_production_refuses_sqlite():
    env = {**PRODUCTION_ENV, "DATABASE_URL": "sqlite:////tmp/db.sqlite3"}
    result = manage("check", DJANGO_SETTINGS_MODULE="learning_platform.settings.production", **env)

    assert result.returncode != 0
    assert "Production needs PostgreSQL" in result.stderr


def test_production_passes_the_deployment_checklist():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="learning_platform.settings.production",
        **PRODUCTION_ENV,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_the_development_defaults_do_not_pass_the_deployment_checklist():
    """The check above is not vacuous: the embedded default has DEBUG and a weak key."""
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="learning_platform.settings.base",
    )

    assert result.returncode != 0
    assert "security.W018" in result.stderr  # DEBUG is on


def test_the_celery_app_is_set_up_to_lose_no_task():
    from learning_platform.celery import app

    assert app.conf.task_acks_late is True
    assert app.conf.task_reject_on_worker_lost is True
    assert app.conf.worker_prefetch_multiplier == 1
    assert 0 < app.conf.task_soft_time_limit < app.conf.task_time_limit
    assert app.conf.broker_url.startswith("redis://")


def test_every_environment_variable_is_documented_in_env_example():
    settings_dir = settings.BASE_DIR / "learning_platform" / "settings"
    source = "\n".join(path.read_text() for path in settings_dir.glob("*.py"))
    used = set(re.findall(r'env(?:\.\w+)?\(\s*"([A-Z_]+)"', source)) | set(
        re.findall(r'"([A-Z_]+)"', source.split("REQUIRED_VARIABLES = ", 1)[1].split("\n", 1)[0])
    )
    documented = (settings.BASE_DIR / ".env.example").read_text()

    assert used >= {"SECRET_KEY", "DATABASE_URL", "REDIS_URL", "EMAIL_URL", "ALLOWED_HOSTS"}
    assert sorted(name for name in used if name not in documented) == []
