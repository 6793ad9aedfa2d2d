"""SearchDocument moves to the search app: only Django's record of the model leaves publications; the table and
its rows stay (search.0001 takes the model over)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("publications", "0016_recommendations_block_labels"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="SearchDocument")],
            database_operations=[],
        ),
    ]
