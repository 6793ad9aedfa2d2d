"""Sending a mailing: choose its recipients once, then send in batches, each message once.

A delivery row moves pending → claimed (a batch taken by one worker) → sending (this message is on the wire) →
sent or failed, each step a conditional UPDATE, so a row is only ever sent by the worker that holds it. If a
worker dies, its claimed rows go back to pending (they were never sent) and the one row it was sending becomes
failed with a note: it may have arrived, so it is not sent again (`recover_stale`). Temporary errors put a row
back to pending until NEWSLETTER_MAX_ATTEMPTS; a refused address fails at once.
"""

import logging
import smtplib
import time
from datetime import timedelta

from anymail.exceptions import AnymailRecipientsRefused
from django.conf import settings
from django.core.cache import cache
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from .audience import recipients, topic_ids_by_subscriber
from .composing import MailingComposer
from .models import Delivery, Mailing

logger = logging.getLogger("newsletter.sending")
MAX_ATTEMPTS = 5
# A claim older than this belongs to a worker that died (a batch at the default rate takes ~20 s).
STALE_AFTER = timedelta(minutes=15)
SECOND_COUNT_TIMEOUT = 10  # a second's count is only read during that second


class ConnectionProblem(Exception):
    """The mail server or provider cannot be reached: stop the batch and try again later."""


def prepare(mailing, now=None):
    """Adds a pending delivery per recipient. Running it again adds nobody twice (the unique constraint), and
    readers who subscribed after the first run are not added: a mailing goes to those subscribed when it opened."""
    if Mailing.objects.filter(pk=mailing.pk).exclude(prepared_at=None).exists():
        return 0
    rows = [Delivery(mailing=mailing, subscriber_id=pk) for pk in recipients(mailing)]
    Delivery.objects.bulk_create(rows, batch_size=1000, ignore_conflicts=True)
    mailing.prepared_at = now or timezone.now()
    Mailing.objects.filter(pk=mailing.pk, prepared_at=None).update(prepared_at=mailing.prepared_at)
    return len(rows)


def claim(mailing_id, worker, limit, now=None):
    """Takes up to `limit` pending rows for this worker; two workers never get the same row (PostgreSQL skips
    locked rows; SQLite runs one writer at a time, and the UPDATE only takes rows still pending)."""
    now = now or timezone.now()
    with transaction.atomic():
        ids = list(
            Delivery.objects.select_for_update(skip_locked=True)
            .filter(mailing_id=mailing_id, status=Delivery.Status.PENDING)
            .order_by("pk")
            .values_list("pk", flat=True)[:limit]
        )
        Delivery.objects.filter(pk__in=ids, status=Delivery.Status.PENDING).update(
            status=Delivery.Status.CLAIMED, worker=worker, claimed_at=now
        )
    return list(
        Delivery.objects.filter(pk__in=ids, status=Delivery.Status.CLAIMED, worker=worker)
        .select_related("subscriber")
        .order_by("pk")
    )


def classify(error):
    """(permanent, connection problem) for an exception raised while sending one message."""
    if isinstance(error, AnymailRecipientsRefused):
        return True, False
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _message in error.recipients.values()]
        return all(code >= 500 for code in codes), False
    if isinstance(error, smtplib.SMTPResponseException) and not isinstance(error, smtplib.SMTPServerDisconnected):
        return error.smtp_code >= 500, error.smtp_code in (421,)
    return False, True


class Throttle:
    """At most `rate` messages a second from the whole site (0: no limit), however many workers send: each worker
    spaces its own messages 1/rate apart, and every message also takes a place among the current second's
    `rate` places, counted in the shared cache (Redis in production), waiting for the next second when they are
    gone. A provider's limit is per account, not per worker."""

    def __init__(self, rate):
        self.interval = 1.0 / rate if rate else 0.0
        self.places = max(1, int(rate))  # a second's places (at least one, for a rate below 1/s)
        self.next_at = time.monotonic()

    def wait(self):
        if not self.interval:
            return
        now = time.monotonic()
        if self.next_at > now:
            time.sleep(self.next_at - now)
        self.next_at = max(now, self.next_at) + self.interval
        while True:  # the second is the wall clock's: every worker's machine counts the same seconds
            second = int(time.time())
            if taken_place(second) <= self.places:
                return
            time.sleep(second + 1 - time.time())


def taken_place(second):
    """Which place in `second` this message takes, site-wide (1 for the first)."""
    key = f"newsletter:sent-in-second:{second}"
    cache.add(key, 0, SECOND_COUNT_TIMEOUT)
    try:
        return cache.incr(key)
    except ValueError:  # evicted between the two calls: this is the second's first message now
        cache.set(key, 1, SECOND_COUNT_TIMEOUT)
        return 1


def mark(outcome, holder):
    """Records an outcome (row, changes) of a row this worker (`holder`) was sending, unless it was taken away."""
    delivery, changes = outcome
    Delivery.objects.filter(pk=delivery.pk, worker=holder, status=Delivery.Status.SENDING).update(**changes)


def failure(delivery, error):
    """The outcome of a failed attempt: failed for good, or pending again (a temporary error), and whether the
    server itself is away."""
    permanent, connection_problem = classify(error)
    note = f"{type(error).__name__}: {error}"[:300]
    if permanent or delivery.attempts + 1 >= MAX_ATTEMPTS:
        return (delivery, {"status": Delivery.Status.FAILED, "error": note}), connection_problem
    changes = {"status": Delivery.Status.PENDING, "error": note, "worker": "", "claimed_at": None}
    return (delivery, changes), connection_problem


def send_one(delivery, worker, composer, chosen_topics, connection, previous=None):
    """Sends one claimed row; returns its outcome, to be written with the next row's start.

    One commit per message: the previous message's outcome and this row's "sending" go in one transaction, so a
    worker killed at any instant leaves at most one row it cannot vouch for (sending: it may have arrived) and
    never a row marked sent that was not. Raises ConnectionProblem (its outcome written) when the server is away.
    """
    subscribed = delivery.subscriber is not None and delivery.subscriber.status == delivery.subscriber.Status.CONFIRMED
    message = (
        composer.message(delivery, chosen_topics.get(delivery.subscriber_id, set()), connection) if subscribed else None
    )
    mine = Delivery.objects.filter(pk=delivery.pk, worker=worker, status=Delivery.Status.CLAIMED)
    with transaction.atomic():
        if previous is not None:
            mark(previous, worker)
        if message is None:
            # Unsubscribed, suppressed or deleted since the mailing opened, or nothing in it is for them now.
            mine.update(status=Delivery.Status.FAILED, error="no longer subscribed or nothing for this reader")
            return None
        taken = mine.update(status=Delivery.Status.SENDING, claimed_at=timezone.now(), attempts=F("attempts") + 1)
    if not taken:
        return None  # given back by recover_stale: another worker may have it now
    try:
        message.send()
    except Exception as error:
        outcome, connection_problem = failure(delivery, error)
        if connection_problem:
            mark(outcome, worker)
            raise ConnectionProblem(outcome[1]["error"]) from error
        return outcome
    return (delivery, {"status": Delivery.Status.SENT, "sent_at": timezone.now(), "error": ""})


def release(mailing_id, worker):
    """Rows this worker claimed but did not get to: back to pending for the next batch."""
    Delivery.objects.filter(mailing_id=mailing_id, worker=worker, status=Delivery.Status.CLAIMED).update(
        status=Delivery.Status.PENDING, worker="", claimed_at=None
    )


def send_batch(mailing_id, worker, limit=None, rate=None):
    """Sends up to `limit` messages of a mailing over one connection. Returns (sent or failed, connection ok)."""
    mailing = Mailing.objects.select_related("publication").get(pk=mailing_id)
    batch = claim(mailing_id, worker, limit or settings.NEWSLETTER_BATCH_SIZE)
    if not batch:
        finish_if_done(mailing)
        return 0, True
    composer = MailingComposer(mailing)
    chosen_topics = topic_ids_by_subscriber([row.subscriber_id for row in batch if row.subscriber_id])
    throttle = Throttle(settings.NEWSLETTER_SEND_RATE if rate is None else rate)
    connection = get_connection(fail_silently=False)
    done, healthy, outcome = 0, True, None
    try:
        connection.open()
        for delivery in batch:
            throttle.wait()
            outcome = send_one(delivery, worker, composer, chosen_topics, connection, outcome)
            done += 1
    except ConnectionProblem as problem:
        logger.warning("Mailing %s: the mail server is not answering (%s); trying again later", mailing_id, problem)
        healthy = False
    except (OSError, smtplib.SMTPException) as problem:  # opening the connection failed
        logger.warning("Mailing %s: cannot connect to the mail server (%s)", mailing_id, problem)
        healthy = False
    finally:
        if outcome is not None:
            mark(outcome, worker)
        release(mailing_id, worker)
        try:
            connection.close()
        except Exception:  # noqa: BLE001 - a connection that is already broken cannot be closed politely
            logger.debug("Closing the mail connection failed", exc_info=True)
    finish_if_done(mailing)
    return done, healthy


def finish_if_done(mailing):
    if mailing.prepared_at and not mailing.deliveries.filter(status__in=Delivery.UNFINISHED).exists():
        Mailing.objects.filter(pk=mailing.pk, finished_at=None).update(finished_at=timezone.now())


def has_pending(mailing_id):
    return Delivery.objects.filter(mailing_id=mailing_id, status=Delivery.Status.PENDING).exists()


def recover_stale(now=None, older_than=STALE_AFTER):
    """After a worker died: its claimed rows go back to pending; the row it was sending is marked failed, since
    the message may have arrived and sending it again could make a duplicate. Returns (requeued, uncertain)."""
    cutoff = (now or timezone.now()) - older_than
    requeued = Delivery.objects.filter(status=Delivery.Status.CLAIMED, claimed_at__lt=cutoff).update(
        status=Delivery.Status.PENDING, worker="", claimed_at=None
    )
    uncertain = Delivery.objects.filter(status=Delivery.Status.SENDING, claimed_at__lt=cutoff).update(
        status=Delivery.Status.FAILED, error="interrupted while sending: it may have arrived, so it is not resent"
    )
    return requeued, uncertain


def unfinished_mailings():
    """Mailings with rows still to send, or not yet prepared (the worker died before choosing recipients)."""
    waiting = Delivery.objects.filter(status=Delivery.Status.PENDING).values("mailing_id")
    return Mailing.objects.filter(finished_at=None).filter(Q(prepared_at=None) | Q(pk__in=waiting))
