"""Django's `migrate`, plus the columns wagtail-modeltranslation adds for Wagtail's own page fields (title_ru, …),
quietly: modeltranslation prints every ALTER TABLE it runs, which only `--verbosity 2` shows here."""

import contextlib
import io

from wagtail_modeltranslation.management.commands.migrate_translation import Command as TranslationMigrateCommand


class Command(TranslationMigrateCommand):
    def handle(self, *args, **options):
        if options["verbosity"] >= 2:
            return super().handle(*args, **options)
        printed = io.StringIO()
        # Django's own output goes to self.stdout, bound before this; only modeltranslation's print() is caught.
        with contextlib.redirect_stdout(printed):
            super().handle(*args, **options)
        added = printed.getvalue().count("ALTER TABLE")
        if added and options["verbosity"] >= 1:
            self.stdout.write(f"Added {added} translation columns to Wagtail's page table.")
