"""Structured data (JSON-LD) for publications and the organisation."""

from core.addresses import absolute_url
from core.seo import json_ld_script

__all__ = ["json_ld_script", "organisation_data", "publication_data", "collection_data", "dataset_data"]


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
    url = absolute_url(request, page)
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


def collection_data(page, request, publications):
    """The publications index: a CollectionPage whose main entity lists the publications shown."""
    url = absolute_url(request, page)
    return {
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "name": page.seo_title or page.title,
        "url": url,
        "inLanguage": getattr(request, "LANGUAGE_CODE", "en"),
        "mainEntity": {
            "@type": "ItemList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": position,
                    "url": absolute_url(request, publication),
                    "name": publication.title,
                }
                for position, publication in enumerate(publications, 1)
            ],
        },
    }


def dataset_data(page, request, organisation_name, description):
    """The recommendations database as a Dataset: what it holds, who keeps it, in which language."""
    return {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": page.seo_title or page.title,
        "description": description,
        "url": absolute_url(request, page),
        "inLanguage": getattr(request, "LANGUAGE_CODE", "en"),
        "creator": {"@type": "NGO", "name": organisation_name, "url": request.build_absolute_uri("/")},
        "isAccessibleForFree": True,
    }
