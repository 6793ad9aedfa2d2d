"""Recommendation follow-up as its own record (step 1 of 3): the dated notes are renamed, the record is created."""

import django.db.models.deletion
import wagtail.models
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("publications", "0003_featured_publication"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RenameModel("RecommendationFollowUp", "FollowUpNote"),
        migrations.CreateModel(
            name="RecommendationFollowUp",
            fields=[
                (
                    "recommendation",
                    models.OneToOneField(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        primary_key=True,
                        related_name="follow_up",
                        serialize=False,
                        to="publications.recommendation",
                        verbose_name="recommendation",
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("no_response", "No response"),
                            ("under_consideration", "Under consideration"),
                            ("partially_implemented", "Partially implemented"),
                            ("implemented", "Implemented"),
                            ("rejected", "Rejected"),
                        ],
                        default="no_response",
                        help_text="How the addressee has responded so far; add a dated note when it changes.",
                        max_length=24,
                        verbose_name="status",
                    ),
                ),
                ("listed", models.BooleanField(default=False, editable=False)),
                ("removed", models.BooleanField(default=False, editable=False)),
                ("publication_date", models.DateField(editable=False, null=True)),
                ("position", models.IntegerField(default=0, editable=False)),
                (
                    "addressee",
                    models.ForeignKey(
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="publications.addressee",
                        verbose_name="addressee",
                    ),
                ),
                (
                    "publication",
                    models.ForeignKey(
                        db_constraint=False,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="publications.publicationpage",
                        verbose_name="publication",
                    ),
                ),
                (
                    "latest_revision",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.revision",
                        verbose_name="latest revision",
                    ),
                ),
            ],
            options={
                "verbose_name": "recommendation follow-up",
                "verbose_name_plural": "recommendation follow-ups",
                "ordering": ["-publication_date", "-publication_id", "position", "recommendation_id"],
                "indexes": [
                    models.Index(
                        condition=models.Q(("listed", True)),
                        fields=["-publication_date", "-publication", "position", "recommendation"],
                        name="followup_listed_order",
                    ),
                    models.Index(
                        condition=models.Q(("listed", True)),
                        fields=["status", "-publication_date", "-publication", "position", "recommendation"],
                        name="followup_status_order",
                    ),
                    models.Index(
                        condition=models.Q(("listed", True)),
                        fields=["addressee", "-publication_date", "-publication", "position", "recommendation"],
                        name="followup_addressee_order",
                    ),
                ],
            },
            bases=(wagtail.models.RevisionMixin, models.Model),
        ),
    ]
