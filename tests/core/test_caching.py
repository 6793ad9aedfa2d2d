"""The data cache's versions: read once per request, yet a change is never missed."""

from django.core.cache import cache
from django.core.signals import request_finished, request_started

from core import caching


def test_a_request_reads_the_versions_once_and_sees_its_own_bumps(db):  # request_started checks connections
    request_started.send(sender=None)
    try:
        before = caching.versions("publications")
        cache.incr(caching.version_key("publications"))  # another process publishes meanwhile
        assert caching.versions("publications") == before  # one snapshot for the whole request
        caching.bump("publications")  # this request's own change
        assert caching.versions("publications")[1] == before[1] + 2
    finally:
        request_finished.send(sender=None)
    cache.incr(caching.version_key("all"))
    assert caching.versions()[0] == before[0] + 1  # outside a request, nothing is kept


def test_a_requests_first_lookup_brings_the_sections_earlier_requests_read(db, monkeypatch):
    """Most pages read the same few versions: after one request has read "publications", the next request's
    first lookup fetches it too, so reading it later costs no second round trip."""
    request_started.send(sender=None)
    caching.versions("publications")
    request_finished.send(sender=None)
    asked = []
    real_get_many = cache.get_many
    monkeypatch.setattr(cache, "get_many", lambda keys, **kwargs: asked.append(keys) or real_get_many(keys, **kwargs))
    request_started.send(sender=None)
    try:
        caching.versions()
        caching.versions("publications")
        caching.versions(f"page:{12345}")
    finally:
        request_finished.send(sender=None)
    assert caching.version_key("publications") in asked[0]
    assert len(asked) == 2  # the page's own version still needs its own lookup
    assert "page:12345" not in caching._common_sections  # one page's version is not everybody's
