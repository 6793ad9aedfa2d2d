"""Publications in Chromium: a Russian-speaking visitor filters and searches (axe on every page type: test_design)."""

import pytest


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
