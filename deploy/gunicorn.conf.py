"""gunicorn settings for production, behind nginx.

Used by the Docker image (`gunicorn -c deploy/gunicorn.conf.py learning_platform.wsgi:application`)
and by deploy/systemd/learning-web.service. Settings documented at
https://docs.gunicorn.org/en/stable/settings.html.
"""

import os


def _cores() -> int:
    # The CPUs this process may run on (a container or a taskset may allow fewer than the host).
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# Inside the container: nginx reaches gunicorn over the compose network; port 8000 is not
# published on the host, so only nginx (and the health check) can connect.
bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")

# Worker processes: the usual 2 x cores + 1, capped at 8 because each worker holds its own copy
# of the application in memory and a PostgreSQL connection per thread. WEB_CONCURRENCY wins.
workers = int(os.environ.get("WEB_CONCURRENCY", min(2 * _cores() + 1, 8)))

# A few threads per worker let a worker serve another request while one waits on the database,
# Redis or the disk. Django is thread-safe; gthread is the worker class that uses them.
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", 2))

# A request taking longer than this is stuck: its worker is killed and replaced. Heavy work
# (certificates, emails, exports) runs in Celery, not in a request.
timeout = 30

# On SIGTERM (a deploy or `docker compose stop`), requests in flight get this long to finish.
graceful_timeout = 30

# Seconds an idle HTTP connection is kept for the next request. nginx opens a connection per
# request to gunicorn, so this matters for direct clients (health probes): keep it short.
keepalive = 5

# Recycle each worker after about this many requests, so a slow memory leak never grows; the
# jitter spreads the restarts so workers do not all restart at once.
max_requests = 1000
max_requests_jitter = 100

# Logs to stdout and stderr, where Docker (or journald under systemd) collects them.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# The client's address comes from nginx in X-Forwarded-For; %(M)s is the duration in ms.
access_log_format = (
    '%({x-forwarded-for}i)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %(M)sms'
)

# The proxies trusted to say a request came over HTTPS (X-Forwarded-Proto). Under systemd nginx
# is on the same host (127.0.0.1); in Docker compose.yaml sets "*" since only nginx can connect.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# The workers' heartbeat file in memory: on a container's overlay disk it can block a worker
# (https://docs.gunicorn.org/en/stable/faq.html#blocking-os-fchmod).
worker_tmp_dir = "/dev/shm"  # noqa: S108

# No runtime control socket in $HOME: Docker or systemd starts, stops and reloads gunicorn.
control_socket_disable = True
