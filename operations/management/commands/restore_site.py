"""Restore a backup_site folder, or an off-site copy: replaces the database's contents and puts the media back."""

import tempfile

from django.core.management import BaseCommand, CommandError

from operations import backup


class Command(BaseCommand):
    help = "Restore from a backup_site folder, or --offsite STAMP|latest (stop the web and worker services first)."

    def add_arguments(self, parser):
        parser.add_argument("folder", nargs="?", default=None)
        parser.add_argument("--offsite", metavar="STAMP", help="Fetch this off-site copy (or 'latest') first.")
        parser.add_argument("--list", action="store_true", help="List the off-site copies and stop.")
        parser.add_argument("--yes", action="store_true", help="Confirm: the current database content is replaced.")

    def handle(self, *args, folder=None, offsite=None, list=False, yes=False, **options):
        if list:
            for stamp in backup.offsite_stamps():
                self.stdout.write(stamp)
            return
        if bool(folder) == bool(offsite):
            raise CommandError("Name a backup folder, or --offsite STAMP (or latest).")
        if not yes:
            raise CommandError("This replaces the current database: run again with --yes.")
        if offsite:
            with tempfile.TemporaryDirectory(prefix="birduino-restore-") as scratch:
                fetched = backup.fetch_offsite(offsite, scratch)
                self.stdout.write(f"Fetched and checked {fetched.name}")
                backup.restore(fetched)
                self.stdout.write(f"Restored {fetched.name}")
            return
        backup.restore(folder)
        self.stdout.write(f"Restored {folder}")
