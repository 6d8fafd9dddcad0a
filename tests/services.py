"""The real services the suite runs against: PostgreSQL and Redis.

``python -m tests.services`` (run by ``make test``) makes sure both answer. A service that is
down is started when this machine has the command for it; otherwise the run stops with a
message that says what is missing. Nothing is ever skipped.
"""

import glob
import os
import shutil
import subprocess
import sys
import time
from urllib.parse import urlsplit

import psycopg
import redis

START_COMMANDS = {
    # The commands that start these services on the Debian machines we develop and test on.
    "PostgreSQL": "pg_ctlcluster --skip-systemctl-redirect {version} main start",
    "Redis": "redis-server --daemonize yes --bind 127.0.0.1 -::1 --port {port} --save '' "
    "--appendonly no",
}


def _database_url():
    return os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/learning_platform")


def _redis_url():
    return os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/13")


def postgres_error() -> str | None:
    """None when PostgreSQL accepts a connection, else why not."""
    parts = urlsplit(_database_url())
    try:
        psycopg.connect(
            host=parts.hostname,
            port=parts.port or 5432,
            user=parts.username or "postgres",
            password=parts.password,
            dbname="postgres",
            connect_timeout=3,
        ).close()
    except psycopg.Error as error:
        return f"PostgreSQL at {parts.hostname}:{parts.port or 5432} is unreachable: {error}"
    return None


def redis_error() -> str | None:
    """None when Redis answers PING, else why not."""
    url = _redis_url()
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=3, socket_timeout=3)
        client.ping()
        client.close()
    except redis.RedisError as error:
        return f"Redis at {url} is unreachable: {error}"
    return None


def _start_postgres():
    versions = sorted(os.path.basename(path) for path in glob.glob("/etc/postgresql/*"))
    if not versions or not shutil.which("pg_ctlcluster"):
        return False
    command = START_COMMANDS["PostgreSQL"].format(version=versions[-1])
    return subprocess.run(command, shell=True, check=False).returncode == 0  # noqa: S602


def _start_redis():
    parts = urlsplit(_redis_url())
    if parts.hostname not in ("127.0.0.1", "localhost") or not shutil.which("redis-server"):
        return False
    command = START_COMMANDS["Redis"].format(port=parts.port or 6379)
    return subprocess.run(command, shell=True, check=False).returncode == 0  # noqa: S602


def ensure_services(start: bool = True) -> list[str]:
    """Returns the problems left after trying to start what is down (empty when all is well)."""
    problems = []
    for name, probe, starter in (
        ("PostgreSQL", postgres_error, _start_postgres),
        ("Redis", redis_error, _start_redis),
    ):
        error = probe()
        if error and start and starter():
            for _attempt in range(20):
                time.sleep(0.5)
                error = probe()
                if not error:
                    print(f"Started {name}.")
                    break
        if error:
            problems.append(error)
    return problems


def main():
    problems = ensure_services()
    if problems:
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        print(
            "The test suite needs PostgreSQL (DATABASE_URL) and Redis (REDIS_URL); "
            "start them and run `make test` again.",
            file=sys.stderr,
        )
        sys.exit(1)
    print("PostgreSQL and Redis are reachable.")


if __name__ == "__main__":
    main()
