"""Redis as the shared cache: the data version and rate limits are the same for every process."""

import pytest
from django.core.cache import caches
from django.test import RequestFactory
from django_ratelimit.core import is_ratelimited

from core import caching
from core.redis_cache import RedisCache


@pytest.fixture
def redis_cache(settings, redis_url):
    # Django's setting_changed handler rebuilds the cache connections.
    settings.CACHES = {"default": {"BACKEND": "core.redis_cache.RedisCache", "LOCATION": redis_url}}
    caches["default"].clear()
    yield caches["default"]


def other_process_cache(redis_url):
    """A second client, as another gunicorn worker or the cron job would have."""
    return RedisCache(redis_url, {})


def test_a_version_bump_is_seen_by_another_process(redis_cache, redis_url):
    before = caching.data_version()
    caching.bump("all")
    assert other_process_cache(redis_url).get(caching.VERSION_KEY) == before + 1


def test_rate_limit_counts_across_processes(redis_cache, redis_url):
    request = RequestFactory().post("/en/contact/", REMOTE_ADDR="203.0.113.9")
    hits = [is_ratelimited(request, group="t", key="ip", rate="3/h", increment=True) for _ in range(3)]
    assert hits == [False, False, False]
    assert is_ratelimited(request, group="t", key="ip", rate="3/h", increment=True)
    keys = other_process_cache(redis_url)._cache.get_client().keys("*")
    assert keys, "the counter lives in Redis, not in this process"


def test_one_client_serves_every_command(redis_cache, redis_url):
    """Django's own backend built a client per command (redis-py's constructor is a third of a millisecond)."""
    client = redis_cache._cache.get_client()
    redis_cache.set("k", "v")
    assert redis_cache.get_many(["k", "missing"]) == {"k": "v"}
    assert redis_cache._cache.get_client(write=True) is client
    assert other_process_cache(redis_url).get("k") == "v"
