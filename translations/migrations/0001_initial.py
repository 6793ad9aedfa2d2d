"""The translation states, taken over from home (home.0008): the table made there, with its rows, is kept; only
Django's record of the model is created here."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('home', '0008_translationstate_moves_to_translations'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name='TranslationState',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('object_id', models.CharField(max_length=64)),
                        ('title', models.CharField(max_length=255)),
                        ('type_name', models.CharField(max_length=255)),
                        ('is_page', models.BooleanField(default=False)),
                        ('sort_key', models.CharField(max_length=300)),
                        ('states', models.JSONField(default=dict)),
                        ('content_type', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='contenttypes.contenttype')),
                    ],
                    options={
                        'verbose_name': 'page or snippet',
                        'verbose_name_plural': 'pages and snippets',
                        'db_table': 'home_translationstate',
                        'indexes': [models.Index(fields=['sort_key'], name='translation_state_order')],
                        'constraints': [models.UniqueConstraint(fields=('content_type', 'object_id'), name='translation_state_object')],
                    },
                ),
            ],
        ),
    ]
