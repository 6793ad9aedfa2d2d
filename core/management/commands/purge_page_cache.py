"""Purge every public page from the proxy's cache and any CDN (WAGTAILFRONTENDCACHE): after an upgrade, whose new
templates or static files every cached page must show (deploy/upgrade.sh)."""

from django.conf import settings
from django.core.management import BaseCommand

from core.purge import purge_whole_site


class Command(BaseCommand):
    help = "Purge the whole site from the front-end cache (nginx, Cloudflare, CloudFront), now."

    def handle(self, *args, **options):
        if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
            self.stdout.write("No front-end cache configured: nothing to purge.")
            return
        purge_whole_site.call()
        self.stdout.write("Purged the whole site from the front-end cache.")
