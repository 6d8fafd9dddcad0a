"""/metrics for the operator's Prometheus: behind a token, with the figures the runbook reads.
Across gunicorn's worker processes: tests/stack."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from prometheus_client import REGISTRY

from learning_platform.notifications.models import OutboxEmail
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

TOKEN = "a-token-for-prometheus-only"


def scrape(client, token=TOKEN):
    return client.get(reverse("metrics"), HTTP_AUTHORIZATION=f"Bearer {token}")


def value(name, **labels):
    return REGISTRY.get_sample_value(name, labels) or 0


def test_without_a_token_configured_there_is_no_endpoint(client, settings):
    settings.METRICS_TOKEN = ""

    assert scrape(client, token="").status_code == 404


def test_a_wrong_token_is_refused(client, settings):
    settings.METRICS_TOKEN = TOKEN

    assert scrape(client, token="guess").status_code == 401
    assert client.get(reverse("metrics")).status_code == 401


def test_the_outbox_figures_are_the_databases(client, settings):
    settings.METRICS_TOKEN = TOKEN
    user = UserFactory()
    for number, status in enumerate(("pending", "pending", "failed", "sent")):
        OutboxEmail.objects.create(
            kind="enrolment_confirmation",
            dedup_key=f"metrics:{number}",
            recipient=user,
            to_email=user.email,
            language="en",
            subject="Hello",
            body_text="Hello",
            status=status,
            sent_at=timezone.now() if status == "sent" else None,
        )
    OutboxEmail.objects.filter(dedup_key="metrics:0").update(
        created_at=timezone.now() - timedelta(minutes=10)
    )

    text = scrape(client).content.decode()

    assert 'learning_emails{status="pending"} 2.0' in text
    assert 'learning_emails{status="failed"} 1.0' in text
    waited = next(
        float(line.split()[-1])
        for line in text.splitlines()
        if line.startswith("learning_email_oldest_pending_seconds ")
    )
    assert 599 < waited < 700


def test_requests_and_failed_sign_ins_are_counted(client, settings):
    settings.METRICS_TOKEN = TOKEN
    UserFactory(email="lan@example.org")
    pages_before = value("learning_http_request_duration_seconds_count", method="GET", status="2xx")
    failed_before = value("learning_sign_ins_failed_total")

    client.get("/healthz")
    client.post("/en/accounts/login/", {"login": "lan@example.org", "password": "wrong"})

    assert (
        value("learning_http_request_duration_seconds_count", method="GET", status="2xx")
        == pages_before + 1
    )
    assert value("learning_sign_ins_failed_total") == failed_before + 1
