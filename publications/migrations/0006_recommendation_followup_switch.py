"""Recommendation follow-up as its own record (step 3 of 3): notes hang on the record, the status leaves the
recommendation (and with it the statement's revisions). The record's key is the recommendation's, so each
note's existing reference stays valid."""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("publications", "0005_recommendation_followup_data")]

    operations = [
        migrations.AlterField(
            model_name="followupnote",
            name="recommendation",
            field=modelcluster.fields.ParentalKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="notes",
                to="publications.recommendationfollowup",
            ),
        ),
        migrations.RenameField("followupnote", "recommendation", "follow_up"),
        migrations.RemoveField("recommendation", "status"),
    ]
