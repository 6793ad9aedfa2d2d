from importlib import import_module
from importlib.util import find_spec

from django.core.management import BaseCommand, call_command

from home.models import HomePage
from search.documents import rebuild_all

# Each app that has demo content gives a `demo.load(context)`; they run in this order.
DEMO_APPS = ("home", "publications", "donations", "intake", "newsletter")


class Command(BaseCommand):
    help = "Builds the demo site (organisation, publications, donation page). Safe to run again: it changes nothing."

    def add_arguments(self, parser):
        parser.add_argument("--if-empty", action="store_true", help="Do nothing when the site already has content.")

    def handle(self, *args, if_empty=False, **options):
        if if_empty and HomePage.objects.exists():
            self.stdout.write("The site already has content; demo content not loaded.")
            return
        # Fills the default-language columns of pages created before translation (Wagtail's root page).
        call_command("update_translation_fields", verbosity=0)
        context = {}
        for app in DEMO_APPS:
            if find_spec(f"demo.{app}") is None:
                continue
            loader = import_module(f"demo.{app}")
            if app == "home":
                context.update(loader.load())
            else:
                context.update(loader.load(context) or {})
        # One page of each translation state for the translation status board.
        import_module("demo.home.translation_states").load(context)
        # Searchable at once, without waiting for the queue's worker to index page by page.
        rebuild_all()
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
