"""Small text helpers shared by models, forms and templates."""

from django.utils.text import slugify


def anchor(text):
    """An id for a heading that keeps Cyrillic letters (Django's slugify would drop them)."""
    return slugify(str(text), allow_unicode=True) or "section"


MAX_QUERY_LENGTH = 200


def clean_query(value):
    """Typed search words as one line of bounded length (a filter's `q`, the site search)."""
    return " ".join(str(value or "").split())[:MAX_QUERY_LENGTH]
