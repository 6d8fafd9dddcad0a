"""The security headers (learning_platform/headers.py): the site's strict Content-Security-Policy,
the admin's own, the Permissions-Policy, and nothing a signed-in person sees left in a cache.
tests/test_authorisation_matrix.py checks the same headers on every view that shows personal
data; tests/e2e/test_csp.py that Chromium reports no violation of either policy."""

import re

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.urls import reverse

from learning_platform.certificates import services as certificate_services
from learning_platform.learning import services as learning_services
from tests.factories import AdminFactory, UserFactory, course_page, module_page

pytestmark = pytest.mark.django_db

STRICT = {
    "default-src": "'self'",
    "img-src": "'self' data:",
    "style-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}


def directives(response) -> dict[str, str]:
    header = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in header.split(";"))


def cache_control(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part}


@pytest.fixture
def course(home_page):
    course = course_page(title="Clearing-House Mechanism")
    module_page(course, title="The legal basis")
    return course


def test_trainee_pages_carry_the_strict_policy(client, course):
    for url in ("/en/", course.url, course.get_children().first().url, "/en/accounts/login/"):
        response = client.get(url)

        assert response.status_code == 200, url
        assert directives(response) == STRICT, url
        assert response["Permissions-Policy"] == "camera=(), microphone=(), geolocation=()"


def test_errors_and_redirects_carry_it_too(client, home_page):
    assert directives(client.get("/en/no-such-page/")) == STRICT
    redirect = client.get("/")
    assert redirect.status_code == 302 and directives(redirect) == STRICT
    assert "default-src 'self'" in client.get("/healthz")["Content-Security-Policy"]


def test_the_admin_gets_its_own_policy_and_nothing_from_elsewhere(client, home_page):
    client.force_login(AdminFactory())

    response = client.get("/admin/")

    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == policy["style-src"] == "'self' 'unsafe-inline'"
    assert policy["img-src"] == "'self' blob:"
    assert policy["frame-ancestors"] == "'self'"  # the page preview
    assert policy["object-src"] == "'none'" and policy["default-src"] == "'self'"
    assert "http" not in response["Content-Security-Policy"]
    assert response["Permissions-Policy"] == "camera=(), microphone=(), geolocation=()"


def test_a_page_preview_keeps_the_site_policy_and_may_be_framed_by_the_admin(course):
    module = course.get_children().first().specific
    request = RequestFactory().get(f"/admin/pages/{module.pk}/edit/preview/")
    request.user = AdminFactory()

    response = module.make_preview_request(request)

    assert response.status_code == 200
    assert directives(response) == {**STRICT, "frame-ancestors": "'self'"}


def test_the_verify_page_stylesheet_carries_the_nonce_of_its_header(client, home_page):
    response = client.get(reverse("certificate_verify", args=["0" * 26]))

    assert response.status_code == 404
    [nonce] = re.findall(r'<style nonce="([^"]+)">', response.content.decode())
    assert directives(response)["style-src"] == f"'self' 'nonce-{nonce}'"
    # A new one for every response.
    again = client.get(reverse("certificate_verify", args=["0" * 26]))
    assert directives(again)["style-src"] != directives(response)["style-src"]


def test_nothing_a_signed_in_trainee_sees_is_kept_by_a_browser_or_a_proxy(client, course):
    trainee = UserFactory()
    learning_services.enrolment_create(user=trainee, course=course)
    module = course.get_children().first()
    client.force_login(trainee)

    for url in (
        "/en/",
        course.url,
        module.url,
        reverse("learning:my_learning"),
        reverse("account_profile"),
        reverse("mfa_index"),
    ):
        response = client.get(url)

        assert response.status_code == 200, url
        assert cache_control(response) == {"private", "no-store"}, url


def test_a_view_that_allows_caching_is_overruled_for_a_signed_in_person(client, home_page):
    """The verify page says ``max-age=0`` itself; no max-age is left beside no-store."""
    trainee = UserFactory()
    course = course_page(title="A course with a certificate")
    enrolment, _created = learning_services.enrolment_create(user=trainee, course=course)
    enrolment.completed_at = enrolment.enrolled_at
    enrolment.save()
    certificate = certificate_services.certificate_issue(enrolment=enrolment)
    client.force_login(trainee)

    verify = client.get(reverse("certificate_verify", args=[certificate.code]))
    download = client.get(reverse("certificates:download", args=[certificate.code]))

    assert verify.status_code == download.status_code == 200
    assert cache_control(verify) == cache_control(download) == {"private", "no-store"}


def test_pages_for_visitors_stay_cacheable(client, course):
    for url in ("/en/", course.url):
        assert "no-store" not in cache_control(client.get(url)), url


def test_the_admin_asks_no_outside_service_for_avatars(client, home_page):
    client.force_login(AdminFactory())

    content = client.get("/admin/").content.decode()

    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert "gravatar" not in content.lower()
