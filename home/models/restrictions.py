"""Serving any page checks the view restrictions of the page and its ancestors: two queries on every request,
although most sites restrict no page, or a few. The restricted paths are cached with the site's data version
and the page tree's version (a restriction's save or delete bumps the first, a publish the second); a page
outside every restricted path, in a tree without aliases, skips both queries."""

from wagtail.models import Page, PageViewRestriction

from home.caching import cached


def restricted_paths():
    def build():
        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        return {"paths": paths, "aliases": Page.objects.filter(alias_of__isnull=False).exists()}

    return cached("restricted-page-paths", build, section="pages")


class CachedViewRestrictionsMixin:
    def get_view_restrictions(self):
        known = restricted_paths()
        # An alias takes its source's restrictions: Wagtail resolves those.
        if known["aliases"] or any(self.path.startswith(path) for path in known["paths"]):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()
