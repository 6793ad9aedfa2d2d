import base64
import secrets
import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from intake.choices import Region

# No 0/O or 1/I: a reference read out over the phone is not misheard.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def new_reference():
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"{code[:4]}-{code[4:]}"


class IntakeRequest(models.Model):
    """One request for legal help: what the person wrote is only in `sealed`, which the server cannot open.

    The readable columns are the minimum the lawyers sort by: the day it arrived (no time of day), the region
    the person chose, and where the lawyers are with it. The primary key is random and the list is ordered by
    day and reference, so nothing shows in which order requests arrived within a day.
    """

    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_PROGRESS = "in-progress", _("In progress")
        CLOSED = "closed", _("Closed")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    reference = models.CharField(
        _("reference number"), max_length=9, unique=True, default=new_reference, editable=False
    )
    received_on = models.DateField(_("received on"), db_index=True, editable=False)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices, editable=False)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NEW)
    key_id = models.CharField(
        _("key id"), max_length=16, editable=False, help_text=_("Which private key opens this request.")
    )
    sealed = models.BinaryField(_("sealed request"), editable=False)
    # Set by the notify_intake_staff job once staff have been told that requests are waiting.
    staff_notified = models.BooleanField(default=False, editable=False)

    class Meta:
        verbose_name = _("legal help request")
        verbose_name_plural = _("legal help requests")
        ordering = ["-received_on", "reference"]

    def __str__(self):
        # Wagtail's action log keeps this label after the request is deleted: the reference alone.
        return self.reference

    @property
    def sealed_base64(self):
        return base64.b64encode(bytes(self.sealed)).decode()
