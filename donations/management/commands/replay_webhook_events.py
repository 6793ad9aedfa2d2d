"""Tries again every Stripe event still waiting (its gift was not known yet, or applying it failed): for cron."""

import datetime

from django.core.management import BaseCommand, CommandError

from donations.models import StripeEvent
from donations.webhooks.dispatch import replay_waiting


class Command(BaseCommand):
    help = "Apply the Stripe events that are stored but still waiting (oldest first). Safe to run at any time."

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=int,
            default=0,
            metavar="SECONDS",
            help="Only events waiting at least this long (leaves deliveries in flight alone). Default: all.",
        )
        parser.add_argument("--limit", type=int, default=None, help="At most this many events per run.")

    def handle(self, *args, older_than=0, limit=None, **options):
        if older_than < 0 or (limit is not None and limit < 1):
            raise CommandError("--older-than must be ≥ 0 and --limit ≥ 1.")
        tried, applied = replay_waiting(datetime.timedelta(seconds=older_than), limit)
        left = StripeEvent.objects.waiting().count()
        self.stdout.write(f"Replayed {tried} waiting Stripe events: {applied} applied, {left} still waiting.")
