"""Media on S3-compatible object storage (moto's server on loopback): images, renditions, documents."""

import io
import urllib.error
import urllib.request
from pathlib import Path

import boto3
import pytest
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

BUCKET = "test-media"


@pytest.fixture
def s3_media(settings, s3_endpoint):
    """The bucket as deploy/README.md sets it up: image files public by policy, documents not."""
    client = boto3.client(
        "s3", endpoint_url=s3_endpoint, aws_access_key_id="k", aws_secret_access_key="s", region_name="us-east-1"
    )
    if BUCKET not in [b["Name"] for b in client.list_buckets().get("Buckets", [])]:
        client.create_bucket(Bucket=BUCKET)
        policy = (Path(settings.BASE_DIR) / "deploy" / "s3-bucket-policy.json").read_text()
        client.put_bucket_policy(Bucket=BUCKET, Policy=policy.replace("BUCKET", BUCKET))
    settings.AWS_STORAGE_BUCKET_NAME = BUCKET
    settings.AWS_S3_ENDPOINT_URL = s3_endpoint
    settings.AWS_S3_REGION_NAME = "us-east-1"
    settings.AWS_ACCESS_KEY_ID = "k"
    settings.AWS_SECRET_ACCESS_KEY = "s"  # noqa: S105 (moto accepts any)
    settings.AWS_S3_ADDRESSING_STYLE = "path"
    settings.AWS_S3_URL_PROTOCOL = "http:"
    settings.AWS_LOCATION = "media"
    settings.AWS_QUERYSTRING_AUTH = False
    settings.AWS_S3_FILE_OVERWRITE = False
    settings.WAGTAILDOCS_SERVE_METHOD = "serve_view"
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "storages.backends.s3.S3Storage"}}
    return client


def png_bytes(size=(640, 480)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def keys(client):
    return [item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])]


def test_images_and_renditions_live_in_the_bucket_and_load_from_it(db, s3_media):
    upload = ImageFile(io.BytesIO(png_bytes()), "court.png")
    image = get_image_model().objects.create(title="Court hearing", file=upload)
    rendition = image.get_rendition("fill-320x240|format-webp")
    stored = keys(s3_media)
    assert any(key.startswith("media/original_images/court") for key in stored)
    assert any(key.startswith("media/images/court") and key.endswith(".webp") for key in stored)
    assert rendition.url.startswith("http://127.0.0.1:")  # a public bucket address, no signature
    with urllib.request.urlopen(rendition.url, timeout=10) as response:  # noqa: S310 (loopback)
        data = response.read()
    assert PILImage.open(io.BytesIO(data)).size == (320, 240)


def test_documents_in_the_bucket_are_not_public(db, s3_media, s3_endpoint):
    document = get_document_model().objects.create(
        title="Board minutes", file=SimpleUploadedFile("board.pdf", b"%PDF-1.4 board")
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{s3_endpoint}/{BUCKET}/media/{document.file.name}", timeout=10)  # noqa: S310
    assert refused.value.code == 403


def test_documents_download_through_wagtail_and_private_ones_stay_private(client, db, s3_media):
    Document = get_document_model()
    public = Document.objects.create(title="Report", file=SimpleUploadedFile("report.pdf", b"%PDF-1.4 report"))
    response = client.get(public.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 report"
    assert any(key.startswith("media/documents/report") for key in keys(s3_media))

    private = Collection.get_first_root_node().add_child(name="Board only")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    secret = Document.objects.create(
        title="Minutes", collection=private, file=SimpleUploadedFile("minutes.pdf", b"%PDF-1.4 minutes")
    )
    response = client.get(secret.url)
    assert response.status_code in (302, 403)
    assert b"minutes" not in response.content
