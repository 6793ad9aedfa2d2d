"""What is sent to whom: which publications are mailed at once and which wait for the digest, who wants each,
and the counts staff see. Readers choose kinds and topics; their language only decides the text they get."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone

from core.public import is_listed
from publications.models import PublicationPage, Topic

from .models import Mailing, Subscriber

# Sent as soon as they are published; every other kind waits for the weekly digest.
IMMEDIATE_KINDS = (PublicationPage.Kind.STATEMENT, PublicationPage.Kind.REPORT)
# The first digest does not send the archive: only what was published in the last two weeks and not yet sent.
DIGEST_LOOKBACK = timedelta(days=14)


def mailable(page):
    """A publication for subscribers that the site lists: live, and neither it nor a page above it is restricted
    (a members' draft must never go out by mail)."""
    return isinstance(page, PublicationPage) and page.send_to_subscribers and is_listed(page)


def open_publication_mailing(page):
    """The mailing of a statement or report that was just published, or None: not for subscribers, already
    mailed once (publishing it again sends nothing), or nobody subscribed yet."""
    if not mailable(page) or page.kind not in IMMEDIATE_KINDS:
        return None
    if Mailing.objects.filter(publication=page).exists() or not Subscriber.objects.confirmed().exists():
        return None
    try:
        with transaction.atomic():
            return Mailing.objects.create(kind=Mailing.Kind.PUBLICATION, publication=page, title=page.title[:255])
    except IntegrityError:  # published twice at once: the other request opened it
        return None


def week_of(moment):
    day = timezone.localdate(moment)
    return day - timedelta(days=day.weekday())


def digest_candidates(now=None):
    now = now or timezone.now()
    already = Mailing.objects.filter(kind=Mailing.Kind.DIGEST).values("items")
    pages = (
        PublicationPage.objects.live()
        .filter(send_to_subscribers=True, first_published_at__gte=now - DIGEST_LOOKBACK, first_published_at__lt=now)
        .exclude(kind__in=IMMEDIATE_KINDS)
        .exclude(pk__in=already)
        .order_by("first_published_at")
    )
    return [page for page in pages if is_listed(page)]


@transaction.atomic
def open_digest(now=None):
    """This week's digest (idempotent: one per week), or None when there is nothing new or nobody to send to."""
    now = now or timezone.now()
    week = week_of(now)
    existing = Mailing.objects.filter(kind=Mailing.Kind.DIGEST, week=week).first()
    if existing is not None:
        return None
    items = digest_candidates(now)
    if not items or not Subscriber.objects.confirmed().exists():
        return None
    mailing = Mailing.objects.create(kind=Mailing.Kind.DIGEST, week=week, title=f"Digest {week.isoformat()}")
    mailing.items.set(items)
    return mailing


def topic_ids_by_subscriber(subscriber_ids=None):
    links = Subscriber.topics.through.objects.all()
    if subscriber_ids is not None:
        links = links.filter(subscriber_id__in=subscriber_ids)
    found = {}
    for subscriber_id, topic_id in links.values_list("subscriber_id", "topic_id"):
        found.setdefault(subscriber_id, set()).add(topic_id)
    return found


def wants(kinds, chosen_topics, kind, topics):
    """A reader wants a publication of one of their kinds that shares a topic (no topics chosen, or a publication
    without topics: every topic)."""
    return kind in kinds and (not chosen_topics or not topics or bool(chosen_topics & topics))


def recipients(mailing):
    """Ids of the confirmed subscribers this mailing is for."""
    if mailing.kind == Mailing.Kind.PUBLICATION:
        if mailing.publication is None:
            return []
        wanted = [(mailing.publication.kind, set(mailing.publication.topics.values_list("pk", flat=True)))]
    else:
        wanted = [(page.kind, set(page.topics.values_list("pk", flat=True))) for page in mailing.items.all()]
    chosen = topic_ids_by_subscriber()
    found = []
    for pk, kinds in Subscriber.objects.confirmed().values_list("pk", "kinds").iterator(chunk_size=2000):
        if any(wants(kinds, chosen.get(pk, set()), kind, topics) for kind, topics in wanted):
            found.append(pk)
    return found


def digest_items_for(subscriber, items, chosen_topics):
    """The digest's publications one reader wants, in order."""
    return [
        page
        for page in items
        if wants(subscriber.kinds, chosen_topics, page.kind, {topic.pk for topic in page.topics.all()})
    ]


def dashboard_counts():
    """Confirmed readers per language and per topic ("every topic" for those who chose none), and requests
    waiting for confirmation. Numbers only: no address."""
    confirmed = Subscriber.objects.confirmed()
    languages = dict(confirmed.values_list("language").annotate(n=Count("pk")).order_by())
    per_topic = dict(
        Subscriber.topics.through.objects.filter(subscriber__status=Subscriber.Status.CONFIRMED)
        .values_list("topic_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    every_topic = confirmed.filter(topics=None).count()
    return {
        "total": sum(languages.values()),
        "languages": languages,
        "topics": [(topic, per_topic.get(topic.pk, 0)) for topic in Topic.objects.all()],
        "every_topic": every_topic,
        "pending": Subscriber.objects.filter(status=Subscriber.Status.PENDING).count(),
    }
