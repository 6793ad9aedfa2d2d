import pytest
from django.core.management import call_command

from home.models import NavigationItem
from publications.models import PublicationPage, Recommendation, Topic

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        PublicationPage.objects.count(),
        Recommendation.objects.count(),
        Topic.objects.count(),
        NavigationItem.objects.count(),
        sorted(PublicationPage.objects.values_list("pk", "title_ru", "summary_ky")),
        sorted(Recommendation.objects.values_list("pk", "text_ky", "follow_up__status")),
    )


def test_demo_statement_reads_in_three_languages_with_its_recommendations(client, demo_site):
    statement = PublicationPage.objects.get(slug="joint-meeting-2020-statement")
    assert statement.kind == "statement"
    recommendations = statement.recommendations.all()
    assert recommendations.count() == 14
    for recommendation in recommendations:
        assert recommendation.text_en and recommendation.text_ru and recommendation.text_ky
    for language in ("en", "ru", "ky"):
        assert getattr(statement, f"title_{language}") and getattr(statement, f"summary_{language}")
        response = client.get(f"/{language}/publications/joint-meeting-2020-statement/")
        assert response.status_code == 200
        assert "translation-notice" not in response.content.decode()
    # Every filter of the index has something to show.
    index = client.get("/en/publications/").context["filter_form"]
    assert len(index.fields["year"].choices) > 5
    for kind in PublicationPage.Kind.values:
        assert client.get(f"/en/publications/?kind={kind}").context["publications"].paginator.count > 0
    assert {
        item.sort_order for item in NavigationItem.objects.filter(page__slug__in=["publications", "recommendations"])
    } == {5, 6}


def test_demo_loader_is_idempotent(demo_site):
    before = snapshot()
    call_command("load_demo_content", verbosity=0)
    assert snapshot() == before
