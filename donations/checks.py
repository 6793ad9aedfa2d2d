"""System checks: the test gateway never takes real visitors' gifts by accident."""

from django.conf import settings
from django.core.checks import Error, Warning, register

from .gateways import gateway_name


@register("donations")
def check_gateway(app_configs=None, **kwargs):
    problems = []
    name = gateway_name()
    if name not in ("stripe", "test"):
        problems.append(Error(f"DONATIONS_GATEWAY must be auto, stripe or test, not {name!r}.", id="donations.E003"))
    if name == "test" and not settings.DEBUG and not settings.DONATIONS_FORCE_TEST_GATEWAY:
        problems.append(
            Error(
                "The donations test gateway (no money moves) is active while DEBUG is off.",
                hint="Set the Stripe keys, or DONATIONS_FORCE_TEST_GATEWAY=true for a demo.",
                id="donations.E001",
            )
        )
    if name == "stripe" and not settings.STRIPE_WEBHOOK_SECRET:
        problems.append(
            Error(
                "Stripe is used but STRIPE_WEBHOOK_SECRET is empty: no payment would ever be recorded.",
                id="donations.E002",
            )
        )
    if name == "stripe" and settings.STRIPE_SECRET_KEY.startswith("sk_test_") and not settings.DEBUG:
        problems.append(Warning("Stripe test keys are used with DEBUG off.", id="donations.W001"))
    return problems
