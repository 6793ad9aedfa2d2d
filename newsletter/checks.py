"""Configuration mistakes that would make the newsletter lose bounces or mail from the wrong place."""

from django.conf import settings
from django.core.checks import Error, Warning, register


@register()
def email_provider(app_configs, **kwargs):
    problems = []
    provider = settings.EMAIL_PROVIDER
    if provider and provider not in settings.EMAIL_PROVIDER_BACKENDS:
        problems.append(
            Error(
                f"EMAIL_PROVIDER={provider!r} is not one of {', '.join(settings.EMAIL_PROVIDER_BACKENDS)}.",
                id="newsletter.E001",
            )
        )
    secured = (
        settings.ANYMAIL.get("MAILGUN_WEBHOOK_SIGNING_KEY")
        if provider == "mailgun"
        else settings.ANYMAIL.get("WEBHOOK_SECRET")
    )
    if provider and not secured:
        problems.append(
            Warning(
                "The e-mail provider's webhook is switched off: bounces and complaints will not suppress addresses.",
                hint="Set MAILGUN_WEBHOOK_SIGNING_KEY (Mailgun) or EMAIL_WEBHOOK_SECRET=user:password (the others).",
                id="newsletter.W001",
            )
        )
    return problems
