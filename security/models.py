from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class CspViolationReport(models.Model):
    """A browser's report that the Content-Security-Policy blocked something: a broken page or an attack."""

    received_at = models.DateTimeField(auto_now_add=True, db_index=True)
    document_uri = models.CharField(max_length=500, blank=True)
    violated_directive = models.CharField(max_length=200, blank=True)
    blocked_uri = models.CharField(max_length=500, blank=True)
    source_file = models.CharField(max_length=500, blank=True)
    line_number = models.PositiveIntegerField(null=True, blank=True)
    sample = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("CSP violation report")

    def __str__(self):
        return f"{self.violated_directive} blocked {self.blocked_uri} on {self.document_uri}"


class TwoFactorInvitationQuerySet(models.QuerySet):
    def usable(self):
        from django.utils import timezone

        return self.filter(used_at__isnull=True, expires_at__gt=timezone.now())


class TwoFactorInvitation(models.Model):
    """A one-time, expiring link that lets one person enrol a second factor (security/two_factor_invitations.py).
    Only the link's SHA-256 is kept: the link itself is shown once, to whoever created it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="two_factor_invitations")
    token_hash = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    objects = TwoFactorInvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("two-factor enrolment invitation")

    def __str__(self):
        return f"{self.user} until {self.expires_at:%Y-%m-%d %H:%M}"
