"""Django's Redis cache backend, with one redis-py client per connection pool instead of one per command.

Django's RedisCacheClient builds a new `redis.Redis` for every cache call, and redis-py 8's constructor copies its
~170 response callbacks into a case-insensitive dict each time: about a third of a millisecond of CPU per call,
and a page makes a few dozen calls (the derived-data cache, core.caching). A client only holds its pool and
callbacks, and redis-py makes it safe to share between threads (each command borrows a pool connection), so one
per pool is enough. CACHE_URL=rediscache://… selects it (config/settings/base.py).
"""

from django.core.cache.backends import redis as django_redis


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


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
