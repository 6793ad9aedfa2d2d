"""Money rules: amounts live as integers in the currency's smallest unit, as Stripe counts them.

Stripe's zero-decimal currencies are charged in whole units (1000 JPY is sent as 1000, not 100000).
KGS, USD and EUR have two decimals. Limits keep card testers (tiny amounts) and typos (huge ones) out.
"""

import math
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.utils.formats import number_format

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
SYMBOLS = {"USD": "$", "EUR": "€", "KGS": "сом", "RUB": "₽", "JPY": "¥"}

# What "cover the fees" adds: Stripe's card fee is roughly this share of the gift.
FEE_SHARE = Decimal("0.03")


def exponent(currency):
    return 0 if currency.upper() in ZERO_DECIMAL else 2


def to_minor(major, currency):
    """Major units (Decimal or str) to an int in minor units; raises ValueError if it has too many decimals."""
    try:
        value = Decimal(str(major).strip().replace(" ", "").replace(",", "."))
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


def format_amount(minor, currency, use_l10n=True):
    """`1 234.50 USD` style text, the number formatted for the active language."""
    currency = currency.upper()
    places = exponent(currency)
    value = to_major(minor, currency).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{number_format(value, decimal_pos=places, use_l10n=use_l10n, force_grouping=True)} {currency}"
