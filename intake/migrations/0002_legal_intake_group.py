"""The "Legal intake" group: the lawyers who list, open, update and delete requests for legal help. Nobody else
but superusers may see them; the group must sign in with a second factor (TWO_FACTOR_REQUIRED_GROUPS)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Legal intake"


def create_group(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure ours exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    permissions = Permission.objects.filter(
        content_type__app_label="intake",
        content_type__model="intakerequest",
        codename__in=["view_intakerequest", "change_intakerequest", "delete_intakerequest"],
    )
    group.permissions.add(*permissions)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"))


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("intake", "0001_initial"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
