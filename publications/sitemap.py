"""Sitemaps for any size: an index of sections, one per page type and language, of at most 2,000 addresses.

Addresses are built in bulk from each page's stored `url_path` and one language prefix per language (a single
`reverse` each, not one per page), with `hreflang` alternates for every language and `x-default`. Wagtail's own
sitemap ignores languages and reverses every address (184 s at 10,000 publications). The rows come straight
from the cursor as text (dates cast in SQL, no model or datetime per row), and the section table is one
aggregate over a window (ROW_NUMBER per type), so neither grows in Python with the archive. 2,000 addresses
(each with four alternates, ~0.9 MB) keep every section well under a second. The section table and each
section are cached until a page is published, unpublished, moved or deleted (core.caching).
"""

from xml.sax.saxutils import escape as xml_escape

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connections
from django.db.models import CharField
from django.db.models.functions import Cast, Coalesce, TruncDate
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

from core.languages import language_codes
from core.public import listed_pages

SECTION_SIZE = 2000
XMLNS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
XHTML = 'xmlns:xhtml="http://www.w3.org/1999/xhtml"'


def language_prefixes():
    """The address of the site root in each language, e.g. `/ru/`: the prefix every page address starts with."""
    prefixes = {}
    for code in language_codes():
        with translation.override(code):
            prefixes[code] = reverse("wagtail_serve", args=("",))
    return prefixes


def site_pages(site):
    return listed_pages().descendant_of(site.root_page, inclusive=True)


def day_text(field):
    """The date of a timestamp as 'YYYY-MM-DD' text, computed by the database."""
    return Cast(TruncDate(field), CharField())


def fetch_rows(queryset, names):
    """The queryset's `names` columns as plain tuples from the cursor: thousands of rows without a model or a
    converter each (every column is text or an integer). Django selects annotations first, hence the names."""
    sql, params = queryset.query.sql_with_params()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        columns = [column[0] for column in cursor.description]
        order = [columns.index(name) for name in names]
        return [tuple(row[index] for index in order) for row in cursor.fetchall()]


def section_table(site):
    """[(type name, content type id, [(lastmod 'YYYY-MM-DD', first path) of each section])], in a stable
    order: one query that numbers each type's pages in path order and takes the newest date and the first path
    of each run of SECTION_SIZE (a section then starts from its path on the index, never an OFFSET)."""
    changed = Coalesce("last_published_at", "latest_revision_created_at", "first_published_at")
    pages = site_pages(site).order_by().annotate(day=day_text(changed)).values_list("content_type_id", "path", "day")
    sql, params = pages.query.sql_with_params()
    size = int(SECTION_SIZE)
    # Django's compiled SQL, its parameters passed separately; the size is an integer.
    window = "ROW_NUMBER() OVER (PARTITION BY content_type_id ORDER BY path)"
    ranked = f"SELECT content_type_id, path, day, {window} AS position FROM ({sql}) AS pages"  # noqa: S608
    query = (
        f"SELECT content_type_id, (position - 1) / {size} AS section, MAX(day), MIN(path) FROM ({ranked}) AS ranked "  # noqa: S608
        "GROUP BY content_type_id, section ORDER BY content_type_id, section"
    )
    with connections[pages.db].cursor() as cursor:
        cursor.execute(query, params)  # the inner SQL is Django's, with its parameters; the size is an integer
        rows = cursor.fetchall()
    table = {}
    for content_type_id, _section, day, first_path in rows:
        table.setdefault(content_type_id, []).append((str(day) if day else None, first_path))
    return [(ContentType.objects.get_for_id(ct).model, ct, sections) for ct, sections in table.items()]


def index_xml(base_url, table):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f"<sitemapindex {XMLNS}>"]
    for model, _ct, sections in table:
        for code in language_codes():
            for number, (lastmod, _first_path) in enumerate(sections, start=1):
                location = xml_escape(f"{base_url}/sitemap-{code}-{model}-{number}.xml")
                stamp = f"<lastmod>{lastmod}</lastmod>" if lastmod else ""
                lines.append(f"<sitemap><loc>{location}</loc>{stamp}</sitemap>")
    lines.append("</sitemapindex>")
    return "\n".join(lines) + "\n"


def section_xml(base_url, site, content_type_id, language, first_path):
    """The section starting at `first_path`: its addresses in `language`, each with its alternates (a range
    scan on the path index); None when it is empty."""
    pages = (
        site_pages(site)
        .filter(content_type_id=content_type_id, path__gte=first_path)
        .order_by("path")
        .annotate(day=day_text("last_published_at"))
        .values_list("url_path", "day")[:SECTION_SIZE]
    )
    rows = fetch_rows(pages, ["url_path", "day"])
    if not rows:
        return None
    # Escaped once: a prefix per language, then a tail per page (every href is prefix + tail).
    prefixes = {code: attribute_escape(base_url + prefix) for code, prefix in language_prefixes().items()}
    root_length = len(site.root_page.url_path)
    links = [*prefixes.items(), ("x-default", prefixes[settings.LANGUAGE_CODE])]
    own = prefixes[language]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f"<urlset {XMLNS} {XHTML}>"]
    for url_path, day in rows:
        tail = attribute_escape(url_path[root_length:])
        stamp = f"<lastmod>{day}</lastmod>" if day else ""
        alternates = "".join(
            f'<xhtml:link rel="alternate" hreflang="{code}" href="{prefix}{tail}"/>' for code, prefix in links
        )
        lines.append(f"<url><loc>{own}{tail}</loc>{stamp}{alternates}</url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def attribute_escape(text):
    """Escaped for XML text and a double-quoted attribute alike."""
    return xml_escape(text, {'"': "&quot;"})


def find_site(request):
    return Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()


def section_paths(page, site):
    """The sitemap sections that list `page`, in every language (for purging a front-end cache)."""
    before = site_pages(site).filter(content_type_id=page.content_type_id, path__lt=page.path).count()
    model = ContentType.objects.get_for_id(page.content_type_id).model
    return [f"/sitemap-{code}-{model}-{before // SECTION_SIZE + 1}.xml" for code in language_codes()]
