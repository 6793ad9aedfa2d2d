"""Translation states are judged by what a visitor would miss (translations.judgement) and stored with the
model's label as their type: the board judges everything again on its first read."""

from django.db import migrations


def forget_states(apps, schema_editor):
    apps.get_model("home", "TranslationState").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("home", "0006_editorial_roles")]

    operations = [migrations.RunPython(forget_states, migrations.RunPython.noop)]
