"""Receipts: numbering, the PDF's text, the e-mail's language, failed sends, signed links, statements."""

import io
from unittest import mock

import pytest
from django.core import mail
from pypdf import PdfReader

from donations import links
from donations.ledger import settle_paid
from donations.models import Receipt, ReceiptCounter
from donations.receipts.render import receipt_pdf, statement_pdf
from donations.tasks import resend_receipt

from . import factories as f

pytestmark = pytest.mark.django_db


def pdf_text(data):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def paid(on_commit, **kwargs):
    donation = f.DonationFactory(**kwargs)
    with on_commit():
        settle_paid(donation)
    return donation


def test_numbers_are_sequential_per_year_and_issued_once(on_commit, home_page):
    first, second = paid(on_commit), paid(on_commit)
    year = first.receipt.issued_at.year
    assert (first.receipt.number, second.receipt.number) == (f"{year}-000001", f"{year}-000002")
    settle_paid(first)
    assert Receipt.objects.count() == 2
    assert ReceiptCounter.objects.get(year=year).last == 2
    assert ReceiptCounter.next_number(2031) == "2031-000001"


def test_kyrgyz_pdf_holds_amount_number_and_kyrgyz_letters(on_commit, home_page):
    donation = paid(
        on_commit, amount=150050, currency="KGS", language="ky", name="Нурзат Өмүрбекова", frequency="monthly"
    )
    text = pdf_text(receipt_pdf(donation.receipt))
    assert donation.receipt.number in text
    assert "1 500,50 сом" in text.replace("\u202f", " ").replace("\xa0", " ")
    assert "Кайрымдуулук салымы тууралуу квитанция" in text
    assert "Нурзат Өмүрбекова" in text
    assert "Ай сайын берилүүчү салым" in text  # a monthly instalment never says "one-time"
    assert all(letter in text for letter in "өүң")


def test_email_arrives_in_the_donors_language_with_html_text_and_pdf(on_commit, home_page):
    paid(on_commit, language="ky", amount=2500, currency="USD")
    paid(on_commit, language="ru", amount=900, currency="EUR")
    ky, ru = mail.outbox
    assert "квитанцияңыз" in ky.subject
    assert "Кыргызстанда адам укуктарын колдогонуңуз үчүн рахмат" in ky.body
    html, mimetype = ky.alternatives[0]
    assert mimetype == "text/html" and 'lang="ky"' in html
    name, content, kind = ky.attachments[0]
    assert (
        name.endswith(".pdf")
        and kind == "application/pdf"
        and "25 $" in pdf_text(content).replace("\u202f", " ").replace("\xa0", " ")
    )
    assert "Ваша квитанция" in ru.subject
    assert "/ky/receipts/" in ky.body and "/ru/receipts/" in ru.body


def test_failed_send_is_recorded_and_staff_can_resend(on_commit, home_page):
    with mock.patch("django.core.mail.EmailMultiAlternatives.send", side_effect=OSError("SMTP down")):
        donation = paid(on_commit)
    receipt = Receipt.objects.get()
    assert donation.receipt == receipt
    assert (receipt.send_status, receipt.attempts) == (Receipt.Sending.FAILED, 1)
    assert "SMTP down" in receipt.last_error
    assert donation.__class__.objects.get(pk=donation.pk).status == "paid"  # the gift is never lost
    with on_commit():
        resend_receipt(receipt)
    receipt.refresh_from_db()
    assert receipt.send_status == Receipt.Sending.SENT and receipt.last_error == ""
    assert len(mail.outbox) == 1


def test_signed_receipt_link_opens_page_and_pdf_and_forged_links_do_not(client, on_commit, home_page):
    donation = paid(on_commit, language="ky")
    path = links.receipt_path(donation.receipt, "ky")
    response = client.get(path)
    assert response.status_code == 200
    assert donation.receipt.number in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"
    pdf = client.get(path + "pdf/")
    assert pdf["Content-Type"] == "application/pdf" and donation.receipt.number in pdf_text(pdf.content)
    assert client.get(path[:-6] + "AAAAA/").status_code == 404
    assert client.get(f"/ky/receipts/{donation.receipt.pk}/").status_code == 404


def test_refund_marks_the_receipt(deliver, home_page):
    donation = f.DonationFactory(amount=1000)
    deliver("checkout.session.completed", f.session(donation))
    deliver("charge.refunded", f.charge(donation, 1000))
    receipt = Receipt.objects.get()
    assert receipt.refunded
    assert "This gift has been refunded." in pdf_text(receipt_pdf(receipt, "en"))


def test_yearly_statement_sums_a_donors_gifts(on_commit, home_page):
    for amount in (1000, 2550):
        paid(on_commit, email="same@example.org", amount=amount, currency="USD")
    paid(on_commit, email="same@example.org", amount=50000, currency="KGS")
    paid(on_commit, email="other@example.org", amount=99900, currency="USD")
    year = Receipt.objects.first().issued_at.year
    text = pdf_text(statement_pdf("same@example.org", year, "ky"))
    text = text.replace("\u202f", " ").replace("\xa0", " ")
    assert "35,50 $" in text and "500 сом" in text
    assert "999" not in text


def test_send_pending_receipts_command_sends_what_failed(on_commit, home_page):
    from django.core.management import call_command

    with mock.patch("django.core.mail.EmailMultiAlternatives.send", side_effect=OSError("down")):
        paid(on_commit)
    assert Receipt.objects.get().send_status == Receipt.Sending.FAILED
    call_command("send_pending_receipts", verbosity=0)
    assert Receipt.objects.get().send_status == Receipt.Sending.SENT
    assert len(mail.outbox) == 1
