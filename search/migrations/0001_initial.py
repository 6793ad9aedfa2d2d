"""The search rows, taken over from publications (publications.0017): the table made there, with its rows and its
PostgreSQL indexes, is kept; only Django's record of the model is created here."""

import django.contrib.postgres.search
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('publications', '0017_searchdocument_moves_to_search'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name='SearchDocument',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('language', models.CharField(max_length=8)),
                        ('source_language', models.CharField(max_length=8)),
                        ('config', models.CharField(max_length=32)),
                        ('title', models.TextField(blank=True)),
                        ('summary', models.TextField(blank=True)),
                        ('body', models.TextField(blank=True)),
                        ('folded_title', models.TextField(blank=True)),
                        ('folded', models.TextField(blank=True)),
                        ('date', models.DateField(null=True)),
                        ('vector', django.contrib.postgres.search.SearchVectorField(null=True)),
                        ('title_vector', django.contrib.postgres.search.SearchVectorField(null=True)),
                        ('listed', models.BooleanField(default=True)),
                        ('path', models.CharField(blank=True, max_length=255)),
                        ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.WAGTAIL_PAGE_MODEL)),
                        ('recommendation', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='publications.recommendation')),
                    ],
                    options={
                        'db_table': 'publications_searchdocument',
                        'indexes': [models.Index(models.F('language'), models.OrderBy(models.F('date'), descending=True), models.F('id'), condition=models.Q(('recommendation', None)), name='searchdoc_pages_newest'), models.Index(models.F('language'), models.OrderBy(models.F('date'), descending=True), models.F('id'), condition=models.Q(('recommendation__isnull', False)), name='searchdoc_recs_newest')],
                        'constraints': [models.UniqueConstraint(condition=models.Q(('recommendation', None)), fields=('page', 'language'), name='searchdoc_one_per_page')],
                    },
                ),
            ],
        ),
    ]
