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
        known = {job.name for job in jobs.all_jobs()}
        unknown = [name for name in names if name not in known]
        if unknown:
            raise CommandError(f"Unknown job {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        for name in names:
            if name not in registered:
                # Backups on a SQLite development database: not an error for cron to mail.
                self.stderr.write(f"Skipped {name}: it needs PostgreSQL.")
                continue
            jobs.run(registered[name], stdout=self.stdout)
