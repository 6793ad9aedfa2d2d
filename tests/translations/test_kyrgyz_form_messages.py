"""Every message a public form (donate, contact, manage) can show reads as written Kyrgyz.

Django's own Kyrgyz catalogue has garbled ones («Туура эдарек тер.»); locale/ky replaces them. The table
below is the list: each bad input a visitor can send, and the Kyrgyz they must read.
"""

import pytest
from django.utils import translation
from wagtail.contrib.forms.forms import FormBuilder

from donations.forms import DonationForm
from home.models import ContactFormField

NNBSP, NBSP = "\u202f", "\xa0"

DONATION_CASES = [
    ({"email": ""}, "email", "Бул талааны толтуруңуз."),
    ({"email": "not-an-address"}, "email", "Туура электрондук почта дарегин жазыңыз."),
    ({"name": "ы" * 201}, "name", "Бул жерге эң көп 200 белги жазууга болот (азыр 201)."),
    ({"name": "a\x00b"}, "name", "Текстте нөл белгиси (NUL) болбошу керек."),
    ({"amount": "77"}, "amount", "Тизмеден тандаңыз: «77» сунушталган варианттардын ичинде жок."),
    ({"frequency": "weekly"}, "frequency", "Тизмеден тандаңыз: «weekly» сунушталган варианттардын ичинде жок."),
    ({"amount": "other", "other_amount": ""}, "other_amount", "Сумманы жазыңыз."),
    ({"amount": "other", "other_amount": "1,005"}, "other_amount", "Үтүрдөн кийин 2 белгиден ашпаган сан жазыңыз."),
    (
        {"amount": "other", "other_amount": "5"},
        "other_amount",
        f"Сумма 100{NBSP}сом менен 1{NNBSP}000{NNBSP}000{NBSP}сом ортосунда болушу керек.",
    ),
    ({"dedication_type": "honour", "dedication_name": ""}, "dedication_name", "Салымды арнаган адамдын атын жазыңыз."),
    ({"currency": "GBP"}, "currency", "Бул валюта сунушталбайт."),
]

# The contact form's fields are built by editors from Wagtail's field types: each type's bad input.
CONTACT_CASES = [
    ("singleline", "", "Бул талааны толтуруңуз."),
    ("singleline", "ы" * 256, "Бул жерге эң көп 255 белги жазууга болот (азыр 256)."),
    ("email", "x@", "Туура электрондук почта дарегин жазыңыз."),
    ("url", "not a url", "Туура URL дарегин жазыңыз."),
    ("number", "many", "Сан жазыңыз."),
    ("date", "yesterday", "Туура датаны жазыңыз."),
    ("datetime", "soon", "Туура дата менен убакытты жазыңыз."),
    ("dropdown", "Neither", "Тизмеден тандаңыз: «Neither» сунушталган варианттардын ичинде жок."),
    ("checkboxes", ["Neither"], "Тизмеден тандаңыз: «Neither» сунушталган варианттардын ичинде жок."),
    ("multiline", "a\x00b", "Текстте нөл белгиси (NUL) болбошу керек."),
]

# Shown by the views themselves (the manage page checks one address; both forms are rate limited).
VIEW_MESSAGES = [
    ("Enter a valid e-mail address.", "Туура электрондук почта дарегин жазыңыз."),
    (
        "Too many attempts from your connection. Please try again in an hour.",
        "Сиздин туташууңуздан өтө көп аракет болду. Бир сааттан кийин кайра аракет кылыңыз.",
    ),
    (
        "You have sent several messages in a short time. Please try again in an hour.",
        "Сиз кыска убакытта бир нече билдирүү жөнөттүңүз. Сураныч, бир сааттан кийин кайра аракет кылыңыз.",
    ),
]


@pytest.fixture(autouse=True)
def kyrgyz():
    with translation.override("ky"):
        yield


@pytest.mark.parametrize(("data", "field", "expected"), DONATION_CASES)
def test_donation_form_errors_read_as_kyrgyz(data, field, expected):
    valid = {"currency": "KGS", "frequency": "one_time", "amount": "50000", "email": "a@example.org"}
    form = DonationForm({**valid, **data}, offered={"KGS": [50000, 100000]}, currency="KGS")
    assert not form.is_valid()
    assert form.errors[field] == [expected]


@pytest.mark.parametrize(("field_type", "value", "expected"), CONTACT_CASES)
def test_contact_form_errors_read_as_kyrgyz(field_type, value, expected):
    field = ContactFormField(
        label="Field", clean_name="field", field_type=field_type, required=True, choices="Yes\nNo", sort_order=0
    )
    form = FormBuilder([field]).get_form_class()({"field": value})
    assert not form.is_valid()
    assert form.errors["field"] == [expected]


@pytest.mark.parametrize(("english", "expected"), VIEW_MESSAGES)
def test_view_messages_read_as_kyrgyz(english, expected):
    assert translation.gettext(english) == expected
