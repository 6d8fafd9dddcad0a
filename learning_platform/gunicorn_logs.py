"""gunicorn's own logs as JSON lines when LOG_FORMAT=json (deploy/gunicorn.conf.py names this
class): the access log with the request id nginx made, in the shape of Django's lines."""

from gunicorn import glogging

from .logs import JsonFormatter


class JsonLogger(glogging.Logger):
    def setup(self, cfg):
        super().setup(cfg)
        for log in (self.error_log, self.access_log):
            for handler in log.handlers:
                if getattr(handler, "_gunicorn", False):
                    handler.setFormatter(JsonFormatter())

    def access(self, resp, req, environ, request_time):
        if not self.access_log_enabled:
            return
        atoms = self.atoms(resp, req, environ, request_time)
        self.access_log.info(
            "%s %s %s",
            atoms["m"],
            environ.get("RAW_URI", atoms["U"]),
            atoms["s"],
            extra={
                "request_id": atoms.get("{x-request-id}i", "-"),
                "fields": {
                    # The client's address from nginx; gunicorn's peer is nginx itself.
                    "remote_addr": atoms.get("{x-forwarded-for}i", atoms["h"]),
                    "method": atoms["m"],
                    "path": environ.get("RAW_URI", atoms["U"]),
                    "status": int(atoms["s"]),
                    "bytes": atoms["B"] or 0,
                    "duration_ms": atoms["M"],
                    "referer": atoms["f"],
                    "user_agent": atoms["a"],
                },
            },
        )
