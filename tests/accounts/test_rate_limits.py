"""Login rate limits that fit partner classrooms (settings.ACCOUNT_RATE_LIMITS): failures are
limited per account and per client address, successes are not, and behind our proxy the client
address is read from X-Forwarded-For (ALLAUTH_TRUSTED_PROXY_COUNT)."""

import time

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tests.factories import TEST_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

WRONG = "The email address and/or password you specified are not correct."
LOCKED = "Too many failed login attempts. Try again later."


def login_url():
    with translation.override("en"):
        return reverse("account_login")


def log_in(client, email, password=TEST_PASSWORD, **headers):
    return client.post(login_url(), {"login": email, "password": password}, **headers)


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.fixture
def clock(monkeypatch):
    """Moves time forward, for allauth's rate limits and the cache entries that hold them
    alike (both read ``time.time()``)."""
    real_time = time.time
    offset = [0.0]
    monkeypatch.setattr(time, "time", lambda: real_time() + offset[0])

    def forward(seconds):
        offset[0] += seconds

    return forward


def test_a_classroom_of_40_behind_one_address_logs_in_within_the_same_minute():
    trainees = UserFactory.create_batch(40)

    clients = [Client(REMOTE_ADDR="198.51.100.20") for _trainee in trainees]
    responses = [
        log_in(client, trainee.email) for client, trainee in zip(clients, trainees, strict=True)
    ]

    assert [response.status_code for response in responses] == [302] * 40
    assert all(signed_in(client) for client in clients)


def test_wrong_passwords_for_one_account_get_the_same_page_then_a_lock_until_it_expires(clock):
    trainee = UserFactory(email="amina@example.org")
    client = Client()

    answers = [log_in(client, trainee.email, "not-the-password") for _attempt in range(30)]

    assert {answer.status_code for answer in answers} == {200}
    pages = [answer.content.decode() for answer in answers]
    # The answer to a wrong password, the same each time, as for an address nobody has...
    assert all(WRONG in page and LOCKED not in page for page in pages[:5])
    assert WRONG in log_in(Client(), "nobody@example.org", "not-the-password").content.decode()
    # ...and then the lock.
    assert all(LOCKED in page for page in pages[5:])
    assert not signed_in(client)

    # The right password is refused while the lock lasts, from this address or another one.
    refused = log_in(Client(REMOTE_ADDR="203.0.113.9"), trainee.email)
    assert refused.status_code == 200 and LOCKED in refused.content.decode()
    clock(4 * 60)
    assert LOCKED in log_in(client, trainee.email).content.decode()
    assert not signed_in(client)

    clock(61)  # past the 5 minutes of the lock
    assert log_in(client, trainee.email).status_code == 302
    assert signed_in(client)


def test_failures_from_one_address_for_many_accounts_are_limited_too():
    people = UserFactory.create_batch(32)
    classroom = Client(REMOTE_ADDR="198.51.100.20")

    answers = [log_in(classroom, person.email, "not-the-password") for person in people[:31]]

    pages = [answer.content.decode() for answer in answers]
    assert all(WRONG in page for page in pages[:30])
    assert LOCKED in pages[30]  # 30 failures a minute per address
    # That address waits, even with a right password; the account is fine from elsewhere.
    assert LOCKED in log_in(classroom, people[31].email).content.decode()
    elsewhere = Client(REMOTE_ADDR="203.0.113.9")
    assert log_in(elsewhere, people[31].email).status_code == 302


def test_behind_the_proxy_clients_are_counted_by_their_forwarded_address(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1  # nginx, as in production
    people = UserFactory.create_batch(31)
    proxy = "10.0.0.2"  # every request reaches Django from nginx
    flooding = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="198.51.100.66")
    classroom = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="203.0.113.40")

    answers = [log_in(flooding, person.email, "not-the-password") for person in people[:31]]
    assert LOCKED in answers[-1].content.decode()

    # The classroom behind another address is not locked out by the flood...
    assert log_in(classroom, people[0].email).status_code == 302
    assert signed_in(classroom)
    # ...and what a client writes before the proxy's entry is not trusted: a flooding client
    # that makes up an address is still counted by the one nginx saw.
    spoofing = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="192.0.2.1, 198.51.100.66")
    assert LOCKED in log_in(spoofing, people[30].email).content.decode()


def test_without_a_trusted_proxy_the_forwarded_header_is_ignored():
    people = UserFactory.create_batch(31)

    for person in people[:30]:
        log_in(Client(HTTP_X_FORWARDED_FOR="198.51.100.66"), person.email, "not-the-password")

    # Another made-up address changes nothing: all came from the same connecting address.
    other = Client(HTTP_X_FORWARDED_FOR="203.0.113.40")
    assert LOCKED in log_in(other, people[30].email).content.decode()
