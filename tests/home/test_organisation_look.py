"""Looks like the organisation: partners show a logo or a monogram (never an empty box), the impact strip takes
numbers, publication cards show two topics and how many more, and the fallback notice belongs to a landmark."""

import re

import pytest
from django.core.exceptions import ValidationError

from home.blocks import ImpactFigureBlock
from home.models import NetworkOrganisation

pytestmark = pytest.mark.django_db


def test_a_partner_without_a_logo_shows_its_acronym_or_initials(client, demo_site):
    assert not NetworkOrganisation.objects.filter(acronym="FIDH", logo__isnull=False).exists()
    networks = client.get("/en/networks/").content.decode()
    assert '<span class="monogram" aria-hidden="true">FIDH</span>' in networks
    assert '<span class="monogram monogram--long" aria-hidden="true">FORUM-ASIA</span>' in networks
    home = client.get("/ky/").content.decode()
    assert '<span class="monogram" aria-hidden="true">GNDR</span>' in home
    assert NetworkOrganisation(name="Coalition against Torture").monogram == "CT"
    assert NetworkOrganisation(name="Жарандык коом үчүн Кыргызстан").monogram == "ЖК"


def test_the_impact_strip_takes_numbers(client, demo_site):
    block = ImpactFigureBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"figure": "Dozens", "label": "of people come to us every day"}))
    for figure in ("4", "30+", "2010", "С 2010"):
        block.clean(block.to_python({"figure": figure, "label": "counted"}))
    strip = client.get("/en/").content.decode().split('class="impact__list"', 1)[1].split("</ul>", 1)[0]
    figures = re.findall(r'<span class="impact__figure">(.*?)</span>', strip)
    assert figures and all(re.search(r"\d", figure) for figure in figures)


def test_cards_show_two_topics_and_how_many_more(client, demo_site):
    html = client.get("/ru/publications/").content.decode()
    lists = re.findall(r'<ul class="tag-list" aria-label="[^"]+">(.*?)</ul>', html, re.S)
    assert lists and all(len(re.findall(r"<li[ >]", items)) <= 3 for items in lists)
    assert re.search(r'<li class="tag-list__more">ещё \d+</li>', html)


def test_the_fallback_notice_is_inside_main_in_the_visitors_language(client, demo_site):
    from publications.models import PublicationPage

    page = PublicationPage.objects.live().filter(title_ky="").first() or PublicationPage.objects.live().first()
    page.title_ky = page.summary_ky = ""
    page.save_revision().publish()
    html = client.get(page.get_url().replace("/en/", "/ky/", 1)).content.decode()
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    assert re.search(r'<div class="translation-notice" role="note" lang="ky">', main)
