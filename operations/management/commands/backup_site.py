"""Back up the database (pg_dump) and media (a tar of MEDIA_ROOT or of the bucket) into one folder, copy it off
the server when BACKUP_S3_BUCKET is set, and apply the retention rules. Nightly from cron (run_job backup_site)."""

from django.conf import settings
from django.core.management import BaseCommand
from django.utils import timezone

from operations import backup


class Command(BaseCommand):
    help = "Write DIR/<date-time>/ (database.dump, media.tar, manifest.json), copy it off-site, prune old ones."

    def add_arguments(self, parser):
        parser.add_argument("directory", nargs="?", default=None, help="Default: BACKUP_DIR.")

    def handle(self, *args, directory=None, **options):
        directory = (directory or settings.BACKUP_DIR).rstrip("/")
        stamp = timezone.localtime().strftime(backup.STAMP_FORMAT)
        folder = backup.backup(f"{directory}/{stamp}")
        self.stdout.write(str(folder))
        if backup.offsite() is not None:
            for name in backup.copy_offsite(folder):
                self.stdout.write(f"off-site: {name}")
            for stamp in backup.prune_offsite(settings.BACKUP_KEEP_DAYS):
                self.stdout.write(f"off-site copy deleted (older than {settings.BACKUP_KEEP_DAYS} days): {stamp}")
        else:
            self.stderr.write("No off-site copy: BACKUP_S3_BUCKET is not set (deploy/README.md, Backups).")
        for old in backup.prune_local(directory, settings.BACKUP_KEEP_LOCAL):
            self.stdout.write(f"local copy deleted: {old}")
