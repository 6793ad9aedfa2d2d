"""The subscribe form's promises: no disclosure of known addresses, expiry, rate limit, honeypot, same-site only,
kinds and topics from the full form, preferences and deletion by the reader."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from newsletter.models import Subscriber

from .conftest import SAME_SITE
from .factories import SubscriberFactory

pytestmark = pytest.mark.django_db


def subscribe(client, email="someone@example.org", **extra):
    data = {"email": email, "language": "ky", "website_url": "", **extra}
    return client.post("/ky/newsletter/subscribe/", data, **SAME_SITE)


def test_a_known_address_gets_the_same_page_and_a_notice_only_in_its_inbox(client, smtp, tasks_run_at_once):
    new = subscribe(client, "new@example.org")
    SubscriberFactory(email="known@example.org", language="ru")
    known = subscribe(client, "known@example.org")
    assert new.status_code == known.status_code == 200
    strip = lambda r: r.text.replace("new@example.org", "").replace("known@example.org", "")  # noqa: E731
    assert strip(new) == strip(known)
    notice = smtp.to("known@example.org")[0]
    # In the subscriber's own language, with the preferences link; choices unchanged.
    assert "/ru/newsletter/preferences/" in notice.get_body(("plain",)).get_content()
    assert Subscriber.objects.get(email="known@example.org").language == "ru"


def test_notices_to_one_address_are_limited_and_complaints_get_nothing(client, smtp, tasks_run_at_once):
    subscribe(client, "flood@example.org")
    subscribe(client, "flood@example.org")
    assert len(smtp.to("flood@example.org")) == 1
    SubscriberFactory(
        email="angry@example.org", status=Subscriber.Status.SUPPRESSED, suppression=Subscriber.Suppression.COMPLAINT
    )
    assert subscribe(client, "angry@example.org").status_code == 200
    assert smtp.to("angry@example.org") == []


def test_the_confirmation_link_expires(client, settings):
    reader = SubscriberFactory(status=Subscriber.Status.PENDING, requested_at=timezone.now() - timedelta(days=8))
    assert client.get(f"/en/newsletter/confirm/{reader.token}/").status_code == 410
    assert client.post(f"/en/newsletter/confirm/{reader.token}/", **SAME_SITE).status_code == 410
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.PENDING
    assert client.get("/en/newsletter/confirm/not-a-token/").status_code == 404


def test_rate_limit_honeypot_and_cross_site_posts(client, settings):
    settings.NEWSLETTER_SUBSCRIBE_RATE = "2/h"
    assert subscribe(client, "bot@example.org", website_url="http://spam").status_code == 200
    assert not Subscriber.objects.filter(email="bot@example.org").exists()
    assert subscribe(client, "one@example.org").status_code == 200
    assert subscribe(client, "two@example.org").status_code == 200
    limited = subscribe(client, "three@example.org")
    assert limited.status_code == 429 and not Subscriber.objects.filter(email="three@example.org").exists()
    browser = Client(enforce_csrf_checks=True)
    cross = browser.post(
        "/en/newsletter/subscribe/", {"email": "x@example.org", "language": "en"}, HTTP_SEC_FETCH_SITE="cross-site"
    )
    assert cross.status_code == 403


def test_the_full_form_takes_kinds_and_topics_and_refuses_none(client, topics, newsletter_page):
    page = client.get("/ru/newsletter/")
    assert page.status_code == 200 and not page.cookies and 'name="kinds"' in page.text
    form = {"email": "full@example.org", "language": "ru", "choices_shown": "True", "website_url": ""}
    none_ticked = client.post("/ru/newsletter/subscribe/", form, **SAME_SITE)
    assert none_ticked.status_code == 400 and Subscriber.objects.count() == 0
    chosen = {**form, "kinds": ["news", "report"], "topics": [topics["labour"].pk]}
    assert client.post("/ru/newsletter/subscribe/", chosen, **SAME_SITE).status_code == 200
    reader = Subscriber.objects.get()
    assert reader.kinds == ["news", "report"] and list(reader.topics.all()) == [topics["labour"]]
    assert reader.status == Subscriber.Status.PENDING


def test_preferences_unsubscribe_and_deletion_by_the_reader(client, topics):
    reader = SubscriberFactory(language="en")
    url = f"/ky/newsletter/preferences/{reader.token}/"
    page = client.get(url)
    assert page.status_code == 200 and "noindex" in page.text and reader.email not in page.text
    saved = client.post(
        url,
        {"language": "ky", "kinds": ["statement"], "topics": [topics["torture"].pk], "choices_shown": "1"},
        **SAME_SITE,
    )
    assert saved.status_code == 200
    reader.refresh_from_db()
    assert reader.language == "ky" and reader.kinds == ["statement"]
    assert client.get(f"/en/newsletter/unsubscribe/{reader.token}/").status_code == 200
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.CONFIRMED  # a GET never unsubscribes
    assert client.post(f"/en/newsletter/delete/{reader.token}/", **SAME_SITE).status_code == 200
    assert not Subscriber.objects.exists()
