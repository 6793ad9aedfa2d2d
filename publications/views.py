from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from home.models import OrganisationSettings

from .models import PublicationPage
from .search import search_site


@require_GET
def search(request):
    context = search_site(request, request.GET.get("q", ""), request.GET.get("page"))
    return TemplateResponse(request, "publications/search.html", context)


@require_GET
def publication_pdf(request, slug):
    """The publication with its recommendations as a PDF in the address's language, for sending to addressees."""
    from weasyprint import HTML

    page = get_object_or_404(PublicationPage.objects.live().public(), slug=slug)
    if not page.get_url(request).rstrip("/").endswith(f"publications/{slug}"):
        raise Http404
    context = {
        "page": page,
        "recommendations": page.get_recommendations(),
        "organisation": OrganisationSettings.for_request(request),
        "page_url": page.get_full_url(request),
        "LANGUAGE_CODE": get_language(),
    }
    html = render_to_string("publications/pdf/publication.html", context, request=request)
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf()
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{slug}-{get_language()}.pdf"'
    return response
