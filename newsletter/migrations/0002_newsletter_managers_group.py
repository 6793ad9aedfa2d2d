"""The "Newsletter managers" group, the only non-superusers who see subscribers' addresses; Editors and
Moderators see the sending history (counts, never addresses)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Newsletter managers"


def create_group(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure ours exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    newsletter = Permission.objects.filter(content_type__app_label="newsletter")
    group, _ = Group.objects.get_or_create(name=GROUP)
    # Addresses arrive only through double opt-in, so nobody adds them by hand.
    group.permissions.add(
        *newsletter.filter(codename__in=["view_subscriber", "change_subscriber", "delete_subscriber", "view_mailing"])
    )
    group.permissions.add(*Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"))
    for name in ("Editors", "Moderators"):
        for editors in Group.objects.filter(name=name):
            editors.permissions.add(*newsletter.filter(codename="view_mailing"))


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("newsletter", "0001_initial"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
