"""Template helpers for publications: structured data, share links and highlighting."""

from urllib.parse import quote

from django import template
from django.utils.translation import gettext as _

from core.addresses import site_home_url
from core.seo import page_description
from home.models import NetworkOrganisation, OrganisationSettings

from .. import seo

register = template.Library()


@register.simple_tag(takes_context=True)
def publication_json_ld(context, page, image_url=None):
    request = context["request"]
    organisation = OrganisationSettings.for_request(request)
    return seo.json_ld_script(seo.publication_data(page, request, organisation.organisation_name, image_url))


@register.simple_tag(takes_context=True)
def organisation_json_ld(context):
    request = context["request"]
    organisation = OrganisationSettings.for_request(request)
    memberships = context.get("memberships")
    if memberships is None:
        memberships = NetworkOrganisation.objects.filter(relation=NetworkOrganisation.Relation.MEMBER)
    home_url = request.build_absolute_uri(site_home_url(request))
    return seo.json_ld_script(seo.organisation_data(request, organisation, memberships, home_url))


@register.simple_tag
def share_links(url, title):
    """Plain links to share a page: no third-party script runs on our pages."""
    u, t = quote(url, safe=""), quote(title, safe="")
    return [
        (_("E-mail"), f"mailto:?subject={t}&body={u}"),
        ("Telegram", f"https://t.me/share/url?url={u}&text={t}"),
        ("WhatsApp", f"https://wa.me/?text={t}%20{u}"),
        ("Facebook", f"https://www.facebook.com/sharer/sharer.php?u={u}"),
        ("X", f"https://x.com/intent/post?url={u}&text={t}"),
    ]


@register.simple_tag(takes_context=True)
def collection_json_ld(context, page, publications):
    return seo.json_ld_script(seo.collection_data(page, context["request"], publications))


@register.simple_tag(takes_context=True)
def dataset_json_ld(context, page):
    request = context["request"]
    organisation = OrganisationSettings.for_request(request)
    description = page_description(page, organisation.tagline)
    return seo.json_ld_script(seo.dataset_data(page, request, organisation.organisation_name, description))
