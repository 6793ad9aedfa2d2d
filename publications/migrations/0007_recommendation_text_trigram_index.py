"""PostgreSQL only: trigram indexes so the recommendations database's `q` (a case-insensitive substring match in
the visitor's language, Django's `icontains`) is answered from an index instead of a scan of every row.
Skipped, with the scan kept, where the database is not PostgreSQL or pg_trgm cannot be installed."""

from django.conf import settings
from django.db import migrations, transaction

TABLE = "publications_recommendation"


def index_name(code):
    return f"rec_text_{code}_trgm"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic(using=schema_editor.connection.alias):
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception:  # noqa: BLE001 (a managed database may refuse extensions: the scan still works)
        return
    for code, _name in settings.LANGUAGES:
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS {index_name(code)} ON {TABLE} USING gin (UPPER("text_{code}") gin_trgm_ops)'
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for code, _name in settings.LANGUAGES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {index_name(code)}")


class Migration(migrations.Migration):
    dependencies = [("publications", "0006_recommendation_followup_switch")]

    operations = [migrations.RunPython(create, drop)]
