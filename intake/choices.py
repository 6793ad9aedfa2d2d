"""What a person chooses on the form. Regions are stored in the clear (metadata); the contact channel only
inside the sealed request. No imports from this app: models, forms and the admin all read these."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.TextChoices):
    BISHKEK = "bishkek", _("Bishkek city")
    OSH_CITY = "osh-city", _("Osh city")
    BATKEN = "batken", _("Batken region")
    CHUY = "chuy", _("Chüy region")
    ISSYK_KUL = "issyk-kul", _("Issyk-Kul region")
    JALAL_ABAD = "jalal-abad", _("Jalal-Abad region")
    NARYN = "naryn", _("Naryn region")
    OSH = "osh", _("Osh region")
    TALAS = "talas", _("Talas region")
    ABROAD = "abroad", _("Outside Kyrgyzstan")
    UNSAID = "unsaid", _("I would rather not say")


class ContactChannel(models.TextChoices):
    PHONE = "phone", _("Phone call")
    SMS = "sms", _("SMS")
    WHATSAPP = "whatsapp", _("WhatsApp")
    SIGNAL = "signal", _("Signal")
    TELEGRAM = "telegram", _("Telegram")
    EMAIL = "email", _("E-mail")

    @classmethod
    def by_phone_number(cls):
        """Channels reached through a phone number."""
        return {cls.PHONE, cls.SMS, cls.WHATSAPP}
