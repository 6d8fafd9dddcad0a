"""The production stack's tests: real processes, and a browser in front of nginx."""

from pathlib import Path

import pytest

# The browser as in tests/e2e: Debian's Chromium, launched the same way.
from tests.e2e.conftest import browser_type_launch_args  # noqa: F401


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(__file__).parent in item.path.parents:
            item.add_marker(pytest.mark.stack)
