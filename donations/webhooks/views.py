import logging
import time

import stripe
from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from security import json_input

from .dispatch import process_event

logger = logging.getLogger(__name__)

# Stripe's default tolerance for old signatures; a signature from further in the future is refused as well.
TOLERANCE_SECONDS = 300


def _signed_at(header):
    for item in header.split(","):
        key, _sep, value = item.strip().partition("=")
        if key == "t" and value.isascii() and value.isdigit():
            return int(value)
    return None


def _well_formed(event):
    return (
        isinstance(event, dict)
        and isinstance(event.get("id"), str)
        and event["id"]
        and isinstance(event.get("type"), str)
        and isinstance(event.get("data"), dict)
        and isinstance(event["data"].get("object"), dict)
    )


@csrf_exempt
@require_POST
def stripe_webhook(request):
    """Stripe's webhook: the signature is checked on the raw body before anything is read from it. Answers 200
    once the event is stored (applied, not needed, or waiting for replay), so Stripe never drops one we lack."""
    secret = settings.STRIPE_WEBHOOK_SECRET
    if not secret:
        logger.error("Stripe webhook called but STRIPE_WEBHOOK_SECRET is not set.")
        return HttpResponse(status=503)
    header = request.headers.get("Stripe-Signature", "")
    try:
        payload = request.body.decode("utf-8")
        # Only the signature here: Stripe's construct_event assumes a JSON object and fails on anything else.
        stripe.WebhookSignature.verify_header(payload, header, secret, tolerance=TOLERANCE_SECONDS)
        # Bounded depth, no NaN/Infinity: a validly signed but hostile body is refused, not a 500.
        event = json_input.loads(payload)
    except (stripe.SignatureVerificationError, ValueError, UnicodeDecodeError):
        return HttpResponseBadRequest()
    signed_at = _signed_at(header)
    if signed_at is None or signed_at > time.time() + TOLERANCE_SECONDS:
        return HttpResponseBadRequest("Signed in the future.")
    if not _well_formed(event):
        return HttpResponseBadRequest("Not a Stripe event.")
    process_event(event)
    return HttpResponse(status=200)
