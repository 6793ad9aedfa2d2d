"""In development the console shows a receipt e-mail readably: its text, and one line per attachment."""

import io

from django.core.mail import EmailMultiAlternatives

from config.dev_email import SummarisingConsoleBackend


def test_attachments_are_summarised_not_dumped_as_base64():
    stream = io.StringIO()
    message = EmailMultiAlternatives("Your receipt", "Thank you.", "org@example.org", ["donor@example.org"])
    message.attach_alternative("<p>Thank you.</p>", "text/html")
    message.attach("receipt-2026-000001.pdf", b"%PDF-1.7" + b"\0" * 40_000, "application/pdf")
    SummarisingConsoleBackend(stream=stream).send_messages([message])
    out = stream.getvalue()
    assert "Subject: Your receipt" in out and "Thank you." in out
    assert "[attachment: receipt-2026-000001.pdf, application/pdf, 40008 bytes]" in out
    assert "[alternative: text/html]" in out
    assert len(out.splitlines()) < 15  # no base64 wall
