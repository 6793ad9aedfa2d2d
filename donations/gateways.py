"""Which payment gateway serves this site: Stripe when keys are set, else the local simulated gateway.

Looked up by dotted path (as Django does with backends): the simulated gateway feeds events to the webhook
dispatcher, which asks the gateway about payments, so neither module imports the other.
"""

from django.conf import settings
from django.utils.module_loading import import_string

GATEWAYS = {
    "stripe": "donations.stripe_gateway.StripeGateway",
    "test": "donations.simulated_gateway.SimulatedGateway",
}


def gateway_name():
    chosen = settings.DONATIONS_GATEWAY
    if chosen == "auto":
        return "stripe" if settings.STRIPE_SECRET_KEY else "test"
    return chosen


def get_gateway():
    return import_string(GATEWAYS.get(gateway_name(), GATEWAYS["test"]))()


def is_test_gateway():
    return gateway_name() != "stripe"
