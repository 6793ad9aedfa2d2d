"""Taking an image down: every file of it leaves the storage (local disk and S3, copies from concurrent renders
included), every page that showed it is purged, and the editor can read which addresses were purged."""

import contextlib
import io
import threading
from pathlib import Path

import pytest
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from django.db import connection
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry

from home.models import Testimonial
from tests.production.test_object_storage import keys

FILTERS = ("fill-320x180|format-webp", "fill-640x360|format-jpeg", "width-400|format-avif")


def photo(name="victim.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (800, 600), (150, 40, 40)).save(buffer, "PNG")
    return get_image_model().objects.create(title="Photo to take down", file=ImageFile(buffer, name))


def stored_names():
    """Every file under the storage's images/ and original_images/ folders."""
    names = []
    for folder in ("images", "original_images"):
        with contextlib.suppress(FileNotFoundError):
            names += [f"{folder}/{name}" for name in default_storage.listdir(folder)[1]]
    return sorted(names)


def leave_a_copy_as_a_concurrent_render_did(rendition):
    """What two servers rendering at once left before renditions were stored once: the storage's suffixed copy."""
    with default_storage.open(rendition.file.name) as original:
        copy = default_storage.save(rendition.file.name, original)
    assert copy != rendition.file.name
    return copy


@pytest.fixture
def local_media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    return tmp_path


@pytest.fixture
def shown_on_a_statement(statement, recommendations_page):
    image = photo()
    statement.hero_image = image
    statement.save_revision().publish()
    renditions = list(image.get_renditions(*FILTERS).values())
    return image, renditions


def delete_and_check(image, renditions, committed, purge_server):
    copy = leave_a_copy_as_a_concurrent_render_did(renditions[0])
    names = {image.file.name, copy, *(r.file.name for r in renditions)}
    assert names <= set(stored_names())
    with committed():
        image.delete()
    assert not names & set(stored_names()), "no file of the image is left"
    for language in ("en", "ru", "ky"):
        assert f"testserver/{language}/publications/joint-statement/" in purge_server
        assert f"testserver/{language}/publications/" in purge_server  # its card showed the picture
        assert f"testserver/{language}/" in purge_server
    entry = ModelLogEntry.objects.get(action="core.purge", label="Photo to take down")
    assert "http://testserver/ky/publications/joint-statement/" in entry.data["addresses"]


def test_deleting_an_image_deletes_its_files_from_disk_and_purges_its_pages(
    local_media,
    shown_on_a_statement,
    committed,
    purge_server,
):
    image, renditions = shown_on_a_statement
    delete_and_check(image, renditions, committed, purge_server)


def test_deleting_an_image_deletes_its_files_from_the_bucket_and_purges_its_pages(
    s3_media,
    shown_on_a_statement,
    committed,
    purge_server,
):
    image, renditions = shown_on_a_statement
    assert any(key.startswith("media/images/") for key in keys(s3_media))
    delete_and_check(image, renditions, committed, purge_server)
    assert not [key for key in keys(s3_media) if "victim" in key]


def test_replacing_an_images_file_deletes_the_old_renditions_and_purges_its_pages(
    local_media,
    shown_on_a_statement,
    committed,
    purge_server,
    admin_client,
):
    image, renditions = shown_on_a_statement
    copy = leave_a_copy_as_a_concurrent_render_did(renditions[0])
    old = {image.file.name, copy, *(r.file.name for r in renditions)}
    buffer = io.BytesIO()
    PILImage.new("RGB", (800, 600), (20, 140, 40)).save(buffer, "PNG")
    buffer.seek(0)
    buffer.name = "replacement.png"
    form = {"title": image.title, "collection": image.collection_id, "file": buffer, "tags": ""}
    with committed():
        response = admin_client.post(f"/admin/images/{image.pk}/", form)
    assert response.status_code == 302, response.context["form"].errors
    assert not old & set(stored_names())
    assert "testserver/en/publications/joint-statement/" in purge_server


def test_a_photo_a_testimonial_shows_purges_the_whole_site(local_media, statement, committed, purge_server, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    image = photo("testimonial.png")
    Testimonial.objects.create(headline="It helped", quote="They came.", name="A.", photo=image, consent_given=True)
    with committed():
        image.delete()
    assert "testserver/*" in purge_server and "testserver/ky/publications/joint-statement/" in purge_server


@pytest.mark.django_db(transaction=True)
def test_renditions_rendered_at_once_by_several_servers_are_stored_once(local_media, root_collection):
    if connection.vendor != "postgresql":
        pytest.skip("several servers share PostgreSQL; SQLite serves one process")
    image = photo("rendered-at-once.png")
    start = threading.Barrier(4)
    errors = []

    def render(single):
        from django.db import connections

        try:
            fresh = get_image_model().objects.get(pk=image.pk)
            start.wait()
            if single:
                fresh.get_rendition(FILTERS[0])
            else:
                fresh.get_renditions(*FILTERS)
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=render, args=(n % 2 == 0,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    rows = set(image.renditions.values_list("file", flat=True))
    assert len(rows) == len(FILTERS)
    on_disk = {name for name in stored_names() if name.startswith("images/")}
    assert on_disk == rows, "one file per rendition, no suffixed copies"
    image.delete()
    assert Path(local_media).exists()
