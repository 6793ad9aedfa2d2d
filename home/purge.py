"""Purge the reverse proxy (and a CDN) when content changes, through wagtail.contrib.frontend_cache.

Publishing, unpublishing or deleting a page purges its own addresses (`get_cached_paths`: feeds, PDF, filtered
first pages…) and the pages that list it (home, its parent, and what the page's `listed_on()` names, e.g. the
recommendations database), plus the sitemap; Wagtail's frontend-cache task sends each address once per
language (WAGTAILFRONTENDCACHE_LANGUAGES swaps the /en/ prefix for /ru/ and /ky/).

A moved page, the menu, networks, testimonials, topics or site settings show on many pages: they purge the whole
site, every live page's addresses, in a background task (`purge_whole_site`), plus `/*`, which CloudFront reads
as "everything" (nginx and Cloudflare ignore it: there `s-maxage` bounds what they keep).

Single purges run after the transaction commits, in the request that made the change, so a page is fresh
through the proxy as soon as the editor sees "published". A failing purge is logged and never breaks
publishing. The site's own data cache (home/caching.py) is versioned separately, bumped by its own handlers.
"""

import logging
import threading
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.conf import settings
from django.db import transaction
from django_tasks import task
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, Site

logger = logging.getLogger(__name__)
EVERYTHING = "everything"
# Changes to these show on many pages (header, footer, filters), so they purge everything.
SHOWN_ON_MANY_PAGES = [
    "home.MainNavigation",
    "home.NavigationItem",
    "home.NetworkOrganisation",
    "home.OrganisationSettings",
    "home.Testimonial",
    "publications.Topic",
    "publications.Addressee",
]
_pending = threading.local()


class TimeoutHTTPBackend(HTTPBackend):
    """Wagtail's HTTP PURGE backend with a timeout: a hung proxy must not hold an editor's request."""

    timeout = 5

    def purge(self, url):
        parts = urlsplit(url)
        target = urlunsplit([self.cache_scheme, self.cache_netloc, parts.path, parts.query, ""])
        request = Request(target, method="PURGE", headers={"Host": parts.netloc})  # noqa: S310
        try:
            with urlopen(request, timeout=self.timeout):  # noqa: S310 (the address is the configured proxy)
                pass
        except HTTPError as error:
            if error.code != 404:  # 404: the address was not in the cache, nothing to purge
                logger.warning("Purge of %s answered %s", url, error.code)
        except (URLError, OSError) as error:
            logger.warning("Purge of %s failed: %s", url, error)


def page_urls(page):
    """Every address to purge when `page` changes: itself, the pages that list it, the sitemap."""
    page = page.specific_deferred
    batch = PurgeBatch()
    batch.add_page(page)
    for listing_page, path in listed_on(page):
        if path == "/":
            batch.add_page(listing_page.specific_deferred)  # with its own cached paths (feeds…)
        elif url := listing_page.get_full_url():
            batch.add_url(url + path.lstrip("/"))
    site = page.get_site()
    if site is not None:
        batch.add_url(site.root_url + "/sitemap.xml")
    return batch.urls


def listed_on(page):
    """(page, path) pairs that show `page`: a page model may name more with its own listed_on()."""
    pairs = []
    site = page.get_site()
    if site is not None and site.root_page_id != page.pk:
        pairs.append((site.root_page, "/"))
    parent = page.get_parent()
    if parent is not None and parent.depth > 1 and (site is None or parent.pk != site.root_page_id):
        pairs.append((parent, "/"))
    own = getattr(page, "listed_on", None)
    if callable(own):
        pairs.extend(own())
    return pairs


def schedule(urls):
    """Purge `urls` once the current transaction commits; many changes in one save become one purge."""
    pending = getattr(_pending, "urls", None)
    if pending is None:
        pending = _pending.urls = set()
    pending.update(urls)
    transaction.on_commit(flush)


def flush():
    urls, _pending.urls = getattr(_pending, "urls", None) or set(), set()
    if not urls or not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    try:
        if EVERYTHING in urls:
            urls.discard(EVERYTHING)
            purge_whole_site.enqueue()
        if urls:
            purge_urls_from_cache_task.call(sorted(urls))
    except Exception:
        logger.exception("Purging %d addresses from the front-end cache failed", len(urls))


@task()
def purge_whole_site():
    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().filter(depth__gt=1).specific(defer=True))
    for site in Site.objects.all():
        batch.add_urls([site.root_url + "/sitemap.xml", site.root_url + "/*"])
    purge_urls_from_cache_task.call(sorted(batch.urls))


def purge_page(instance, **kwargs):
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    try:
        schedule(page_urls(instance))
    except Exception:
        logger.exception("Could not work out the addresses of page %s to purge", instance.pk)


def purge_deleted_page(instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        purge_page(instance)


def purge_moved_page(instance, url_path_before="", url_path_after="", **kwargs):
    """The old address (kept in caches until purged) and, since menus and lists show the page, everything."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    urls = {EVERYTHING}
    try:
        site = instance.get_site()
        full_url = instance.get_full_url()
        root = site.root_page.url_path if site else ""
        after, before = url_path_after.removeprefix(root), url_path_before.removeprefix(root)
        if full_url and after and full_url.endswith(after):
            urls.add(full_url[: -len(after)] + before)
    except Exception:
        logger.exception("Could not work out the old address of moved page %s", instance.pk)
    schedule(urls)


def purge_everything(**kwargs):
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        schedule({EVERYTHING})


def connect():
    from django.apps import apps
    from django.db.models.signals import post_delete, post_save, pre_delete
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(purge_page, dispatch_uid="purge-published")
    page_unpublished.connect(purge_page, dispatch_uid="purge-unpublished")
    pre_delete.connect(purge_deleted_page, dispatch_uid="purge-deleted")
    post_page_move.connect(purge_moved_page, dispatch_uid="purge-moved")
    for label in SHOWN_ON_MANY_PAGES:
        model = apps.get_model(label)
        post_save.connect(purge_everything, sender=model, dispatch_uid=f"purge-save-{model.__name__}")
        post_delete.connect(purge_everything, sender=model, dispatch_uid=f"purge-delete-{model.__name__}")
