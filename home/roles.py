"""The organisation's roles as admin groups, described in the README ("Roles").

Plain data and one function that takes an app registry, so the data migration (home 0006, with the historical
models) and `ensure_roles` (the demo loader, tests after a flush) apply the same definition. Permissions are
only ever added: a group an administrator has widened keeps what it was given. "Donation managers" (donations
only) is made by donations' own migration 0002.
"""

from django.contrib.auth.management import create_permissions

EDITORS, MODERATORS, TRANSLATORS = "Editors", "Moderators", "Translators"

# Content the roles write besides pages: (app label, model) of each translatable snippet they keep.
CONTENT_SNIPPETS = [
    ("publications", "topic"),
    ("publications", "addressee"),
    ("home", "testimonial"),
    ("home", "networkorganisation"),
]
FOLLOW_UP = ("publications", "recommendationfollowup")  # edited, never added or deleted (publications.wagtail_hooks)
SITE_SETTINGS = [("home", "organisationsettings"), ("home", "mainnavigation")]
MEDIA = [("wagtailimages", "image"), ("wagtaildocs", "document")]


def model_permissions(models, actions):
    return [(app, f"{action}_{model}") for app, model in models for action in actions]


EDITOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    *model_permissions([FOLLOW_UP], ["change"]),
    *model_permissions(CONTENT_SNIPPETS, ["add", "change"]),
    *model_permissions(MEDIA, ["add", "change", "choose"]),
]

ROLES = {
    # Write pages and submit them for moderation; update follow-ups and add their notes.
    EDITORS: {
        "pages": ["add_page", "change_page"],
        "collections": model_permissions(MEDIA, ["add", "change", "choose"]),
        "permissions": EDITOR_PERMISSIONS,
    },
    # Everything editors do, plus publishing (and approving in the moderation workflow), deleting the content
    # snippets, the menu and the organisation's settings.
    MODERATORS: {
        "pages": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
        "collections": model_permissions(MEDIA, ["add", "change", "choose"]),
        "permissions": [
            *EDITOR_PERMISSIONS,
            *model_permissions(CONTENT_SNIPPETS, ["delete"]),
            *model_permissions(SITE_SETTINGS, ["change"]),
            *model_permissions(MEDIA, ["delete"]),
        ],
    },
    # Edit existing pages, snippets and follow-up notes in their language and submit pages for moderation;
    # never create, delete or publish.
    TRANSLATORS: {
        "pages": ["change_page"],
        "collections": model_permissions(MEDIA, ["choose"]),
        "permissions": [
            ("wagtailadmin", "access_admin"),
            *model_permissions([FOLLOW_UP], ["change"]),
            *model_permissions(CONTENT_SNIPPETS, ["change"]),
            *model_permissions(MEDIA, ["choose"]),
        ],
    },
}


def permission(apps, app_label, codename):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def create_missing_permissions(apps):
    """Django makes permissions after all migrations; a data migration needs them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def apply_roles(apps):
    """Creates the groups and adds their permissions, on the whole page tree and the root collection."""
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    tree_root = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    for name, role in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*(permission(apps, app, codename) for app, codename in role["permissions"]))
        if tree_root is not None:
            for codename in role["pages"]:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=tree_root, permission=permission(apps, "wagtailcore", codename)
                )
        if root_collection is not None:
            for app, codename in role["collections"]:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission(apps, app, codename)
                )


def ensure_moderation_workflow():
    """Wagtail's own migration gives the tree a "Moderators approval" workflow; a flushed database lacks it."""
    from django.contrib.auth.models import Group
    from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

    if Workflow.objects.exists():
        return
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    task.groups.add(Group.objects.get(name=MODERATORS))
    workflow = Workflow.objects.create(name="Moderators approval", active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)  # the cluster's create() would not save
    tree_root = Page.get_first_root_node()
    if tree_root is not None:
        WorkflowPage.objects.create(workflow=workflow, page=tree_root)


def ensure_roles():
    """The roles in the running site's database: after a flush (transactional tests) they are rebuilt with the
    demo, like the other rows migrations create."""
    from django.apps import apps

    apply_roles(apps)
    ensure_moderation_workflow()
