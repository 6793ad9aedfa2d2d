"""What changes to Wagtail's own models invalidate (read by core.dispatcher; each app declares its own models)."""

from wagtail.models import Page

from core import takedown
from core.dispatcher import EVERYTHING, PAGE, SITE, Invalidates, live


def edited(image, event, details):
    """an edit, not the upload nor Wagtail's file-hash bookkeeping"""
    bookkeeping = {"file_hash", "file_size"}
    fields = details.get("update_fields")
    return not details.get("created") and not (fields and set(fields) <= bookkeeping)


def moved_addresses(page, event):
    """the whole site, and the old addresses of the page and of the pages below it"""
    before, after = getattr(page, "url_path_before", ""), page.url_path
    addresses = {SITE}
    for moved in Page.objects.live().descendant_of(page, inclusive=True).specific(defer=True):
        url = moved.get_full_url()
        if url and before and after and moved.url_path.startswith(after):
            old_path = before + moved.url_path[len(after) :]
            site = moved.get_site()
            root = site.root_page.url_path if site else ""
            new_tail, old_tail = moved.url_path.removeprefix(root), old_path.removeprefix(root)
            if url.endswith(new_tail):
                addresses.add(url[: len(url) - len(new_tail)] + old_tail)
    return addresses


def pages_showing_image(image, event):
    """every page showing the image, with its listings (the whole site when a snippet or setting shows it), and
    the addresses of its files (for a CDN)"""
    page_ids, elsewhere = takedown.showing(image)
    targets = [SITE] if elsewhere else []
    targets += [page for page in Page.objects.filter(pk__in=page_ids).specific(defer=True) if page.live]
    return targets + sorted(takedown.file_addresses(image))


INVALIDATES = [
    Invalidates("wagtailcore.Page", on=("saved",), when=live, sections=(EVERYTHING,), purge=PAGE),
    Invalidates("wagtailcore.Page", on=("unpublished",), sections=(EVERYTHING,), purge=PAGE),
    Invalidates("wagtailcore.Page", on=("deleted",), when=live, sections=(EVERYTHING,), purge=PAGE),
    Invalidates("wagtailcore.Page", on=("moved",), sections=(EVERYTHING,), purge=moved_addresses),
    # Restricting or opening a section changes what every listing, feed, sitemap and search shows.
    Invalidates("wagtailcore.PageViewRestriction", on=("saved", "deleted"), sections=(EVERYTHING,), purge=SITE),
    # Sites and their root pages are cached for routing (core.site_cache).
    Invalidates("wagtailcore.Site", on=("saved", "deleted"), sections=(EVERYTHING,), purge=SITE),
    Invalidates("wagtailimages.Image", on=("saved",), when=edited, sections=(EVERYTHING,), purge=pages_showing_image),
    Invalidates(
        "wagtailimages.Image",
        on=("deleted",),
        sections=(EVERYTHING,),
        purge=pages_showing_image,
        files=takedown.original_file,
    ),
    # Deleted with their image, or when its file is replaced or its focal point moves.
    Invalidates("wagtailimages.Rendition", on=("deleted",), files=takedown.rendition_file),
]
