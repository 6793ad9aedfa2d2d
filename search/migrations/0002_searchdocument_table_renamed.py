"""The search rows' table takes the search app's name (search_searchdocument); its rows and indexes go with it."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0001_initial'),
    ]

    operations = [
        migrations.AlterModelTable(
            name='searchdocument',
            table=None,
        ),
    ]
