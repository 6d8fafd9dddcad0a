"""A classroom through the production stack: 16 clients for 30 s on module pages, through
Debian's nginx to gunicorn (2 workers), with the worker recycling of before and after the
operations issue (#16), measured in the same run. Prints p50, p99 and the slowest request,
requests per second, and requests that failed or took over 10 s (timeouts), for each.

    .venv/bin/python bench/stack_load.py
"""

import http.client
import statistics
import threading
import time
from io import StringIO
from pathlib import Path
from urllib.parse import urlsplit

import harness  # first: sets Django up on the test settings
from django.core.management import call_command

from courses.models import ModulePage
from tests.stack.stack import Stack, remove, stack_directory

CLIENTS = 16
SECONDS = 30
TIMEOUT = 10
BENCH_DIR = Path(__file__).resolve().parent


def load(stack, paths):
    """CLIENTS threads, each on one kept-alive HTTPS connection to nginx, for SECONDS."""
    timings, failures, stop = [], [0], threading.Event()
    address = urlsplit(stack.https_url)  # where the stack's nginx listens

    def client(number):
        connection = None
        while not stop.is_set():
            if connection is None:
                connection = http.client.HTTPSConnection(
                    address.hostname, address.port, context=stack.tls, timeout=TIMEOUT
                )
            started = time.perf_counter()
            try:
                connection.request("GET", paths[number % len(paths)])
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException):
                ok, connection = False, None
            elapsed = time.perf_counter() - started
            if ok and elapsed < TIMEOUT:
                timings.append(elapsed)
            else:
                failures[0] += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    time.sleep(SECONDS)
    stop.set()
    for thread in threads:
        thread.join()
    return timings, failures[0]


def run(label, gunicorn_conf, paths):
    directory = stack_directory()
    media_root = directory / "media"
    media_root.mkdir(mode=0o755)
    stack = Stack(directory, media_root, gunicorn_conf=gunicorn_conf)
    try:
        stack.start()
        for path in paths:  # warm the page cache, as a classroom meets it
            stack.get(path)
        timings, failed = load(stack, paths)
    finally:
        stack.stop()
        remove(directory)
    cuts = statistics.quantiles(timings, n=100)
    print(f"stack_{label}_p50: {cuts[49] * 1000:.1f} ms")
    print(f"stack_{label}_p99: {cuts[98] * 1000:.1f} ms")
    print(f"stack_{label}_slowest: {max(timings) * 1000:.0f} ms")
    print(f"stack_{label}_requests_per_second: {len(timings) / SECONDS:.0f} req/s")
    print(f"stack_{label}_failed_or_timed_out: {failed} requests")
    return cuts[98], max(timings)


def main():
    with harness.test_database():
        call_command("load_demo", stdout=StringIO())
        paths = [page.url for page in ModulePage.objects.live().filter(locale__language_code="en")]
        before = run("before", BENCH_DIR / "configs" / "gunicorn_before.py", paths)
        after = run("after", "deploy/gunicorn.conf.py", paths)
    print(f"stack_p99_after_to_before_ratio: {after[0] / before[0]:.2f} x")
    print(f"stack_slowest_after_to_before_ratio: {after[1] / before[1]:.2f} x")


if __name__ == "__main__":
    main()
