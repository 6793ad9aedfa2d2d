"""Reference data (topics, years, a page's recommendations) cached under one version number.

Any save or delete of publication data bumps the version, so every derived entry is dropped at once;
entries hold model instances with all their language columns, so one entry serves every language.
"""

from django.core.cache import cache

VERSION_KEY = "publications:version"
TIMEOUT = 60 * 60


def data_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, None)
    return version


def bump_version(**kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def cached(key, build):
    full_key = f"publications:{data_version()}:{key}"
    value = cache.get(full_key)
    if value is None:
        value = build()
        cache.set(full_key, value, TIMEOUT)
    return value
