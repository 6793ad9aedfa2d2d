"""Addresses without a language prefix: the sitemap lists every language itself."""

from django.contrib.sitemaps.views import sitemap
from django.http import HttpResponse
from django.urls import path
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from home.caching import cached

from .sitemap import MultilingualPageSitemap


@require_GET
@cache_control(max_age=3600, public=True)
def sitemap_view(request):
    # Thousands of pages take seconds to list; the result is kept until any page or publication changes.
    def render():
        return sitemap(request, sitemaps={"pages": MultilingualPageSitemap(request)}).render().content

    content = cached(f"sitemap:{request.scheme}:{request.get_host()}", render)
    return HttpResponse(content, content_type="application/xml")


urlpatterns = [path("sitemap.xml", sitemap_view, name="sitemap")]
