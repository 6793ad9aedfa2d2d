"""Russian formats: Django's own module is right for dates (`25 августа 2020 г.`); this adds money and the
narrow no-break space between thousands that Russian typography uses."""

THOUSAND_SEPARATOR = "\u202f"

# Read by donations.currency (not a Django setting): how each currency is written; `{}` is the number.
MONEY_FORMATS = {"KGS": "{}\xa0сом", "RUB": "{}\xa0₽", "USD": "{}\xa0$", "EUR": "{}\xa0€", "JPY": "{}\xa0¥"}
