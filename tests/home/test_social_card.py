"""A shared link shows a picture: every public page, in every language, names a 1200×630 card made from its own
image (or the home page's) with its title and the organisation's mark, with size and alt text, a large-image
Twitter card and the language's locale; a new title makes a new card, a taken-down image takes its cards along."""

import io
import re

import pytest
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from django.utils import translation
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction

from core.languages import language_codes

pytestmark = pytest.mark.django_db
LOCALES = {"en": "en_GB", "ru": "ru_RU", "ky": "ky_KG"}


def meta(html):
    """{property or name: [contents]} of the page's meta tags."""
    found = {}
    for key, value in re.findall(r'<meta (?:property|name)="([^"]+)" content="([^"]*)"', html):
        found.setdefault(key, []).append(value)
    return found


def stored(url):
    """The card's file as the storage holds it, opened as an image."""
    name = url.split("/media/", 1)[1]
    with default_storage.open(name) as file:
        image = PILImage.open(io.BytesIO(file.read()))
        image.load()
    return image


def test_every_public_page_type_has_a_card_in_each_language(client, demo_site):
    pages = {type(page).__name__: page for page in Page.objects.live().filter(depth__gt=1).specific()}
    assert {"HomePage", "ContentPage", "ContactPage", "DonationPage", "NetworkPage", "PublicationIndexPage"} <= set(
        pages
    )
    assert {"RecommendationsPage", "PublicationPage"} <= set(pages)
    cards = set()
    for kind, page in sorted(pages.items()):
        with translation.override("en"):
            english = page.get_url()
        for language in language_codes():
            response = client.get(english.replace("/en/", f"/{language}/", 1))
            assert response.status_code == 200, kind
            tags = meta(response.content.decode())
            assert tags["og:locale"] == [LOCALES[language]], kind
            assert sorted(tags["og:locale:alternate"]) == sorted(v for k, v in LOCALES.items() if k != language)
            assert tags["twitter:card"] == ["summary_large_image"], kind
            (url,) = tags["og:image"]
            assert url.startswith("http://testserver/media/images/") and tags["twitter:image"] == [url]
            assert (tags["og:image:width"], tags["og:image:height"]) == (["1200"], ["630"]), kind
            assert tags["og:image:type"] == ["image/jpeg"]
            assert tags["og:image:alt"][0].endswith(
                ("Bir Duino-Kyrgyzstan", "Бир Дуйно-Кыргызстан", "Бир Дүйнө-Кыргызстан")
            )
            cards.add(url)
            image = stored(url)
            assert (image.format, image.size) == ("JPEG", (1200, 630)), kind
    assert len(cards) == len(pages) * len(language_codes()), "one card per page and language"


def test_the_card_carries_the_title_in_the_visitors_language(client, demo_site):
    kyrgyz = meta(client.get("/ky/donate/").content.decode())
    assert kyrgyz["og:image:alt"] == ["Ишибизди колдоңуз — Бир Дүйнө-Кыргызстан"]
    home = meta(client.get("/ru/").content.decode())
    assert home["og:image:alt"][0].startswith("Защищаем права и свободы человека")  # what we do, not "Главная"


def photo(name="card-source.png", colour=(150, 40, 40)):
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 900), colour).save(buffer, "PNG")
    return get_image_model().objects.create(title="Card source", file=ImageFile(buffer, name))


@pytest.fixture
def local_media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    return tmp_path


def card_url(client, path):
    return meta(client.get(path).content.decode())["og:image"][0]


def test_a_new_title_makes_a_new_card_and_a_taken_down_image_takes_its_cards(client, home_page, local_media, committed):
    image = photo()
    home_page.hero_image = image
    home_page.save_revision().publish()
    first = card_url(client, "/en/")
    assert card_url(client, "/en/") == first, "the same card while nothing changes"
    card = stored(first)
    # The photo's colour shows at the top, the brand's shade at the bottom; the accent rule along the top edge.
    assert card.getpixel((600, 5))[0] > 150 and card.getpixel((1100, 120))[0] > card.getpixel((1100, 600))[0]

    with committed():
        home_page.hero_heading_en = "A new heading for the card"
        home_page.save_revision().publish()
    second = card_url(client, "/en/")
    assert second != first
    assert meta(client.get("/en/").content.decode())["og:image:alt"][0].startswith("A new heading for the card")

    with committed():
        image.delete()
    for url in (first, second):
        assert not default_storage.exists(url.split("/media/", 1)[1]), "no card outlives its image"
    tags = meta(client.get("/en/").content.decode())
    assert "og:image" not in tags and tags["twitter:card"] == ["summary"]


def test_a_page_open_to_some_only_gives_no_card(client, home_page, local_media):
    home_page.hero_image = photo()
    home_page.save_revision().publish()
    PageViewRestriction.objects.create(page=home_page, restriction_type=PageViewRestriction.PASSWORD, password="x")
    response = client.get("/en/")
    assert response.status_code == 200  # the password form
    assert not list(local_media.glob("images/*card-*"))


def test_a_page_whose_image_file_is_lost_is_served_without_a_card(client, home_page, local_media):
    image = photo()
    home_page.hero_image = image
    home_page.save_revision().publish()
    default_storage.delete(image.file.name)  # the original lost from storage (a failed restore, a bucket mishap)
    response = client.get("/en/")
    assert response.status_code == 200
    tags = meta(response.content.decode())
    assert "og:image" not in tags and tags["twitter:card"] == ["summary"]
