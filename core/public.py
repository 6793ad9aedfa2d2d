"""The one rule for "public": what visitors may find listed, linked, fed, mapped or searched.

A page is listed when it is live and no view restriction (password, sign-in, groups) sits on it or on any of its
ancestors: what Wagtail's `.live().public()` keeps, with the restricted paths cached instead of queried on every
call. Every listing starts from `listed()` (home sections, the archive and its filters, feeds, sitemap, search
rows, the recommendations database's records, related publications, links to sections), and so will anything
added later; `is_listed(page)` says the same of one page.

A page behind a restriction still lists its own children to whoever passed that restriction: `listed(inside=page)`
ignores the restrictions the page itself is behind (a members' archive shows its statements to members), never
those further down.
"""

from django.db.models import Q
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from core.caching import cached


def restricted_paths(fresh=False):
    """Tree paths of every page with a view restriction: cached until a restriction or the tree changes, or
    `fresh` from the database (while a change is being saved, before the cache hears of it)."""
    if fresh:
        return sorted(PageViewRestriction.objects.values_list("page__path", flat=True))
    return restrictions_and_aliases()["paths"]


def restrictions_and_aliases():
    """One cache entry read by every page served: restricted paths, and whether any alias exists."""

    def build():
        return {
            "paths": restricted_paths(fresh=True),
            "aliases": Page.objects.filter(alias_of__isnull=False).exists(),
        }

    return cached("restricted-page-paths", build, section="pages")


def restrictions_in_force(inside=None, restricted=None):
    """The restricted paths a listing must keep out: all, or those not already passed to see `inside`."""
    paths = restricted_paths() if restricted is None else restricted
    if inside is None:
        return paths
    return [path for path in paths if not inside.path.startswith(path)]


class ListedPageQuerySet(PageQuerySet):
    def listed(self, inside=None, restricted=None):
        """Live pages behind no view restriction (of their own or an ancestor's)."""
        hidden = Q()
        for path in restrictions_in_force(inside, restricted):
            hidden |= Q(path__startswith=path)
        listed = self.live()
        return listed.exclude(hidden) if hidden else listed


ListedPageManager = PageManager.from_queryset(ListedPageQuerySet)


def listed_pages(inside=None, restricted=None):
    """Every listed page, of any type (sitemaps)."""
    return ListedPageQuerySet(Page).listed(inside, restricted)


def is_listed(page, inside=None, restricted=None):
    paths = restrictions_in_force(inside, restricted)
    return bool(page is not None and page.live) and not any(page.path.startswith(path) for path in paths)


def listed_or_none(page):
    """The page when it may be linked from public pages (a section, a chosen page), else None."""
    return page if is_listed(page) else None


class CachedViewRestrictionsMixin:
    """Serving any page checks the view restrictions of the page and its ancestors: two queries on every request,
    although most sites restrict no page, or a few. A page outside every restricted path, in a tree without
    aliases, skips both (an alias takes its source's restrictions: Wagtail resolves those)."""

    def get_view_restrictions(self):
        known = restrictions_and_aliases()
        if known["aliases"] or any(self.path.startswith(path) for path in known["paths"]):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()
