"""deploy/gunicorn.conf.py as it was before the operations issue (#16), for bench/stack_load.py's
"before": no preload, recycling every 1000 requests with a jitter of 100."""

from pathlib import Path

exec((Path(__file__).resolve().parents[2] / "deploy" / "gunicorn.conf.py").read_text())  # noqa: S102

preload_app = False
max_requests = 1000
max_requests_jitter = 100
