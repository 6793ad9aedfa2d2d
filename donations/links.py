"""Signed, unguessable links: receipts (no expiry: donors keep the e-mail), monthly-gift management (expiring)."""

import base64

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

from .models import Receipt


def _salt(purpose):
    return f"{settings.DONATIONS_SIGNING_SALT}:{purpose}"


def sign(purpose, value):
    # Re-encoded because Wagtail's page URLs only take letters, digits, "_" and "-" (the signer uses ":").
    signed = signing.dumps(value, salt=_salt(purpose), compress=True)
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")


def unsign(purpose, token, max_age=None):
    """The signed value, or None when the token is forged, altered or too old."""
    try:
        signed = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        return signing.loads(signed, salt=_salt(purpose), max_age=max_age)
    except (signing.BadSignature, ValueError):
        return None


def receipt_token(receipt):
    return sign("receipt", [receipt.pk, receipt.number])


def receipt_from_token(token):
    value = unsign("receipt", token)
    if not isinstance(value, list) or len(value) != 2:
        return None
    return Receipt.objects.select_related("donation").filter(pk=value[0], number=value[1]).first()


def receipt_path(receipt, language):
    with translation.override(language):
        return reverse("donations:receipt", args=[receipt_token(receipt)])


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def manage_token(email):
    return sign("manage", email.strip().lower())


def email_from_manage_token(token):
    value = unsign("manage", token, max_age=settings.DONATIONS_MANAGE_LINK_MAX_AGE)
    return value if isinstance(value, str) else None
