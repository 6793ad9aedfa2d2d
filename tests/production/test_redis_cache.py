"""Redis as the shared cache: the data version and rate limits are the same for every process."""

import pytest
from django.core.cache import caches
from django.test import RequestFactory
from django_ratelimit.core import is_ratelimited

from core import caching
from core.redis_cache import LocalCopies, RedisCache


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


def commands_processed(client):
    return client.info("stats")["total_commands_processed"]


def test_versioned_entries_are_read_from_redis_once_per_process(redis_cache, redis_url):
    build_calls = []
    caching.cached("menu", lambda: build_calls.append(1) or ["About", "Donate"])
    assert caching.cached("menu", lambda: build_calls.append(1)) == ["About", "Donate"]
    counter = other_process_cache(redis_url)._cache.get_client()
    before = commands_processed(counter)
    for _ in range(5):
        assert caching.cached("menu", lambda: build_calls.append(1)) == ["About", "Donate"]
    # Outside a request the versions are asked each time (one MGET); the entry itself is this process's copy.
    assert commands_processed(counter) - before == 5 + 1  # +1: the first INFO
    assert build_calls == [1]


def test_a_change_in_another_process_is_seen_at_once(redis_cache, redis_url):
    assert caching.cached("menu", lambda: ["About"], section="publications") == ["About"]
    other = other_process_cache(redis_url)
    other.incr(caching.version_key("publications"))  # another worker publishes
    assert caching.cached("menu", lambda: ["About", "News"], section="publications") == ["About", "News"]


def test_each_read_gets_its_own_object(redis_cache):
    caching.cached("menu", lambda: ["About"])
    first = caching.cached("menu", list)
    first.append("changed by one request")
    assert caching.cached("menu", list) == ["About"]


def test_unversioned_keys_are_never_kept_in_the_process(redis_cache, redis_url):
    redis_cache.set("rate-limit-counter", 1)
    assert redis_cache.get("rate-limit-counter") == 1
    other_process_cache(redis_url).set("rate-limit-counter", 7)
    assert redis_cache.get("rate-limit-counter") == 7


def test_the_process_copies_stay_within_their_budget():
    copies = LocalCopies(limit=1000)
    for number in range(50):
        copies.put(f"site-data:1:{number}", b"x" * 100)
    assert copies.size <= 1000 and len(copies.entries) == 10
    assert copies.get("site-data:1:49") and copies.get("site-data:1:0") is None  # the oldest went first
