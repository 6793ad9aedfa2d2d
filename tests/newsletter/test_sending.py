"""Sending through a real SMTP server: each recipient once, whatever happens to the worker; refused addresses and
an absent server; the throttle; who gets what (kinds, topics, language); the weekly digest; run_worker --batch."""

import threading
import time
from collections import Counter
from datetime import timedelta
from unittest import mock

import pytest
from django.core.mail import EmailMultiAlternatives
from django.core.management import call_command
from django.db.models import Count
from django.utils import timezone

from newsletter import audience, sending
from newsletter.models import Delivery, Mailing, Subscriber
from newsletter.tasks import resume_mailings, send_weekly_digest
from tests.publications.factories import PublicationPageFactory

from .factories import SubscriberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def mailing(draft_statement, topics):
    draft_statement.save_revision().publish()  # nobody has subscribed yet: no mailing opens by itself
    return Mailing.objects.create(kind="publication", publication=draft_statement, title=draft_statement.title)


def readers(count, **fields):
    return [SubscriberFactory(email=f"r{n}-{fields.get('language', 'en')}@example.org", **fields) for n in range(count)]


def test_recipients_follow_kinds_topics_and_status(draft_statement, topics):
    wanted = [
        SubscriberFactory(),  # defaults: statements and reports, every topic
        SubscriberFactory(topics=[topics["torture"]]),
        SubscriberFactory(kinds=["statement"], topics=[topics["torture"], topics["labour"]]),
    ]
    SubscriberFactory(topics=[topics["labour"]])
    SubscriberFactory(kinds=["news"])
    SubscriberFactory(status=Subscriber.Status.PENDING)
    SubscriberFactory(status=Subscriber.Status.UNSUBSCRIBED)
    draft_statement.save_revision().publish()
    mailing = Mailing.objects.get(publication=draft_statement)
    assert sorted(audience.recipients(mailing)) == sorted(reader.pk for reader in wanted)
    assert sending.prepare(mailing) == 3
    assert sending.prepare(mailing) == 0  # once prepared, never again
    Delivery.objects.bulk_create(
        [Delivery(mailing=mailing, subscriber=wanted[0])], ignore_conflicts=True
    )  # a second worker preparing at the same time adds nobody twice
    assert mailing.deliveries.count() == 3


def test_two_workers_never_claim_the_same_rows(mailing):
    readers(7)
    sending.prepare(mailing)
    first = sending.claim(mailing.pk, "worker-a", 4)
    second = sending.claim(mailing.pk, "worker-b", 4)
    assert len(first) == 4 and len(second) == 3
    assert not {row.pk for row in first} & {row.pk for row in second}
    assert sending.claim(mailing.pk, "worker-c", 4) == []


def test_a_worker_killed_mid_batch_is_resumed_without_a_duplicate(mailing, smtp):
    readers(12)
    sending.prepare(mailing)
    sent_before_death = []
    original = EmailMultiAlternatives.send

    def dies_on_the_sixth(self, *args, **kwargs):
        if len(sent_before_death) == 5:
            raise SystemExit("killed")  # like SIGKILL: nothing after this line of the worker runs
        sent_before_death.append(self.to[0])
        return original(self, *args, **kwargs)

    with (
        mock.patch.object(EmailMultiAlternatives, "send", dies_on_the_sixth),
        mock.patch.object(sending, "release"),  # a killed process releases nothing
        pytest.raises(SystemExit),
    ):
        sending.send_batch(mailing.pk, "doomed", limit=10)
    assert len(smtp.messages) == 5
    states = dict(mailing.deliveries.values_list("status").annotate(n=Count("pk")).order_by())
    assert states == {"sent": 5, "sending": 1, "claimed": 4, "pending": 2}

    # Too early: the claims might belong to a live worker, so nothing changes.
    assert sending.recover_stale() == (0, 0)
    later = timezone.now() + sending.STALE_AFTER + timedelta(seconds=1)
    assert sending.recover_stale(now=later) == (4, 1)
    assert sending.send_batch(mailing.pk, "second-worker")[0] == 6
    recipients = [message["To"] for message in smtp.messages]
    assert len(recipients) == 11 and len(set(recipients)) == 11  # the uncertain one is not resent
    assert mailing.counts() == {"sent": 11, "failed": 1, "pending": 0}
    mailing.refresh_from_db()
    assert mailing.finished_at is not None


def test_refused_addresses_and_an_absent_server(mailing, smtp, settings):
    bounced, greylisted, fine = readers(3)
    smtp.refuse[bounced.email] = (550, "5.1.1 No such user")
    smtp.refuse[greylisted.email] = (451, "4.7.1 Try again later")
    sending.prepare(mailing)
    sending.send_batch(mailing.pk, "w")
    rows = {row.subscriber_id: row for row in mailing.deliveries.all()}
    assert rows[bounced.pk].status == "failed" and "No such user" in rows[bounced.pk].error
    assert rows[greylisted.pk].status == "pending" and rows[greylisted.pk].attempts == 1
    assert rows[fine.pk].status == "sent"

    settings.EMAIL_PORT = 1  # nothing listens there
    done, healthy = sending.send_batch(mailing.pk, "w2")
    assert not healthy
    assert mailing.deliveries.get(subscriber=greylisted).status == "pending"


def test_the_throttle_spaces_messages(mailing, smtp):
    readers(5)
    sending.prepare(mailing)
    started = time.monotonic()
    sending.send_batch(mailing.pk, "w", rate=25)
    assert len(smtp.messages) == 5
    assert time.monotonic() - started >= 4 / 25


def test_two_workers_together_keep_to_the_sites_rate():
    """The provider's limit is the account's: two workers at 30 a second each would send 60; together they
    send at most 30 in any second (counted in the shared cache)."""
    sent_in = Counter()
    lock = threading.Lock()

    def worker():
        throttle = sending.Throttle(30)
        for _ in range(30):
            throttle.wait()
            with lock:
                sent_in[int(time.time())] += 1

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sum(sent_in.values()) == 60
    assert max(sent_in.values()) <= 30


def test_each_reader_gets_their_language_with_the_fallback(mailing, smtp, draft_statement):
    draft_statement.title_ky = ""  # not yet translated into Kyrgyz: Russian, as the site falls back
    draft_statement.save_revision().publish()
    SubscriberFactory(email="ky@example.org", language="ky")
    SubscriberFactory(email="en@example.org", language="en")
    sending.prepare(mailing)
    sending.send_batch(mailing.pk, "w")
    assert smtp.to("ky@example.org")[0]["Subject"] == draft_statement.title_ru
    assert "/ky/newsletter/unsubscribe/" in smtp.to("ky@example.org")[0].get_body(("plain",)).get_content()
    assert smtp.to("en@example.org")[0]["Subject"] == draft_statement.title_en


def test_other_kinds_wait_for_the_weekly_digest(
    index_page, topics, smtp, tasks_run_at_once, django_capture_on_commit_callbacks
):
    SubscriberFactory(email="news@example.org", kinds=["news", "case_story"])
    SubscriberFactory(email="statements@example.org")
    news = PublicationPageFactory(parent=index_page, kind="news", live=False, title="A court hearing")
    news.save_revision().publish()
    assert not Mailing.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        mailing = send_weekly_digest()
    assert mailing is not None and list(mailing.items.all()) == [news.specific]
    assert send_weekly_digest() is None  # once a week
    [digest] = smtp.messages
    assert digest["To"] == "news@example.org" and digest["Subject"].endswith("A court hearing")
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


@pytest.mark.django_db(transaction=True)  # the worker takes its own transactions, as in production
def test_run_worker_batch_drains_the_queue_and_exits(mailing, smtp, settings):
    readers(3)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    assert resume_mailings()["mailings queued"] == 1
    with mock.patch("django_tasks_db.management.commands.db_worker.Worker.configure_signals"):
        call_command("run_worker", "--batch", "--interval", "0")
    assert len(smtp.messages) == 3
    assert mailing.counts() == {"sent": 3, "failed": 0, "pending": 0}
