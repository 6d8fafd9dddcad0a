"""gunicorn settings for production, behind nginx.

Used by the Docker image (`gunicorn -c deploy/gunicorn.conf.py learning_platform.wsgi:application`)
and by deploy/systemd/learning-web.service. Settings documented at
https://docs.gunicorn.org/en/stable/settings.html.
"""

import os
import shutil
import tempfile
from pathlib import Path


def _cores() -> int:
    # The CPUs this process may run on (a container or a taskset may allow fewer than the host).
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# Inside the container: nginx reaches gunicorn over the compose network; port 8000 is not
# published on the host, so only nginx (and the health check) can connect. Under systemd,
# gunicorn takes learning-web.socket's socket instead (LISTEN_FDS) and ignores this.
bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")

# Worker processes: the usual 2 x cores + 1, capped at 8 because each worker holds its own copy
# of the application in memory and a PostgreSQL connection per thread. WEB_CONCURRENCY wins.
workers = int(os.environ.get("WEB_CONCURRENCY", min(2 * _cores() + 1, 8)))

# A few threads per worker let a worker serve another request while one waits on the database,
# Redis or the disk. Django is thread-safe; gthread is the worker class that uses them.
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", 2))

# With gthread, `timeout` only replaces a worker whose main loop stops answering (all of it
# stuck), never one slow request: a thread cannot be killed. What ends a runaway request is
# its database query, cut at REQUEST_DEADLINE_SECONDS by PostgreSQL's statement_timeout, set
# below for the web processes only (Celery tasks may run longer); nginx answers 504 to the
# client at proxy_read_timeout. Heavy work (certificates, emails, exports) runs in Celery.
timeout = 30
REQUEST_DEADLINE_SECONDS = int(os.environ.get("REQUEST_DEADLINE_SECONDS", 25))
raw_env = [f"DATABASE_STATEMENT_TIMEOUT_MS={REQUEST_DEADLINE_SECONDS * 1000}"]

# On SIGTERM (a deploy or `docker compose stop`), requests in flight get this long to finish.
graceful_timeout = 30

# Seconds an idle HTTP connection is kept for the next request. nginx opens a connection per
# request to gunicorn, so this matters for direct clients (health probes): keep it short.
keepalive = 5

# The application is loaded once, in the master, before the workers are forked: a new worker
# (after a recycle or a crash) starts in milliseconds instead of importing Django and Wagtail
# for a second or two, and memory pages are shared. Nothing opens a connection at import.
# New code therefore takes a restart, not a HUP (which forks new workers from the old code):
# under systemd, learning-web.socket holds the socket so a restart refuses no connection.
preload_app = True

# Recycle each worker after some thousands of requests, so a slow memory leak never grows. The
# jitter (half of it) spreads the recycles: two workers never restart in the same minute, as
# they did with 1000 +- 100. GUNICORN_MAX_REQUESTS=0 turns recycling off.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 2000))
max_requests_jitter = max_requests // 2

# Logs to stdout and stderr, where Docker (or journald under systemd) collects them.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# With LOG_FORMAT=json, gunicorn's lines are JSON too, in the shape of Django's.
if os.environ.get("LOG_FORMAT") == "json":
    logger_class = "learning_platform.gunicorn_logs.JsonLogger"
# The client's address comes from nginx in X-Forwarded-For; %(M)s is the duration in ms; the
# request id is the one nginx made (X-Request-ID), also in nginx's line and Django's log.
access_log_format = (
    '%({x-forwarded-for}i)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %(M)sms'
    " request_id=%({x-request-id}i)s"
)

# The proxies trusted to say a request came over HTTPS (X-Forwarded-Proto). Under systemd nginx
# is on the same host (127.0.0.1); in Docker compose.yaml sets "*" since only nginx can connect.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# The workers' heartbeat file in memory: on a container's overlay disk it can block a worker
# (https://docs.gunicorn.org/en/stable/faq.html#blocking-os-fchmod).
worker_tmp_dir = "/dev/shm"  # noqa: S108

# No runtime control socket in $HOME: Docker or systemd starts, stops and reloads gunicorn.
control_socket_disable = True

# /metrics adds up every worker's figures (learning_platform/metrics.py): prometheus_client keeps
# each process's in files of PROMETHEUS_MULTIPROC_DIR, by default a folder of this master's own
# in memory, removed at exit; a worker's files are marked dead when it exits. Set here, before
# the application (and prometheus_client) is loaded in the master.
_OWN_METRICS_DIR = "PROMETHEUS_MULTIPROC_DIR" not in os.environ
if _OWN_METRICS_DIR:
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(
        prefix="learning-metrics-", dir="/dev/shm"
    )
METRICS_DIR = Path(os.environ["PROMETHEUS_MULTIPROC_DIR"])


def on_starting(server):
    # A folder given from outside may hold the files of a previous run: their counts are gone.
    METRICS_DIR.mkdir(mode=0o700, exist_ok=True)
    for old in METRICS_DIR.glob("*.db"):
        old.unlink()


def child_exit(server, worker):
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


def on_exit(server):
    if _OWN_METRICS_DIR:
        shutil.rmtree(METRICS_DIR, ignore_errors=True)
