"""Image renditions stored once, however many servers render them at the same moment.

Two app servers (or a server and the worker) rendering the same rendition at once each wrote a file; the storage
gave the second a random suffix that no rendition row records, and that copy outlived the image (a takedown left
it online). Renditions are stored through this storage (WAGTAILIMAGES_RENDITION_STORAGE), which wraps the
default storage (local disk or S3): a rendition is written under a lock on its name, and a render that finds its
name already holding the same bytes (renders are deterministic) keeps that file instead of writing another. The
second render's row insert then meets Wagtail's unique constraint and uses the first row: one row, one file.

Deleting goes through here too: a file another image's rendition row still names (the same picture uploaded
twice renders to the same bytes under the same truncated name) is kept for that image.
"""

import threading
import zlib
from contextlib import contextmanager

from django.core.files.storage import Storage, default_storage
from django.db import connection
from django.utils.deconstruct import deconstructible

_process_lock = threading.Lock()  # SQLite (development): one process, so a lock in memory is enough


@contextmanager
def name_lock(name):
    """Held by one process of all the site's servers at a time: a PostgreSQL advisory lock on the name."""
    if connection.vendor != "postgresql":
        with _process_lock:
            yield
        return
    key = zlib.crc32(name.encode()) - 2**31  # into PostgreSQL's signed 32-bit range
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s)", [key])
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [key])


def holds_same_bytes(name, content):
    try:
        if default_storage.size(name) != content.size:
            return False
        with default_storage.open(name) as existing:
            stored = existing.read()
    except OSError:
        return False
    content.seek(0)
    same = stored == content.read()
    content.seek(0)
    return same


def referenced_by_a_rendition(name):
    from wagtail.images import get_image_model

    return get_image_model().get_rendition_model().objects.filter(file=name).exists()


@deconstructible(path="core.renditions.RenditionStorage")
class RenditionStorage(Storage):
    """The default storage, with renditions written once and kept while a row names them."""

    def save(self, name, content, max_length=None):
        with name_lock(name):
            if default_storage.exists(name) and holds_same_bytes(name, content):
                return name
            return default_storage.save(name, content, max_length=max_length)

    def delete(self, name):
        if not referenced_by_a_rendition(name):
            default_storage.delete(name)

    # Everything else is the default storage's (looked up on each call: tests and settings may swap it).
    def _open(self, name, mode="rb"):
        return default_storage.open(name, mode)

    def exists(self, name):
        return default_storage.exists(name)

    def listdir(self, path):
        return default_storage.listdir(path)

    def size(self, name):
        return default_storage.size(name)

    def url(self, name):
        return default_storage.url(name)

    def path(self, name):
        return default_storage.path(name)

    def get_valid_name(self, name):
        return default_storage.get_valid_name(name)

    def get_available_name(self, name, max_length=None):
        return default_storage.get_available_name(name, max_length=max_length)

    def generate_filename(self, filename):
        return default_storage.generate_filename(filename)

    def get_accessed_time(self, name):
        return default_storage.get_accessed_time(name)

    def get_created_time(self, name):
        return default_storage.get_created_time(name)

    def get_modified_time(self, name):
        return default_storage.get_modified_time(name)
