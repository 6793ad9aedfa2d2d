"""Addresses without a language prefix: the sitemap index and its sections list every language themselves."""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.urls import path, re_path
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from core.caching import cached

from . import sitemap


def site_key(request, site):
    return f"{site.pk}:{request.scheme}:{request.get_host()}"


@require_GET
@cache_control(max_age=3600, public=True)
def sitemap_index(request):
    site = sitemap.find_site(request)
    if site is None:
        raise Http404
    base_url = request.build_absolute_uri("/").rstrip("/")
    table = cached(f"sitemap-table:{site.pk}", lambda: sitemap.section_table(site), section="pages")
    content = cached(
        f"sitemap-index:{site_key(request, site)}", lambda: sitemap.index_xml(base_url, table), section="pages"
    )
    return HttpResponse(content, content_type="application/xml")


@require_GET
@cache_control(max_age=3600, public=True)
def sitemap_section(request, language, model, number):
    number = int(number)
    site = sitemap.find_site(request)
    if site is None or language not in dict(settings.LANGUAGES):
        raise Http404
    table = cached(f"sitemap-table:{site.pk}", lambda: sitemap.section_table(site), section="pages")
    content_type_id, sections = next(((ct, sections) for name, ct, sections in table if name == model), (None, []))
    if content_type_id is None or not 1 <= number <= len(sections):
        raise Http404
    base_url = request.build_absolute_uri("/").rstrip("/")
    first_path = sections[number - 1][1]

    def build():
        return sitemap.section_xml(base_url, site, content_type_id, language, first_path) or ""

    key = f"sitemap:{site_key(request, site)}:{language}:{model}:{number}"
    content = cached(key, build, section="pages")
    if not content:
        raise Http404
    return HttpResponse(content, content_type="application/xml")


urlpatterns = [
    path("sitemap.xml", sitemap_index, name="sitemap"),
    re_path(
        r"^sitemap-(?P<language>[\w-]+)-(?P<model>[a-z0-9]+)-(?P<number>[0-9]+)\.xml$",
        sitemap_section,
        name="sitemap_section",
    ),
]
