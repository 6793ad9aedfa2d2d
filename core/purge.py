"""Purging the reverse proxy (and a CDN) through wagtail.contrib.frontend_cache, one batch per transaction.

What a change purges is declared in the apps' invalidation tables (core.dispatcher). `page_addresses(page)` is
every address that shows a page: its own (`get_cached_paths`: the page, its PDF or feeds, the first page of each
filter) and those of the pages that list it (home, its parent, and what its `listed_on()` names), plus what the
apps' `listing_providers` add (sitemap sections). Each address is purged under every language prefix. The proxy
stores nothing else of a page (core.cache_headers), so these are all its variants; tracking parameters never
reach its key (deploy/nginx/birduino.conf).

A batch is sent after its transaction commits, in the request that made the change, so a page is fresh through
the proxy when the editor sees "published"; a whole-site purge (menu, footer, restrictions, moves) runs in a
background task. Each batch leaves a log entry on the object that caused it: Wagtail's history and Reports →
Site history say when and how many addresses, Reports → Page cache purges lists them. A failing purge is logged
and never breaks publishing.
"""

import http.client
import logging
import re
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django_tasks import task
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.log_actions import log
from wagtail.models import Page, Site

logger = logging.getLogger(__name__)
LOG_ACTION = "core.purge"
LOGGED_ADDRESSES = 200  # a whole-site purge logs its count and the first of its addresses
# Functions page -> site-root paths that also show the page (e.g. its sitemap sections); apps append to it.
listing_providers = []


class TimeoutHTTPBackend(HTTPBackend):
    """Wagtail's HTTP PURGE backend, with a timeout (a hung proxy must not hold an editor's request), one
    connection per batch, and the address's scheme in X-Forwarded-Proto: the proxy keys pages by scheme and host,
    and purges arrive over plain HTTP on loopback. The proxy keeps one copy per encoding class (compressed before
    its cache, deploy/nginx/birduino.conf), so each address is purged once per class."""

    timeout = 5
    encodings = ("br", "gzip", "identity")

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        connection = None
        for url, encoding in ((url, encoding) for url in urls for encoding in self.encodings):
            parts = urlsplit(url)
            target = urlunsplit(["", "", parts.path or "/", parts.query, ""])
            headers = {"Host": parts.netloc, "X-Forwarded-Proto": parts.scheme, "Accept-Encoding": encoding}
            for attempt in (1, 2):  # the proxy may close an idle connection: reconnect once
                try:
                    connection = connection or self.connect()
                    connection.request("PURGE", target, headers=headers)
                    response = connection.getresponse()
                    response.read()
                    if response.status not in (200, 404):  # 404: not in the cache, nothing to purge
                        logger.warning("Purge of %s answered %s", url, response.status)
                    break
                except (OSError, http.client.HTTPException) as error:
                    if connection is not None:
                        connection.close()
                    connection = None
                    if attempt == 2:
                        logger.warning("Purge of %s failed: %s", url, error)
        if connection is not None:
            connection.close()

    def connect(self):
        if self.cache_scheme == "https":
            return http.client.HTTPSConnection(self.cache_netloc, timeout=self.timeout)
        return http.client.HTTPConnection(self.cache_netloc, timeout=self.timeout)


def enabled():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def page_addresses(page):
    """Every address that shows `page`: its own and those of the pages listing it, and the sitemap."""
    page = page.specific_deferred
    batch = PurgeBatch()
    batch.add_page(page)
    site = page.get_site()
    for listing in listing_pages(page, site):
        batch.add_page(listing.specific_deferred)
    if site is not None:
        batch.add_url(site.root_url + "/sitemap.xml")
        for provider in listing_providers:
            batch.add_urls(site.root_url + path for path in provider(page, site))
    return batch.urls


def listing_pages(page, site):
    """Home, the page's parent (below home) and what the page's own listed_on() names."""
    pages = []
    if site is not None and site.root_page_id != page.pk:
        pages.append(site.root_page)
    parent = page.get_parent()
    if parent is not None and parent.depth > 1 and (site is None or parent.pk != site.root_page_id):
        pages.append(parent)
    own = getattr(page, "listed_on", None)
    if callable(own):
        pages.extend(own())
    return pages


def in_every_language(urls):
    """Each address under every language prefix, as Wagtail's purge task sends them."""
    languages = getattr(settings, "WAGTAILFRONTENDCACHE_LANGUAGES", [])
    if not languages:
        return set(urls)
    prefix = re.compile(f"^/({'|'.join(map(re.escape, languages))})/")
    expanded = set()
    for url in urls:
        parts = urlsplit(url)
        for code in languages:
            expanded.add(urlunsplit(parts._replace(path=prefix.sub(f"/{code}/", parts.path))))
    return expanded


def purge_addresses(addresses, causes, user=None):
    """Purges the addresses (in every language) and logs the batch; never raises."""
    urls = sorted(in_every_language(addresses))
    try:
        purge_urls_from_cache_task.call(urls)
    except Exception:
        logger.exception("Purging %d addresses from the front-end cache failed", len(urls))
        return
    log_batch(causes, urls, user)


def purge_site(causes, user=None, also=()):
    """Every page's addresses (and `also`), in a background task: too many for the editor's request."""
    try:
        purge_whole_site.enqueue(
            causes=[reference(cause) for cause in causes], user_id=getattr(user, "pk", None), also=sorted(also)
        )
    except Exception:
        logger.exception("Could not queue the purge of the whole site")


@task()
def purge_whole_site(causes=(), user_id=None, also=()):
    batch = PurgeBatch(also)
    # Live pages, listed or not: a page just put behind a restriction is still in the cache.
    batch.add_pages(Page.objects.live().filter(depth__gt=1).specific(defer=True))
    for site in Site.objects.all():
        # "/*" is CloudFront's "everything"; nginx and Cloudflare take it as one more address.
        batch.add_urls([site.root_url + "/sitemap.xml", site.root_url + "/*"])
    urls = sorted(in_every_language(batch.urls))
    purge_urls_from_cache_task.call(urls)
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    log_batch([resolve(cause) for cause in causes], urls, user, whole_site=True)


def reference(instance):
    return [ContentType.objects.get_for_model(instance, for_concrete_model=False).pk, instance.pk, str(instance)]


def resolve(ref):
    """The instance a reference names, or a stand-in carrying its key and title when it has been deleted."""
    content_type_id, pk, title = ref
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    found = model._default_manager.filter(pk=pk).first() if model else None
    if found is None and model is not None:
        found = model(pk=pk)
        found.title_for_log = title
    return found


def is_deleted_page(instance):
    return isinstance(instance, Page) and not Page.objects.filter(pk=instance.pk).exists()


def log_batch(causes, urls, user=None, whole_site=False):
    """One entry per batch, on the first object that caused it (Wagtail's history, Reports → Site history): a
    deleted image keeps its entries by key and title; a deleted page cannot, so its batch goes to the site's home
    page, naming it."""
    cause = next((c for c in causes if c is not None and not is_deleted_page(c)), None)
    if cause is None:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        cause = site.root_page if site else None
    if cause is None:
        return
    data = {
        "count": len(urls),
        "whole_site": whole_site,
        "addresses": urls[:LOGGED_ADDRESSES],
        "causes": [str(c) for c in causes if c is not None][:20],
    }
    try:
        log(cause, LOG_ACTION, user=user, data=data, title=getattr(cause, "title_for_log", None) or str(cause))
    except Exception:
        logger.exception("Could not log the purge of %d addresses", len(urls))
