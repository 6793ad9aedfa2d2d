"""Which payment gateway serves this site: Stripe when keys are set, else the local test gateway."""

from django.conf import settings


def gateway_name():
    chosen = settings.DONATIONS_GATEWAY
    if chosen == "auto":
        return "stripe" if settings.STRIPE_SECRET_KEY else "test"
    return chosen


def get_gateway():
    if gateway_name() == "stripe":
        from .stripe_gateway import StripeGateway

        return StripeGateway()
    from .test_gateway import TestGateway

    return TestGateway()


def is_test_gateway():
    return gateway_name() != "stripe"
