from django.core.management.base import BaseCommand

from core.dispatcher import describe


class Command(BaseCommand):
    help = "Prints what each change invalidates: data-cache sections, purges, search rows, follow-up records, files."

    def handle(self, *args, **options):
        self.stdout.write(describe())
