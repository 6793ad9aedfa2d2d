"""Template helpers for publications: structured data, share links, highlighting and the home page block."""

import re
from urllib.parse import quote

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from home.caching import cached
from home.models import NetworkOrganisation, OrganisationSettings

from .. import seo
from ..models import PublicationIndexPage, PublicationPage

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
    home_url = request.build_absolute_uri(f"/{get_language()}/")
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


@register.filter
def highlight(text, query):
    """Escapes the text and marks the query's words in it with <mark>."""
    text = escape(text or "")
    words = sorted(set(re.findall(r"\w{2,}", str(query or ""))), key=len, reverse=True)[:10]
    if not words:
        return mark_safe(text)  # noqa: S308 (escaped above)
    pattern = re.compile("|".join(re.escape(escape(w)) for w in words), re.IGNORECASE)
    return mark_safe(pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", text))  # noqa: S308 (escaped above)


@register.filter
def excerpt_around(text, query, length=260):
    """The part of a long text where the query first appears, so the snippet shows the match."""
    text = str(text or "")
    words = re.findall(r"\w{2,}", str(query or ""))
    lowered = text.lower()
    positions = [lowered.find(w.lower()) for w in words]
    positions = [p for p in positions if p >= 0]
    start = max(0, min(positions) - length // 3) if positions else 0
    piece = text[start : start + length]
    return ("…" if start else "") + piece + ("…" if start + length < len(text) else "")


def pick_home_publications():
    """(featured id, latest ids): the editor's featured statement, else the newest statement; then the newest."""
    from ..listing import live_publications

    newest = live_publications().order_by("-publication_date", "-pk")
    latest = list(newest.values_list("pk", "kind")[:4])
    featured_id = PublicationIndexPage.objects.live().values_list("featured_publication", flat=True).first()
    if featured_id and not newest.filter(pk=featured_id).exists():
        featured_id = None
    if featured_id is None:
        featured_id = next((pk for pk, kind in latest if kind == PublicationPage.Kind.STATEMENT), None)
    return featured_id, [pk for pk, _kind in latest if pk != featured_id][:3]


@register.inclusion_tag("publications/includes/home_publications.html", takes_context=True)
def home_publications(context):
    """The latest publications and a featured statement, for the home page: which ones is cached with the
    archive's version, so a request fetches just those (one query, with images)."""
    from ..listing import live_publications, with_card_relations

    featured_id, latest_ids = cached("home-publications", pick_home_publications, section="publications")
    wanted = [pk for pk in [featured_id, *latest_ids] if pk]
    by_pk = {p.pk: p for p in with_card_relations(live_publications().filter(pk__in=wanted), topics=False)}
    featured = by_pk.get(featured_id)
    latest = [by_pk[pk] for pk in latest_ids if pk in by_pk]
    return {
        "request": context["request"],
        "featured": featured,
        "latest": latest,
        "memberships": context.get("memberships"),
        "LANGUAGE_CODE": get_language(),
    }
