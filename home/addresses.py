"""Addresses that are not a page's own: the site's home page in the current language."""

from wagtail.models import Site

from core.caching import cached


def site_home_url(request):
    """The home page's address in the current language ("/" when no site matches the request)."""
    site = Site.find_for_request(request) if request else None
    if site is None:
        return "/"
    root = cached(f"site-root:{site.pk}", lambda: site.root_page.specific)
    return root.get_url(request)
