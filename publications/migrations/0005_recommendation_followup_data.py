"""Recommendation follow-up as its own record (step 2 of 3): today's statuses carried over, one record each."""

from django.db import migrations


def carry_over(apps, schema_editor):
    Recommendation = apps.get_model("publications", "Recommendation")
    RecommendationFollowUp = apps.get_model("publications", "RecommendationFollowUp")
    PageViewRestriction = apps.get_model("wagtailcore", "PageViewRestriction")
    restricted = set(PageViewRestriction.objects.values_list("page_id", flat=True))
    records = []
    rows = Recommendation.objects.values_list(
        "pk",
        "status",
        "addressee_id",
        "sort_order",
        "publication_id",
        "publication__live",
        "publication__publication_date",
    )
    for pk, status, addressee_id, sort_order, publication_id, live, date in rows.iterator():
        records.append(
            RecommendationFollowUp(
                recommendation_id=pk,
                status=status,
                listed=bool(live) and publication_id not in restricted,
                publication_id=publication_id,
                publication_date=date,
                addressee_id=addressee_id,
                position=sort_order or 0,
            )
        )
    RecommendationFollowUp.objects.bulk_create(records, batch_size=2000)


def carry_back(apps, schema_editor):
    Recommendation = apps.get_model("publications", "Recommendation")
    RecommendationFollowUp = apps.get_model("publications", "RecommendationFollowUp")
    for pk, status in RecommendationFollowUp.objects.values_list("pk", "status").iterator():
        Recommendation.objects.filter(pk=pk).update(status=status)


class Migration(migrations.Migration):
    dependencies = [("publications", "0004_recommendation_followup_record")]

    operations = [migrations.RunPython(carry_over, carry_back)]
