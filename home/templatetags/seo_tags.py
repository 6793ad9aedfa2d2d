"""Description and link-preview tags for every public page (base.html's default), and the DonateAction data."""

from django import template

from core import seo
from core.addresses import absolute_url
from home.models import OrganisationSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def page_meta(context, page=None):
    request = context["request"]
    organisation = OrganisationSettings.for_request(request)
    return {
        "title": (getattr(page, "seo_title", "") or getattr(page, "title", "")) if page else "",
        "description": seo.page_description(page, organisation.tagline),
        "image_url": seo.preview_image_url(page, request) if page else "",
    }


@register.simple_tag(takes_context=True)
def donate_action_json_ld(context, page):
    """The donation page as a schema.org DonateAction: who receives the gift and where to give."""
    request = context["request"]
    organisation = OrganisationSettings.for_request(request)
    url = absolute_url(request, page)
    data = {
        "@context": "https://schema.org",
        "@type": "DonateAction",
        "name": page.seo_title or page.title,
        "description": seo.page_description(page, organisation.donation_appeal),
        "recipient": {"@type": "NGO", "name": organisation.organisation_name, "url": request.build_absolute_uri("/")},
        "target": {"@type": "EntryPoint", "urlTemplate": url, "inLanguage": getattr(request, "LANGUAGE_CODE", "en")},
    }
    return seo.json_ld_script(data)
