"""A publication with its recommendations as a PDF, in the address's language, for sending to addressees."""

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import get_language

from core.addresses import absolute_url
from home.models import OrganisationSettings


def publication_pdf_response(page, request):
    # WeasyPrint loads Pango when imported: only processes that make a PDF pay for it.
    from weasyprint import HTML

    context = {
        "page": page,
        "recommendations": page.get_recommendations(),
        "organisation": OrganisationSettings.for_request(request),
        "page_url": absolute_url(request, page),
        "LANGUAGE_CODE": get_language(),
    }
    html = render_to_string("publications/pdf/publication.html", context, request=request)
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf()
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{page.slug}-{get_language()}.pdf"'
    return response
