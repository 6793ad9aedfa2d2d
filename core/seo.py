"""What every public page tells search engines and link previews: a description, an image, structured data."""

import json

from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

from core.caching import cached

# Escaped so that text inside JSON can never close the <script> element.
_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}
DESCRIPTION_SOURCES = ("search_description", "summary", "intro", "mission", "hero_heading")
PREVIEW_IMAGE = "fill-1200x630|format-jpeg|jpegquality-80"


def json_ld_script(data):
    """A JSON-LD data block: browsers never execute it, so the strict CSP allows it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 (escaped above)


def page_description(page, fallback=""):
    """The page's own search description, else its summary or introduction as plain text."""
    for name in DESCRIPTION_SOURCES:
        value = getattr(page, name, "") if page is not None else ""
        text = " ".join(strip_tags(str(value or "")).split())
        if text:
            return text
    return fallback


def preview_image_url(page, request):
    image_id = getattr(page, "hero_image_id", None)
    if image_id is None:
        return ""
    # Kept with the site's data version (an image's change bumps it): a warm page fetches neither image nor rendition.
    url = cached(f"preview-image:{image_id}", lambda: page.hero_image.get_rendition(PREVIEW_IMAGE).url)
    return request.build_absolute_uri(url)
