"""Sealing a request to the lawyers' public key: RFC 9180 HPKE, base mode, one message per request.

Suite: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM, through pyca/cryptography's own HPKE
(`cryptography.hazmat.primitives.hpke`, already a dependency of the site). A fresh ephemeral key pair is made
for every request and forgotten at once, so the server cannot open what it sealed; only the X25519 private key,
which never reaches the server, can. The browser opens it with WebCrypto alone (static/intake/read_request.js)
and the lawyer's own computer with intake/offline/intake_tool.py: both must agree with the constants here.

Sealed bytes are `enc (32) || AES-GCM ciphertext || tag (16)`. The plain text is UTF-8 JSON padded with spaces
to a power of two (at least 2 KiB), so the stored size says little about how much a person wrote.
"""

import base64
import binascii
import hashlib
import json

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from django.conf import settings

SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
# HPKE's `info`: binds every sealed request to this use and this format version.
INFO = b"bir-duino legal intake v1"
FORMAT_VERSION = 1
SMALLEST_PADDED_SIZE = 2048


class KeyNotConfigured(Exception):
    """INTAKE_PUBLIC_KEY is empty or not an X25519 public key: the form cannot accept requests."""


def decode_public_key(text):
    """The raw 32 bytes of a base64-written X25519 public key, or KeyNotConfigured."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise KeyNotConfigured("INTAKE_PUBLIC_KEY is not base64") from None
    if len(raw) != 32:
        raise KeyNotConfigured("INTAKE_PUBLIC_KEY must be 32 bytes (an X25519 public key)")
    return raw


def key_id(raw_public_key):
    """A short name for a key pair, stored with each request so the lawyer knows which private key opens it."""
    return hashlib.sha256(raw_public_key).hexdigest()[:16]


def configured_key():
    """(key id, public key) from settings, or KeyNotConfigured."""
    text = settings.INTAKE_PUBLIC_KEY
    if not text:
        raise KeyNotConfigured("INTAKE_PUBLIC_KEY is not set")
    raw = decode_public_key(text)
    return key_id(raw), X25519PublicKey.from_public_bytes(raw)


def is_configured():
    try:
        configured_key()
    except KeyNotConfigured:
        return False
    return True


def padded(data):
    size = SMALLEST_PADDED_SIZE
    while size < len(data):
        size *= 2
    return data + b" " * (size - len(data))


def seal(fields):
    """(key id, sealed bytes) of `fields`, a dict of strings and booleans."""
    identifier, public_key = configured_key()
    document = json.dumps({"v": FORMAT_VERSION, **fields}, ensure_ascii=False, separators=(",", ":"))
    return identifier, SUITE.encrypt(padded(document.encode()), public_key, info=INFO)
