"""Sitemaps for any size: an index of sections, one per page type and language, of at most 5,000 addresses.

Addresses are built in bulk from each page's stored `url_path` and one language prefix per language (a single
`reverse` each, not one per page), with `hreflang` alternates for every language and `x-default`. Wagtail's own
sitemap ignores languages and reverses every address (184 s at 10,000 publications). The section table and
each section are cached until a page is published, unpublished, moved or deleted (home.caching).
"""

from itertools import groupby
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, Site

SECTION_SIZE = 5000
XMLNS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
XHTML = 'xmlns:xhtml="http://www.w3.org/1999/xhtml"'


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def language_prefixes():
    """The address of the site root in each language, e.g. `/ru/`: the prefix every page address starts with."""
    prefixes = {}
    for code in language_codes():
        with translation.override(code):
            prefixes[code] = reverse("wagtail_serve", args=("",))
    return prefixes


def site_pages(site):
    return Page.objects.live().public().descendant_of(site.root_page, inclusive=True)


def section_table(site):
    """[(type name, content type id, [lastmod of each section of 5,000])], in a stable order."""
    changed = Coalesce("last_published_at", "latest_revision_created_at", "first_published_at")
    rows = site_pages(site).order_by("content_type_id", "path").values_list("content_type_id", changed)
    table = []
    for content_type_id, group in groupby(rows.iterator(chunk_size=5000), key=lambda row: row[0]):
        dates = [published for _ct, published in group]
        model = ContentType.objects.get_for_id(content_type_id).model
        chunks = [dates[start : start + SECTION_SIZE] for start in range(0, len(dates), SECTION_SIZE)]
        table.append((model, content_type_id, [max(filter(None, chunk), default=None) for chunk in chunks]))
    return table


def index_xml(base_url, table):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f"<sitemapindex {XMLNS}>"]
    for model, _ct, lastmods in table:
        for code in language_codes():
            for number, lastmod in enumerate(lastmods, start=1):
                location = xml_escape(f"{base_url}/sitemap-{code}-{model}-{number}.xml")
                stamp = f"<lastmod>{lastmod.date().isoformat()}</lastmod>" if lastmod else ""
                lines.append(f"<sitemap><loc>{location}</loc>{stamp}</sitemap>")
    lines.append("</sitemapindex>")
    return "\n".join(lines) + "\n"


def section_xml(base_url, site, content_type_id, language, number):
    """One section's addresses in `language`, each with its alternates; None when there is no such section."""
    start = (number - 1) * SECTION_SIZE
    rows = list(
        site_pages(site)
        .filter(content_type_id=content_type_id)
        .order_by("path")
        .values_list("url_path", "last_published_at")[start : start + SECTION_SIZE]
    )
    if not rows or number < 1:
        return None
    prefixes = {code: base_url + prefix for code, prefix in language_prefixes().items()}
    root_length = len(site.root_page.url_path)
    default = settings.LANGUAGE_CODE
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f"<urlset {XMLNS} {XHTML}>"]
    for url_path, published in rows:
        tail = url_path[root_length:]
        stamp = f"<lastmod>{published.date().isoformat()}</lastmod>" if published else ""
        alternates = "".join(
            f'<xhtml:link rel="alternate" hreflang="{code}" href={quoteattr(prefix + tail)}/>'
            for code, prefix in prefixes.items()
        )
        x_default = f'<xhtml:link rel="alternate" hreflang="x-default" href={quoteattr(prefixes[default] + tail)}/>'
        lines.append(f"<url><loc>{xml_escape(prefixes[language] + tail)}</loc>{stamp}{alternates}{x_default}</url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def find_site(request):
    return Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()


def section_paths(page, site):
    """The sitemap sections that list `page`, in every language (for purging a front-end cache)."""
    before = site_pages(site).filter(content_type_id=page.content_type_id, path__lt=page.path).count()
    model = ContentType.objects.get_for_id(page.content_type_id).model
    return [f"/sitemap-{code}-{model}-{before // SECTION_SIZE + 1}.xml" for code in language_codes()]
