"""Print deploy/crontab as operations/jobs.py declares the jobs (`manage.py crontab > deploy/crontab`)."""

from django.core.management import BaseCommand

from operations.jobs import crontab


class Command(BaseCommand):
    help = "Print the crontab of every periodic job (deploy/crontab is this output)."

    def handle(self, *args, **options):
        self.stdout.write(crontab(), ending="")
