"""E-mails to donors: one HTML + text message built from a pair of templates, from the receipts address."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string


def compose(subject, template, context, to):
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"donations/email/{template}.txt", context),
        from_email=settings.DONATIONS_RECEIPT_FROM_EMAIL,
        to=[to],
    )
    message.attach_alternative(render_to_string(f"donations/email/{template}.html", context), "text/html")
    return message
