"""The periodic jobs cron runs (deploy/crontab), how often, and the record of each run.

Each job is a management command run through `manage.py run_job NAME`, which records its start, success or
failure in JobRun. /healthz reports a job that has not succeeded within three of its periods.
"""

import time
from dataclasses import dataclass

from django.conf import settings
from django.core.management import call_command, get_commands
from django.db import connection
from django.utils import timezone

from .models import JobRun

MINUTE = 60
HOUR = 60 * MINUTE
DAY = 24 * HOUR


@dataclass(frozen=True)
class Job:
    name: str
    command: str
    period: int  # seconds between runs in deploy/crontab
    args: tuple = ()
    needs_postgresql: bool = False

    def available(self):
        if self.needs_postgresql and connection.vendor != "postgresql":
            return False  # backups use pg_dump: a SQLite development database is not backed up
        return self.command in get_commands()


def all_jobs():
    return [
        Job("publish_scheduled", "publish_scheduled", MINUTE),
        Job("send_pending_receipts", "send_pending_receipts", 15 * MINUTE),
        # Webhook events that arrived before their payment was recorded (donations app).
        Job("replay_webhook_events", "replay_webhook_events", 15 * MINUTE),
        Job(
            "anonymise_donations",
            "anonymise_donations",
            DAY,
            ("--older-than", str(settings.DONATION_DATA_RETENTION_YEARS)),
        ),
        # Database and media, copied off-site and pruned (operations/backup.py).
        Job("backup_site", "backup_site", DAY, needs_postgresql=True),
        # Newsletter (newsletter/README.md): resume mailings a stopped worker left, the weekly digest, retention.
        Job("send_newsletters", "send_newsletters", 15 * MINUTE),
        Job("send_newsletter_digest", "send_newsletter_digest", 7 * DAY),
        Job("newsletter_retention", "newsletter_retention", DAY),
        # Legal intake (intake app): requests past INTAKE_RETENTION_DAYS deleted; staff told of new ones.
        Job("delete_intake_requests", "delete_intake_requests", DAY),
        Job("notify_intake_staff", "notify_intake_staff", HOUR),
    ]


def registered_jobs():
    """The jobs whose command is installed (replay_webhook_events arrives with the donations ledger work)."""
    return {job.name: job for job in all_jobs() if job.available()}


def run(job, stdout=None):
    """Run `job` once and record the outcome; the exception goes on to the caller (cron mails or logs it)."""
    record, _created = JobRun.objects.get_or_create(name=job.name)
    started = timezone.now()
    JobRun.objects.filter(pk=record.pk).update(last_started_at=started)
    clock = time.monotonic()
    try:
        call_command(job.command, *job.args, stdout=stdout)
    except Exception as error:
        JobRun.objects.filter(pk=record.pk).update(
            last_failure_at=timezone.now(), last_error=type(error).__name__[:200]
        )
        raise
    JobRun.objects.filter(pk=record.pk).update(
        last_success_at=timezone.now(), last_error="", last_duration_seconds=round(time.monotonic() - clock, 3)
    )


def late_jobs(now=None):
    """Names of jobs that have not succeeded within three of their periods (or ever)."""
    now = now or timezone.now()
    successes = dict(JobRun.objects.values_list("name", "last_success_at"))
    late = []
    for name, job in registered_jobs().items():
        last = successes.get(name)
        if last is None or (now - last).total_seconds() > 3 * job.period:
            late.append(name)
    return late
