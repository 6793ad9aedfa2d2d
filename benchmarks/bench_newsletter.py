"""`make bench` for the newsletter: 10,000 subscribers on PostgreSQL, one statement sent through the real worker
(`manage.py run_worker --batch`, the database task queue) to a local SMTP server (aiosmtpd, in this process).

1. Ceiling: the same number of ready-made messages pushed by bare smtplib over one connection to the same server.
2. A full send: messages/s (first to last message received, and the worker's whole run with its start-up), the
   worker's peak RSS.
3. A crash: a second mailing; the worker is killed (SIGKILL) mid-batch once half its messages have arrived; the recovery
   the `send_newsletters` job runs (15 minutes later, simulated) and a second worker finish it. Counted at the
   SMTP server: every reader at most once, and how many the one in-flight message left uncertain.

The timed part holds MEASURE_LOCK (default /tmp/measure.lock) so no other measurement on the machine overlaps.
Knobs: BENCH_POSTGRES_URL (the database is `<name>_newsletter`), BENCH_SUBSCRIBERS (10000), NEWSLETTER_BATCH_SIZE.
Output: benchmarks/results/bench_newsletter.{json,md}.
"""

import contextlib
import fcntl
import json
import os
import re
import signal
import smtplib
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.bench_pages import POSTGRES_URL, create_postgres_database, ensure_postgres  # noqa: E402
from benchmarks.serving import rss_mb  # noqa: E402
from scripts.smtp_sink import free_port  # noqa: E402

SUBSCRIBERS = int(os.environ.get("BENCH_SUBSCRIBERS", "10000"))
DATABASE_URL = f"{POSTGRES_URL}_newsletter"
SMTP_PORT = free_port()
ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "benchmarks.settings_newsletter",
    "BENCH_DATABASE_URL": DATABASE_URL,
    "EMAIL_URL": f"smtp://127.0.0.1:{SMTP_PORT}",
    "NEWSLETTER_SEND_RATE": os.environ.get("NEWSLETTER_SEND_RATE", "0"),
    "NEWSLETTER_BATCH_SIZE": os.environ.get("NEWSLETTER_BATCH_SIZE", "200"),
    "WAGTAILADMIN_BASE_URL": "https://birduino.example",
    "LOG_LEVEL": "ERROR",
    "DONATIONS_FORCE_TEST_GATEWAY": "true",  # the worker runs with DEBUG off; no payment happens here
}
os.environ.update(ENVIRONMENT)
RESULTS = ROOT / "benchmarks" / "results"
DELIVERY = re.compile(rb"^Message-ID: <newsletter\.(\d+)@", re.MULTILINE | re.IGNORECASE)


class CountingHandler:
    """Keeps (recipient, delivery id from the Message-ID, arrival time) of each message: cheap, so the server is
    not the limit. Delivery ids grow, so a mailing's messages are those above the last id before it opened."""

    def __init__(self):
        self.received = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        found = DELIVERY.search(envelope.content)
        delivery = int(found.group(1)) if found else 0
        with self.lock:
            for rcpt in envelope.rcpt_tos:
                self.received.append((rcpt, delivery, time.monotonic()))
        return "250 Message accepted"

    def of(self, first_id):
        with self.lock:
            return [row for row in self.received if row[1] > first_id]


@contextlib.contextmanager
def measure_lock():
    path = os.environ.get("MEASURE_LOCK", "/tmp/measure.lock")  # noqa: S108 (the machine's shared lock file)
    with open(path, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def setup():
    import django

    django.setup()
    from django.core.management import call_command

    from home.models import HomePage

    call_command("migrate", "--noinput", verbosity=0)
    if not HomePage.objects.exists():
        call_command("update_translation_fields", verbosity=0)
        call_command("load_demo_content", verbosity=0)


def fill_subscribers():
    from django.db import connection

    from newsletter.models import Mailing, Subscriber

    with connection.cursor() as cursor:  # a clean slate each run: the bench's own database
        cursor.execute("TRUNCATE newsletter_delivery, newsletter_mailing_items, newsletter_mailing CASCADE")
    Subscriber.objects.all().delete()
    languages = ["en", "ru", "ky"]
    Subscriber.objects.bulk_create(
        [
            Subscriber(email=f"reader{n}@bench.example", language=languages[n % 3], status="confirmed")
            for n in range(SUBSCRIBERS)
        ],
        batch_size=2000,
    )
    assert not Mailing.objects.exists()


def open_mailing(kind):
    """Opens a publication's mailing and queues it; returns it with the last delivery id before it."""
    from django.db.models import Max

    from newsletter.models import Delivery, Mailing
    from newsletter.tasks import prepare_mailing
    from publications.models import PublicationPage

    first_id = Delivery.objects.aggregate(last=Max("pk"))["last"] or 0
    page = PublicationPage.objects.live().filter(kind=kind).order_by("-publication_date").first()
    mailing = Mailing.objects.create(kind=Mailing.Kind.PUBLICATION, publication=page, title=page.title)
    prepare_mailing.enqueue(mailing.pk)
    return mailing, first_id


def start_worker():
    command = [sys.executable, "manage.py", "run_worker", "--batch", "--interval", "0"]
    return subprocess.Popen(command, cwd=ROOT, env={**os.environ, **ENVIRONMENT, "PYTHONUNBUFFERED": "1"})


def watch(worker, until=None):
    """Waits for the worker to exit (or `until()` to hold, then kills it); returns (seconds, peak RSS MB)."""
    started, peak = time.monotonic(), 0.0
    while worker.poll() is None:
        with contextlib.suppress(FileNotFoundError, ProcessLookupError):
            peak = max(peak, rss_mb(worker.pid))
        if until is not None and until():
            worker.send_signal(signal.SIGKILL)
            worker.wait()
            break
        time.sleep(0.05)
    return time.monotonic() - started, peak


def ceiling(count):
    """Bare smtplib: a statement's real message, ready-made, over one connection, nothing else: what the SMTP
    server (and this machine) can take."""
    from newsletter.composing import TOKEN_PLACEHOLDER, build, list_headers, publication_message_parts
    from publications.models import PublicationPage

    page = PublicationPage.objects.live().filter(kind="statement").first()
    subject, text, html = publication_message_parts(page, "en")
    message = build(subject, text, html, "ceiling@bench.example", headers=list_headers("en", TOKEN_PLACEHOLDER))
    raw = message.message().as_bytes(linesep="\r\n")
    started = time.monotonic()
    with smtplib.SMTP("127.0.0.1", SMTP_PORT) as client:
        for _ in range(count):
            client.sendmail("bench@bench.example", ["ceiling@bench.example"], raw)
    return count / (time.monotonic() - started)


def main():
    from aiosmtpd.controller import Controller

    ensure_postgres()
    create_postgres_database(DATABASE_URL)
    setup()
    from django.db import connection
    from django.utils import timezone

    from newsletter import sending
    from newsletter.tasks import resume_mailings

    fill_subscribers()
    handler = CountingHandler()
    server = Controller(handler, hostname="127.0.0.1", port=SMTP_PORT)
    server.start()
    results = {"subscribers": SUBSCRIBERS, "batch_size": int(ENVIRONMENT["NEWSLETTER_BATCH_SIZE"])}
    try:
        with measure_lock():
            results["load_before"] = [round(x, 2) for x in os.getloadavg()]
            results["ceiling_messages_per_second"] = round(ceiling(min(SUBSCRIBERS, 5000)), 1)

            # 2. A full send through the worker.
            mailing, first_id = open_mailing("statement")
            connection.close()  # the worker takes the database; this process only waits
            seconds, peak = watch(start_worker())
            arrived = handler.of(first_id)
            window = arrived[-1][2] - arrived[0][2] if len(arrived) > 1 else float("nan")
            results["full_send"] = {
                "messages": len(arrived),
                "distinct_recipients": len({row[0] for row in arrived}),
                "messages_per_second": round(len(arrived) / window, 1),
                "worker_run_seconds": round(seconds, 2),
                "messages_per_second_whole_run": round(len(arrived) / seconds, 1),
                "worker_peak_rss_mb": round(peak, 1),
            }

            # 3. A crash halfway, then the recovery and a second worker.
            mailing, first_id = open_mailing("report")
            connection.close()
            # Halfway, and mid-batch (a kill between two batches would leave nothing to recover).
            halfway = SUBSCRIBERS // 2 + results["batch_size"] // 3
            killed_after, _ = watch(start_worker(), until=lambda: len(handler.of(first_id)) >= halfway)
            at_kill = len(handler.of(first_id))
            later = timezone.now() + sending.STALE_AFTER + timedelta(seconds=1)
            requeued, uncertain = sending.recover_stale(now=later)  # what `send_newsletters` does 15 minutes on
            resume_mailings()
            connection.close()
            seconds, peak = watch(start_worker())
            arrived = handler.of(first_id)
            recipients = [row[0] for row in arrived]
            counts = mailing.counts()
            results["crash_and_resume"] = {
                "killed_after_seconds": round(killed_after, 2),
                "received_when_killed": at_kill,
                "rows_requeued": requeued,
                "rows_uncertain": uncertain,
                "received_total": len(recipients),
                "distinct_recipients": len(set(recipients)),
                "duplicates": len(recipients) - len(set(recipients)),
                "never_received": SUBSCRIBERS - len(set(recipients)),
                "history": counts,
                "second_worker_seconds": round(seconds, 2),
                "second_worker_peak_rss_mb": round(peak, 1),
            }
            results["load_after"] = [round(x, 2) for x in os.getloadavg()]
    finally:
        server.stop()
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "bench_newsletter.json").write_text(json.dumps(results, indent=2) + "\n")
    (RESULTS / "bench_newsletter.md").write_text(report(results))
    print(report(results))
    crash = results["crash_and_resume"]
    assert crash["duplicates"] == 0, "a reader received the message twice"
    assert crash["never_received"] == crash["rows_uncertain"] <= 1


def report(r):
    full, crash = r["full_send"], r["crash_and_resume"]
    return (
        f"# Newsletter bench ({r['subscribers']:,} subscribers, PostgreSQL, batches of {r['batch_size']})\n\n"
        f"Load average before {r['load_before']}, after {r['load_after']} (1, 5, 15 min).\n\n"
        "| figure | value |\n|---|---:|\n"
        f"| bare smtplib to the same SMTP server (ceiling) | {r['ceiling_messages_per_second']} msg/s |\n"
        f"| worker, first to last message | {full['messages_per_second']} msg/s "
        f"({full['messages_per_second'] / r['ceiling_messages_per_second']:.2f} of the ceiling) |\n"
        f"| worker, whole run incl. start-up and choosing recipients | {full['messages_per_second_whole_run']} msg/s "
        f"({full['worker_run_seconds']} s) |\n"
        f"| messages received / distinct recipients | {full['messages']:,} / {full['distinct_recipients']:,} |\n"
        f"| worker peak RSS | {full['worker_peak_rss_mb']} MB |\n"
        f"| crash: killed after | {crash['killed_after_seconds']} s, {crash['received_when_killed']:,} received |\n"
        f"| crash: rows given back / left uncertain by the kill | {crash['rows_requeued']} / "
        f"{crash['rows_uncertain']} |\n"
        f"| crash: received in all / distinct / duplicates | {crash['received_total']:,} / "
        f"{crash['distinct_recipients']:,} / {crash['duplicates']} |\n"
        f"| crash: readers who got nothing (the uncertain row, not resent) | {crash['never_received']} |\n"
        f"| crash: history sent / failed / pending | {crash['history']['sent']:,} / {crash['history']['failed']} / "
        f"{crash['history']['pending']} |\n"
    )


if __name__ == "__main__":
    main()
