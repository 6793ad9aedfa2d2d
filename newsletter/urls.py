"""Addresses without a language prefix: the e-mail providers' webhooks (newsletter.webhooks)."""

from django.urls import re_path

from .webhooks import provider_webhook

urlpatterns = [
    re_path(
        r"^newsletter/webhooks/(?P<provider>[a-z_]+)/(?P<direction>tracking|inbound)/$",
        provider_webhook,
        name="newsletter_provider_webhook",
    ),
]
