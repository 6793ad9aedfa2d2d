"""Fields editors translate into Russian and Kyrgyz (wagtail-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import (
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


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("hero_heading", "mission", "hero_image_alt_text", "hero_link_label", "impact", "testimonials_heading")


@register(ContentPage)
class ContentPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(TestimonialIndexPage)
class TestimonialIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(NetworkPage)
class NetworkPageTR(TranslationOptions):
    fields = ("intro",)


@register(ContactPage)
class ContactPageTR(TranslationOptions):
    fields = ("intro", "thank_you_text")


@register(ContactFormField)
class ContactFormFieldTR(TranslationOptions):
    fields = ("label", "help_text", "choices", "default_value")


@register(Testimonial)
class TestimonialTR(TranslationOptions):
    fields = ("headline", "name", "role", "quote", "photo_alt_text")


@register(NetworkOrganisation)
class NetworkOrganisationTR(TranslationOptions):
    fields = ("name", "acronym", "description")


@register(OrganisationSettings)
class OrganisationSettingsTR(TranslationOptions):
    fields = ("organisation_name", "tagline", "address", "footer_text", "donation_appeal", "legal_status")


@register(MainNavigation)
class MainNavigationTR(TranslationOptions):
    fields = ()


@register(NavigationItem)
class NavigationItemTR(TranslationOptions):
    fields = ("label",)
