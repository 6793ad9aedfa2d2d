"""Three languages: prefixes, the switcher, alternates, the fallback notice and error pages."""

import re

import pytest

from home.models import ContentPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("ky,ru;q=0.8", "/ky/"), ("ru-RU,ru;q=0.9,en;q=0.5", "/ru/"), ("de-DE,en;q=0.5", "/en/"), ("", "/en/")],
)
def test_root_sends_visitors_to_their_best_language(client, demo_site, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_every_public_address_carries_its_language_prefix(client, demo_site):
    for path in ("/about/", "/testimonials/", "/networks/", "/contact/"):
        assert client.get(path, HTTP_ACCEPT_LANGUAGE="ru").headers["Location"] == f"/ru{path}"
        for language in ("en", "ru", "ky"):
            assert client.get(f"/{language}{path}").status_code == 200


def test_switcher_keeps_the_visitor_on_the_same_page(client, demo_site):
    html = client.get("/ru/networks/").content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert 'href="/en/networks/"' in switcher
    assert 'href="/ky/networks/"' in switcher
    assert re.search(r'href="/ru/networks/"[^>]*aria-current="true"', switcher)


def test_language_and_alternates_are_declared(client, demo_site):
    html = client.get("/ky/about/").content.decode()
    assert '<html lang="ky">' in html
    for language in ("en", "ru", "ky"):
        assert f'<link rel="alternate" hreflang="{language}" href="http://testserver/{language}/about/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/">' in html
    assert '<link rel="canonical" href="http://testserver/ky/about/">' in html


def test_page_titles_and_text_are_shown_in_the_visitors_language(client, demo_site):
    assert "Биз жөнүндө" in client.get("/ky/about/").content.decode()
    assert "О нас" in client.get("/ru/about/").content.decode()
    home = client.get("/ky/").content.decode()
    assert "Кыргызстанда адамдын укуктарын" in home
    assert "Юристтин дипломуна тажрыйба кошулушу керек" in home  # a testimonial, in Kyrgyz


def test_missing_translation_falls_back_and_says_so(client, demo_site):
    about = ContentPage.objects.get(slug="about")
    about.title_ky = ""
    about.intro_ky = ""
    about.body_ky = []
    about.save()
    html = client.get("/ky/about/").content.decode()
    # Nothing of it in Kyrgyz: it falls back to Russian first, and the page says so in Kyrgyz.
    assert "О нас" in html
    assert 'role="note"' in html
    assert '<main id="main" tabindex="-1" lang="ru">' in html
    assert "Бул барак азырынча кыргыз тилинде жок" in html
    # A fully translated page shows no notice.
    assert 'role="note"' not in client.get("/ky/networks/").content.decode()


def test_english_falls_back_to_russian(client, demo_site):
    about = ContentPage.objects.get(slug="about")
    about.body_en = []  # the English title is required, so only the text can be missing
    about.save()
    html = client.get("/en/about/").content.decode()
    assert "Кто мы" in html
    # Only the text is missing: the page says parts are, and marks the Russian text as Russian.
    assert "Parts of this page are not yet available in English." in html
    assert '<div class="stream" lang="ru">' in html and '<main id="main" tabindex="-1">' in html


@pytest.mark.parametrize(
    ("language", "heading"),
    [("en", "Page not found"), ("ru", "Страница не найдена"), ("ky", "Барак табылган жок")],
)
def test_not_found_page_in_each_language(client, demo_site, language, heading):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert heading in html
    assert 'name="robots" content="noindex"' in html


@pytest.mark.parametrize(("language", "heading"), [("ru", "Что-то пошло не так"), ("ky", "Бир жерден ката кетти")])
def test_server_error_page_in_each_language(rf, language, heading):
    from django.utils import translation

    from core.views import server_error

    with translation.override(language):
        response = server_error(rf.get(f"/{language}/"))
    assert response.status_code == 500
    assert heading in response.content.decode()


def test_anonymous_pages_set_no_cookies_and_vary_only_by_language(client, demo_site):
    for path in ("/en/", "/ru/about/", "/ky/testimonials/", "/en/networks/", "/ky/contact/", "/en/missing/"):
        response = client.get(path)
        assert not response.cookies, (path, response.cookies)
        vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
        # Accept-Encoding: the proxy and CDNs key it by encoding class (core.compression), not by the raw header.
        assert vary <= {"accept-language", "accept-encoding"}, (path, vary)


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_organisation_name_is_shown_in_each_language(client, demo_site):
    names = {"en": "Bir Duino-Kyrgyzstan", "ru": "Бир Дуйно-Кыргызстан", "ky": "Бир Дүйнө-Кыргызстан"}
    for language, name in names.items():
        html = client.get(f"/{language}/").content.decode()
        assert f'<span class="brand__name">{name}</span>' in html
