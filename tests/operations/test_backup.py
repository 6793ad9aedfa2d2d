"""Backup, wipe, restore: the same pages, donations and receipts come back (PostgreSQL: pg_dump)."""

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Page

from donations.ledger import settle_paid
from donations.models import Donation, Receipt
from tests.donations.factories import DonationFactory

pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql", reason="backups use pg_dump"
)


@pytest.mark.django_db(transaction=True)
def test_backup_wipe_restore_brings_back_pages_donations_and_receipts(home_page, tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    (tmp_path / "media" / "images").mkdir(parents=True)
    (tmp_path / "media" / "images" / "hearing.jpg").write_bytes(b"jpeg bytes")
    donation = DonationFactory()
    settle_paid(donation)
    before = {
        "pages": sorted(Page.objects.values_list("pk", "title_en", "live")),
        "donations": sorted(Donation.objects.values_list("pk", "amount", "email", "payment")),
        "receipts": sorted(Receipt.objects.values_list("number", "donation_id")),
    }
    assert before["receipts"]

    call_command("backup_site", str(tmp_path / "backups"))
    folder = next((tmp_path / "backups").iterdir())
    Receipt.objects.all().delete()
    Donation.objects.all().delete()
    home_page.delete()
    (tmp_path / "media" / "images" / "hearing.jpg").unlink()

    call_command("restore_site", str(folder), yes=True)
    after = {
        "pages": sorted(Page.objects.values_list("pk", "title_en", "live")),
        "donations": sorted(Donation.objects.values_list("pk", "amount", "email", "payment")),
        "receipts": sorted(Receipt.objects.values_list("number", "donation_id")),
    }
    assert after == before
    assert (tmp_path / "media" / "images" / "hearing.jpg").read_bytes() == b"jpeg bytes"
