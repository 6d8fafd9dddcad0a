"""Every log line carries the id of the request it was logged for (the one nginx made, or one
made here), in plain text or JSON; the tasks a request queues carry it on."""

import io
import json
import logging
import os
import re
import subprocess
import sys

import pytest
from django.conf import settings

from learning_platform import logs

pytestmark = pytest.mark.django_db


@pytest.fixture
def lines():
    """What the console handler of the settings writes for django.request, as JSON."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.addFilter(logs.RequestIdFilter())
    handler.setFormatter(logs.JsonFormatter())
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    yield lambda: [json.loads(line) for line in buffer.getvalue().splitlines()]
    logger.removeHandler(handler)


def test_a_line_logged_during_a_request_carries_nginxs_id(client, lines):
    client.get("/en/no-such-page/", HTTP_X_REQUEST_ID="0f3c9a7d2b8e4c1fa6d5e0b9c8a7f6e5")

    [line] = lines()
    assert line["request_id"] == "0f3c9a7d2b8e4c1fa6d5e0b9c8a7f6e5"
    assert line["level"] == "WARNING" and "Not Found" in line["message"]


def test_a_request_without_an_id_or_with_a_forged_one_gets_its_own(client, lines):
    client.get("/en/no-such-page/")
    client.get("/en/no-such-page/", HTTP_X_REQUEST_ID="x\n2026-12-03 INFO forged line")

    ids = [line["request_id"] for line in lines()]
    assert all(re.fullmatch(r"[0-9a-f]{32}", given) for given in ids) and ids[0] != ids[1]
    assert logs.request_id.get() == logs.NONE  # nothing left behind after the request


def test_a_task_queued_during_a_request_carries_its_id_in_the_message():
    headers = {}
    token = logs.request_id.set("0f3c9a7d2b8e4c1fa6d5e0b9c8a7f6e5")
    try:
        logs._id_into_task(headers=headers)
    finally:
        logs.request_id.reset(token)

    assert headers == {"request_id": "0f3c9a7d2b8e4c1fa6d5e0b9c8a7f6e5"}
    # The worker's side, a real worker reading it from the message: tests/stack.


def test_an_unknown_log_format_is_refused_at_start():
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=settings.BASE_DIR,
        env={**os.environ, "LOG_FORMAT": "xml"},
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode != 0 and "LOG_FORMAT must be plain or json" in result.stderr
