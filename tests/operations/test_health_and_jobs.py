"""/healthz and the periodic jobs' records."""

import datetime
import json
from unittest import mock

import pytest
from django.core.management import CommandError, call_command
from django.db import OperationalError
from django.utils import timezone

from donations.models import StripeEvent
from operations.models import JobRun


@pytest.fixture
def all_jobs_ran(db):
    call_command("run_job", all=True)


def healthz(client):
    response = client.get("/healthz")
    return response, json.loads(response.content)


def test_healthy_site_answers_200_with_small_json_never_cached(client, all_jobs_ran):
    response, body = healthz(client)
    assert response.status_code == 200, body
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "storage", "tasks", "webhooks", "jobs"}
    assert "no-store" in response["Cache-Control"] and not response.cookies


def test_run_job_records_success_and_failure(db):
    call_command("run_job", "publish_scheduled")
    run = JobRun.objects.get(name="publish_scheduled")
    assert run.last_success_at and not run.last_error
    failing = mock.patch("operations.jobs.call_command", side_effect=RuntimeError("smtp down, donor a@b.c"))
    with failing, pytest.raises(RuntimeError):
        call_command("run_job", "send_pending_receipts")
    failed = JobRun.objects.get(name="send_pending_receipts")
    assert failed.last_failure_at and failed.last_error == "RuntimeError"  # no message: it may quote donors
    with pytest.raises(CommandError):
        call_command("run_job", "no_such_job")


def test_backups_are_skipped_on_sqlite_and_not_checked(db, client):
    from django.db import connection

    from operations import jobs

    if connection.vendor == "postgresql":
        pytest.skip("PostgreSQL runs the backup")
    assert "backup_site" not in jobs.registered_jobs()
    call_command("run_job", "backup_site")  # no error for cron
    call_command("run_job", all=True)
    assert json.loads(client.get("/healthz").content)["checks"]["jobs"] == "ok"


def test_a_late_job_turns_health_503(client, all_jobs_ran):
    JobRun.objects.filter(name="publish_scheduled").update(
        last_success_at=timezone.now() - datetime.timedelta(minutes=4)
    )
    response, body = healthz(client)
    assert response.status_code == 503
    assert body["checks"]["jobs"] == "periodic jobs late: publish_scheduled"


def test_webhook_events_waiting_over_an_hour_turn_health_503(client, all_jobs_ran):
    two_hours_ago = timezone.now() - datetime.timedelta(hours=2)
    StripeEvent.objects.create(
        event_id="evt_waiting",
        type="checkout.session.completed",
        received_at=two_hours_ago,
        waiting_since=two_hours_ago,
    )
    response, body = healthz(client)
    assert response.status_code == 503
    assert body["checks"]["webhooks"] == "webhook events waiting over an hour"


def test_stale_task_queue_turns_health_503(client, all_jobs_ran, settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    from donations.tasks import send_receipt

    result = send_receipt.using(backend="default").enqueue(0)
    DBTaskResult.objects.filter(pk=result.id).update(run_after=timezone.now() - datetime.timedelta(minutes=11))
    response, body = healthz(client)
    assert response.status_code == 503
    assert "tasks waiting over 10 minutes" in body["checks"]["tasks"]


def test_unreachable_database_and_cache_are_named(client, all_jobs_ran):
    from operations import health

    def database_down():
        raise OperationalError("connection refused to 10.0.0.5")

    with (
        mock.patch.dict(health.CHECKS, {"database": database_down}),
        mock.patch("operations.health.cache.set", side_effect=ConnectionError("redis down")),
    ):
        response = client.get("/healthz")
    body = json.loads(response.content)
    assert response.status_code == 503
    assert body["checks"]["database"] == "database unreachable (OperationalError)"
    assert body["checks"]["cache"] == "cache unreachable (ConnectionError)"
    assert body["checks"]["jobs"].startswith("not checked")
    assert "10.0.0.5" not in response.content.decode()
