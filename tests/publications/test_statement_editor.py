"""Statements are easy to start: a new publication is a statement, and the "Recommendations" placement block is
offered in the body only where saving accepts it."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from publications.models import PublicationPage

from .factories import PublicationPageFactory

pytestmark = pytest.mark.django_db


def body_blocks(response, language="en"):
    """The block types the editor's body field offers (the definition the block menu is built from)."""
    return set(response.context["form"].fields[f"body_{language}"].block.child_blocks)


def block_definition(response):
    """The English body's block definition as sent to the browser (the widget's data attribute)."""
    return response.content.decode().split('id="body_en"', 1)[1].split(">", 1)[0]


def test_a_new_publication_starts_as_a_statement_with_the_placement_offered(admin_client, index_page):
    response = admin_client.get(f"/admin/pages/add/publications/publicationpage/{index_page.pk}/")
    assert response.status_code == 200
    form = response.context["form"]
    assert form["kind"].value() == PublicationPage.Kind.STATEMENT
    assert 'value="statement" selected' in response.content.decode()
    assert {"recommendations", "paragraph", "document", "table"} <= body_blocks(response)


@pytest.mark.parametrize("kind", ["news", "case_story", "report", "press_release"])
def test_other_kinds_are_never_offered_the_placement(admin_client, index_page, kind):
    page = PublicationPageFactory(parent=index_page, slug=f"a-{kind}", kind=kind)
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    for language in ("en", "ru", "ky"):
        offered = body_blocks(response, language)
        assert "recommendations" not in offered and {"paragraph", "document", "table"} <= offered
    assert "&quot;recommendations&quot;" not in block_definition(response)
    assert "Place the recommendations block" not in response.content.decode()


def test_a_statement_keeps_the_placement_offered(admin_client, statement):
    response = admin_client.get(f"/admin/pages/{statement.pk}/edit/")
    assert "recommendations" in body_blocks(response, "ru")
    assert "&quot;recommendations&quot;" in block_definition(response)


def test_news_with_the_block_sent_anyway_is_refused_and_keeps_what_was_sent(admin_client, index_page):
    news = PublicationPageFactory(parent=index_page, slug="news-item", kind="news")
    body = streamfield([("heading", {"text": "Kept"}), ("recommendations", {"heading": "Sent", "intro": ""})])
    data = nested_form_data(
        {
            "title_en": news.title_en,
            "title_ru": "",
            "title_ky": "",
            "slug": news.slug,
            "kind": "news",
            "publication_date": "2024-01-01",
            "summary_en": "A summary.",
            "summary_ru": "",
            "summary_ky": "",
            "body_en": body,
            "body_ru": streamfield([]),
            "body_ky": streamfield([]),
            "recommendations": inline_formset([]),
            "related_links": inline_formset([]),
        }
    )
    response = admin_client.post(f"/admin/pages/{news.pk}/edit/", data)
    assert response.status_code == 200
    assert "belongs in statements only" in response.content.decode()
    # The editor sees the refused block again, to remove it: nothing they sent was dropped.
    sent = response.context["form"]["body_en"].value()
    assert [child.block_type for child in sent] == ["heading", "recommendations"]
