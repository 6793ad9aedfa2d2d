"""A local stand-in for Stripe when there are no keys (`make run`): no money moves.

Its buttons build Stripe-shaped events and feed them to the same dispatcher the webhook uses, so the ledger,
receipts and e-mails behave exactly as with Stripe. A system check refuses it in production (DEBUG off).
"""

import time
import uuid

from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from . import links
from .gateways import is_test_gateway
from .models import Donation, Frequency, Payment
from .page_views import serves
from .stripe_gateway import STRIPE_API_VERSION
from .webhooks.dispatch import process_event


class SimulatedGateway:
    is_test = True

    def start_checkout(self, donation, success_url, cancel_url):
        donation.stripe_checkout_session_id = f"cs_test_local_{donation.reference.hex}"
        donation.save(update_fields=["stripe_checkout_session_id"])
        page = donation.page
        return page.url + page.reverse_subpage("test_payment", args=[links.sign("test-payment", donation.pk)])

    def events_since(self, since, types):
        return iter(())  # every simulated event was applied when it was made

    def checkout_session(self, session_id):
        return None

    def invoice_for_payment_intent(self, payment_intent):
        return None  # local events always carry our metadata

    def manage(self, recurring, return_url):
        return None  # the manage page shows a local cancel button instead

    def cancel(self, recurring):
        emit(
            "customer.subscription.deleted",
            subscription_object(recurring.stripe_subscription_id, recurring.stripe_customer_id, recurring, "canceled"),
        )

    def next_instalment(self, recurring):
        next_instalment(recurring)


def emit(event_type, obj):
    return process_event(
        {
            "id": f"evt_local_{uuid.uuid4().hex}",
            "object": "event",
            "type": event_type,
            "created": int(time.time()),
            "livemode": False,
            "api_version": STRIPE_API_VERSION,
            "data": {"object": obj},
        }
    )


def _metadata(donation):
    return {"donation_id": str(donation.pk), "donation_reference": str(donation.reference)}


def subscription_object(subscription_id, customer_id, recurring_or_donation, status, metadata=None):
    now = int(time.time())
    return {
        "id": subscription_id,
        "object": "subscription",
        "customer": customer_id,
        "status": status,
        "canceled_at": now if status == "canceled" else None,
        "metadata": metadata or {},
        "items": {
            "object": "list",
            "data": [
                {
                    "object": "subscription_item",
                    "current_period_start": now,
                    "current_period_end": now + 30 * 86400,
                    "quantity": 1,
                    "price": {
                        "unit_amount": recurring_or_donation.amount,
                        "currency": recurring_or_donation.currency.lower(),
                        "recurring": {"interval": "month"},
                    },
                }
            ],
        },
    }


def invoice_object(invoice_id, subscription_id, customer_id, amount, currency, reason, metadata, email):
    return {
        "id": invoice_id,
        "object": "invoice",
        "billing_reason": reason,
        "amount_paid": amount,
        "currency": currency.lower(),
        "customer": customer_id,
        "customer_email": email,
        "status": "paid",
        "status_transitions": {"paid_at": int(time.time())},
        "parent": {
            "type": "subscription_details",
            "subscription_details": {"subscription": subscription_id, "metadata": metadata},
        },
    }


def succeed(donation):
    suffix = uuid.uuid4().hex[:16]
    session = {
        "id": donation.stripe_checkout_session_id,
        "object": "checkout.session",
        "status": "complete",
        "payment_status": "paid",
        "amount_total": donation.amount,
        "currency": donation.currency.lower(),
        "customer_details": {"email": donation.email},
        "metadata": _metadata(donation),
        "payment_intent": None,
        "customer": None,
        "subscription": None,
        "invoice": None,
    }
    if donation.frequency == Frequency.MONTHLY:
        session.update(
            mode="subscription",
            customer=f"cus_test_{suffix}",
            subscription=f"sub_test_{suffix}",
            invoice=f"in_test_{suffix}",
        )
        emit("checkout.session.completed", session)
        emit(
            "invoice.paid",
            invoice_object(
                session["invoice"],
                session["subscription"],
                session["customer"],
                donation.amount,
                donation.currency,
                "subscription_create",
                _metadata(donation),
                donation.email,
            ),
        )
        emit(
            "customer.subscription.updated",
            subscription_object(session["subscription"], session["customer"], donation, "active", _metadata(donation)),
        )
    else:
        session.update(mode="payment", payment_intent=f"pi_test_{suffix}")
        emit("checkout.session.completed", session)


def fail(donation):
    session = {
        "id": donation.stripe_checkout_session_id,
        "object": "checkout.session",
        "mode": "subscription" if donation.frequency == Frequency.MONTHLY else "payment",
        "status": "complete",
        "payment_status": "unpaid",
        "metadata": _metadata(donation),
        "customer_details": {"email": donation.email},
    }
    emit("checkout.session.completed", session)
    emit("checkout.session.async_payment_failed", session)


def invoice_payment_object(invoice_id, payment_intent, amount, currency):
    return {
        "id": f"inpay_test_{uuid.uuid4().hex[:16]}",
        "object": "invoice_payment",
        "invoice": invoice_id,
        "amount_paid": amount,
        "currency": currency.lower(),
        "status": "paid",
        "payment": {"type": "payment_intent", "payment_intent": payment_intent},
    }


def next_instalment(recurring):
    """Demo helper: what Stripe sends a month later (the invoice paid, and which payment paid it)."""
    origin = recurring.instalments.order_by("pk").first()
    invoice_id = f"in_test_{uuid.uuid4().hex[:16]}"
    emit(
        "invoice.paid",
        invoice_object(
            invoice_id,
            recurring.stripe_subscription_id,
            recurring.stripe_customer_id,
            recurring.amount,
            recurring.currency,
            "subscription_cycle",
            _metadata(origin) if origin else {},
            recurring.email,
        ),
    )
    emit(
        "invoice_payment.paid",
        invoice_payment_object(invoice_id, f"pi_test_{uuid.uuid4().hex[:16]}", recurring.amount, recurring.currency),
    )


@serves("test_payment")
@never_cache  # personal: never in a shared cache
def payment_page(request, page, token):
    donation_id = links.unsign("test-payment", token, max_age=24 * 3600)
    if not is_test_gateway() or donation_id is None:
        raise Http404
    donation = Donation.objects.filter(pk=donation_id, page=page).first()
    if donation is None:
        raise Http404
    if request.method == "POST" and donation.payment == Payment.PENDING:
        if request.POST.get("outcome") == "succeed":
            succeed(donation)
        else:
            fail(donation)
        return HttpResponseRedirect(page.url + page.reverse_subpage("thanks", args=[donation.reference]))
    return TemplateResponse(
        request,
        "donations/test_payment.html",
        {"page": page, "donation": donation, "is_test_gateway": True, "monthly": donation.frequency == "monthly"},
    )
