"""Site data derived from the database (menu, networks, topics, years, listings, rendered fragments, routes,
sitemaps, restricted paths) cached under version numbers, so a change drops exactly the entries it affects.

Every key carries the site-wide version ("all") and, optionally, the version of one section:
- "pages": the page tree as visitors find it (sitemaps, search results): any publish, unpublish or delete.
- "publications": the archive's listings, counts, years, the home page's latest and featured publications.
- "recommendations": the recommendations database (facets, counts, years).
- "page:<pk>": one page's own fragments (a statement's article, topics, preview image).
Rare, wide changes (menu, networks, topics, addressees, view restrictions, page moves, non-publication pages,
images) bump "all", which drops everything at once. The apps' invalidation tables say what each change bumps
(core.dispatcher, which bumps once per section after the change commits). Entries hold model instances with all
their language columns, or are keyed by language, so editors' changes show at once in every language.
"""

import threading
import time

from django.core.cache import cache
from django.core.signals import request_finished, request_started

VERSION_KEY = "site-data:version"  # the "all" version (kept under its old name)
TIMEOUT = 60 * 60


def version_key(section):
    return VERSION_KEY if section == "all" else f"site-data:version:{section}"


# The versions a request has read, kept until it ends: a page reads a dozen cached entries, and each would
# otherwise ask Redis for the same versions first. Outside a request (tasks, commands) nothing is kept.
_request = threading.local()


def _start_request(**kwargs):
    _request.versions = {}


def _end_request(**kwargs):
    _request.versions = None


request_started.connect(_start_request, dispatch_uid="core.caching.start")
request_finished.connect(_end_request, dispatch_uid="core.caching.end")


# Sections (not one page's) this process's requests have asked for: a request's first lookup asks for all of them
# in the same round trip, since most pages read the same few (home: "all", "pages", "publications").
_common_sections = frozenset()  # replaced, never changed in place: other threads may be reading it


def versions(*sections):
    """Current versions of "all" and the given sections, in that order (at most one cache round trip)."""
    names = ("all", *sections)
    known = getattr(_request, "versions", None)
    wanted = [name for name in names if name not in (known or {})]
    if known is not None:
        if not known:
            wanted += sorted(_common_sections.difference(wanted))
        learn_common_sections(sections)
    else:
        known = {}
    found = cache.get_many([version_key(name) for name in wanted]) if wanted else {}
    for name in wanted:
        value = found.get(version_key(name))
        if value is None:
            # Never restarts at 1 after an eviction: entries of an earlier version would come back.
            cache.add(version_key(name), int(time.time() * 1000), None)
            value = cache.get(version_key(name), 1)
        known[name] = value
    return [known[name] for name in names]


def learn_common_sections(sections):
    global _common_sections
    new = {name for name in sections if ":" not in name} - _common_sections
    if new:
        _common_sections = _common_sections | new


def data_version():
    return versions()[0]


def version_tag(*sections):
    """A string that changes whenever "all" or any of the sections changes: for fragment cache keys."""
    return ".".join(str(value) for value in versions(*sections))


def bump(*sections):
    known = getattr(_request, "versions", None) or {}
    for section in sections:
        known.pop(section, None)
        key = version_key(section)
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, int(time.time() * 1000), None)


def cached(key, build, section=None):
    full_key = f"site-data:{version_tag(*([section] if section else []))}:{key}"
    value = cache.get(full_key)
    if value is None:
        value = build()
        cache.set(full_key, value, TIMEOUT)
    return value
