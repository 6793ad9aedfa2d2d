from .events import StripeEvent
from .gifts import (
    COUNTED,
    Dedication,
    Dispute,
    Donation,
    Frequency,
    Payment,
    RecurringDonation,
    Source,
    Status,
)
from .pages import DonationCurrency, DonationImpact, DonationPage
from .receipts import Receipt, ReceiptCounter

__all__ = [
    "COUNTED",
    "Dedication",
    "Dispute",
    "Donation",
    "DonationCurrency",
    "DonationImpact",
    "DonationPage",
    "Frequency",
    "Payment",
    "Receipt",
    "ReceiptCounter",
    "RecurringDonation",
    "Source",
    "Status",
    "StripeEvent",
]
