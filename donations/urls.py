"""Addresses without a language prefix: Stripe's webhook."""

from django.urls import path

from .webhooks.views import stripe_webhook

urlpatterns = [
    path("donations/stripe/webhook/", stripe_webhook, name="donations_stripe_webhook"),
]
