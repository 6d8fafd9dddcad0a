"""Error reporting is off unless SENTRY_DSN is set, and what it sends names no person: checked
on what a real Sentry client sends to a server of the test's own on loopback."""

import gzip
import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import brotli
import pytest
import sentry_sdk
from django.conf import settings

from tests.workers import free_port

# In a process of its own, started with SENTRY_DSN: a failure that carries a person's address
# in its message, its local variables, the user of the scope, an extra and a breadcrumb.
FAILURE = """
import logging
import sentry_sdk
sentry_sdk.get_isolation_scope().set_user({"id": 7, "email": "lan@example.org"})
sentry_sdk.set_extra("form", {"email": "lan@example.org"})
logging.getLogger("learning_platform").warning("signing in lan@example.org")
def sign_in(email="lan@example.org"):
    raise LookupError(f"no account for {email}")
try:
    sign_in()
except LookupError:
    sentry_sdk.capture_exception()
sentry_sdk.flush(10)
"""


@pytest.fixture
def sentry_server():
    """Keeps the body of every envelope posted to it."""
    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            encoding = self.headers.get("Content-Encoding")
            if encoding == "gzip":
                body = gzip.decompress(body)
            elif encoding == "br":  # what the client uses when Brotli is installed (it is here)
                body = brotli.decompress(body)
            received.append(body.decode())
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", free_port()), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, received
    server.shutdown()


def test_without_a_dsn_nothing_is_reported():
    assert not settings.SENTRY_DSN and not sentry_sdk.get_client().is_active()


def test_a_reported_error_names_no_person(sentry_server):
    server, received = sentry_server
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", FAILURE],
        cwd=settings.BASE_DIR,
        env={**os.environ, "SENTRY_DSN": f"http://public@127.0.0.1:{server.server_port}/1"},
        check=True,
        capture_output=True,
    )

    [envelope] = received
    [event] = [json.loads(line) for line in envelope.splitlines() if '"exception"' in line]
    [exception] = event["exception"]["values"]
    assert exception["type"] == "LookupError" and exception["value"] == "no account for [email]"
    assert exception["stacktrace"]["frames"][-1]["function"] == "sign_in"
    assert "lan@example.org" not in envelope
    assert "user" not in event and "extra" not in event and not event.get("breadcrumbs")
