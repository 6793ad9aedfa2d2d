from django.core.management import BaseCommand

from newsletter.subscriptions import apply_retention


class Command(BaseCommand):
    help = "Delete unconfirmed requests past their expiry and addresses that left NEWSLETTER_RETENTION_DAYS ago."

    def handle(self, *args, **options):
        counts = apply_retention()
        self.stdout.write(", ".join(f"{name}: {count}" for name, count in counts.items()) + " deleted.")
