"""Restore a backup_site folder: replaces the database's contents and puts the media back."""

from django.core.management import BaseCommand, CommandError

from operations import backup


class Command(BaseCommand):
    help = "Restore the database and media from a backup_site folder (stop the web and worker services first)."

    def add_arguments(self, parser):
        parser.add_argument("folder")
        parser.add_argument("--yes", action="store_true", help="Confirm: the current database content is replaced.")

    def handle(self, *args, folder, yes=False, **options):
        if not yes:
            raise CommandError("This replaces the current database: run again with --yes.")
        backup.restore(folder)
        self.stdout.write(f"Restored {folder}")
