from django.http import HttpResponse, HttpResponseNotFound, HttpResponseServerError
from django.template import loader
from django.utils.translation import get_language
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /*/search/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def page_not_found(request, exception=None):
    """Rendered in the language of the address (LocaleMiddleware has already activated it)."""
    return HttpResponseNotFound(loader.render_to_string("404.html", {"request_path": request.path}, request=request))


def server_error(request):
    """Self-contained: no context processors, no database, so it renders even when they are what failed. A lost
    database answers 503 with Retry-After: the proxy then serves its stale copy where it has one, and the error
    reports leave it to /healthz (security.error_reports.NotADatabaseOutage)."""
    import sys

    from django.db import InterfaceError, OperationalError

    outage = isinstance(sys.exc_info()[1], (OperationalError, InterfaceError))
    html = loader.get_template("500.html").render({"LANGUAGE_CODE": get_language(), "outage": outage})
    response = HttpResponseServerError(html, status=503 if outage else 500)
    if outage:
        response["Retry-After"] = "30"
    return response
