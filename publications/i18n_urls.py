"""Addresses under the language prefix, matched before Wagtail's page tree."""

from django.urls import path

from . import views
from .feeds import PublicationsAtomFeed, PublicationsRssFeed

urlpatterns = [
    path("search/", views.search, name="search"),
    path("publications/feed/rss/", PublicationsRssFeed(), name="publications_feed_rss"),
    path("publications/feed/atom/", PublicationsAtomFeed(), name="publications_feed_atom"),
    path("publications/<slug:slug>/pdf/", views.publication_pdf, name="publication_pdf"),
]
