"""The last run of each periodic job, so /healthz can tell when the scheduler has stopped."""

from django.db import models


class JobRun(models.Model):
    name = models.CharField(max_length=100, unique=True)
    last_started_at = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    last_failure_at = models.DateTimeField(null=True, blank=True)
    # The exception's class only: messages may quote donors' data.
    last_error = models.CharField(max_length=200, blank=True)
    last_duration_seconds = models.FloatField(null=True, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name
