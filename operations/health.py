"""What /healthz checks: each check answers None when fine, or a short problem naming what is wrong.

Nothing here reveals a secret, an address or a donor: only the names of the failing parts.
"""

import datetime

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.utils import timezone

TASK_QUEUE_MAX_WAIT = datetime.timedelta(minutes=10)
WEBHOOK_EVENT_MAX_WAIT = datetime.timedelta(hours=1)
PROBE_KEY = "healthz:probe"


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def check_cache():
    value = timezone.now().isoformat()
    cache.set(PROBE_KEY, value, 30)
    if cache.get(PROBE_KEY) != value:
        return "cache does not keep values"


def check_storage():
    default_storage.exists("healthz-probe")


def check_task_queue():
    if "django_tasks_db" not in settings.TASKS["default"]["BACKEND"]:
        return None  # tasks run at once (development)
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    due_before = timezone.now() - TASK_QUEUE_MAX_WAIT
    stale = DBTaskResult.objects.filter(status=TaskResultStatus.READY, run_after__lt=due_before)
    if stale.exists():
        return "tasks waiting over 10 minutes (is the worker running?)"


def check_webhook_events():
    from donations.models import StripeEvent

    if StripeEvent.objects.waiting_longer_than(WEBHOOK_EVENT_MAX_WAIT).exists():
        return "webhook events waiting over an hour"


def check_jobs():
    from .jobs import late_jobs

    late = late_jobs()
    if late:
        return f"periodic jobs late: {', '.join(late)}"


CHECKS = {
    "database": check_database,
    "cache": check_cache,
    "storage": check_storage,
    "tasks": check_task_queue,
    "webhooks": check_webhook_events,
    "jobs": check_jobs,
}
NEEDS_DATABASE = ("tasks", "webhooks", "jobs")


def run_checks():
    """{check name: "ok" | problem}; checks that need the database are skipped when it is down."""
    results = {}
    skipped = getattr(settings, "HEALTHZ_NOT_CHECKED", {})
    for name, check in CHECKS.items():
        if name in skipped:
            results[name] = f"not checked: {skipped[name]}"
            continue
        if name in NEEDS_DATABASE and results.get("database") != "ok":
            results[name] = "not checked: database unreachable"
            continue
        try:
            results[name] = check() or "ok"
        except Exception as error:
            results[name] = f"{name} unreachable ({type(error).__name__})"
    return results
