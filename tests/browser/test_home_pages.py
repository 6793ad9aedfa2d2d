import pytest


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_home_page_renders_and_has_no_accessibility_violations(
    live_server, demo_site, browser_page, screenshot, axe_violations, language
):
    browser_page.goto(f"{live_server.url}/{language}/")
    assert browser_page.locator("html").get_attribute("lang") == language
    assert browser_page.locator("h1").count() == 1
    screenshot(browser_page, f"home-{language}")
    assert axe_violations(browser_page) == []
