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
]
