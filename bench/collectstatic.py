"""collectstatic as an upgrade runs it, with the production storage (WhiteNoise: hashed names,
gzip and Brotli copies): once into an empty folder, then again with nothing changed. Fonts that
only WeasyPrint reads are not static files, so neither run copies or compresses them.

Also prints the same two runs as they were before the operations issue (#16): the certificate
fonts among the static files (through STATICFILES_DIRS) and WhiteNoise's own storage, which
compresses every file under both its names at every run."""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "learning_platform" / "certificates" / "assets"

SETTINGS_BEFORE = """
from learning_platform.settings.production import *  # noqa: F403
STATICFILES_DIRS = [*STATICFILES_DIRS, ("certificates", {fonts!r})]  # noqa: F405
STORAGES = {{
    **STORAGES,  # noqa: F405
    "staticfiles": {{"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}},
}}
"""


def collectstatic(static_root: Path, settings_module: str, extra_path: str = "") -> float:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings_module,
        # Production settings refuse to load without these; collectstatic connects to none of
        # them, so they name hosts that cannot exist (.invalid never resolves).
        "SECRET_KEY": "bench-only-" + "x" * 50,
        "ALLOWED_HOSTS": "collectstatic.invalid",
        "DATABASE_URL": "postgres://collectstatic.invalid/unused",
        "REDIS_URL": "redis://collectstatic.invalid/0",
        "EMAIL_URL": "smtp://collectstatic.invalid",
        "STATIC_ROOT": str(static_root),
        "PYTHONPATH": os.pathsep.join(filter(None, [extra_path, str(ROOT)])),
    }
    started = time.perf_counter()
    subprocess.run(  # noqa: S603 - this interpreter and our manage.py
        [sys.executable, str(ROOT / "manage.py"), "collectstatic", "--noinput", "-v0"],
        env=env,
        check=True,
        cwd=ROOT,
    )
    return time.perf_counter() - started


def files_in(folder: Path) -> int:
    return sum(1 for path in folder.rglob("*") if path.is_file())


def main():
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        cold = collectstatic(work / "static", "learning_platform.settings.production")
        warm = collectstatic(work / "static", "learning_platform.settings.production")
        (work / "bench_settings_before.py").write_text(SETTINGS_BEFORE.format(fonts=str(FONTS)))
        cold_before = collectstatic(work / "static-before", "bench_settings_before", str(work))
        warm_before = collectstatic(work / "static-before", "bench_settings_before", str(work))
        print(f"collectstatic_cold: {cold:.1f} s")
        print(f"collectstatic_unchanged: {warm:.1f} s")
        print(f"collectstatic_files: {files_in(work / 'static')} files")
        print(f"collectstatic_cold_as_before: {cold_before:.1f} s")
        print(f"collectstatic_unchanged_as_before: {warm_before:.1f} s")
        print(f"collectstatic_cold_ratio_to_before: {cold / cold_before:.2f}")
        print(f"collectstatic_unchanged_ratio_to_before: {warm / warm_before:.2f}")


if __name__ == "__main__":
    main()
