"""The shipped nginx files load on Debian's nginx (1.22 on Debian 12): the platform's site
beside Debian's own main configuration, and the Docker stack's main configuration."""

import subprocess

import pytest

from tests.stack.stack import (
    NGINX_DIR,
    debian_main_config,
    nginx_site,
    nginx_test,
    render,
    self_signed_certificate,
)


@pytest.fixture
def site(tmp_path):
    self_signed_certificate(tmp_path / "certs")
    conf_d = nginx_site(
        tmp_path, http_port=8080, https_port=8443, gunicorn_port=8000, media_root=tmp_path
    )
    return tmp_path, conf_d


def test_debian_nginx_is_the_version_the_guide_names():
    version = subprocess.run(["nginx", "-v"], capture_output=True, text=True, check=True).stderr
    major, minor = (int(part) for part in version.split("/")[1].split(".")[:2])
    assert (major, minor) >= (1, 22), version


def test_the_site_loads_beside_debians_own_configuration(site):
    directory, conf_d = site
    result = nginx_test(debian_main_config(directory, conf_d))

    assert result.returncode == 0, result.stderr
    assert "warn" not in result.stderr, result.stderr  # no directive repeated or deprecated


def test_the_docker_stacks_main_configuration_loads(site):
    directory, _conf_d = site
    main = render(
        (NGINX_DIR / "nginx.conf").read_text(),
        {
            "user nginx;": "user www-data;",  # the image's user; Debian's is www-data
            "/var/log/nginx/error.log": f"{directory}/logs/error.log",
            "/var/run/nginx.pid": f"{directory}/nginx.pid",
            "include /etc/nginx/learning.conf;": f"include {directory}/conf.d/learning.conf;",
        },
    )
    (directory / "stack.conf").write_text(main)

    result = nginx_test(directory / "stack.conf")

    assert result.returncode == 0, result.stderr
