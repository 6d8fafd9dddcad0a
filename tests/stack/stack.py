"""The platform as production runs it, started by a test: production settings, the test's
PostgreSQL database, a Redis server of its own, gunicorn with deploy/gunicorn.conf.py, a Celery
worker and beat, Debian's nginx with the shipped deploy/nginx/ files, and an SMTP server on
loopback. Every process is the test's own, on its own port, and is stopped by its PID."""

import datetime
import email
import http.client
import ipaddress
import json
import os
import secrets
import shutil
import ssl
import subprocess
import sys
import tempfile
import time
from email import policy
from pathlib import Path

from aiosmtpd.controller import Controller
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from django.conf import settings

from tests.workers import OwnRedis, RecordingHandler, database_url, free_port

BASE_DIR = Path(settings.BASE_DIR)
NGINX_DIR = BASE_DIR / "deploy" / "nginx"
DEBIAN_NGINX_CONF = Path("/etc/nginx/nginx.conf")


def render(text: str, substitutions: dict[str, str]) -> str:
    """The shipped file with only these strings replaced (ports, paths), each of which must be
    there: if the file changes, this fails instead of testing something else."""
    for old, new in substitutions.items():
        assert old in text, f"{old!r} is no longer in the shipped nginx configuration"
        text = text.replace(old, new)
    return text


def self_signed_certificate(directory: Path) -> Path:
    """fullchain.pem and privkey.pem for 127.0.0.1, as deploy/README.md has the operator put
    them; returns the certificate, which the test's clients trust."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    directory.mkdir(parents=True, exist_ok=True)
    chain = directory / "fullchain.pem"
    chain.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    (directory / "privkey.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    (directory / "privkey.pem").chmod(0o600)
    return chain


def nginx_site(directory: Path, *, http_port, https_port, gunicorn_port, media_root) -> Path:
    """deploy/nginx/learning.conf and upstream-host.conf, as deploy/README.md has them copied
    into /etc/nginx/conf.d/ on Debian, with this test's ports and folders."""
    conf_d = directory / "conf.d"
    conf_d.mkdir(parents=True, exist_ok=True)
    logs = directory / "logs"
    logs.mkdir(exist_ok=True)
    (conf_d / "learning.conf").write_text(
        render(
            (NGINX_DIR / "learning.conf").read_text(),
            {
                "listen 80 default_server": f"listen 127.0.0.1:{http_port} default_server",
                "listen 443 ssl http2 default_server": (
                    f"listen 127.0.0.1:{https_port} ssl http2 default_server"
                ),
                "/etc/nginx/certs/": f"{directory}/certs/",
                "alias /srv/learning/media/;": f"alias {media_root}/;",
                "/var/log/nginx/access.log": f"{logs}/access.log",
            },
        )
    )
    (conf_d / "upstream-host.conf").write_text(
        render(
            (NGINX_DIR / "upstream-host.conf").read_text(),
            {"127.0.0.1:8000": f"127.0.0.1:{gunicorn_port}"},
        )
    )
    return conf_d


def debian_main_config(directory: Path, conf_d: Path) -> Path:
    """Debian's own /etc/nginx/nginx.conf, as the package installs it, with its pid and log
    files in this test's folder, including conf.d from there, and without sites-enabled (the
    operator removes its default site, deploy/README.md)."""
    text = render(
        DEBIAN_NGINX_CONF.read_text(),
        {
            "pid /run/nginx.pid;": f"pid {directory}/nginx.pid;",
            "error_log /var/log/nginx/error.log;": f"error_log {directory}/logs/error.log;",
            "access_log /var/log/nginx/access.log;": f"access_log {directory}/logs/other.log;",
            "include /etc/nginx/conf.d/*.conf;": f"include {conf_d}/*.conf;",
            "include /etc/nginx/sites-enabled/*;": "",
        },
    )
    path = directory / "nginx.conf"
    path.write_text(text)
    return path


def nginx_test(config: Path) -> subprocess.CompletedProcess:
    """`nginx -t` on a configuration: its verdict and messages."""
    return subprocess.run(
        ["nginx", "-t", "-c", str(config)], capture_output=True, text=True, check=False
    )


class Service:
    """A process of the stack, its output in a log file, stopped by its PID."""

    def __init__(self, name, command, env, log_dir: Path):
        self.name = name
        self.command = command
        self.env = env
        self.log = log_dir / f"{name}.log"
        self.process = None

    def start(self):
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                self.command, cwd=BASE_DIR, env=self.env, stdout=log, stderr=subprocess.STDOUT
            )

    @property
    def running(self):
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout=30):
        if not self.running:
            return
        self.process.terminate()  # SIGTERM: each of these stops gracefully on it
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def output(self) -> str:
        return self.log.read_text(errors="replace")


class Stack:
    """Starts the whole platform in ``directory``, on the test's database (migrated, with its
    content), and serves it through nginx at ``https_url``."""

    def __init__(
        self, directory: Path, media_root: Path, *, gunicorn_conf="deploy/gunicorn.conf.py"
    ):
        self.gunicorn_conf = gunicorn_conf
        self.directory = directory
        self.media_root = media_root
        self.logs = directory / "logs"
        self.logs.mkdir(parents=True, exist_ok=True)
        self.redis = OwnRedis()
        self.smtp = Controller(RecordingHandler(), hostname="127.0.0.1", port=free_port())
        self.http_port, self.https_port, self.gunicorn_port = free_port(), free_port(), 0
        self.https_url = f"https://127.0.0.1:{self.https_port}"
        self.certificate = self_signed_certificate(directory / "certs")
        self.tls = ssl.create_default_context(cafile=str(self.certificate))
        self.services: dict[str, Service] = {}
        # One key for every process: a link the worker signs in an email, web checks.
        self.secret_key = secrets.token_urlsafe(50)
        self.metrics_token = secrets.token_urlsafe(32)

    def environment(self) -> dict:
        """The variables .env.example asks production for, pointing at this test's parts."""
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "learning_platform.settings.production",
            "ENV_FILE": str(self.directory / "no.env"),  # nothing read from a developer's .env
            "SECRET_KEY": self.secret_key,
            "ALLOWED_HOSTS": "127.0.0.1",
            "CSRF_TRUSTED_ORIGINS": self.https_url,
            "WAGTAILADMIN_BASE_URL": self.https_url,
            "DATABASE_URL": database_url(),
            "REDIS_URL": self.redis.url,
            "EMAIL_URL": f"smtp://127.0.0.1:{self.smtp.port}",
            "EMAIL_RETRY_BACKOFF_SECONDS": "1",
            "STATIC_ROOT": str(self.directory / "static"),
            "MEDIA_ROOT": str(self.media_root),
            "GUNICORN_BIND": f"127.0.0.1:{self.gunicorn_port}",
            "WEB_CONCURRENCY": "2",
            "GUNICORN_LOG_LEVEL": "info",
            "METRICS_TOKEN": self.metrics_token,
        }

    def service(self, name, *arguments) -> Service:
        service = Service(name, [sys.executable, "-m", *arguments], self.environment(), self.logs)
        self.services[name] = service
        return service

    def start(self):
        self.gunicorn_port = free_port()
        self.redis.start()
        self.smtp.start()
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
            cwd=BASE_DIR,
            env=self.environment(),
            check=True,
        )
        self.service("web", "gunicorn", "-c", str(self.gunicorn_conf))
        self.services["web"].command.append("learning_platform.wsgi:application")
        self.service("worker", *self.worker_arguments())
        self.service(
            "beat",
            *("celery", "-A", "learning_platform", "beat", "--loglevel=INFO"),
            f"--schedule={self.directory / 'celerybeat-schedule'}",
        )
        conf_d = nginx_site(
            self.directory,
            http_port=self.http_port,
            https_port=self.https_port,
            gunicorn_port=self.gunicorn_port,
            media_root=self.media_root,
        )
        config = debian_main_config(self.directory, conf_d)
        checked = nginx_test(config)
        assert checked.returncode == 0, checked.stderr
        self.services["nginx"] = Service(
            "nginx", ["nginx", "-c", str(config), "-g", "daemon off;"], os.environ, self.logs
        )
        for service in self.services.values():
            service.start()
        self.wait_until_ready()

    @staticmethod
    def worker_arguments():
        return ("celery", "-A", "learning_platform", "worker", "--loglevel=INFO")

    def restart_worker(self):
        self.service("worker", *self.worker_arguments()).start()

    def wait_until_ready(self, seconds=90):
        """Until /readyz, through nginx, says the database, Redis and a worker all answer."""
        deadline = time.monotonic() + seconds
        while True:
            for service in self.services.values():
                assert service.running, f"{service.name} exited:\n{service.output()[-3000:]}"
            try:
                if self.get("/readyz").status == 200:
                    return
            except OSError:
                pass
            assert time.monotonic() < deadline, "the stack was not ready:\n" + self.outputs()
            time.sleep(0.5)

    def get(self, path, *, https=True, headers=None) -> "Response":
        """One request, as a client outside would send it, redirects not followed."""
        if https:
            connection = http.client.HTTPSConnection(
                "127.0.0.1", self.https_port, context=self.tls, timeout=30
            )
        else:
            connection = http.client.HTTPConnection("127.0.0.1", self.http_port, timeout=30)
        try:
            connection.request("GET", path, headers=headers or {})
            answer = connection.getresponse()
            return Response(answer.status, answer.headers, answer.read())
        finally:
            connection.close()

    def emails(self) -> list[email.message.EmailMessage]:
        return [
            email.message_from_bytes(envelope.content, policy=policy.default)
            for envelope in self.smtp.handler.messages
        ]

    def outputs(self) -> str:
        return "\n".join(
            f"--- {service.name}\n{service.output()[-2000:]}" for service in self.services.values()
        )

    def stop(self):
        for service in reversed(list(self.services.values())):
            service.stop()
        self.redis.stop()
        self.smtp.stop()


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def json(self):
        return json.loads(self.body)


def stack_directory() -> Path:
    """A folder that nginx's workers (www-data) may read, as /srv/learning is on a host."""
    directory = Path(tempfile.mkdtemp(prefix="learning-stack-"))
    directory.chmod(0o755)
    return directory


def remove(directory: Path):
    shutil.rmtree(directory, ignore_errors=True)
