"""run_worker outlives a lost database: it waits and starts the worker loop again."""

from unittest import mock

from django.core.management import call_command
from django.db import OperationalError


def test_worker_loop_restarts_after_operational_errors(db, settings):
    settings.WORKER_RESTART_DELAY = 0.01
    calls = []

    def run(worker):
        calls.append(1)
        if len(calls) < 3:
            raise OperationalError("server closed the connection unexpectedly")
        worker.running = False  # as SIGTERM does

    with (
        mock.patch("django_tasks_db.management.commands.db_worker.Worker.run", autospec=True, side_effect=run),
        mock.patch("django_tasks_db.management.commands.db_worker.Worker.configure_signals"),
        # Closing the test's own connection inside its transaction would leave PostgreSQL unreachable for good.
        mock.patch("operations.management.commands.run_worker.connections.close_all"),
    ):
        call_command("run_worker")
    assert len(calls) == 3


def test_a_task_claimed_when_the_database_went_away_goes_back_to_the_queue(db, settings):
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from donations.tasks import send_receipt

    settings.WORKER_RESTART_DELAY = 0.01
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    queued = send_receipt.enqueue(0)
    seen = []

    def run(worker):
        result = DBTaskResult.objects.get(pk=queued.id)
        seen.append(result.status)
        if len(seen) == 1:
            result.claim(worker.worker_id)
            raise OperationalError("terminating connection due to administrator command")
        worker.running = False

    with (
        mock.patch("django_tasks_db.management.commands.db_worker.Worker.run", autospec=True, side_effect=run),
        mock.patch("django_tasks_db.management.commands.db_worker.Worker.configure_signals"),
        mock.patch("operations.management.commands.run_worker.connections.close_all"),
    ):
        call_command("run_worker")
    assert seen == [TaskResultStatus.READY, TaskResultStatus.READY]
