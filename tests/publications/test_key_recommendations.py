"""Publications lead with their demands: a dateline, the key recommendations numbered near the top (addressee and
status beside each, links to the full list and the database), and the PDF and share links at the top too."""

import re

import pytest

from publications.models import PublicationPage, Recommendation
from publications.models.pages import key_recommendations

from .factories import PublicationPageFactory, RecommendationFactory

pytestmark = pytest.mark.django_db


def top_of(html):
    """What comes before the body: the header and the key recommendations."""
    return html.split('<div class="stream">', 1)[0]


def key_items(html):
    """[(number, text)] of the key recommendations block."""
    block = html.split('class="key-recs"', 1)[1].split("</section>", 1)[0]
    return [
        (int(number), re.sub(r"<[^>]+>", "", text).strip())
        for number, text in re.findall(r'<li class="key-recs__item" value="(\d+)">\s*<p[^>]*>(.*?)</p>', block, re.S)
    ]


def test_statement_opens_with_its_dateline_actions_and_first_recommendations(client, statement, recommendations_page):
    statement.place_en, statement.place_ru = "Bishkek", "Бишкек"
    statement.save_revision().publish()
    html = client.get("/en/publications/joint-statement/").content.decode()
    top = top_of(html)
    assert 'class="dateline">Bishkek, <time datetime="2020-08-25">' in top
    # Without a mark the first recommendations are shown, with their numbers in the full list.
    assert key_items(html) == [
        (1, "Let independent monitors visit every prison."),
        (2, "Withdraw the bill restricting NGOs."),
    ]
    assert "Penitentiary Service" in top and "Rejected" in top and "Under consideration" in top
    assert 'href="#recommendations">All recommendations in full (2)</a>' in top
    assert 'href="/en/recommendations/"' in top
    # The PDF and the share links are at the top as well as at the end.
    assert top.count("/en/publications/joint-statement/pdf/") == 1
    assert html.count("/en/publications/joint-statement/pdf/") == 2
    assert "https://t.me/share/url?url=" in top
    assert html.count('id="recommendations"') == 1

    russian = client.get("/ru/publications/joint-statement/").content.decode()
    assert 'class="dateline">Бишкек, <time' in top_of(russian)
    assert "Ключевые рекомендации" in russian and "Служба наказаний" in top_of(russian)


def test_marked_recommendations_come_first_with_their_own_numbers(client, statement, addressees):
    for number in range(3, 9):
        RecommendationFactory(publication=statement, addressee=addressees["parliament"], text_en=f"Demand {number}.")
    marked = list(statement.recommendations.order_by("sort_order"))
    for recommendation in [marked[2], marked[4], *marked[5:]]:
        recommendation.key = True
        recommendation.save()
    html = client.get("/en/publications/joint-statement/").content.decode()
    # Five at most, numbered as in the full list below.
    assert key_items(html) == [(3, "Demand 3."), (5, "Demand 5."), (6, "Demand 6."), (7, "Demand 7."), (8, "Demand 8.")]
    assert 'href="#recommendations">All recommendations in full (8)</a>' in html


def test_reports_with_recommendations_get_the_block_and_news_without_none(client, index_page, addressees):
    report = PublicationPageFactory(parent=index_page, slug="report", kind=PublicationPage.Kind.REPORT)
    RecommendationFactory(publication=report, addressee=addressees["prisons"], text_en="Close the cells.")
    news = PublicationPageFactory(parent=index_page, slug="news", kind=PublicationPage.Kind.NEWS)
    html = client.get("/en/publications/report/").content.decode()
    assert key_items(html) == [(1, "Close the cells.")]
    news_html = client.get("/en/publications/news/").content.decode()
    assert "key-recs" not in news_html
    # News without recommendations has no PDF; the date still opens the summary, with no place given.
    assert "/pdf/" not in news_html
    assert f'class="dateline"><time datetime="{news.publication_date:%Y-%m-%d}">' in news_html


def test_key_recommendations_helper_numbers_as_the_full_list():
    items = [Recommendation(text_en=str(n), key=n in (2, 4)) for n in range(1, 6)]
    assert [(number, item.text_en) for number, item in key_recommendations(items)] == [(2, "2"), (4, "4")]
    plain = [Recommendation(text_en=str(n)) for n in range(1, 6)]
    assert [number for number, _item in key_recommendations(plain)] == [1, 2, 3]
    assert key_recommendations([]) == []
