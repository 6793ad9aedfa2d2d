"""The e-mail providers' webhooks, through django-anymail: hard bounces and complaints suppress the address, the
provider's own unsubscribe unsubscribes it, and a message to the one-click `mailto:` address (inbound routing)
unsubscribes the reader whose token its subject carries.

A provider's address answers only when its secret is set (403 otherwise), so no webhook is ever open: Mailgun
signs every event with its signing key (HMAC-SHA256, checked by anymail); Postmark, Brevo and Amazon SES (SNS)
call an address with the basic-auth user and password of EMAIL_WEBHOOK_SECRET.
"""

import logging
import re

from anymail.signals import EventType, inbound, tracking
from anymail.utils import get_anymail_setting
from anymail.webhooks.amazon_ses import AmazonSESInboundWebhookView, AmazonSESTrackingWebhookView
from anymail.webhooks.brevo import BrevoInboundWebhookView, BrevoTrackingWebhookView
from anymail.webhooks.mailgun import MailgunInboundWebhookView, MailgunTrackingWebhookView
from anymail.webhooks.postmark import PostmarkInboundWebhookView, PostmarkTrackingWebhookView
from django.dispatch import receiver
from django.http import HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt

from . import subscriptions
from .models import Subscriber

logger = logging.getLogger("newsletter.webhooks")


def _setting(name, esp_name=None):
    return get_anymail_setting(name, esp_name=esp_name, default=None)


def _mailgun_signed():
    return bool(_setting("webhook_signing_key", "Mailgun"))


def _basic_auth():
    return bool(_setting("webhook_secret"))


PROVIDERS = {
    "mailgun": (MailgunTrackingWebhookView, MailgunInboundWebhookView, _mailgun_signed),
    "postmark": (PostmarkTrackingWebhookView, PostmarkInboundWebhookView, _basic_auth),
    "brevo": (BrevoTrackingWebhookView, BrevoInboundWebhookView, _basic_auth),
    "amazon_ses": (AmazonSESTrackingWebhookView, AmazonSESInboundWebhookView, _basic_auth),
}


@csrf_exempt
def provider_webhook(request, provider, direction):
    tracking_view, inbound_view, secured = PROVIDERS.get(provider, (None, None, lambda: False))
    if not secured():
        # 403, not 404: a 404 outside the language prefix would be redirected to the page tree.
        return HttpResponseForbidden("This provider's webhook is not configured.")
    view = tracking_view if direction == "tracking" else inbound_view
    return view.as_view()(request)


SUPPRESSING = {
    EventType.BOUNCED: Subscriber.Suppression.BOUNCE,
    EventType.COMPLAINED: Subscriber.Suppression.COMPLAINT,
}


@receiver(tracking, dispatch_uid="newsletter-provider-events")
def record_provider_event(sender, event, esp_name, **kwargs):
    """Hard bounces (anymail reports soft ones as "deferred") and complaints stop all mail to the address;
    a rejection because the provider already suppresses the address counts as a bounce."""
    if not event.recipient:
        return
    reason = SUPPRESSING.get(event.event_type)
    if event.event_type == EventType.REJECTED and event.reject_reason in ("bounced", "invalid", "spam"):
        reason = Subscriber.Suppression.BOUNCE
    if reason:
        detail = f"{esp_name}: {event.description or event.reject_reason or event.event_type}"
        if subscriptions.suppress(event.recipient, reason, detail):
            logger.info("Newsletter address suppressed after a %s reported by %s", reason, esp_name)
    elif event.event_type == EventType.UNSUBSCRIBED:
        subscriptions.unsubscribe_address(event.recipient)


TOKEN_IN_SUBJECT = re.compile(r"unsubscribe\s+([A-Za-z0-9_-]{32,64})", re.IGNORECASE)


@receiver(inbound, dispatch_uid="newsletter-mailto-unsubscribe")
def unsubscribe_by_mail(sender, event, esp_name, **kwargs):
    """The `mailto:` of List-Unsubscribe: its subject carries the reader's token (the sender's address may be a
    forwarder's, so it is not trusted)."""
    found = TOKEN_IN_SUBJECT.search(event.message.subject or "") if event.message else None
    subscriber = Subscriber.objects.filter(token=found.group(1)).first() if found else None
    if subscriber is not None:
        subscriptions.unsubscribe(subscriber)
