"""Site data derived from the database (menu, networks, topics, years, rendered fragments, routes) cached under
one version number.

Any save or delete of that data (publishing, menu items, networks, page moves: see home.apps and
publications.signals) bumps the version, so every derived entry is dropped at once; entries hold model instances
with all their language columns, or are keyed by language, so editors' changes show at once in every language.
"""

from django.core.cache import cache

VERSION_KEY = "site-data:version"
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
    full_key = f"site-data:{data_version()}:{key}"
    value = cache.get(full_key)
    if value is None:
        value = build()
        cache.set(full_key, value, TIMEOUT)
    return value
