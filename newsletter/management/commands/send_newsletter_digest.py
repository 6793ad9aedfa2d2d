from django.core.management import BaseCommand

from newsletter.tasks import send_weekly_digest


class Command(BaseCommand):
    help = "Open this week's digest (news, case stories, press releases) and queue it; once per week at most."

    def handle(self, *args, **options):
        mailing = send_weekly_digest()
        if mailing is None:
            self.stdout.write("No digest this time: nothing new, no subscriber, or already sent this week.")
        else:
            self.stdout.write(f"Digest of {mailing.items.count()} publications queued.")
