"""Uploads in the admin: photos lose their location, SVG/HTML are refused, sizes are bounded."""

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db
GPS = ExifTags.IFD.GPSInfo


def photo_with_location(image_format="JPEG", orientation=1):
    image = Image.new("RGB", (64, 32), "#c33")
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(GPS)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (42.0, 52.0, 30.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (74.0, 36.0, 10.0)
    output = BytesIO()
    image.save(output, format=image_format, exif=exif)
    with Image.open(BytesIO(output.getvalue())) as check:
        assert check.getexif().get_ifd(GPS)  # the fixture really carries a location
    return output.getvalue()


def upload_image(client, name, content, content_type="image/jpeg"):
    return client.post(
        "/admin/images/add/",
        {"title": name, "file": SimpleUploadedFile(name, content, content_type=content_type), "collection": 1},
    )


@pytest.mark.parametrize(("image_format", "name"), [("JPEG", "witness.jpg"), ("PNG", "witness.png")])
def test_uploaded_photo_keeps_no_location(admin_client, image_format, name):
    response = upload_image(admin_client, name, photo_with_location(image_format))
    assert response.status_code == 302, response.content[:500]
    stored = get_image_model().objects.get(title=name)
    with stored.open_file() as handle, Image.open(handle) as image:
        exif = image.getexif()
        assert not exif.get_ifd(GPS)
        assert ExifTags.Base.Make not in exif
        assert image.size == (64, 32)
    assert (stored.width, stored.height) == (64, 32)


def test_rotated_photo_is_turned_upright_before_its_exif_goes(admin_client):
    # Orientation 6: the camera was turned; viewers rotate it 90° clockwise.
    response = upload_image(admin_client, "rotated.jpg", photo_with_location(orientation=6))
    assert response.status_code == 302
    stored = get_image_model().objects.get(title="rotated.jpg")
    with stored.open_file() as handle, Image.open(handle) as image:
        assert image.size == (32, 64)
        assert not image.getexif()


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "image/svg+xml"),
        ("page.html", b"<html><script>alert(1)</script></html>", "text/html"),
        ("fake.jpg", b"<html><script>alert(1)</script></html>", "image/jpeg"),
    ],
)
def test_svg_and_html_are_refused_as_images(admin_client, name, content, content_type):
    response = upload_image(admin_client, name, content, content_type)
    assert response.status_code == 200  # the form again, with an error
    assert not get_image_model().objects.exists()


def test_html_and_svg_are_refused_as_documents(admin_client):
    for name in ("page.html", "logo.svg", "page.htm"):
        upload = SimpleUploadedFile(name, b"<html><script>alert(1)</script></html>", content_type="text/html")
        response = admin_client.post("/admin/documents/add/", {"title": name, "file": upload, "collection": 1})
        assert response.status_code == 200
    assert not get_document_model().objects.exists()


def test_upload_sizes_are_capped(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    big = SimpleUploadedFile("report.pdf", b"%PDF-1.4\n" + b"0" * 2048, content_type="application/pdf")
    response = admin_client.post("/admin/documents/add/", {"title": "Report", "file": big, "collection": 1})
    assert "This file is too big" in response.content.decode()
    assert not get_document_model().objects.exists()

    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    response = upload_image(admin_client, "big.png", photo_with_location("PNG") + b"\0" * 2048, "image/png")
    assert response.status_code == 200
    assert not get_image_model().objects.exists()
