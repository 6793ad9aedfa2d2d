"""Description and link-preview tags for every public page (base.html's default), and the DonateAction data."""

from django import template

from core import seo
from core.addresses import absolute_url
from core.languages import language_codes
from home import social_card
from home.models import OrganisationSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def page_meta(context, page=None):
    request = context["request"]
    organisation = OrganisationSettings.for_request(request)
    return {
        "title": (getattr(page, "seo_title", "") or getattr(page, "title", "")) if page else "",
        "description": seo.page_description(page, organisation.tagline),
    }


@register.simple_tag(takes_context=True)
def page_social_card(context, page=None):
    """The page's link-preview picture in the visitor's language (home.social_card), or None."""
    return social_card.social_card(page, context["request"])


@register.simple_tag
def open_graph_locales(language):
    """(this language's og:locale, the other languages' locales)."""
    others = [social_card.og_locale(code) for code in language_codes() if code != language]
    return social_card.og_locale(language), others


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
