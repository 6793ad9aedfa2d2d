"""The site's URLs plus the bench's own: /bench/ceiling/ (a bare Django view returning a fixed 20 KB page)
and /bench/publish/<pk>/ (publishes a page inside the server, as an editor would, so the bench can time the
first request after a publish against the server's own cache)."""

from django.conf import settings
from django.http import HttpResponse
from django.urls import path, re_path
from django.views.static import serve
from wagtail.models import Page

from benchmarks.page20k import BODY
from config.urls import urlpatterns as site_urlpatterns


def ceiling(request):
    return HttpResponse(BODY, content_type="text/html; charset=utf-8")


def publish(request, pk):
    page = Page.objects.get(pk=pk).specific
    page.save_revision().publish()
    return HttpResponse("published")


# Media (image renditions) is served by the web server in production; here Django serves it so that
# Lighthouse sees no broken images.
urlpatterns = [
    path("bench/ceiling/", ceiling),
    path("bench/publish/<int:pk>/", publish),
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *site_urlpatterns,
]
