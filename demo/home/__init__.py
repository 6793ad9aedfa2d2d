"""Builds the organisation's part of the demo site. Every step finds-or-creates, so running it twice changes nothing."""

import json

from django.conf import settings
from django.db import transaction
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Collection, Locale, Page, Site

from core.languages import language_codes
from home.models import (
    ContactFormField,
    ContactPage,
    ContentPage,
    HomePage,
    MainNavigation,
    NavigationItem,
    NetworkOrganisation,
    NetworkPage,
    OrganisationSettings,
    Testimonial,
    TestimonialIndexPage,
)
from home.roles import ensure_roles

from . import content, images, people


def demo_languages():
    """The site's languages (settings.LANGUAGES) the demo text is written in; pages fall back for the others."""
    return [code for code in language_codes() if code in content.HOME["title"]]


def set_translated(instance, field, values):
    for language in language_codes():
        setattr(instance, build_localized_fieldname(field, language), values.get(language, ""))
    setattr(instance, field, values[settings.LANGUAGE_CODE])


def child_page(parent, page_class, slug, title, **fields):
    """Finds the child with this slug, or creates it; an existing page is left as editors made it."""
    page = page_class.objects.child_of(parent).filter(slug=slug).first()
    if page is not None:
        return page
    page = page_class(slug=slug)
    set_translated(page, "title", title)
    for name, value in fields.items():
        if isinstance(value, dict) and settings.LANGUAGE_CODE in value:
            set_translated(page, name, value)
        else:
            setattr(page, name, value)
    parent.add_child(instance=page)
    return page


def ensure_tree_roots():
    """The rows Wagtail's migrations create; a flushed database (transactional tests) lacks them."""
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(title="Root", title_en="Root", slug="root", locale=Locale.get_default())
    ensure_roles()
    return root


def ensure_home_page():
    root = ensure_tree_roots()
    site = Site.objects.filter(is_default_site=True).first()
    home = HomePage.objects.first()
    if home is None:
        # Replace Wagtail's "Welcome" page from its initial migration with our home page.
        for welcome in root.get_children().exclude(content_type__model="homepage"):
            if welcome.slug == "home":
                welcome.delete()
    hero = images.landscape("Demo: valley at sunrise", palette="sunrise")
    home = child_page(
        root,
        HomePage,
        "home",
        content.HOME["title"],
        search_description=content.HOME["search_description"],
        hero_heading=content.HOME["hero_heading"],
        mission=content.HOME["mission"],
        hero_image=hero,
        hero_image_alt_text=content.HOME["hero_image_alt_text"],
        testimonials_heading=content.HOME["testimonials_heading"],
        **{f"impact_{language}": impact_strip(language) for language in demo_languages()},
    )
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Bir Duino")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    return home


def impact_strip(language):
    return stream(
        [
            ("figure", {"figure": fact["figure"][language], "label": fact["label"][language]})
            for fact in content.HOME["impact"]
        ]
    )


def stream(blocks):
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


def about_body(language, contact_page):
    blocks = []
    for heading, html in content.ABOUT["sections"][language]:
        blocks.append(("heading", {"text": heading}))
        blocks.append(("paragraph", html))
    title, text, label = content.ABOUT["call_to_action"][language]
    blocks.append(
        ("call_to_action", {"title": title, "text": text, "page": contact_page.pk, "url": "", "button_label": label})
    )
    return stream(blocks)


def load_testimonials():
    testimonials = []
    for order, data in enumerate(people.TESTIMONIALS):
        testimonial = Testimonial.objects.filter(name_en=data["name"]["en"]).first() or Testimonial()
        for field in ("headline", "name", "role", "quote"):
            set_translated(testimonial, field, data[field])
        testimonial.age = data["age"]
        testimonial.photo = images.portrait(f"Demo portrait: {data['key']}", data["initials"])
        # The portrait sits beside the person's name: decorative, so no alt text (alt="").
        set_translated(testimonial, "photo_alt_text", {"en": ""})
        testimonial.consent_given = True
        testimonial.sort_order = order
        testimonial.save()
        testimonials.append(testimonial)
    return testimonials


def load_networks():
    for order, data in enumerate(people.NETWORKS):
        organisation = NetworkOrganisation.objects.filter(name_en=data["name"]["en"]).first() or NetworkOrganisation()
        for field in ("name", "acronym", "description"):
            set_translated(organisation, field, data[field])
        organisation.relation = data["relation"]
        organisation.website = data["website"]
        # No made-up logos (the networks' own are theirs to give): cards show the acronym as a monogram.
        organisation.sort_order = order
        organisation.save()


def load_contact_page(home):
    data = content.CONTACT_PAGE
    page = child_page(
        home,
        ContactPage,
        data["slug"],
        data["title"],
        intro=data["intro"],
        thank_you_text=data["thank_you_text"],
        to_address=content.CONTACT_EMAIL,
        from_address="noreply@bir-duino.example",
        subject="Message from the website",
    )
    if not page.form_fields.exists():
        for order, (field_type, required, label) in enumerate(data["fields"]):
            field = ContactFormField(page=page, field_type=field_type, required=required, sort_order=order)
            set_translated(field, "label", label)
            field.save()
    return page


def load_settings(site, navigation_pages, menu_labels):
    organisation = OrganisationSettings.for_site(site)
    for field, values in content.ORGANISATION.items():
        set_translated(organisation, field, values)
    organisation.contact_email = content.CONTACT_EMAIL
    organisation.phone = content.PHONE
    organisation.save()

    navigation = MainNavigation.for_site(site)
    navigation.save()
    for order, page in enumerate(navigation_pages):
        item, created = NavigationItem.objects.get_or_create(
            navigation=navigation, page=page, defaults={"sort_order": order * 10}
        )
        if created and page.pk in menu_labels:  # a short label keeps the menu on one row; editors may change it
            set_translated(item, "label", menu_labels[page.pk])
            item.save()


@transaction.atomic
def load():
    home = ensure_home_page()
    site = Site.objects.get(is_default_site=True)
    load_testimonials()
    load_networks()
    contact = load_contact_page(home)
    about = child_page(
        home,
        ContentPage,
        content.ABOUT["slug"],
        content.ABOUT["title"],
        search_description=content.ABOUT["search_description"],
        intro=content.ABOUT["intro"],
        **{f"body_{language}": about_body(language, contact) for language in demo_languages()},
    )
    testimonials = child_page(
        home,
        TestimonialIndexPage,
        content.TESTIMONIALS_PAGE["slug"],
        content.TESTIMONIALS_PAGE["title"],
        intro=content.TESTIMONIALS_PAGE["intro"],
    )
    networks = child_page(
        home,
        NetworkPage,
        content.NETWORKS_PAGE["slug"],
        content.NETWORKS_PAGE["title"],
        intro=content.NETWORKS_PAGE["intro"],
    )
    load_settings(
        site,
        [about, testimonials, networks, contact],
        {
            testimonials.pk: content.TESTIMONIALS_PAGE["menu_label"],
            networks.pk: content.NETWORKS_PAGE["menu_label"],
        },
    )
    return {"home": home, "site": site, "navigation": MainNavigation.for_site(site)}
