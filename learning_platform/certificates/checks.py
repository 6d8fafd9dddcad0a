"""System checks: what certificates need from the machine."""

from django.core import checks


def harfbuzz_subsetter_available() -> bool:
    """Whether WeasyPrint subsets fonts with HarfBuzz (libharfbuzz-subset0, 4.1 or later).
    Without it WeasyPrint falls back to fontTools, about ten times slower."""
    from weasyprint.text.ffi import harfbuzz, harfbuzz_subset

    return bool(harfbuzz_subset) and bool(harfbuzz.hb_version_atleast(4, 1, 0))


@checks.register(checks.Tags.compatibility)
def harfbuzz_subsetter_check(app_configs, **kwargs):
    if harfbuzz_subsetter_available():
        return []
    return [
        checks.Warning(
            "HarfBuzz's font subsetter is missing: certificates render about ten times slower.",
            hint="Install the Debian package libharfbuzz-subset0 (make run and make test do).",
            id="certificates.W001",
        )
    ]
