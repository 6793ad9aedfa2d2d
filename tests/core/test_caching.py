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
