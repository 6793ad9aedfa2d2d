"""The task worker, kept alive through database outages.

django-tasks-db's `db_worker` exits on the first OperationalError raised while it claims a task (a PostgreSQL
restart, a failover of a managed database). This command runs the same worker in a loop: on a lost database
it closes the connections, waits and starts again, so what was queued during the outage runs once it is back.
A task it had claimed when the database went away could not record its end, so it goes back to the queue
(receipts check their own "sent" state under a row lock, so a re-run sends nothing twice).
systemd (deploy/birduino-worker.service, Restart=always) restarts it if the process itself dies.
"""

import logging
import time

from django.conf import settings
from django.core.management import BaseCommand
from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.utils.crypto import get_random_string
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS
from django_tasks.base import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger("operations.worker")
MAX_DELAY = 10.0


class Command(BaseCommand):
    help = "Run the database task worker, restarting its loop after database outages."

    def add_arguments(self, parser):
        parser.add_argument("--queue-name", default="default")
        parser.add_argument("--interval", type=float, default=1.0)
        parser.add_argument("--backend", default=DEFAULT_TASK_BACKEND_ALIAS)
        parser.add_argument("--batch", action="store_true", help="Run until the queue is empty, then exit.")

    def handle(self, *args, queue_name, interval, backend, batch=False, **options):
        worker = Worker(
            queue_names=queue_name.split(","),
            interval=interval,
            batch=batch,
            backend_name=backend,
            startup_delay=False,
            max_tasks=None,
            worker_id=get_random_string(32),
            excluded_queue_names=[],
        )
        worker.configure_signals()
        delay = settings.WORKER_RESTART_DELAY
        interrupted = False
        while worker.running:
            try:
                if interrupted:
                    requeue_claimed(worker.worker_id)
                    interrupted = False
                worker.run()
                if batch:  # the queue is empty
                    break
                delay = settings.WORKER_RESTART_DELAY
            except (OperationalError, InterfaceError, DatabaseError) as error:
                logger.warning("Database unavailable (%s); worker retries in %.0f s", type(error).__name__, delay)
                interrupted = True
                connections.close_all()
                time.sleep(delay)
                delay = min(delay * 2, MAX_DELAY)


def requeue_claimed(worker_id):
    """Put back what this worker claimed but could not finish when the database went away."""
    running = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING)
    for result in running.only("id", "worker_ids"):
        if result.worker_ids and result.worker_ids[-1] == worker_id:
            DBTaskResult.objects.filter(pk=result.pk, status=TaskResultStatus.RUNNING).update(
                status=TaskResultStatus.READY, started_at=None
            )
            logger.warning("Task %s requeued after the database outage", result.pk)
