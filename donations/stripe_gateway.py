"""Calls to Stripe: Checkout Sessions, the Billing customer portal, cancelling a subscription.

Every POST carries an Idempotency-Key derived from our own records, so a retried request never makes a second
session or charge. The API version is pinned to the one stripe-python 16 was generated for.
"""

import stripe
from django.conf import settings
from django.utils.translation import gettext

from .models import Frequency

# The one place the Stripe API version is written: the version stripe-python 16 was generated for.
STRIPE_API_VERSION = "2026-10-28.endive"
# Checkout has Russian but no Kyrgyz; Kyrgyz speakers generally read Russian.
CHECKOUT_LOCALES = {"en": "en", "ru": "ru", "ky": "ru"}


class StripeGateway:
    is_test = False

    def __init__(self, api_key=None, http_client=None):
        self.client = stripe.StripeClient(
            api_key or settings.STRIPE_SECRET_KEY,
            stripe_version=STRIPE_API_VERSION,
            http_client=http_client,
            max_network_retries=2,
        )

    def checkout_params(self, donation, success_url, cancel_url):
        metadata = {"donation_id": str(donation.pk), "donation_reference": str(donation.reference)}
        if donation.campaign:
            metadata["campaign"] = donation.campaign
        monthly = donation.frequency == Frequency.MONTHLY
        name = gettext("Monthly gift") if monthly else gettext("Donation")
        price_data = {
            "currency": donation.currency.lower(),
            "unit_amount": donation.amount,
            "product_data": {"name": f"{name}: Bir Duino-Kyrgyzstan"},
        }
        params = {
            "line_items": [{"quantity": 1, "price_data": price_data}],
            "customer_email": donation.email,
            "locale": CHECKOUT_LOCALES.get(donation.language, "auto"),
            "client_reference_id": str(donation.pk),
            "metadata": metadata,
            "success_url": success_url,
            "cancel_url": cancel_url,
        }
        if monthly:
            price_data["recurring"] = {"interval": "month"}
            params["mode"] = "subscription"
            params["subscription_data"] = {"metadata": metadata}
        else:
            params["mode"] = "payment"
            params["submit_type"] = "donate"
            params["payment_intent_data"] = {"metadata": metadata}
        return params

    def start_checkout(self, donation, success_url, cancel_url):
        """Creates the Checkout Session and returns the address to send the donor to."""
        session = self.client.v1.checkout.sessions.create(
            self.checkout_params(donation, success_url, cancel_url),
            options={"idempotency_key": f"donation-{donation.reference}-checkout"},
        )
        donation.stripe_checkout_session_id = session.id
        donation.save(update_fields=["stripe_checkout_session_id"])
        return session.url

    def manage(self, recurring, return_url):
        """The Billing portal, where the donor changes the card or cancels; returns its address."""
        portal = self.client.v1.billing_portal.sessions.create(
            {"customer": recurring.stripe_customer_id, "return_url": return_url}
        )
        return portal.url

    def invoice_for_payment_intent(self, payment_intent):
        """The invoice a PaymentIntent paid, if any: a monthly instalment's refund or dispute names only the
        PaymentIntent, and since API version 2025-03-31 neither the charge nor the event says the invoice."""
        payments = self.client.v1.invoice_payments.list(
            {"payment": {"type": "payment_intent", "payment_intent": payment_intent}, "limit": 1}
        )
        for payment in payments.data:
            invoice = payment["invoice"]
            return invoice if isinstance(invoice, str) else invoice["id"]
        return None

    def events_since(self, since, types):
        """Stripe's events created at or after `since` (a Unix time) of these types, newest first, as plain dicts,
        following every page. Stripe keeps events for 30 days."""
        page = self.client.v1.events.list({"created": {"gte": since}, "types": sorted(types), "limit": 100})
        for event in page.auto_paging_iter():
            yield event.to_dict()

    def checkout_session(self, session_id):
        """A Checkout Session as it stands now, as a plain dict."""
        return self.client.v1.checkout.sessions.retrieve(session_id).to_dict()

    def cancel(self, recurring):
        """Staff cancel; the ledger changes when Stripe's customer.subscription.deleted event arrives."""
        self.client.v1.subscriptions.cancel(
            recurring.stripe_subscription_id,
            options={"idempotency_key": f"cancel-{recurring.stripe_subscription_id}"},
        )
