"""Taking an image down: its files gone from the storage, every page that showed it purged.

Deleting an image, or replacing its file, must leave no copy online: an organisation may have to take down the
photo of a victim on request. The image's invalidation rows (core/invalidation.py) name what a deletion removes
from the storage: the original and every rendition, with any copy of a rendition that a concurrent render left
under a suffixed name before renditions were stored once (core.renditions); and which pages showed the image: those
whose fields choose it and those whose body or text embeds it (Wagtail's reference index). A page shows it with
its listings (cards carry the main image); a snippet or setting that shows it (a testimonial's photo, a partner's
logo) shows it on many pages, so the whole site is purged. Files are deleted right after the commit, in the
editor's request, before the purge; Wagtail's own deletion tasks then find nothing left to do.
"""

import logging
import os
import re
from pathlib import PurePath

from django.apps import apps
from django.core.files.storage import default_storage
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex, Site

logger = logging.getLogger(__name__)
ORIGINAL, RENDITION = "original", "rendition"


def original_file(image, event):
    """the original file (each rendition is a row of its own)"""
    return {(ORIGINAL, image.file.name)} if image.file else set()


def rendition_file(rendition, event):
    """the rendition's file, and copies of it a concurrent render left under a suffixed name"""
    return {(RENDITION, rendition.file.name)} if rendition.file else set()


def showing(image):
    """(ids of the pages that show the image, whether anything else shows it)."""
    page_ids, elsewhere = set(), False
    image_model = type(image)
    for model in apps.get_models():
        if model is image_model.get_rendition_model():
            continue
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model is image_model:
                rows = model._default_manager.filter(**{field.name: image})
                if issubclass(model, Page):
                    page_ids.update(rows.values_list("pk", flat=True))
                elif rows.exists():
                    elsewhere = True
    for reference in ReferenceIndex.get_references_to(image).select_related("base_content_type"):
        if issubclass(reference.base_content_type.model_class() or object, Page):
            page_ids.add(int(reference.object_id))
        else:
            elsewhere = True
    return page_ids, elsewhere


def file_addresses(image):
    """The public addresses of the image's files, for a CDN that keeps them (files on this server's disk are
    served under the site's own address)."""
    names = [image.file.name] if image.file else []
    names += list(image.renditions.values_list("file", flat=True))
    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site else ""
    urls = (default_storage.url(name) for name in names if name)
    return {root + url if url.startswith("/") else url for url in urls}


def copies(name):
    """Files named as Django names a copy when `name` is taken: `_` and 7 letters or digits after the part
    before the first dot (`images/photo_Ab3dE9x.fill-320x180.format-webp.webp`)."""
    folder, filename = os.path.split(name)
    extensions = "".join(PurePath(filename).suffixes)
    root = filename.removesuffix(extensions)
    pattern = re.compile(re.escape(root) + r"_[A-Za-z0-9]{7}" + re.escape(extensions))
    bucket = getattr(default_storage, "bucket", None)
    if bucket is not None:  # S3: list only keys with this prefix, not the whole folder
        location = getattr(default_storage, "location", "").strip("/")
        prefix = "/".join(part for part in (location, folder, root + "_") if part)
        found = [key.key.rsplit("/", 1)[-1] for key in bucket.objects.filter(Prefix=prefix)]
    else:
        try:
            found = default_storage.listdir(folder)[1]
        except FileNotFoundError:
            return []
    return [f"{folder}/{match}" if folder else match for match in found if pattern.fullmatch(match)]


def delete_files(files):
    """Deletes each file and, for renditions, its suffixed copies that no rendition row names."""
    Rendition = get_image_model().get_rendition_model()
    for kind, name in sorted(files):
        names = [name]
        # The rendition storage keeps a file another image's row still names (core.renditions).
        storage = Rendition._meta.get_field("file").storage if kind == RENDITION else default_storage
        if kind == RENDITION:
            try:
                extra = copies(name)
            except Exception:
                logger.exception("Could not list the copies of %s", name)
                extra = []
            recorded = set(Rendition.objects.filter(file__in=extra).values_list("file", flat=True))
            names += [copy for copy in extra if copy not in recorded]
        for target in names:
            try:
                storage.delete(target)
            except Exception:
                logger.exception("Could not delete %s from the storage", target)
