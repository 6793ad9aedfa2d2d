"""Prints a one-time link with which USERNAME enrols a second factor: for the first superuser of a new site, or when
no other administrator can make one (Settings → Two-factor invitations)."""

from django.contrib.auth import get_user_model
from django.core.management import BaseCommand, CommandError

from security import two_factor_invitations as invitations


class Command(BaseCommand):
    help = "Print a one-time, expiring two-factor enrolment link for USERNAME (it replaces their unused links)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--hours", type=int, default=None, help="How long the link works (default: settings).")

    def handle(self, *args, username, hours, **options):
        user = get_user_model().objects.filter(username=username, is_active=True).first()
        if user is None:
            raise CommandError(f"No active account named {username!r}.")
        invitation, token = invitations.create(user, hours=hours)
        self.stdout.write(f"Sign in as {username}, then open (once, until {invitation.expires_at:%Y-%m-%d %H:%M %Z}):")
        self.stdout.write(invitations.link(token))
