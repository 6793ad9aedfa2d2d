"""The design as visitors meet it in Chromium: every page type in three languages on a phone and a desktop, the
header, the forms that adapt, and images sharp enough for the screen they are shown on."""

import pytest

STATEMENT = "publications/joint-meeting-2020-statement/"
SEARCH = {"en": "pandemic", "ru": "пандемии", "ky": "пандемия"}
# Every public page type; the names listed in SCREENSHOTS are also saved as PNGs for review.
PAGE_TYPES = {
    "home": "",
    "about": "about/",
    "testimonials": "testimonials/",
    "networks": "networks/",
    "contact": "contact/",
    "publications": "publications/",
    "statement": STATEMENT,
    "recommendations": "recommendations/",
    "donate": "donate/",
    "transparency": "donate/transparency/",
    "donate_manage": "donate/manage/",
    "case_story": "publications/dilyor-jumabaev-case/",
    "report": "publications/monitoring-detention-2017/",
    "publications_filtered": "publications/?kind=statement&topic=torture-prevention",
    "not_found": "no-such-page/",
}
NOT_FOUND = {"not_found"}
SCREENSHOTS = {"home", "statement", "recommendations", "donate", "testimonials"}
PHONE, DESKTOP, NARROWEST = 375, 1280, 320
# A fresh database renders every image rendition (AVIF included) on the first visit to a page.
FIRST_RENDER_MS = 120_000

OVERFLOWING = """() => {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll('body *')]
    .filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest('.visually-hidden, .skip-link, .form__trap'))
    .slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + e.className);
}"""


def load_lazy_images(page):
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_load_state("networkidle")
    page.evaluate("window.scrollTo(0, 0)")


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_every_page_type_fits_phones_and_passes_axe(
    live_server, demo_site, browser_page, screenshot, axe_violations, language
):
    browser_page.set_default_navigation_timeout(FIRST_RENDER_MS)
    paths = {**PAGE_TYPES, "search": f"search/?q={SEARCH[language]}"}
    found, overflow = {}, {}
    for name, path in paths.items():
        browser_page.set_viewport_size({"width": DESKTOP, "height": 900})
        response = browser_page.goto(f"{live_server.url}/{language}/{path}")
        assert response.status == (404 if name in NOT_FOUND else 200), path
        assert browser_page.locator("html").get_attribute("lang") == language
        assert browser_page.locator("h1").count() == 1, path
        for width in (NARROWEST, PHONE, DESKTOP):
            browser_page.set_viewport_size({"width": width, "height": 900})
            overflow[(name, width)] = browser_page.evaluate(OVERFLOWING)
            if width == NARROWEST:
                continue
            found[(name, width)] = axe_violations(browser_page)
            if name in SCREENSHOTS and language in ("en", "ky"):
                load_lazy_images(browser_page)
                screenshot(browser_page, f"{name}-{language}-{width}")
    assert {key: value for key, value in found.items() if value} == {}
    assert {key: value for key, value in overflow.items() if value} == {}
    # The search found the statement in this language.
    browser_page.goto(f"{live_server.url}/{language}/{paths['search']}")
    assert browser_page.locator(".search-result mark").count() > 0


@pytest.mark.django_db(transaction=True)
def test_header_is_one_row_on_desktops_and_a_menu_on_phones(live_server, demo_site, chromium):
    context = chromium.new_context(viewport={"width": 1024, "height": 800})
    page = context.new_page()
    page.set_default_navigation_timeout(FIRST_RENDER_MS)
    items = ".brand__mark, .main-nav__list a, .language-switcher a, .site-header__donate"
    for language in ("en", "ru", "ky"):
        page.goto(f"{live_server.url}/{language}/")
        middles = [box["y"] + box["height"] / 2 for box in (e.bounding_box() for e in page.locator(items).all())]
        assert max(middles) - min(middles) < 6, (language, middles)
        assert page.locator(".main-nav__list a").first.is_visible()
        assert page.locator(".main-nav__list").evaluate("e => e.scrollWidth <= e.clientWidth + 1"), language

    # On a phone: Donate and the languages in view; the menu opens with Enter and Escape closes it.
    page.set_viewport_size({"width": PHONE, "height": 800})
    page.goto(f"{live_server.url}/ky/")
    assert page.locator(".site-header__donate").is_visible()
    assert page.locator(".language-switcher a[hreflang=en]").is_visible()
    assert page.locator(".site-header").bounding_box()["height"] < 140
    menu_link = page.locator(".main-nav__list a").first
    assert not menu_link.is_visible()
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")  # the brand
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "menu__button"
    page.keyboard.press("Enter")
    assert menu_link.is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('.main-nav') !== null")
    page.keyboard.press("Escape")
    assert not menu_link.is_visible()
    assert page.evaluate("document.activeElement.className") == "menu__button"
    context.close()

    # Without JavaScript the menu is a native disclosure and still opens.
    context = chromium.new_context(viewport={"width": PHONE, "height": 800}, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/")
    page.locator(".menu__button").click()
    assert page.locator(".main-nav__list a").first.is_visible()
    context.close()


@pytest.mark.django_db(transaction=True)
def test_forms_show_fields_when_needed_and_focus_the_errors(live_server, demo_site, browser_page):
    page = browser_page
    page.set_default_navigation_timeout(FIRST_RENDER_MS)
    page.set_viewport_size({"width": PHONE, "height": 800})
    page.goto(f"{live_server.url}/en/donate/")
    other, dedicated_to = page.locator("#id_other_amount"), page.locator("#id_dedication_name")
    assert not other.is_visible() and not dedicated_to.is_visible()
    page.check("input[name=amount][value=other]")
    page.check("input[name=dedication_type][value=memory]")
    assert other.is_visible() and dedicated_to.is_visible()
    with page.expect_navigation():
        page.click("button[type=submit]")
    page.wait_for_function("document.activeElement && document.activeElement.id === 'error-summary'")
    assert other.is_visible() and dedicated_to.is_visible()  # the choices survive the round trip

    page.goto(f"{live_server.url}/en/contact/")
    with page.expect_navigation():
        page.get_by_role("button", name="Send message").click()
    page.wait_for_function("document.activeElement && document.activeElement.id === 'error-summary'")


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("scale", [1, 2])
def test_home_images_are_sharp_on_a_desktop(live_server, demo_site, chromium, scale):
    context = chromium.new_context(viewport={"width": DESKTOP, "height": 900}, device_scale_factor=scale)
    page = context.new_page()
    page.set_default_navigation_timeout(FIRST_RENDER_MS)
    page.goto(f"{live_server.url}/en/")
    load_lazy_images(page)
    images = page.locator(".hero__image img, .featured img")
    assert images.count() == 2
    for image in images.all():
        # naturalWidth of a srcset image is scaled by the density chosen: load the file itself to count pixels.
        natural, shown = image.evaluate(
            "async e => { const file = new Image(); file.src = e.currentSrc; await file.decode();"
            " return [file.naturalWidth, e.getBoundingClientRect().width]; }"
        )
        # The rendition chosen has at least as many pixels as the screen shows (5 % tolerance for rounding).
        assert natural >= shown * scale * 0.95, (image.get_attribute("src"), natural, shown, scale)
    context.close()
