"""run_worker outlives a lost database: it waits and starts the worker loop again."""

from unittest import mock

from django.core.management import call_command
from django.db import OperationalError


def test_worker_loop_restarts_after_operational_errors(settings):
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
    ):
        call_command("run_worker")
    assert len(calls) == 3
