"""Structured data (JSON-LD) for publications and the organisation."""

import json

from django.utils.safestring import mark_safe

# Escaped so that text inside JSON can never close the <script> element.
_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def json_ld_script(data):
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 (escaped above)


def organisation_data(request, organisation, memberships, home_url):
    data = {
        "@context": "https://schema.org",
        "@type": "NGO",
        "name": organisation.organisation_name,
        "url": home_url,
        "memberOf": [
            {"@type": "Organization", "name": network.name, **({"url": network.website} if network.website else {})}
            for network in memberships
        ],
    }
    if organisation.contact_email:
        data["email"] = organisation.contact_email
    if organisation.phone:
        data["telephone"] = organisation.phone
    if organisation.social_links:
        data["sameAs"] = [url for _label, url in organisation.social_links]
    return data


def publication_data(page, request, organisation_name, image_url=None):
    kind = "Report" if page.kind == page.Kind.REPORT else "NewsArticle"
    url = page.get_full_url(request)
    publisher = {"@type": "NGO", "name": organisation_name, "url": request.build_absolute_uri("/")}
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": page.title[:110],
        "description": page.summary,
        "datePublished": page.publication_date.isoformat(),
        "inLanguage": getattr(request, "LANGUAGE_CODE", "en"),
        "url": url,
        "mainEntityOfPage": url,
        "author": publisher,
        "publisher": publisher,
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if image_url:
        data["image"] = [image_url]
    return data
