"""Publications in Chromium: accessibility in three languages; a Russian-speaking visitor filters and searches."""

import pytest

STATEMENT = "/publications/joint-meeting-2020-statement/"
SEARCH_QUERY = {"en": "pandemic", "ru": "пандемии", "ky": "пандемия"}


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_publication_pages_have_no_accessibility_violations(
    live_server, demo_site, browser_page, screenshot, axe_violations, language
):
    pages = {
        "index": f"/{language}/publications/",
        "statement": f"/{language}{STATEMENT}",
        "search": f"/{language}/search/?q={SEARCH_QUERY[language]}",
        "recommendations": f"/{language}/recommendations/",
    }
    found = {}
    for name, path in pages.items():
        browser_page.goto(f"{live_server.url}{path}")
        assert browser_page.locator("html").get_attribute("lang") == language
        assert browser_page.locator("h1").count() == 1
        screenshot(browser_page, f"publications-{name}-{language}")
        found[name] = axe_violations(browser_page)
    assert found == {name: [] for name in pages}
    # The search found the statement in this language.
    browser_page.goto(f"{live_server.url}{pages['search']}")
    assert browser_page.locator(".search-result mark").count() > 0


@pytest.mark.django_db(transaction=True)
def test_visitor_filters_and_searches_in_russian(live_server, demo_site, browser_page, screenshot):
    page = browser_page
    page.goto(f"{live_server.url}/ru/publications/")
    page.get_by_label("Тип").select_option("statement")
    page.get_by_label("Год").select_option("2020")
    page.get_by_role("button", name="Показать").click()
    page.wait_for_url("**/ru/publications/?*kind=statement*")
    assert "year=2020" in page.url
    titles = page.locator(".pub-card__title").all_inner_texts()
    assert "Заявление по итогам совместной встречи в августе 2020 года" in titles
    assert all(kind == "Заявление" for kind in page.locator(".pub-card .pub-kind").all_inner_texts())
    screenshot(page, "publications-filtered-ru")

    page.get_by_role("link", name="Заявление по итогам совместной встречи в августе 2020 года").click()
    assert page.locator(".rec").count() == 14
    page.locator("main").get_by_role("link", name="Рекомендации").first.click()
    assert page.url.endswith("#recommendations")

    page.goto(f"{live_server.url}/ru/recommendations/")
    page.get_by_label("Адресат").select_option(label="Государственная служба исполнения наказаний")
    page.get_by_role("button", name="Показать").click()
    page.wait_for_url("**addressee=penitentiary-service*")
    assert page.locator(".rec").count() >= 2
    page.get_by_label("Слова в тексте рекомендации").fill("Нельсона")
    page.get_by_role("button", name="Показать").click()
    page.wait_for_load_state()

    page.goto(f"{live_server.url}/ru/search/")
    page.get_by_label("Поиск по публикациям, рекомендациям и страницам").fill("Кочкаров")
    page.get_by_role("button", name="Поиск").click()
    page.wait_for_url("**/ru/search/?q=*")
    assert "Подзащитного нет в живых" in page.locator(".search-results").first.inner_text()
    assert page.locator('meta[name="robots"]').get_attribute("content") == "noindex"
    screenshot(page, "publications-search-ru")
