"""Django's Redis cache backend, with one redis-py client per connection pool instead of one per command, and a
small copy in each process of the entries whose key carries a data version.

Django's RedisCacheClient builds a new `redis.Redis` for every cache call, and redis-py 8's constructor copies its
~170 response callbacks into a case-insensitive dict each time: about a third of a millisecond of CPU per call,
and a page makes a few dozen calls (the derived-data cache, core.caching). A client only holds its pool and
callbacks, and redis-py makes it safe to share between threads (each command borrows a pool connection), so one
per pool is enough. CACHE_URL=rediscache://… selects it (config/settings/base.py).

An entry under a versioned key (core.caching's `site-data:<versions>:…`, and the template fragments, whose keys
all name a version tag) never changes: a change bumps the version and later requests ask for new keys. So each
process keeps the serialised bytes of those it read, least recently used dropped past LOCAL_COPY_BYTES, and a
page reads its dozen fragments and site data without a round trip each (the versions themselves are still read
from Redis, once per request). Every read unpickles a fresh object, so no request sees another's changes to it.
"""

import re
import threading
from collections import OrderedDict

from django.core.cache.backends import redis as django_redis
from django.core.cache.backends.base import DEFAULT_TIMEOUT

# Raw keys whose entries never change: a version number follows `site-data:`; fragments name their version.
VERSIONED_KEY = re.compile(r"site-data:\d|template\.cache\.")
LOCAL_COPY_BYTES = 4 * 1024 * 1024  # the hot pages of every language; the rest come from Redis


class ReusedClientRedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}  # id of the pool -> its client (pools live as long as this object)

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class LocalCopies:
    """Serialised entries by full key, least recently used first, at most `limit` bytes in all."""

    def __init__(self, limit):
        self.limit, self.size = limit, 0
        self.entries = OrderedDict()
        self.lock = threading.Lock()  # the task worker's threads share the process

    def get(self, key):
        with self.lock:
            raw = self.entries.get(key)
            if raw is not None:
                self.entries.move_to_end(key)
            return raw

    def put(self, key, raw):
        if not isinstance(raw, bytes) or len(raw) > self.limit // 8:
            return
        with self.lock:
            if key in self.entries:
                return
            self.entries[key] = raw
            self.size += len(raw)
            while self.size > self.limit:
                _key, dropped = self.entries.popitem(last=False)
                self.size -= len(dropped)

    def discard(self, key):
        with self.lock:
            raw = self.entries.pop(key, None)
            if raw is not None:
                self.size -= len(raw)

    def clear(self):
        with self.lock:
            self.entries.clear()
            self.size = 0


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
        self.local_copies = LocalCopies(LOCAL_COPY_BYTES)

    def get(self, key, default=None, version=None):
        if not VERSIONED_KEY.match(key):
            return super().get(key, default, version)
        full_key = self.make_and_validate_key(key, version=version)
        raw = self.local_copies.get(full_key)
        if raw is None:
            raw = self._cache.get_client(full_key).get(full_key)
            if raw is None:
                return default
            self.local_copies.put(full_key, raw)
        return self._cache._serializer.loads(raw)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self.local_copies.discard(self.make_and_validate_key(key, version=version))
        super().set(key, value, timeout, version)

    def delete(self, key, version=None):
        self.local_copies.discard(self.make_and_validate_key(key, version=version))
        return super().delete(key, version)

    def clear(self):
        self.local_copies.clear()
        return super().clear()
