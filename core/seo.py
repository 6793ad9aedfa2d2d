"""What every public page tells search engines and link previews: a description, an image, structured data."""

import json

from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

# Escaped so that text inside JSON can never close the <script> element.
_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}
DESCRIPTION_SOURCES = ("search_description", "summary", "intro", "mission", "hero_heading")


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
