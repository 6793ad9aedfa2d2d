from django.core.management import BaseCommand

from newsletter.tasks import resume_mailings


class Command(BaseCommand):
    help = "Recover newsletter deliveries a stopped worker left and queue every mailing that still has work."

    def handle(self, *args, **options):
        done = resume_mailings()
        self.stdout.write(", ".join(f"{name}: {count}" for name, count in done.items()))
