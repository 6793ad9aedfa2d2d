"""Erases donors' personal data from old gifts; amounts, dates, currencies and receipt numbers stay for the books."""

import datetime

from django.core.management import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from donations.models import Donation, RecurringDonation, StripeEvent


class Command(BaseCommand):
    help = "Erase names, e-mails and dedications of gifts older than N years (accounting figures are kept)."

    def add_arguments(self, parser):
        parser.add_argument("--older-than", type=int, required=True, metavar="YEARS")
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, older_than, dry_run=False, **options):
        if older_than < 1:
            raise CommandError("--older-than must be at least 1 year.")
        cutoff = timezone.now() - datetime.timedelta(days=365 * older_than)
        gifts = Donation.objects.filter(created_at__lt=cutoff, anonymised_at__isnull=True)
        # A monthly gift still running keeps its donor: they can still manage or cancel it.
        gifts = gifts.exclude(recurring__status__in=["active", "past_due"])
        events = StripeEvent.objects.filter(received_at__lt=cutoff).exclude(payload={})
        recurring = RecurringDonation.objects.filter(
            status=RecurringDonation.State.CANCELED, canceled_at__lt=cutoff
        ).exclude(email="")
        counts = (gifts.count(), recurring.count(), events.count())
        if not dry_run:
            with transaction.atomic():
                gifts.update(
                    email="",
                    name="",
                    dedication_name="",
                    dedication_type="",
                    note="",
                    newsletter_consent=False,
                    anonymised_at=timezone.now(),
                )
                recurring.update(email="", name="")
                # Event payloads hold e-mails and card details' summaries; the ids and types stay.
                events.update(payload={})
        verb = "Would anonymise" if dry_run else "Anonymised"
        self.stdout.write(f"{verb} {counts[0]} gifts, {counts[1]} monthly gifts, {counts[2]} event payloads.")
