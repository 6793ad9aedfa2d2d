"""Factories for the donations ledger, and Stripe-shaped events signed exactly as Stripe signs them."""

import hashlib
import hmac
import itertools
import json
import time

import factory
import wagtail_factories

from donations.models import Donation, DonationCurrency, DonationPage, Frequency
from donations.stripe_gateway import STRIPE_API_VERSION

WEBHOOK_SECRET = "whsec_test_secret_for_tests_only"
_ids = itertools.count(1)


class DonationPageFactory(wagtail_factories.PageFactory):
    title = "Donate"
    title_en = "Donate"
    title_ky = "Кайрымдуулук"
    slug = "donate"
    intro = "<p>Support us.</p>"
    intro_en = "<p>Support us.</p>"
    intro_ru = "<p>Поддержите нас.</p>"
    intro_ky = "<p>Бизди колдоңуз.</p>"

    class Meta:
        model = DonationPage


class DonationCurrencyFactory(factory.django.DjangoModelFactory):
    currency = "KGS"
    presets = "500, 1000, 2500"

    class Meta:
        model = DonationCurrency


class DonationFactory(factory.django.DjangoModelFactory):
    amount = 2500
    currency = "USD"
    frequency = Frequency.ONE_TIME
    email = factory.Sequence(lambda n: f"donor{n}@example.org")
    language = "en"
    stripe_checkout_session_id = factory.Sequence(lambda n: f"cs_test_{n:06d}")

    class Meta:
        model = Donation


def unique(prefix):
    return f"{prefix}_{next(_ids):08d}"


def event(event_type, obj, event_id=None, created=None):
    return {
        "id": event_id or unique("evt"),
        "object": "event",
        "api_version": STRIPE_API_VERSION,
        "type": event_type,
        "created": created or int(time.time()),
        "livemode": False,
        "data": {"object": obj},
    }


def metadata(donation):
    return {"donation_id": str(donation.pk), "donation_reference": str(donation.reference)}


def session(donation, payment_status="paid", **extra):
    monthly = donation.frequency == Frequency.MONTHLY
    obj = {
        "id": donation.stripe_checkout_session_id,
        "object": "checkout.session",
        "mode": "subscription" if monthly else "payment",
        "status": "complete",
        "payment_status": payment_status,
        "amount_total": donation.amount,
        "currency": donation.currency.lower(),
        "customer_email": donation.email,
        "customer_details": {"email": donation.email, "name": None},
        "metadata": metadata(donation),
        "payment_intent": None if monthly else f"pi_{donation.pk:08d}",
        "customer": f"cus_{donation.pk:08d}" if monthly else None,
        "subscription": f"sub_{donation.pk:08d}" if monthly else None,
        "invoice": f"in_first_{donation.pk:08d}" if monthly else None,
    }
    obj.update(extra)
    return obj


def invoice(donation, reason="subscription_cycle", invoice_id=None, amount=None, paid_at=None):
    return {
        "id": invoice_id or (f"in_first_{donation.pk:08d}" if reason == "subscription_create" else unique("in")),
        "object": "invoice",
        "billing_reason": reason,
        "amount_paid": donation.amount if amount is None else amount,
        "amount_due": donation.amount if amount is None else amount,
        "currency": donation.currency.lower(),
        "customer": f"cus_{donation.pk:08d}",
        "customer_email": donation.email,
        "status": "paid",
        "status_transitions": {"paid_at": paid_at or int(time.time())},
        "parent": {
            "type": "subscription_details",
            "subscription_details": {"subscription": f"sub_{donation.pk:08d}", "metadata": metadata(donation)},
        },
    }


def invoice_payment(invoice_id, payment_intent=None, charge=None):
    """Stripe's InvoicePayment (invoice_payment.paid): which payment paid the invoice."""
    kind = "payment_intent" if payment_intent else "charge"
    return {
        "id": unique("inpay"),
        "object": "invoice_payment",
        "invoice": invoice_id,
        "is_default": True,
        "status": "paid",
        "payment": {"type": kind, kind: payment_intent or charge},
    }


def subscription(donation, status="active", period_end=None):
    now = int(time.time())
    return {
        "id": f"sub_{donation.pk:08d}",
        "object": "subscription",
        "customer": f"cus_{donation.pk:08d}",
        "status": status,
        "canceled_at": now if status == "canceled" else None,
        "metadata": metadata(donation),
        "items": {
            "object": "list",
            "data": [
                {
                    "current_period_start": now,
                    "current_period_end": period_end or now + 30 * 86400,
                    "quantity": 1,
                    "price": {"unit_amount": donation.amount, "currency": donation.currency.lower()},
                }
            ],
        },
    }


def charge(donation, amount_refunded, with_metadata=True):
    return {
        "id": f"ch_{donation.pk:08d}",
        "object": "charge",
        "amount": donation.amount,
        "amount_refunded": amount_refunded,
        "refunded": amount_refunded >= donation.amount,
        "currency": donation.currency.lower(),
        "payment_intent": f"pi_{donation.pk:08d}",
        "metadata": metadata(donation) if with_metadata else {},
    }


def dispute(donation, status="needs_response"):
    return {
        "id": f"dp_{donation.pk:08d}",
        "object": "dispute",
        "amount": donation.amount,
        "charge": f"ch_{donation.pk:08d}",
        "payment_intent": f"pi_{donation.pk:08d}",
        "status": status,
        "metadata": {},
    }


def signature_header(body, secret=WEBHOOK_SECRET, timestamp=None, scheme="v1"):
    timestamp = int(time.time()) if timestamp is None else timestamp
    digest = hmac.new(secret.encode(), f"{timestamp}.{body}".encode(), hashlib.sha256).hexdigest()
    return f"t={timestamp},{scheme}={digest}"


def post_event(client, payload, secret=WEBHOOK_SECRET, **kwargs):
    body = payload if isinstance(payload, str) else json.dumps(payload)
    header = kwargs.pop("header", None) or signature_header(body, secret, **kwargs)
    return client.post(
        "/donations/stripe/webhook/", data=body, content_type="application/json", HTTP_STRIPE_SIGNATURE=header
    )
