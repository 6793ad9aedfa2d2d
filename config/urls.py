from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import views as core_views
from operations import views as operations_views
from security import views as security_views

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"

# Addresses without a language prefix: the admin, documents, machine-read files and webhooks.
urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path(".well-known/security.txt", security_views.security_txt, name="security_txt"),
    path("csp-report/", security_views.csp_report, name="csp_report"),
    path("healthz", operations_views.healthz, name="healthz"),
    path("", include("publications.urls")),
    path("", include("donations.urls")),
    path("", include("newsletter.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page carries its language prefix: /en/, /ru/, /ky/.
urlpatterns += i18n_patterns(
    path("", include("search.urls")),
    path("", include("donations.i18n_urls")),
    path("", include("newsletter.i18n_urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
