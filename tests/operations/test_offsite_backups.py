"""Off-site copies of the nightly backup (S3-compatible storage through django-storages, moto's server here):
copy, retention, fetch-and-check, and the restore drill from the off-site copy alone (PostgreSQL: pg_dump)."""

import datetime
import io
import json

import boto3
import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from wagtail.models import Page

from donations.ledger import settle_paid
from donations.models import Donation, Receipt
from operations import backup
from tests.donations.factories import DonationFactory
from tests.production.conftest import s3_endpoint  # noqa: F401 (the moto server fixture)

BUCKET = "birduino-backups-test"
on_postgresql = pytest.mark.skipif(
    django_settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql", reason="backups use pg_dump"
)


@pytest.fixture
def offsite(settings, s3_endpoint):  # noqa: F811
    client = boto3.client(
        "s3", endpoint_url=s3_endpoint, aws_access_key_id="k", aws_secret_access_key="s", region_name="us-east-1"
    )
    client.create_bucket(Bucket=BUCKET)
    settings.STORAGES = {
        **settings.STORAGES,
        "backups": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "location": "backups",
                "endpoint_url": s3_endpoint,
                "access_key": "k",
                "secret_key": "s",
                "region_name": "us-east-1",
                "addressing_style": "path",
                "default_acl": None,
                "file_overwrite": True,
            },
        },
    }
    yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])


def fake_copy(storage, stamp):
    for name in (backup.DATABASE_FILE, backup.MEDIA_FILE):
        storage.save(f"{stamp}/{name}", io.BytesIO(b"x"))
    storage.save(f"{stamp}/{backup.MANIFEST_FILE}", io.BytesIO(json.dumps({"files": {}}).encode()))


def test_retention_deletes_old_off_site_copies_but_always_keeps_the_newest(offsite, tmp_path):
    storage = backup.offsite()
    now = datetime.datetime(2026, 12, 1, 3, 0)
    for days in (45, 31, 29, 1):
        fake_copy(storage, (now - datetime.timedelta(days=days)).strftime(backup.STAMP_FORMAT))
    storage.save("20260101-000000/database.dump", io.BytesIO(b"incomplete: no manifest"))
    assert backup.prune_offsite(30, now=now) == ["20261017-030000", "20261031-030000"]
    assert backup.offsite_stamps() == ["20261102-030000", "20261130-030000"]
    assert backup.prune_offsite(0, now=now + datetime.timedelta(days=90)) == ["20261102-030000"]
    assert backup.offsite_stamps() == ["20261130-030000"], "the newest copy always stays"

    for stamp in ("20261128-021500", "20261129-021500", "20261130-021500", "not-a-backup"):
        (tmp_path / stamp).mkdir()
    assert [p.name for p in backup.prune_local(tmp_path, 2)] == ["20261128-021500"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["20261129-021500", "20261130-021500", "not-a-backup"]


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_the_nightly_job_copies_off_site_and_the_copy_alone_restores_the_site(home_page, offsite, tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.BACKUP_DIR = str(tmp_path / "backups")
    (tmp_path / "media" / "images").mkdir(parents=True)
    (tmp_path / "media" / "images" / "hearing.jpg").write_bytes(b"jpeg bytes")
    donation = DonationFactory()
    settle_paid(donation)
    before = {
        "pages": sorted(Page.objects.values_list("pk", "title_en", "live")),
        "donations": sorted(Donation.objects.values_list("pk", "amount", "email", "payment")),
        "receipts": sorted(Receipt.objects.values_list("number", "donation_id")),
    }
    call_command("run_job", "backup_site")
    keys = sorted(item["Key"] for item in offsite.list_objects_v2(Bucket=BUCKET)["Contents"])
    stamp = keys[0].split("/")[1]
    assert keys == [f"backups/{stamp}/{name}" for name in ("database.dump", "manifest.json", "media.tar")]

    # The server is lost: database rows, media and the local backups.
    Receipt.objects.all().delete()
    Donation.objects.all().delete()
    home_page.delete()
    (tmp_path / "media" / "images" / "hearing.jpg").unlink()
    for folder in (tmp_path / "backups").iterdir():
        for file in folder.iterdir():
            file.unlink()
        folder.rmdir()

    out = io.StringIO()
    call_command("restore_site", offsite="latest", yes=True, stdout=out)
    assert f"Fetched and checked {stamp}" in out.getvalue()
    after = {
        "pages": sorted(Page.objects.values_list("pk", "title_en", "live")),
        "donations": sorted(Donation.objects.values_list("pk", "amount", "email", "payment")),
        "receipts": sorted(Receipt.objects.values_list("number", "donation_id")),
    }
    assert after == before
    assert (tmp_path / "media" / "images" / "hearing.jpg").read_bytes() == b"jpeg bytes"


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_a_damaged_copy_is_refused_before_anything_is_replaced(home_page, offsite, tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    call_command("backup_site", str(tmp_path / "backups"))
    key = next(i["Key"] for i in offsite.list_objects_v2(Bucket=BUCKET)["Contents"] if i["Key"].endswith(".dump"))
    offsite.put_object(Bucket=BUCKET, Key=key, Body=b"tampered")
    pages = Page.objects.count()
    with pytest.raises(RuntimeError, match="does not match its manifest"):
        call_command("restore_site", offsite="latest", yes=True)
    assert Page.objects.count() == pages
