"""Applies what Stripe knows and the webhook missed: its events since a moment, and the Checkout Sessions of
gifts still pending after an hour. Idempotent; prints what it fixed."""

import datetime
import re

from django.core.management import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from donations.gateways import is_test_gateway
from donations.webhooks.reconcile import reconcile

DURATION = re.compile(r"^(\d{1,4})([hd])$")
# Stripe lists events of the last 30 days only.
LONGEST = datetime.timedelta(days=30)


def parse_since(value, now):
    """`48h`, `7d`, `2026-11-20` or `2026-11-20T08:00:00+00:00`."""
    duration = DURATION.match(value)
    if duration:
        number, unit = int(duration.group(1)), duration.group(2)
        return now - datetime.timedelta(**{"hours" if unit == "h" else "days": number})
    try:
        moment = parse_datetime(value)
        if moment is None and (day := parse_date(value)) is not None:
            moment = datetime.datetime.combine(day, datetime.time())
    except ValueError:
        moment = None
    if moment is None:
        raise CommandError(f"--since {value!r}: give e.g. 48h, 7d, 2026-11-20 or an ISO date and time.")
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment)


class Command(BaseCommand):
    help = "Reconcile the donations ledger with Stripe: apply missed events and settle gifts pending over an hour."

    def add_arguments(self, parser):
        parser.add_argument("--since", default="72h", help="How far back: 48h, 7d or a date (default 72h; ≤ 30 days).")

    def handle(self, *args, since, **options):
        now = timezone.now()
        start = parse_since(since, now)
        if start > now:
            raise CommandError("--since is in the future.")
        if now - start > LONGEST:
            self.stderr.write("Stripe keeps events for 30 days; older ones cannot be listed.")
        if is_test_gateway():
            self.stdout.write("The simulated gateway is in use (no Stripe keys): nothing to reconcile.")
            return
        for line in reconcile(start, now).lines():
            self.stdout.write(line)
