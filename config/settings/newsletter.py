"""E-mail through a provider's API (django-anymail) instead of EMAIL_URL, and the newsletter (newsletter/README.md)."""

from .core import DEFAULT_FROM_EMAIL, EMAIL_CONFIG
from .env import env

EMAIL_PROVIDER = env("EMAIL_PROVIDER")
EMAIL_PROVIDER_BACKENDS = {
    "mailgun": "anymail.backends.mailgun.EmailBackend",
    "postmark": "anymail.backends.postmark.EmailBackend",
    "brevo": "anymail.backends.brevo.EmailBackend",
    "amazon_ses": "anymail.backends.amazon_ses.EmailBackend",
}
# EMAIL_URL's backend unless a provider is named (an unknown name is refused by the check newsletter.E001).
EMAIL_BACKEND = EMAIL_PROVIDER_BACKENDS.get(EMAIL_PROVIDER, EMAIL_CONFIG["EMAIL_BACKEND"])
# The webhooks of a provider answer only when its secret is set (newsletter.webhooks): Mailgun signs each event
# with its signing key; Postmark, Brevo and Amazon SES send the basic-auth "user:password" of EMAIL_WEBHOOK_SECRET.
ANYMAIL = {
    "MAILGUN_API_KEY": env("EMAIL_PROVIDER_API_KEY"),
    "MAILGUN_SENDER_DOMAIN": env("MAILGUN_SENDER_DOMAIN"),
    "MAILGUN_API_URL": env("MAILGUN_API_URL"),
    "MAILGUN_WEBHOOK_SIGNING_KEY": env("MAILGUN_WEBHOOK_SIGNING_KEY"),
    "POSTMARK_SERVER_TOKEN": env("EMAIL_PROVIDER_API_KEY"),
    "BREVO_API_KEY": env("EMAIL_PROVIDER_API_KEY"),
    "WEBHOOK_SECRET": env("EMAIL_WEBHOOK_SECRET"),
}
NEWSLETTER_FROM_EMAIL = env("NEWSLETTER_FROM_EMAIL") or DEFAULT_FROM_EMAIL
# The mailbox of the `mailto:` one-click address (RFC 8058); empty: the sender's own address.
NEWSLETTER_UNSUBSCRIBE_MAILTO = env("NEWSLETTER_UNSUBSCRIBE_MAILTO")
NEWSLETTER_SUBSCRIBE_RATE = env("NEWSLETTER_SUBSCRIBE_RATE")
NEWSLETTER_SEND_RATE = env("NEWSLETTER_SEND_RATE")  # messages per second, all workers together; 0: no limit
NEWSLETTER_BATCH_SIZE = env("NEWSLETTER_BATCH_SIZE")
NEWSLETTER_CONFIRM_DAYS = env("NEWSLETTER_CONFIRM_DAYS")
NEWSLETTER_RETENTION_DAYS = env("NEWSLETTER_RETENTION_DAYS")
