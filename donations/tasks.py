"""Background work (django-tasks): the database queue and its worker in development and production, so a
receipt's PDF and e-mail are never built while the donor waits; tests run tasks at once.

The ledger announces what needs sending (signals.py); the receivers here queue it once the transaction commits.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone
from django_tasks import default_task_backend, task

from .donor_notices import deliver_manage_link, deliver_payment_failed
from .models import Receipt
from .receipts.sending import deliver_receipt, mark_for_resend
from .signals import instalment_failed, receipt_issued


@task()
def send_receipt(receipt_id):
    receipt = deliver_receipt(receipt_id)
    if receipt is not None and receipt.send_status == Receipt.Sending.FAILED:
        _retry_later(receipt)


def _retry_later(receipt):
    """With a queue that can defer (the database queue), try again with growing pauses; staff can always re-send,
    and `send_pending_receipts` picks up what is left."""
    if receipt.attempts >= settings.DONATIONS_RECEIPT_MAX_ATTEMPTS or not default_task_backend.supports_defer:
        return
    delay = timedelta(minutes=5 * 2 ** (receipt.attempts - 1))
    send_receipt.using(run_after=timezone.now() + delay).enqueue(receipt.pk)


def queue_receipt(receipt_id):
    """Queues the receipt's e-mail once the current transaction (if any) commits."""
    transaction.on_commit(lambda: send_receipt.enqueue(receipt_id))


@task()
def send_payment_failed_notice(recurring_id, email):
    deliver_payment_failed(recurring_id, email)


@task()
def send_manage_link(email, language):
    deliver_manage_link(email, language)


@receiver(receipt_issued, dispatch_uid="donations-queue-receipt")
def _queue_issued_receipt(sender, receipt, **kwargs):
    queue_receipt(receipt.pk)


@receiver(instalment_failed, dispatch_uid="donations-queue-payment-failed")
def _queue_payment_failed(sender, recurring, email, **kwargs):
    recurring_id = recurring.pk
    transaction.on_commit(lambda: send_payment_failed_notice.enqueue(recurring_id, email))


def resend_receipt(receipt):
    """Staff action: send the receipt again, whatever happened before."""
    mark_for_resend(receipt)
    queue_receipt(receipt.pk)
