"""The periodic jobs cron runs, when, and the record of each run. deploy/crontab is generated from this list
(`manage.py crontab > deploy/crontab`; tests/operations/test_crontab.py checks they agree).

Each job is a management command run through `manage.py run_job NAME`, which records its start, success or
failure in JobRun. /healthz reports a job that has not succeeded within three of its periods.
"""

import time
from dataclasses import dataclass

from django.conf import settings
from django.core.management import call_command
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
    period: int  # seconds between runs: what /healthz allows three of
    schedule: str  # cron's "minute hour day-of-month month day-of-week", once per period
    args: tuple = ()
    needs_postgresql: bool = False


def all_jobs():
    return [
        Job("publish_scheduled", "publish_scheduled", MINUTE, "* * * * *"),
        Job("send_pending_receipts", "send_pending_receipts", 15 * MINUTE, "*/15 * * * *"),
        # Webhook events that arrived before their payment was recorded (donations app).
        Job("replay_webhook_events", "replay_webhook_events", 15 * MINUTE, "*/15 * * * *"),
        Job(
            "anonymise_donations",
            "anonymise_donations",
            DAY,
            "30 3 * * *",
            ("--older-than", str(settings.DONATION_DATA_RETENTION_YEARS)),
        ),
        # Database and media, copied off-site and pruned (operations/backup.py).
        Job("backup_site", "backup_site", DAY, "15 2 * * *", needs_postgresql=True),
        # Newsletter (newsletter/README.md): resume mailings a stopped worker left, the weekly digest, retention.
        Job("send_newsletters", "send_newsletters", 15 * MINUTE, "*/15 * * * *"),
        Job("send_newsletter_digest", "send_newsletter_digest", 7 * DAY, "0 9 * * 1"),
        Job("newsletter_retention", "newsletter_retention", DAY, "45 3 * * *"),
        # Legal intake (intake app): requests past INTAKE_RETENTION_DAYS deleted; staff told of new ones.
        Job("delete_intake_requests", "delete_intake_requests", DAY, "40 3 * * *"),
        Job("notify_intake_staff", "notify_intake_staff", HOUR, "5 * * * *"),
    ]


def registered_jobs():
    """The jobs this database runs: backups use pg_dump, so a SQLite development database has none."""
    on_postgresql = connection.vendor == "postgresql"
    return {job.name: job for job in all_jobs() if on_postgresql or not job.needs_postgresql}


CRONTAB_HEADER = """\
# Periodic jobs: /etc/cron.d/birduino on a Debian server (cron runs them as the birduino user); `make stack`
# runs the same lines with scripts/cron_loop.py. Each job records its last success (manage.py run_job),
# which /healthz checks: a job that has not succeeded within three of its periods turns it 503.
# Generated from operations/jobs.py by `manage.py crontab > deploy/crontab`: change the jobs there.
SHELL=/bin/sh
# m    h  dom mon dow user     command
"""


def crontab():
    """deploy/crontab's text, one line per job."""
    lines = []
    for job in all_jobs():
        minute, hour, day, month, weekday = job.schedule.split()
        times = f"{minute:<6} {hour:<2} {day:<3} {month:<3} {weekday:<3}"
        lines.append(f"{times} birduino /opt/birduino/deploy/manage.sh run_job {job.name}")
    return CRONTAB_HEADER + "\n".join(lines) + "\n"


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
