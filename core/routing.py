"""A page's address to the page, from the cache: Wagtail's Page.route runs two queries per level (the child,
then its specific row), and on a warm page those were most of its database time and ORM work.

Which page a slug below a parent names is kept with the site-wide data version (moves, slug changes and
publishes of any page but a publication bump it); the specific page itself with its own version (`page:<pk>`,
bumped when a publication changes, core.caching) so publishing one statement refetches that statement alone.
Whatever the cache returns is checked against the slug and the parent; the caller takes Wagtail's own path
when this returns None (an unknown slug, a preview, an unexpected page).
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache

from core.caching import cached, data_version

MAX_SLUG_LENGTH = 255  # the field's: a longer address names no page and never reaches a cache key


def cached_child(parent, request, slug):
    if len(slug) > MAX_SLUG_LENGTH or getattr(request, "is_preview", False):
        return None
    key = f"site-data:{data_version()}:route:{parent.pk}:{slug}"
    found = cache.get(key)
    if found is None:
        found = parent.get_children().filter(slug=slug).values_list("pk", "content_type_id").first()
        if found is None:  # unknown addresses are not remembered: they would crowd the cache
            return None
        cache.set(key, found, 60 * 60)
    pk, content_type_id = found

    def build():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        return (model.objects.filter(pk=pk).first() if model else None) or False

    child = cached(f"page-object:{pk}", build, section=f"page:{pk}") or None
    if child is None or child.slug != slug or child.depth != parent.depth + 1 or not child.path.startswith(parent.path):
        return None
    child._cached_parent_obj = parent
    return child
