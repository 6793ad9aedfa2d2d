"""Back up the database (pg_dump) and media (a tar of MEDIA_ROOT or of the bucket) into one folder."""

from django.core.management import BaseCommand
from django.utils import timezone

from operations import backup


class Command(BaseCommand):
    help = "Write DIR/<date-time>/database.dump and media.tar (restore with restore_site)."

    def add_arguments(self, parser):
        parser.add_argument("directory")

    def handle(self, *args, directory, **options):
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
        folder = backup.backup(f"{directory.rstrip('/')}/{stamp}")
        self.stdout.write(str(folder))
