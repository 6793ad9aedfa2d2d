"""The issue's "done means", through HTTP and a real SMTP server: from /en/ a visitor subscribes, one confirmation
arrives, confirming takes a button press, publishing a statement sends exactly one e-mail with the one-click
headers and no third-party image, and one POST to the unsubscribe address stops further mail."""

import re

import pytest
from django.test import Client

from newsletter.models import Subscriber
from tests.publications.factories import PublicationPageFactory

from .conftest import SAME_SITE

pytestmark = pytest.mark.django_db


def links_in(message):
    html = message.get_body(("html",)).get_content()
    text = message.get_body(("plain",)).get_content()
    return html, text


def test_a_visitor_subscribes_from_the_home_page_and_leaves_with_one_post(
    client, smtp, newsletter_page, draft_statement, index_page, tasks_run_at_once, publish
):
    home = client.get("/en/")
    assert home.status_code == 200 and not home.cookies
    assert 'action="/en/newsletter/subscribe/"' in home.text
    assert "public" in home["Cache-Control"]

    answer = client.post(
        "/en/newsletter/subscribe/", {"email": "Reader@Example.org", "language": "en", "website_url": ""}, **SAME_SITE
    )
    assert answer.status_code == 200 and "Check your inbox" in answer.text
    assert not answer.cookies
    [confirmation] = smtp.messages
    assert confirmation["To"] == "reader@example.org"
    html, text = links_in(confirmation)
    confirm_url = re.search(r"http://testserver(/en/newsletter/confirm/[\w-]+/)", text).group(1)

    # A link scanner follows the link: nothing is confirmed by a GET.
    page = client.get(confirm_url)
    assert page.status_code == 200 and "Yes, subscribe me" in page.text
    assert "no-cache" in page["Cache-Control"] or "max-age=0" in page["Cache-Control"]
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    done = client.post(confirm_url, **SAME_SITE)
    assert done.status_code == 200 and "You are subscribed" in done.text
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.kinds == ["statement", "report"] and not subscriber.topics.exists()

    publish(draft_statement)
    mail = smtp.to("reader@example.org")
    assert len(mail) == 2  # the confirmation and the statement, exactly once
    statement = mail[1]
    assert statement["Subject"] == "Stop torture now"
    unsubscribe = f"http://testserver/en/newsletter/unsubscribe/{subscriber.token}/"
    assert statement["List-Unsubscribe"].strip().startswith(f"<{unsubscribe}>, <mailto:")
    assert statement["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    html, text = links_in(statement)
    assert "<img" not in html.lower()
    hosts = set(re.findall(r'href="(https?://[^/"]+)', html))
    assert hosts == {"http://testserver"}  # every link is ours and direct: no redirector, no tracker
    assert f"/en/publications/{draft_statement.slug}/" in html and draft_statement.slug in text

    # RFC 8058: the mail provider POSTs without cookie, CSRF token, Origin or Sec-Fetch-Site.
    one_click = Client(enforce_csrf_checks=True).post(
        f"/en/newsletter/unsubscribe/{subscriber.token}/",
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert one_click.status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED

    publish(PublicationPageFactory(parent=index_page, kind="statement", live=False))
    assert len(smtp.to("reader@example.org")) == 2


def test_republishing_a_statement_sends_nothing_again(smtp, draft_statement, tasks_run_at_once, publish):
    reader = Subscriber.objects.create(email="a@example.org", language="ru", status=Subscriber.Status.CONFIRMED)
    publish(draft_statement)
    draft_statement.title_en = "Edited"
    publish(draft_statement)
    [message] = smtp.messages
    # In the reader's language: the Russian title, the Russian address of the page.
    assert message["Subject"] == draft_statement.title_ru
    assert f"/ru/publications/{draft_statement.slug}/" in message.get_body(("plain",)).get_content()
    assert (
        message["List-Unsubscribe"].strip().startswith(f"<http://testserver/ru/newsletter/unsubscribe/{reader.token}/>")
    )


def test_unticking_send_to_subscribers_or_a_restricted_section_sends_nothing(
    smtp, draft_statement, index_page, tasks_run_at_once, publish
):
    from wagtail.models import PageViewRestriction

    Subscriber.objects.create(email="a@example.org", language="en", status=Subscriber.Status.CONFIRMED)
    draft_statement.send_to_subscribers = False
    publish(draft_statement)
    PageViewRestriction.objects.create(page=index_page, restriction_type="password", password="x")
    publish(PublicationPageFactory(parent=index_page, kind="statement", live=False))
    assert smtp.messages == []
