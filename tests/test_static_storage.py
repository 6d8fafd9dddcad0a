"""The production storage of static files compresses each file once, under its hashed name:
an upgrade that changed nothing compresses nothing, a changed file is compressed anew."""

import gzip
import json

import pytest
from django.core.management import call_command


@pytest.fixture
def collect(settings, tmp_path):
    source = tmp_path / "source"
    (source / "css").mkdir(parents=True)
    settings.STATICFILES_DIRS = [source]
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "learning_platform.static_storage.StaticFilesStorage"},
    }

    def collect(css):
        (source / "css" / "site.css").write_text(css)
        call_command("collectstatic", "--noinput", verbosity=0)
        manifest = json.loads((tmp_path / "static" / "staticfiles.json").read_text())
        return tmp_path / "static" / manifest["paths"]["css/site.css"]

    return collect


def copies(path):
    return {suffix: path.with_name(path.name + suffix) for suffix in (".gz", ".br")}


def test_a_file_is_compressed_once_under_its_hashed_name(collect):
    css = "body { color: #1f5c3d; }\n" * 200

    hashed = collect(css)
    made = {suffix: copy.stat().st_mtime_ns for suffix, copy in copies(hashed).items()}
    again = collect(css)

    assert again == hashed
    assert {suffix: copy.stat().st_mtime_ns for suffix, copy in copies(again).items()} == made
    plain = hashed.parent / "site.css"
    assert plain.exists() and not any(copy.exists() for copy in copies(plain).values())


def test_a_changed_file_is_compressed_under_its_new_name(collect):
    collect("body { color: #1f5c3d; }\n" * 200)

    changed = collect("body { color: #8a1c1c; }\n" * 200)

    assert all(copy.exists() for copy in copies(changed).values())
    assert b"8a1c1c" in gzip.decompress(copies(changed)[".gz"].read_bytes())
