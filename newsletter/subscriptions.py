"""A subscription's life: request (double opt-in), confirm, change, leave, suppression by the provider, deletion
and retention. Nothing here tells a caller whether an address was known: the subscribe page looks the same."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import Subscriber

CONFIRM = "confirm"  # the double opt-in e-mail
ALREADY = "already"  # "you are already subscribed" (with the preferences link), to the address itself


@transaction.atomic
def request_subscription(email, language, kinds, topics, now=None):
    """Records the request; returns (subscriber, notice to send or None). A confirmed address keeps its choices
    (only its owner changes them, through the preferences link); an address that complained gets nothing."""
    now = now or timezone.now()
    subscriber = Subscriber.objects.select_for_update().filter(email=email).first()
    if subscriber is None:
        subscriber = Subscriber.objects.create(email=email, language=language, kinds=kinds, requested_at=now)
        subscriber.topics.set(topics)
        notice = CONFIRM
    elif subscriber.status == Subscriber.Status.CONFIRMED:
        notice = ALREADY
    elif subscriber.suppression == Subscriber.Suppression.COMPLAINT:
        notice = None
    else:
        # Pending, unsubscribed or bounced: a new request, which must be confirmed again.
        subscriber.status = Subscriber.Status.PENDING
        subscriber.language, subscriber.kinds, subscriber.requested_at = language, kinds, now
        subscriber.save(update_fields=["status", "language", "kinds", "requested_at"])
        subscriber.topics.set(topics)
        notice = CONFIRM
    if notice and not subscriber.may_be_notified(now):
        notice = None
    if notice:
        Subscriber.objects.filter(pk=subscriber.pk).update(notified_at=now)
    return subscriber, notice


def confirm(subscriber, now=None):
    """True once the address is subscribed (again); False when the request expired or the address left since."""
    now = now or timezone.now()
    if subscriber.status == Subscriber.Status.CONFIRMED:
        return True
    if subscriber.status != Subscriber.Status.PENDING or subscriber.confirmation_expired(now):
        return False
    Subscriber.objects.filter(pk=subscriber.pk, status=Subscriber.Status.PENDING).update(
        status=Subscriber.Status.CONFIRMED, confirmed_at=now, suppression="", suppression_detail="", suppressed_at=None
    )
    subscriber.refresh_from_db()
    return True


def unsubscribe(subscriber, now=None):
    if subscriber.status in (Subscriber.Status.PENDING, Subscriber.Status.CONFIRMED):
        Subscriber.objects.filter(pk=subscriber.pk).update(
            status=Subscriber.Status.UNSUBSCRIBED, unsubscribed_at=now or timezone.now()
        )
        subscriber.refresh_from_db()


@transaction.atomic
def update_preferences(subscriber, language, kinds, topics):
    subscriber.language, subscriber.kinds = language, kinds
    subscriber.save(update_fields=["language", "kinds"])
    subscriber.topics.set(topics)


def suppress(email, reason, detail="", now=None):
    """A hard bounce or complaint reported by the provider: no more mail to this address. Returns the count."""
    return Subscriber.objects.filter(email=email.strip().lower()).update(
        status=Subscriber.Status.SUPPRESSED,
        suppression=reason,
        suppression_detail=detail[:300],
        suppressed_at=now or timezone.now(),
    )


def unsubscribe_address(email, now=None):
    """The provider's own unsubscribe (its list-unsubscribe handling) for an address."""
    for subscriber in Subscriber.objects.filter(email=email.strip().lower()):
        unsubscribe(subscriber, now)


def delete(subscriber):
    """Deletion on request: the address and its choices go; deliveries stay as anonymous counts."""
    subscriber.delete()


def apply_retention(now=None):
    """Deletes expired requests and addresses that left more than NEWSLETTER_RETENTION_DAYS ago."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.NEWSLETTER_RETENTION_DAYS)
    counts = {}
    for name, queryset in (
        ("expired requests", Subscriber.objects.expired_requests(now)),
        ("left", Subscriber.objects.left_before(cutoff)),
    ):
        _total, per_model = queryset.delete()  # the total also counts the topic links
        counts[name] = per_model.get(Subscriber._meta.label, 0)
    return counts
