from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET

from .service import search_site


@require_GET
def search(request):
    context = search_site(request, request.GET.get("q", ""), request.GET.get("page"))
    response = TemplateResponse(request, "search/search.html", context)
    # Never kept by the proxy or a CDN: no purge could name every query, and a result must vanish with its page.
    patch_cache_control(response, private=True, no_cache=True)
    return response
