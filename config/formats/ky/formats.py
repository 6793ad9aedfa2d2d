"""Kyrgyz formats, as Kyrgyz is written: `2020-ж. 25-август`, `1 000,50` (narrow no-break space, comma).

Django's own `ky` module writes dates the Russian way (`25 Август 2020 ж.`). Month names come from the
"alt. month" messages (the `E` format character), which locale/ky turns lower-case.
"""

DATE_FORMAT = "Y-ж. j-E"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "Y-ж. j-E, H:i"
YEAR_MONTH_FORMAT = "Y-ж. E"
MONTH_DAY_FORMAT = "j-E"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\u202f"
NUMBER_GROUPING = 3

# Read by donations.currency (not a Django setting): how each currency is written; `{}` is the number.
MONEY_FORMATS = {"KGS": "{}\xa0сом", "RUB": "{}\xa0₽", "USD": "{}\xa0$", "EUR": "{}\xa0€", "JPY": "{}\xa0¥"}
