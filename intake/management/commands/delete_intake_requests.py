"""Deletes legal help requests: every one past the retention period (the nightly job), or named ones on demand."""

from django.conf import settings
from django.core.management import BaseCommand, CommandError

from intake import services
from intake.models import IntakeRequest


class Command(BaseCommand):
    help = (
        "Delete legal help requests received more than INTAKE_RETENTION_DAYS days ago (or --older-than DAYS), "
        "or only those named with --reference."
    )

    def add_arguments(self, parser):
        parser.add_argument("--older-than", type=int, metavar="DAYS", help="default: INTAKE_RETENTION_DAYS")
        parser.add_argument("--reference", action="append", default=[], help="delete this request now (repeatable)")

    def handle(self, *args, older_than=None, reference=(), **options):
        if reference:
            wanted = {code.strip().upper() for code in reference}
            requests = IntakeRequest.objects.filter(reference__in=wanted)
            missing = sorted(wanted - set(requests.values_list("reference", flat=True)))
            deleted, _per_model = requests.delete()
            self.stdout.write(f"Deleted {deleted} request(s).")
            if missing:
                raise CommandError(f"No request with reference {', '.join(missing)}.")
            return
        days = settings.INTAKE_RETENTION_DAYS if older_than is None else older_than
        if days < 0:
            raise CommandError("--older-than must be 0 days or more.")
        deleted = services.delete_expired(days)
        self.stdout.write(f"Deleted {deleted} request(s) received before {services.retention_cutoff(days)}.")
