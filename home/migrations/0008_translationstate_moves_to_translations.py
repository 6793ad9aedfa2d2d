"""TranslationState moves to the translations app: only Django's record of the model leaves home; the table and
its rows stay (translations.0001 takes the model over)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0007_judge_translations_again"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="TranslationState")],
            database_operations=[],
        ),
    ]
