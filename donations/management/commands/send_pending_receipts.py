"""Queues every receipt that is waiting or failed (below the attempt limit): for cron, or after an e-mail outage."""

from django.conf import settings
from django.core.management import BaseCommand

from donations.models import Receipt
from donations.tasks import send_receipt


class Command(BaseCommand):
    help = "Queue receipts that were not sent (waiting or failed), up to DONATIONS_RECEIPT_MAX_ATTEMPTS tries each."

    def handle(self, *args, **options):
        receipts = Receipt.objects.filter(
            send_status__in=[Receipt.Sending.PENDING, Receipt.Sending.FAILED],
            attempts__lt=settings.DONATIONS_RECEIPT_MAX_ATTEMPTS,
        ).values_list("pk", flat=True)
        count = 0
        for pk in receipts:
            send_receipt.enqueue(pk)
            count += 1
        self.stdout.write(f"Queued {count} receipts.")
