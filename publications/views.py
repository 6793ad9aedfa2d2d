from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from .search import search_site


@require_GET
def search(request):
    context = search_site(request, request.GET.get("q", ""), request.GET.get("page"))
    return TemplateResponse(request, "publications/search.html", context)
