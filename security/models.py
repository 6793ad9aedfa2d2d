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
