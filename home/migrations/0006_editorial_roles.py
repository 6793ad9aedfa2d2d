"""The organisation's roles (home/roles.py): Editors and Moderators widened to the follow-ups and content
snippets, and a Translators group."""

from django.db import migrations

from home.roles import TRANSLATORS, apply_roles, create_missing_permissions


def add_roles(apps, schema_editor):
    create_missing_permissions(apps)
    apply_roles(apps)


def remove_translators(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=TRANSLATORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_translation_state_names"),
        ("publications", "0004_recommendation_followup_record"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(add_roles, remove_translators)]
