"""Money rules: amounts live as integers in the currency's smallest unit, as Stripe counts them.

Stripe's zero-decimal currencies are charged in whole units (1000 JPY is sent as 1000, not 100000).
KGS, USD and EUR have two decimals. Limits keep card testers (tiny amounts) and typos (huge ones) out.
"""

import functools
import math
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.conf import settings
from django.utils import translation
from django.utils.formats import get_format, get_format_modules, number_format

# From Stripe's documentation on currencies.
ZERO_DECIMAL = frozenset(
    {"BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"}
)

# The currencies editors may offer, with (minimum, maximum) in major units.
LIMITS = {
    "USD": (Decimal("1"), Decimal("10000")),
    "EUR": (Decimal("1"), Decimal("10000")),
    "KGS": (Decimal("100"), Decimal("1000000")),
    "RUB": (Decimal("100"), Decimal("1000000")),
    "JPY": (Decimal("100"), Decimal("1500000")),
}
SUPPORTED = tuple(LIMITS)
DEFAULT_OFFERED = ("KGS", "USD", "EUR")

# What "cover the fees" adds: Stripe's card fee is roughly this share of the gift.
FEE_SHARE = Decimal("0.03")


def exponent(currency):
    return 0 if currency.upper() in ZERO_DECIMAL else 2


def plain_number(text):
    """`1 000,50`, `1,000.50` or `1.000,50` as `1000.50`: spaces of any kind group thousands; with both marks
    the last one is the decimal; a lone comma is decimal, except `1,000` in a language that groups with it."""
    text = "".join(text.split())
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        return text.replace("." if decimal == "," else ",", "").replace(",", ".")
    if get_format("THOUSAND_SEPARATOR") == "," and re.fullmatch(r"\d{1,3}(,\d{3})+", text):
        return text.replace(",", "")
    return text.replace(",", ".")


def to_minor(major, currency):
    """Major units (Decimal or str) to an int in minor units; raises ValueError if it has too many decimals."""
    try:
        value = Decimal(plain_number(str(major)))
    except InvalidOperation as error:
        raise ValueError("not a number") from error
    if not value.is_finite():
        raise ValueError("not a number")
    scaled = value.scaleb(exponent(currency))
    if scaled != scaled.to_integral_value():
        raise ValueError("too many decimals")
    return int(scaled)


def to_major(minor, currency):
    return Decimal(minor).scaleb(-exponent(currency))


def minor_limits(currency):
    low, high = LIMITS[currency.upper()]
    return to_minor(low, currency), to_minor(high, currency)


def fee_top_up(minor):
    """The amount added when the donor covers the fees, rounded up to a whole minor unit."""
    return math.ceil(Decimal(minor) * FEE_SHARE)


def format_amount(minor, currency, use_l10n=True, language=None):
    """Money as the visitor's language writes it: `1 000 сом`, `$1,000`, `12,50 €`.

    Whole amounts drop the decimals; a fraction shows all of the currency's places. The pattern per currency
    comes from the language's format module (config/formats/<code>/formats.py, `MONEY_FORMATS`).
    """
    currency = currency.upper()
    places = exponent(currency)
    value = to_major(minor, currency).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if value == value.to_integral_value():
        places = 0
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    with translation.override(language):
        number = number_format(value, decimal_pos=places, use_l10n=use_l10n, force_grouping=True)
    pattern = money_pattern(currency, language) if use_l10n else None
    return pattern.format(number) if pattern else f"{number}\xa0{currency}"


@functools.cache
def money_pattern(currency, language):
    for module in get_format_modules(language):
        patterns = getattr(module, "MONEY_FORMATS", None)
        if patterns and currency in patterns:
            return patterns[currency]
    return None
