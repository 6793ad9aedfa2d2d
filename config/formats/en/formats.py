"""English: Django's own formats, plus how each currency is written (read by donations.currency)."""

MONEY_FORMATS = {"KGS": "{}\xa0som", "RUB": "₽{}", "USD": "${}", "EUR": "€{}", "JPY": "¥{}"}
