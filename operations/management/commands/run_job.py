"""Run one periodic job and record its run: what cron calls (deploy/crontab)."""

from django.core.management import BaseCommand, CommandError

from operations import jobs


class Command(BaseCommand):
    help = "Run a periodic job by name and record its last successful run (for /healthz)."

    def add_arguments(self, parser):
        parser.add_argument("names", nargs="*", metavar="NAME")
        parser.add_argument("--all", action="store_true", help="Run every job once (after a deploy).")

    def handle(self, *args, names, all=False, **options):
        registered = jobs.registered_jobs()
        if all:
            names = list(registered)
        if not names:
            raise CommandError(f"Name a job: {', '.join(registered)}")
        unknown = [name for name in names if name not in registered]
        if unknown:
            raise CommandError(f"Unknown job {', '.join(unknown)}; known: {', '.join(registered)}")
        for name in names:
            jobs.run(registered[name], stdout=self.stdout)
