"""Editors manage testimonials, networks and site settings through the admin, in three languages."""

import pytest

from home.models import NetworkOrganisation, OrganisationSettings, Testimonial
from tests.home.factories import NetworkOrganisationFactory, TestimonialFactory

pytestmark = pytest.mark.django_db


def test_editor_adds_a_testimonial_in_three_languages(admin_client, demo_site):
    response = admin_client.post(
        "/admin/snippets/home/testimonial/add/",
        {
            "headline_en": "Justice takes time",
            "headline_ru": "Правосудие требует времени",
            "headline_ky": "Адилеттик убакытты талап кылат",
            "name_en": "Aibek",
            "name_ru": "Айбек",
            "name_ky": "Айбек",
            "age": "41",
            "role_en": "farmer",
            "role_ru": "фермер",
            "role_ky": "дыйкан",
            "quote_en": "They stood by me.",
            "quote_ru": "Они были рядом со мной.",
            "quote_ky": "Алар мени менен болушту.",
            "consent_given": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    testimonial = Testimonial.objects.get(name_en="Aibek")
    assert testimonial.headline_ky == "Адилеттик убакытты талап кылат"
    html = admin_client.get("/ky/testimonials/").content.decode()
    assert "Адилеттик убакытты талап кылат" in html
    assert "Алар мени менен болушту." in html


def test_testimonial_stays_hidden_until_consent_is_given(client, demo_site):
    hidden = TestimonialFactory(headline_en="Not yet agreed", consent_given=False)
    assert "Not yet agreed" not in client.get("/en/testimonials/").content.decode()
    hidden.consent_given = True
    hidden.save()
    assert "Not yet agreed" in client.get("/en/testimonials/").content.decode()


def test_networks_page_groups_members_and_partners_and_footer_names_memberships(client, demo_site):
    NetworkOrganisationFactory(name_en="Example Partners", relation=NetworkOrganisation.Relation.PARTNER)
    html = client.get("/en/networks/").content.decode()
    members, partners = html.split('id="partners-heading"')
    assert "International Federation for Human Rights" in members
    assert "Example Partners" in partners
    footer = client.get("/en/").content.decode().split('id="footer-networks"')[1]
    assert "Civic Solidarity Platform (CSP)" in footer
    assert "Example Partners" not in footer


def test_snippet_listing_offers_filters_and_export(admin_client, demo_site):
    assert admin_client.get("/admin/snippets/home/testimonial/").status_code == 200
    export = admin_client.get("/admin/snippets/home/networkorganisation/?export=csv")
    assert export.status_code == 200
    assert "FIDH" in export.getvalue().decode()


def test_editor_changes_contacts_in_site_settings(admin_client, demo_site):
    url = f"/admin/settings/home/organisationsettings/{demo_site.pk}/"
    from wagtail.test.utils.form_data import querydict_from_html

    data = querydict_from_html(admin_client.get(url).content.decode(), form_id="w-editor-form")
    data["phone"] = "+996 700 000000"
    data["address_ky"] = "Бишкек ш., Чүй проспекти"
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert OrganisationSettings.for_site(demo_site).address_ky == "Бишкек ш., Чүй проспекти"
    html = admin_client.get("/ky/").content.decode()
    assert "+996 700 000000" in html
    assert "Бишкек ш., Чүй проспекти" in html


def test_main_navigation_follows_the_editors_order(client, demo_site):
    html = client.get("/ru/").content.decode()
    nav = html.split('class="main-nav__list"')[1].split("</ul>")[0]
    assert nav.index("О нас") < nav.index("Сети") < nav.index("Контакты")


def test_menu_and_networks_are_cached_yet_editors_changes_show_at_once(client, demo_site, committed):
    from home.models import MainNavigation

    client.get("/en/")  # caches the menu and the footer's networks
    item = MainNavigation.for_site(demo_site).items.first()
    item.label_en = "Renamed menu item"
    network = NetworkOrganisation.objects.filter(relation=NetworkOrganisation.Relation.MEMBER).first()
    network.name_en = "Renamed network"
    with committed():
        item.save()
        network.save()
    html = client.get("/en/").content.decode()
    assert "Renamed menu item" in html
    assert "Renamed network" in html
    with committed():
        item.delete()
    assert "Renamed menu item" not in client.get("/en/").content.decode()
