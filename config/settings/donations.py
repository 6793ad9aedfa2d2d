"""Donations (donations/README.md lists every variable, its default and whether production needs it) and the legal
intake (intake/README.md)."""

from .core import DEFAULT_FROM_EMAIL
from .env import env

STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY")
STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET")
# "auto": Stripe when STRIPE_SECRET_KEY is set, else the local simulated gateway; or "stripe" / "test".
DONATIONS_GATEWAY = env("DONATIONS_GATEWAY")
# The simulated gateway moves no money; with DEBUG off a system check refuses it unless this is set.
DONATIONS_FORCE_TEST_GATEWAY = env("DONATIONS_FORCE_TEST_GATEWAY")
DONATIONS_CHECKOUT_RATE = env("DONATIONS_CHECKOUT_RATE")
DONATIONS_MANAGE_RATE = env("DONATIONS_MANAGE_RATE")
DONATIONS_SIGNING_SALT = env("DONATIONS_SIGNING_SALT")
DONATIONS_MANAGE_LINK_MAX_AGE = env("DONATIONS_MANAGE_LINK_MAX_AGE")
DONATIONS_RECEIPT_MAX_ATTEMPTS = env("DONATIONS_RECEIPT_MAX_ATTEMPTS")
DONATIONS_RECEIPT_FROM_EMAIL = env("DONATIONS_RECEIPT_FROM_EMAIL") or DEFAULT_FROM_EMAIL

# ---------------------------------------------------------------------------
# Legal intake (intake/README.md): requests are sealed to this X25519 public key (base64, from
# `intake/offline/intake_tool.py keygen` on a lawyer's computer); without one the Get help page shows no form.
# ---------------------------------------------------------------------------
INTAKE_PUBLIC_KEY = env("INTAKE_PUBLIC_KEY")
# Development and tests seal to this key, whose private half is in the repository (intake/offline/
# development-key.pem); production settings refuse it.
INTAKE_DEVELOPMENT_PUBLIC_KEY = "eQ6Wd1oo2thbIC4ybW/8AEktRtlOukJqI9/b2OppDSQ="
INTAKE_RETENTION_DAYS = env("INTAKE_RETENTION_DAYS")
INTAKE_FORM_RATE = env("INTAKE_FORM_RATE")
