"""The translation states' table takes the translations app's name; its rows go with it."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('translations', '0001_initial'),
    ]

    operations = [
        migrations.AlterModelTable(
            name='translationstate',
            table=None,
        ),
    ]
