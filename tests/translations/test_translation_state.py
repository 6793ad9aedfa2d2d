"""A statement's translation state is judged by what a visitor would miss, and the public notice, `<main lang>`
and the translation board agree: one function (translations.judgement) decides for all three."""

import re

import pytest

from publications.models import Recommendation
from tests.publications.factories import AddresseeFactory, PublicationPageFactory, RecommendationFactory
from translations.models import TranslationState

pytestmark = pytest.mark.django_db

BODY_EN = '[{"type": "paragraph", "value": "<p>Monitors found cells without light.</p>"}]'


def statement_in_english_and_kyrgyz(index_page, slug, body_en="[]", recommendation_ky=True):
    """Title, summary and three recommendations in English and Kyrgyz, nothing in Russian, published."""
    page = PublicationPageFactory(
        parent=index_page,
        slug=slug,
        kind="statement",
        title_en="Open the prisons to monitors",
        title_ru="",
        title_ky="Түрмөлөрдү мониторлорго ачуу",
        summary_en="Monitors must see every cell.",
        summary_ru="",
        summary_ky="Мониторлор ар бир камераны көрүшү керек.",
        body_en=body_en,
        body_ru="[]",
        body_ky="[]",
    )
    addressee = AddresseeFactory()
    for n in range(3):
        RecommendationFactory(
            publication=page,
            addressee=addressee,
            text_en=f"Let monitors into prison number {n}.",
            text_ru="",
            text_ky=f"{n}-түрмөгө мониторлорду киргизүү." if recommendation_ky else "",
        )
    page.save_revision().publish()
    return page


def visit(client, page, language):
    html = client.get(f"/{language}/publications/{page.slug}/").content.decode()
    notice = re.search(
        r'<div class="translation-notice" role="note" lang="\w+">\s*<div class="container">(.*?)</div>', html, re.S
    )
    main = re.search(r"<main [^>]*>", html)[0]
    return (notice[1].strip() if notice else None), main, html


def board(page):
    return TranslationState.objects.get(is_page=True, object_id=str(page.pk)).states


def test_a_statement_without_body_text_is_translated_in_every_language_it_has(client, index_page):
    page = statement_in_english_and_kyrgyz(index_page, "no-body")
    for language in ("en", "ky"):
        notice, main, html = visit(client, page, language)
        assert notice is None, language
        assert main == '<main id="main" tabindex="-1">', language
        assert f'<html lang="{language}">' in html
    assert board(page)["ky"] == {"state": "complete", "missing": []}

    # Russian has nothing: the whole page is read in English, says so, and is marked so.
    notice, main, _html = visit(client, page, "ru")
    assert notice == "Эта страница пока не переведена на русский язык. Вы читаете английскую версию."
    assert main == '<main id="main" tabindex="-1" lang="en">'
    assert board(page)["ru"] == {"state": "missing", "missing": ["title", "summary", "recommendations"]}


def test_body_text_in_english_only_is_missing_in_kyrgyz_and_marked_english(client, index_page):
    page = statement_in_english_and_kyrgyz(index_page, "body-in-english", body_en=BODY_EN)
    notice, main, html = visit(client, page, "ky")
    assert notice == "Бул барактын айрым бөлүктөрү азырынча кыргыз тилинде жок."
    assert main == '<main id="main" tabindex="-1">'  # the title, summary and recommendations are Kyrgyz
    assert '<div class="stream" lang="en">' in html and "Monitors found cells without light." in html
    assert '<h1 lang="en">' not in html and "Түрмөлөрдү мониторлорго ачуу" in html
    assert board(page)["ky"] == {"state": "missing", "missing": ["body"]}
    assert visit(client, page, "en")[0] is None


def test_the_board_names_recommendations_without_their_text(client, admin_client, index_page):
    page = statement_in_english_and_kyrgyz(index_page, "recommendations-in-english", recommendation_ky=False)
    assert board(page)["ky"] == {"state": "missing", "missing": ["recommendations"]}
    notice, main, html = visit(client, page, "ky")
    assert notice == "Бул барактын айрым бөлүктөрү азырынча кыргыз тилинде жок."
    assert '<p class="rec__text" lang="en">Let monitors into prison number 0.</p>' in html
    listing = admin_client.get("/admin/reports/translations/", {"language": "ky", "status": "missing"})
    assert "✗ Missing: recommendations" in listing.content.decode()
    listing = admin_client.get("/admin/reports/translations/", {"language": "ru", "status": "missing"})
    assert "✗ Missing: title, summary, recommendations" in listing.content.decode()


def test_notice_main_lang_and_board_come_from_one_judgement(client, index_page):
    pages = [
        statement_in_english_and_kyrgyz(index_page, "one"),
        statement_in_english_and_kyrgyz(index_page, "two", body_en=BODY_EN),
        statement_in_english_and_kyrgyz(index_page, "three", recommendation_ky=False),
    ]
    for page in pages:
        states = board(page)
        for language in ("ru", "ky"):
            missing, _whole = page.reading(language, fresh=True)
            assert states[language]["missing"] == missing
            notice, _main, _html = visit(client, page, language)
            assert (notice is not None) == (states[language]["state"] == "missing"), (page.slug, language)


def test_a_translated_recommendation_saved_later_completes_the_statement(client, index_page):
    page = statement_in_english_and_kyrgyz(index_page, "later", recommendation_ky=False)
    # As the editor publishes it: the texts come from the revision, and the rows are saved after the page.
    revision = page.save_revision()
    for row in revision.content["recommendations"]:
        row["text_ky"] = "Кыргызча текст."
    revision.save()
    revision.publish()
    assert set(Recommendation.objects.filter(publication=page).values_list("text_ky", flat=True)) == {"Кыргызча текст."}
    assert board(page)["ky"]["state"] == "complete"
    assert visit(client, page, "ky")[0] is None
