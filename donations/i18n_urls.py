"""Addresses under the language prefix. The donation page itself (and its manage/, transparency/ …) is a Wagtail
page; receipts live here so their links keep working whatever editors do to the page tree."""

from django.urls import path

from . import views

app_name = "donations"
urlpatterns = [
    path("receipts/<str:token>/", views.receipt, name="receipt"),
    path("receipts/<str:token>/pdf/", views.receipt_pdf, name="receipt_pdf"),
]
