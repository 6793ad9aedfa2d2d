"""Addresses under the language prefix, matched before Wagtail's page tree. The newsletter page itself is a page;
these stay put whatever editors do to the tree, because e-mails already sent link to them."""

from django.urls import path

from . import views

app_name = "newsletter"
urlpatterns = [
    path("newsletter/subscribe/", views.subscribe, name="subscribe"),
    path("newsletter/confirm/<str:token>/", views.confirm, name="confirm"),
    path("newsletter/preferences/<str:token>/", views.preferences, name="preferences"),
    path("newsletter/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("newsletter/delete/<str:token>/", views.delete, name="delete"),
]
