"""Rebuilds the per-language search rows (after a bulk import, or once after upgrading to this version)."""

from django.core.management.base import BaseCommand

from search.documents import rebuild_all


class Command(BaseCommand):
    help = "Rebuild the per-language search documents of every live page and recommendation."

    def handle(self, *args, **options):
        count = rebuild_all(stdout=self.stdout if options["verbosity"] > 1 else None)
        if options["verbosity"]:
            self.stdout.write(f"Indexed {count} pages.")
