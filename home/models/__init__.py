from .pages import (
    ContactFormField,
    ContactPage,
    ContentPage,
    HomePage,
    HomePageTestimonial,
    NetworkPage,
    TestimonialIndexPage,
)
from .site_settings import MainNavigation, NavigationItem, OrganisationSettings
from .snippets import NetworkOrganisation, Testimonial
from .translation_states import TranslationState

__all__ = [
    "ContactFormField",
    "ContactPage",
    "ContentPage",
    "HomePage",
    "HomePageTestimonial",
    "MainNavigation",
    "NavigationItem",
    "NetworkOrganisation",
    "NetworkPage",
    "OrganisationSettings",
    "Testimonial",
    "TestimonialIndexPage",
    "TranslationState",
]
