"""Search rows carry what a search filters by (listed, tree path) and a title-only vector, so a query reads the
search table alone and ranks a bounded pool of candidates (publications.search)."""

import django.contrib.postgres.search
from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def fill_new_columns(apps, schema_editor):
    """Rows made before this migration get their page's tree path, its listing flag and, on PostgreSQL, the title
    vector and its index (so no rebuild is needed after upgrading)."""
    SearchDocument = apps.get_model("publications", "SearchDocument")
    Page = apps.get_model("wagtailcore", "Page")
    PageViewRestriction = apps.get_model("wagtailcore", "PageViewRestriction")
    SearchDocument.objects.update(path=Subquery(Page.objects.filter(pk=OuterRef("page_id")).values("path")[:1]))
    for restricted in PageViewRestriction.objects.values_list("page__path", flat=True):
        SearchDocument.objects.filter(path__startswith=restricted).update(listed=False)
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "UPDATE publications_searchdocument SET title_vector = "
            "setweight(to_tsvector(config::regconfig, title), 'A') || setweight(to_tsvector('simple', title), 'A')"
        )
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # an index cannot be built with checks pending
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS searchdoc_title_vector ON publications_searchdocument USING gin (title_vector)"
        )


def drop_title_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS searchdoc_title_vector")


class Migration(migrations.Migration):
    dependencies = [
        ("publications", "0008_merge_followup_and_search_documents"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="listed",
            field=models.BooleanField(default=True),
        ),
        migrations.AddField(
            model_name="searchdocument",
            name="path",
            field=models.CharField(blank=True, max_length=255),
        ),
        migrations.AddField(
            model_name="searchdocument",
            name="title_vector",
            field=django.contrib.postgres.search.SearchVectorField(null=True),
        ),
        migrations.RunPython(fill_new_columns, drop_title_index),
    ]
