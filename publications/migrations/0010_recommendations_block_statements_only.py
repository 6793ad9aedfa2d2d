"""The "Recommendations" placement block is offered on statements only: other kinds lose the block (their
recommendations still follow the body, where pages without the block list them), in the page and its latest
revision, so that the editor opens a draft that saves."""

import json

from django.db import migrations


def without_block(stream):
    blocks = json.loads(stream) if isinstance(stream, str) else list(stream or [])
    kept = [block for block in blocks if block.get("type") != "recommendations"]
    return (json.dumps(kept), True) if len(kept) != len(blocks) else (stream, False)


def drop_block_outside_statements(apps, schema_editor):
    PublicationPage = apps.get_model("publications", "PublicationPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    bodies = [field.name for field in PublicationPage._meta.fields if field.name.split("_")[0] == "body"]
    for page in PublicationPage.objects.exclude(kind="statement").iterator():
        changed = []
        for name in bodies:
            stream = getattr(page, name)
            new, dropped = without_block(stream.raw_data if stream is not None else [])
            if dropped:
                setattr(page, name, new)
                changed.append(name)
        if changed:
            page.save(update_fields=changed)
        revision = Revision.objects.filter(pk=page.latest_revision_id).first()
        if revision is not None:
            revised = False
            for name in bodies:
                if revision.content.get(name):
                    revision.content[name], dropped = without_block(revision.content[name])
                    revised = revised or dropped
            if revised:
                revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("publications", "0009_searchdocument_listing_columns"),
    ]

    operations = [migrations.RunPython(drop_block_outside_statements, migrations.RunPython.noop)]
