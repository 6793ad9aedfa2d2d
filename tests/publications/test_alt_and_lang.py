import pytest
import wagtail_factories

pytestmark = pytest.mark.django_db


def test_main_image_alt_defaults_to_the_images_description(client, statement, committed):
    statement.hero_image = wagtail_factories.ImageFactory(description="Monitors at the gate of a prison colony")
    statement.save()
    content = client.get("/en/publications/joint-statement/").content.decode()
    assert 'alt="Monitors at the gate of a prison colony"' in content

    statement.hero_image_alt_text_en = "Two monitors wait outside Colony No. 47"
    with committed():
        statement.save()
    content = client.get("/en/publications/joint-statement/").content.decode()
    assert 'alt="Two monitors wait outside Colony No. 47"' in content


def test_text_shown_from_another_language_says_which(client, statement):
    """Kyrgyz visitors meet Russian titles and recommendations where no Kyrgyz exists: marked lang="ru"
    so the browser hyphenates them (and screen readers pronounce them) as Russian."""
    statement.title_ky, statement.summary_ky = "", ""
    statement.save()
    recommendation = statement.recommendations.first()
    recommendation.text_ky = ""
    recommendation.save()
    listing = client.get("/ky/publications/").content.decode()
    assert '<a href="/ky/publications/joint-statement/" lang="ru">Заявление о закрытых учреждениях</a>' in listing
    assert '<p class="pub-card__summary" lang="ru">' in listing
    article = client.get("/ky/publications/joint-statement/").content.decode()
    assert f'<p class="rec__text" lang="ru">{recommendation.text_ru}</p>' in article
    english = client.get("/en/publications/").content.decode()
    assert 'lang="ru"' not in english.split("<main", 1)[1]
