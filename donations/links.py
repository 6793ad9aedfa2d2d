"""Signed, unguessable links: receipts (no expiry: donors keep the e-mail), monthly-gift management (expiring,
encrypted: the address travels in mail, browser history and proxy logs, so it must not be readable from it)."""

import base64

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation
from django.utils.crypto import salted_hmac

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


def _manage_cipher():
    # One key per secret (current first, then SECRET_KEY_FALLBACKS), so rotating the secret keeps fresh links working.
    secrets = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    keys = [salted_hmac(_salt("manage"), "fernet", secret=secret, algorithm="sha256").digest() for secret in secrets]
    return MultiFernet([Fernet(base64.urlsafe_b64encode(key)) for key in keys])


def manage_token(email):
    return _manage_cipher().encrypt(email.strip().lower().encode()).decode().rstrip("=")


def email_from_manage_token(token):
    """The donor's address, or None when the token is forged, altered, not Fernet at all or older than allowed."""
    try:
        padded = (token + "=" * (-len(token) % 4)).encode("ascii")
        return _manage_cipher().decrypt(padded, ttl=settings.DONATIONS_MANAGE_LINK_MAX_AGE).decode()
    except (InvalidToken, UnicodeError, ValueError):
        return None
