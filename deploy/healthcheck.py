"""The container's health check: exits 0 when gunicorn answers /healthz with 200, 1 otherwise.

Run by the image's HEALTHCHECK with nothing but the standard library (no Django start-up).
Django answers only to the host names in ALLOWED_HOSTS, so the request carries the first of
them as its Host header; /healthz is exempt from the HTTPS redirect, so plain HTTP is fine.
"""

import os
import sys
import urllib.error
import urllib.request

URL = os.environ.get("HEALTHCHECK_URL", "http://127.0.0.1:8000/healthz")
TIMEOUT_SECONDS = 5


def allowed_host() -> str:
    first = os.environ.get("ALLOWED_HOSTS", "").split(",")[0].strip()
    # ".example.org" allows example.org and its subdomains; "*" allows any host.
    first = first.lstrip(".")
    return first if first and first != "*" else "localhost"


def main() -> int:
    request = urllib.request.Request(URL, headers={"Host": allowed_host()})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
            healthy = response.status == 200
    except (urllib.error.URLError, OSError) as error:
        print(f"unhealthy: {error}", file=sys.stderr)
        return 1
    return 0 if healthy else 1


if __name__ == "__main__":
    sys.exit(main())
