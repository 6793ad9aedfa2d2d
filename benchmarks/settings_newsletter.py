"""Newsletter bench settings: the bench's own PostgreSQL database, the task queue in it (as in production), mail
to the SMTP server the bench runs (EMAIL_URL), no throttle unless NEWSLETTER_SEND_RATE says otherwise."""

from benchmarks.settings import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
