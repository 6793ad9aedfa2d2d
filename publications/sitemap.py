"""Every live page in every language, each with hreflang alternates (Wagtail's own Sitemap ignores languages)."""

from django.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site


class MultilingualPageSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    # One file holds up to 50,000 addresses (the protocol limit): 16,000 pages in three languages.
    limit = 50000

    def __init__(self, request=None):
        self.request = request

    def items(self):
        site = Site.find_for_request(self.request) if self.request else Site.objects.get(is_default_site=True)
        return Page.objects.live().public().descendant_of(site.root_page, inclusive=True).order_by("path")

    def location(self, page):
        # Called under translation.override(language): the URL carries that language's prefix.
        return page.get_url(self.request)

    def lastmod(self, page):
        return page.last_published_at or page.latest_revision_created_at
