"""Small text helpers shared by models and templates."""

from django.utils.text import slugify


def anchor(text):
    """An id for a heading that keeps Cyrillic letters (Django's slugify would drop them)."""
    return slugify(str(text), allow_unicode=True) or "section"
