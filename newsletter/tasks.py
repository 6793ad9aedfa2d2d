"""Background work (django-tasks): notices to one address, and mailings sent in batches by the worker.

Publishing a statement or report opens its mailing once the transaction commits; `prepare_mailing` chooses the
recipients, then each `send_mailing_batch` sends one batch over one connection and queues the next while rows
are left. `resume_mailings` (the `send_newsletters` job) recovers what a dead worker left and queues what waits.
"""

from datetime import timedelta

from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone
from django.utils.crypto import get_random_string
from django_tasks import default_task_backend, task
from wagtail.signals import page_published

from . import audience, sending
from .composing import notice_message
from .models import Mailing, Subscriber

RETRY_DELAY = timedelta(minutes=5)


@task()
def send_notice(subscriber_id, notice):
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is not None:
        notice_message(subscriber, notice).send()


@task()
def prepare_mailing(mailing_id):
    mailing = Mailing.objects.filter(pk=mailing_id).first()
    if mailing is not None:
        sending.prepare(mailing)
        send_mailing_batch.enqueue(mailing_id)


@task()
def send_mailing_batch(mailing_id):
    _done, healthy = sending.send_batch(mailing_id, worker=get_random_string(20))
    if not sending.has_pending(mailing_id):
        return
    if healthy:
        send_mailing_batch.enqueue(mailing_id)
    elif default_task_backend.supports_defer:
        send_mailing_batch.using(run_after=timezone.now() + RETRY_DELAY).enqueue(mailing_id)
    # Otherwise the `send_newsletters` job picks it up on its next run.


def start(mailing):
    mailing_id = mailing.pk
    transaction.on_commit(lambda: prepare_mailing.enqueue(mailing_id))


def resume_mailings():
    """Recover rows a dead worker left, then queue every mailing that still has work. Returns what it did."""
    requeued, uncertain = sending.recover_stale()
    queued = 0
    for mailing in sending.unfinished_mailings():
        if mailing.prepared_at is None:
            prepare_mailing.enqueue(mailing.pk)
        else:
            send_mailing_batch.enqueue(mailing.pk)
        queued += 1
    return {"requeued": requeued, "uncertain": uncertain, "mailings queued": queued}


def send_weekly_digest(now=None):
    mailing = audience.open_digest(now)
    if mailing is not None:
        start(mailing)
    return mailing


@receiver(page_published, dispatch_uid="newsletter-mail-on-publish")
def mail_published_publication(sender, instance, **kwargs):
    mailing = audience.open_publication_mailing(instance.specific)
    if mailing is not None:
        start(mailing)
