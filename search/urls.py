"""Addresses under the language prefix, matched before Wagtail's page tree. Everything else public (the
publications' feeds and PDFs included) is a page or a route of one (publications.models.pages)."""

from django.urls import path

from . import views

urlpatterns = [
    path("search/", views.search, name="search"),
]
