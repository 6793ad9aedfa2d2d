import json
import logging

import stripe
from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .dispatch import process_event

logger = logging.getLogger(__name__)


@csrf_exempt
@require_POST
def stripe_webhook(request):
    """Stripe's webhook: the signature is checked on the raw body before anything is read from it."""
    secret = settings.STRIPE_WEBHOOK_SECRET
    if not secret:
        logger.error("Stripe webhook called but STRIPE_WEBHOOK_SECRET is not set.")
        return HttpResponse(status=503)
    try:
        payload = request.body.decode("utf-8")
        stripe.Webhook.construct_event(payload, request.headers.get("Stripe-Signature", ""), secret)
        event = json.loads(payload)
        event["id"], event["type"], event["data"]["object"]  # noqa: B018 (the shape every handler needs)
    except (stripe.SignatureVerificationError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return HttpResponseBadRequest()
    process_event(event)
    return HttpResponse(status=200)
