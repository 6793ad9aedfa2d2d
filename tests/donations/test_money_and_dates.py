"""Money, numbers and dates as each language writes them, on the page, in the e-mail and in the PDF."""

import datetime
import io
import re

import pytest
from django.core import mail
from django.utils import formats, translation
from pypdf import PdfReader

from donations import currency as money
from donations import links
from donations.ledger import settle_paid
from donations.models import Receipt

from . import factories as f

NNBSP, NBSP = "\u202f", "\xa0"


@pytest.mark.parametrize(
    ("language", "minor", "currency", "expected"),
    [
        ("ky", 100000, "KGS", f"1{NNBSP}000{NBSP}сом"),
        ("ky", 50000000, "KGS", f"500{NNBSP}000{NBSP}сом"),
        ("ky", 150050, "KGS", f"1{NNBSP}500,50{NBSP}сом"),
        ("ky", 2500, "USD", f"25{NBSP}$"),
        ("ky", 1250, "EUR", f"12,50{NBSP}€"),
        ("ru", 100000, "KGS", f"1{NNBSP}000{NBSP}сом"),
        ("ru", 123456, "USD", f"1{NNBSP}234,56{NBSP}$"),
        ("ru", 300000, "RUB", f"3{NNBSP}000{NBSP}₽"),
        ("en", 100000, "KGS", f"1,000{NBSP}som"),
        ("en", 123456, "USD", "$1,234.56"),
        ("en", 4200, "EUR", "€42"),
        ("en", 3000, "JPY", "¥3,000"),
    ],
)
def test_money_reads_as_each_language_writes_it(language, minor, currency, expected):
    with translation.override(language):
        assert money.format_amount(minor, currency) == expected
    assert money.format_amount(minor, currency, language=language) == expected


@pytest.mark.parametrize(
    ("language", "typed", "currency", "minor"),
    [
        ("ky", "1 000", "KGS", 100000),
        ("ky", f"1{NNBSP}000,50", "KGS", 100050),
        ("ky", "12.5", "USD", 1250),
        ("ru", "1.000,50", "EUR", 100050),
        ("en", "1,000", "USD", 100000),
        ("en", "1,000.50", "USD", 100050),
        ("en", "12,50", "USD", 1250),
    ],
)
def test_typed_amounts_are_read_as_the_donor_means_them(language, typed, currency, minor):
    with translation.override(language):
        assert money.to_minor(typed, currency) == minor


@pytest.mark.parametrize(
    ("language", "format_name", "expected"),
    [
        ("ky", "DATE_FORMAT", "2026-ж. 27-ноябрь"),
        ("ky", "YEAR_MONTH_FORMAT", "2026-ж. ноябрь"),
        ("ky", "DATETIME_FORMAT", "2026-ж. 27-ноябрь, 09:05"),
        ("ru", "DATE_FORMAT", "27 ноября 2026 г."),
    ],
)
def test_dates_as_each_language_writes_them(language, format_name, expected):
    with translation.override(language):
        assert formats.date_format(datetime.datetime(2026, 11, 27, 9, 5), format_name) == expected


def test_kyrgyz_numbers_group_with_a_narrow_space_and_a_decimal_comma():
    with translation.override("ky"):
        assert formats.number_format(1234567.5, 1, force_grouping=True) == f"1{NNBSP}234{NNBSP}567,5"


def plain(text):
    return text.replace(NNBSP, " ").replace(NBSP, " ")


def pdf_text(data):
    return plain("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


@pytest.mark.django_db
def test_a_kyrgyz_donor_sees_som_and_a_kyrgyz_date_on_page_email_and_pdf(client, on_commit, home_page):
    paid_at = datetime.datetime(2026, 11, 27, 10, 0, tzinfo=datetime.UTC)
    donation = f.DonationFactory(amount=100000, currency="KGS", language="ky")
    with on_commit():
        settle_paid(donation, when=paid_at)
    receipt = Receipt.objects.get()
    message = mail.outbox[-1]
    html, _mimetype = message.alternatives[0]
    _name, pdf, _kind = message.attachments[0]
    page = client.get(links.receipt_path(receipt, "ky")).content.decode()
    for text in (plain(message.body), plain(html), pdf_text(pdf), plain(page)):
        assert "1 000 сом" in text
        assert "2026-ж. 27-ноябрь" in text
        assert not re.search(r"KGS|\.00", text.split("http")[0])
