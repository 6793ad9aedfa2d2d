import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Development only: makes an 'admin' superuser with a new random password and prints it."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_dev_admin only runs with DEBUG on; create real accounts with createsuperuser.")
        password = secrets.token_urlsafe(12)
        user, _ = get_user_model().objects.get_or_create(
            username="admin", defaults={"email": "admin@localhost", "is_staff": True, "is_superuser": True}
        )
        user.set_password(password)
        user.save()
        self.stdout.write(self.style.SUCCESS(f"Admin login (development only): admin / {password}"))
        if not settings.TWO_FACTOR_REQUIRED:
            self.stdout.write(
                "  Two-factor sign-in is off in development (TWO_FACTOR_REQUIRED=false); production requires it."
            )
