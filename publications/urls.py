"""Addresses without a language prefix: the sitemap lists every language itself."""

from django.contrib.sitemaps.views import sitemap
from django.urls import path
from django.views.decorators.cache import cache_control

from .sitemap import MultilingualPageSitemap


def sitemap_view(request):
    return sitemap(request, sitemaps={"pages": MultilingualPageSitemap(request)})


urlpatterns = [
    path("sitemap.xml", cache_control(max_age=3600, public=True)(sitemap_view), name="sitemap"),
]
