"""Judges every page's and snippet's translations again (after a bulk import, or once after upgrading)."""

from django.core.management.base import BaseCommand

from translations.status import rebuild_all


class Command(BaseCommand):
    help = "Store the translation state of every page and translatable snippet for the translation board."

    def handle(self, *args, **options):
        count = rebuild_all()
        if options["verbosity"]:
            self.stdout.write(f"Judged {count} pages and snippets.")
