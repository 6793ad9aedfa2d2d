"""Tells the Legal intake group by e-mail how many requests arrived since the last run (never what they say).

Run by cron (deploy/crontab) rather than at each request: one e-mail per hour says far less about when a
person wrote than one per request would, and no task row records the moment."""

from django.core.management import BaseCommand

from intake import services


class Command(BaseCommand):
    help = "E-mail the Legal intake group the number of new requests for legal help (no content)."

    def handle(self, *args, **options):
        announced = services.notify_staff()
        self.stdout.write(f"Announced {announced} new request(s).")
