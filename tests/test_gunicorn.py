"""The web processes as production runs them: gunicorn with deploy/gunicorn.conf.py, on this
test's database, stopped by its PID."""

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.conf import settings

from tests.workers import database_url, free_port

pytestmark = pytest.mark.django_db(transaction=True)

GUNICORN_CONF = Path(settings.BASE_DIR) / "deploy" / "gunicorn.conf.py"


def web_env(**env) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "learning_platform.settings.test",
        "DATABASE_URL": database_url(),
        **env,
    }


@pytest.fixture
def gunicorn():
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", str(GUNICORN_CONF)]
        + ["learning_platform.wsgi:application"],
        cwd=settings.BASE_DIR,
        env=web_env(
            GUNICORN_BIND=f"127.0.0.1:{port}",
            WEB_CONCURRENCY="2",
            GUNICORN_MAX_REQUESTS="20",  # recycled often, to see it happen under load
            GUNICORN_LOG_LEVEL="warning",
        ),
        stdout=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{url}/healthz", timeout=2)  # noqa: S310 - loopback
            break
        except OSError:
            assert process.poll() is None, "gunicorn exited at start"
            assert time.monotonic() < deadline, "gunicorn did not answer in 60 s"
            time.sleep(0.2)
    yield url, process
    process.send_signal(signal.SIGTERM)  # this test's own master, by its PID
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def worker_pids(master: int) -> set[int]:
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return {int(pid) for pid in children}


def test_workers_are_recycled_under_load_without_a_failed_request(gunicorn):
    url, master = gunicorn
    before = worker_pids(master.pid)

    def fetch(_number):
        with urllib.request.urlopen(f"{url}/healthz", timeout=10) as response:  # noqa: S310
            return response.status

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(fetch, range(300)))

    assert statuses == [200] * 300
    after = worker_pids(master.pid)
    assert len(after) == 2 and not after & before  # both replaced, by forks of the master


def test_a_web_process_cuts_a_runaway_query_at_its_deadline():
    """The deadline that deploy/gunicorn.conf.py gives the web processes, as Django gets it."""
    script = (
        "import time\n"
        "from django.db import connection, OperationalError\n"
        "started = time.monotonic()\n"
        "try:\n"
        "    connection.cursor().execute('SELECT pg_sleep(5)')\n"
        "except OperationalError as error:\n"
        "    print(type(error.__cause__).__name__, round(time.monotonic() - started, 1))\n"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=settings.BASE_DIR,
        env=web_env(DATABASE_STATEMENT_TIMEOUT_MS="500"),
        capture_output=True,
        text=True,
        check=True,
    )

    name, seconds = result.stdout.split()[-2:]
    assert name == "QueryCanceled" and float(seconds) < 3, result.stdout + result.stderr


def gunicorn_on(listener: socket.socket) -> subprocess.Popen:
    """gunicorn on a socket it is handed, as systemd hands it learning-web.socket's: the socket
    as descriptor 3, LISTEN_FDS=1 and LISTEN_PID its own pid (the shell's, which it replaces)."""

    def as_descriptor_3():
        os.dup2(listener.fileno(), 3)  # inheritable, unlike Python's own descriptors

    return subprocess.Popen(
        ["sh", "-c", 'LISTEN_PID=$$ exec "$0" "$@"', sys.executable, "-m", "gunicorn"]
        + ["-c", str(GUNICORN_CONF), "learning_platform.wsgi:application"],
        cwd=settings.BASE_DIR,
        env=web_env(LISTEN_FDS="1", WEB_CONCURRENCY="2", GUNICORN_LOG_LEVEL="warning"),
        preexec_fn=as_descriptor_3,
        close_fds=False,
        stdout=subprocess.DEVNULL,
    )


def test_a_restart_on_the_systemd_socket_loses_no_request_under_load():
    """`systemctl restart learning-web` with learning-web.socket: the old master finishes its
    requests and exits, the new one loads the code, and meanwhile connections wait on the
    socket that systemd (here the test) holds. Under load, every request is answered."""
    listener = socket.create_server(("127.0.0.1", 0), backlog=1024)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/healthz"
    old = gunicorn_on(listener)
    statuses, slowest, stop = [], [0.0], threading.Event()

    def load():
        while not stop.is_set():
            started = time.monotonic()
            try:
                with urllib.request.urlopen(url, timeout=30) as response:
                    statuses.append(response.status)
            except OSError as error:
                statuses.append(repr(error))
            slowest[0] = max(slowest[0], time.monotonic() - started)

    new = None
    try:
        clients = [threading.Thread(target=load) for _ in range(8)]
        for client in clients:
            client.start()
        deadline = time.monotonic() + 60
        while len(statuses) < 100:  # the old master serves
            assert old.poll() is None and time.monotonic() < deadline, "gunicorn did not start"
            time.sleep(0.1)
        served_by_old = len(statuses)
        old.send_signal(signal.SIGTERM)  # systemctl restart: stop, by its PID...
        old.wait(timeout=40)
        during = len(statuses)
        new = gunicorn_on(listener)  # ... and start again, on the same socket
        while len(statuses) < during + 200:
            assert new.poll() is None and time.monotonic() < deadline, "no answers after restart"
            time.sleep(0.1)
    finally:
        stop.set()
        for client in clients:
            client.join(timeout=60)
        for process in (old, new):
            if process is not None and process.poll() is None:
                process.terminate()
                process.wait(timeout=30)
        listener.close()

    failed = [status for status in statuses if status != 200]
    print(
        f"\n{len(statuses)} requests, {served_by_old} before the restart, slowest {slowest[0]:.2f}s"
    )
    assert failed == [] and served_by_old >= 100 and len(statuses) > during + 150


def test_with_json_logs_the_access_line_is_json_with_nginxs_request_id(tmp_path):
    port = free_port()
    log = tmp_path / "gunicorn.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", str(GUNICORN_CONF)]
            + ["learning_platform.wsgi:application"],
            cwd=settings.BASE_DIR,
            env=web_env(GUNICORN_BIND=f"127.0.0.1:{port}", WEB_CONCURRENCY="1", LOG_FORMAT="json"),
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/healthz",
        headers={
            "X-Request-ID": "0f3c9a7d2b8e4c1fa6d5e0b9c8a7f6e5",
            "User-Agent": 'a "quoted" agent',
        },
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(request, timeout=2)  # noqa: S310 - loopback
                break
            except OSError:
                assert process.poll() is None and time.monotonic() < deadline
                time.sleep(0.2)
    finally:
        process.terminate()  # this test's own gunicorn, by its PID
        process.wait(timeout=30)

    lines = [json.loads(line) for line in log.read_text().splitlines()]  # every line is JSON
    [access] = [line for line in lines if line.get("path") == "/healthz"]
    assert access["request_id"] == "0f3c9a7d2b8e4c1fa6d5e0b9c8a7f6e5"
    assert access["status"] == 200 and access["user_agent"] == 'a "quoted" agent'
    assert any(line["logger"] == "gunicorn.error" for line in lines)
