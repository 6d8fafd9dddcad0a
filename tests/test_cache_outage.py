"""With its Redis stopped, the platform goes on teaching: pages come from the database,
sessions from the database, a quiz is graded, and enrolment queues its email. A Redis server of
this test's own, on its own port, is stopped by its PID; the shared one is never touched."""

import logging
import time

import pytest
import redis
from django.core.cache import cache
from django.urls import reverse

from courses.page_cache import VERSION_KEY as PAGES_VERSION_KEY
from learning_platform import cache as outage
from learning_platform.learning.models import Enrolment
from learning_platform.notifications.models import OutboxEmail
from tests.factories import (
    AdminFactory,
    UserFactory,
    course_page,
    module_page,
    right_answers,
    sample_quiz,
)
from tests.workers import OwnRedis

pytestmark = pytest.mark.django_db


@pytest.fixture
def own_redis(settings, monkeypatch):
    server = OwnRedis()
    server.start()
    monkeypatch.setattr(outage, "_state", outage.OutageState())
    settings.CACHES = {
        "default": {
            "BACKEND": "learning_platform.cache.RedisCache",
            "LOCATION": server.url,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    yield server
    server.stop()


@pytest.fixture
def course(home_page):
    course = course_page(title="Clearing-House Mechanism", pass_mark=70)
    module_page(course, title="With a quiz", quiz=sample_quiz())
    return course


def test_with_the_cache_stopped_pages_sessions_and_quizzes_go_on(client, own_redis, course):
    from courses.models import ModulePage

    module = ModulePage.objects.child_of(course).get()
    trainee = UserFactory(full_name="Aïssata Traoré")
    client.force_login(trainee)
    client.post(reverse("learning:enrol", args=[course.pk]))
    assert client.get(module.url).status_code == 200  # the cache is filled
    assert redis.Redis.from_url(own_redis.url).dbsize() > 0

    own_redis.stop()
    started = time.monotonic()
    pages = [client.get(module.url), client.get(course.get_parent().url)]
    answered = client.post(
        reverse("learning:submit_quiz", args=[module.pk]),
        {f"answer-{question}": given for question, given in right_answers(module.quiz).items()},
    )
    elapsed = time.monotonic() - started

    assert [page.status_code for page in pages] == [200, 200]
    assert "Aïssata Traoré" in pages[0].content.decode()  # the session, from the database
    assert answered.status_code == 302
    assert Enrolment.objects.get(user=trainee).attempts.filter(passed=True).exists()
    assert elapsed < 5  # no page waits long for the cache it cannot reach

    staff = AdminFactory()
    client.force_login(staff)  # a new session while Redis is down, kept in the database
    assert client.get("/admin/").status_code == 200
    assert client.get(f"/admin/pages/{module.pk}/edit/").status_code == 200


def test_enrolment_queues_its_email_while_the_cache_is_down(client, own_redis, course):
    trainee = UserFactory()
    client.force_login(trainee)
    own_redis.stop()

    response = client.post(reverse("learning:enrol", args=[course.pk]))

    assert response.status_code == 302
    assert Enrolment.objects.filter(user=trainee).exists()
    assert OutboxEmail.objects.filter(to_email=trainee.email).exists()


def incr_refused(key) -> bool:
    with pytest.raises(ValueError):
        cache.incr(key)
    return True


def test_an_outage_is_logged_once_a_minute_and_counted(own_redis, caplog):
    own_redis.stop()
    with caplog.at_level(logging.ERROR, logger="learning_platform.cache"):
        for _attempt in range(5):
            for operation in (
                lambda: cache.get("anything", "default") == "default",
                lambda: cache.add("a-key", 1) is True,
                lambda: cache.set("other", 2) is None,
                lambda: incr_refused("counter"),
            ):
                outage._state.retry_at = 0  # Redis is tried each time, as after the rest
                assert operation()

    state = outage.outage_state()
    assert state.failures == 20 and state.outages == 1 and state.down_since is not None
    assert len(caplog.records) == 1
    assert "served from the database" in caplog.records[0].getMessage()


def test_after_a_failure_redis_is_left_alone_for_a_while(own_redis):
    own_redis.stop()
    cache.get("anything")
    cache.get("anything")
    cache.get_many(["a", "b"])

    assert outage.outage_state().failures == 1  # the other reads did not try


def test_when_redis_answers_again_the_page_reads_are_retired(own_redis, monkeypatch):
    own_redis.stop()
    cache.get("anything")  # the outage begins
    own_redis.start()
    # As if Redis had kept its data through the outage (a network cut, not a restart).
    redis.Redis.from_url(own_redis.url).set(cache.make_key(PAGES_VERSION_KEY), 41)
    assert cache.get(PAGES_VERSION_KEY) is None  # left alone a while yet
    monkeypatch.setattr(outage._state, "retry_at", 0)

    assert cache.get("anything", "missing") == "missing"  # tried again: it answers

    assert outage.outage_state().down_since is None
    assert cache.get(PAGES_VERSION_KEY) == 42  # a publish during the outage shows at once
