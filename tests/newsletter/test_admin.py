"""Staff: only Newsletter managers see addresses (with two-factor sign-in), editors see counts and the sending
history, export, deletion on request, the retention job, an editor's test e-mail to themselves."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from newsletter.models import Delivery, Mailing, Subscriber
from operations.jobs import registered_jobs
from security.two_factor import two_factor_required

from .factories import SubscriberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager(django_user_model):
    user = django_user_model.objects.create_user("manager", "manager@example.org", "pass-for-tests-only")
    user.groups.add(Group.objects.get(name="Newsletter managers"))
    return user


@pytest.fixture
def editor(django_user_model, home_page):
    user = django_user_model.objects.create_user("writer", "writer@example.org", "pass-for-tests-only")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_editors_see_no_address_managers_do_and_need_two_factors(client, editor, manager):
    SubscriberFactory(email="private@example.org", language="ky")
    client.force_login(editor)
    assert client.get("/admin/newsletter/subscribers/").status_code in (302, 403)
    dashboard = client.get("/admin/")
    assert "private@example.org" not in dashboard.text and "Newsletter" in dashboard.text
    assert client.get("/admin/newsletter/history/").status_code == 200

    assert two_factor_required(manager)
    client.force_login(manager)
    listing = client.get("/admin/newsletter/subscribers/")
    assert listing.status_code == 200 and "private@example.org" in listing.text
    export = client.get("/admin/newsletter/subscribers/?export=csv")
    content = b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    assert "private@example.org" in content and "ky" in content
    # Addresses come only through double opt-in: no "add" even for managers.
    assert client.get("/admin/newsletter/subscribers/add/").status_code in (302, 403)


def test_deletion_on_request_keeps_the_history_anonymous(client, manager, draft_statement):
    reader = SubscriberFactory(email="forget-me@example.org")
    mailing = Mailing.objects.create(kind="publication", publication=draft_statement, title="Statement")
    Delivery.objects.create(mailing=mailing, subscriber=reader, status="sent")
    client.force_login(manager)
    response = client.post(f"/admin/newsletter/subscribers/delete/{reader.pk}/")
    assert response.status_code == 302
    assert not Subscriber.objects.filter(email="forget-me@example.org").exists()
    assert mailing.counts() == {"sent": 1, "failed": 0, "pending": 0}
    client.get("/admin/")  # shows (and so drops) the "deleted" message, which names the address
    history = client.get(f"/admin/newsletter/history/inspect/{mailing.pk}/")
    assert history.status_code == 200 and "forget-me" not in history.text


def test_dashboard_counts_per_language_and_topic(client, manager, topics):
    SubscriberFactory(language="ky", topics=[topics["torture"]])
    SubscriberFactory(language="ky")
    SubscriberFactory(language="ru", status=Subscriber.Status.PENDING)
    client.force_login(manager)
    client.cookies.load({"django_language": "ru"})
    page = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="ru")
    panel = page.text[page.text.index("newsletter-panel") :]
    assert "Кыргызча" in panel and "Рассылка" in panel


def test_retention_deletes_expired_requests_and_old_leavers():
    now = timezone.now()
    SubscriberFactory(email="fresh@example.org", status=Subscriber.Status.PENDING)
    SubscriberFactory(status=Subscriber.Status.PENDING, requested_at=now - timedelta(days=8))
    SubscriberFactory(status=Subscriber.Status.UNSUBSCRIBED, unsubscribed_at=now - timedelta(days=31))
    SubscriberFactory(email="recent@example.org", status=Subscriber.Status.UNSUBSCRIBED, unsubscribed_at=now)
    SubscriberFactory(status=Subscriber.Status.SUPPRESSED, suppressed_at=now - timedelta(days=40))
    SubscriberFactory(email="reader@example.org")
    call_command("run_job", "newsletter_retention")
    assert sorted(Subscriber.objects.values_list("email", flat=True)) == [
        "fresh@example.org",
        "reader@example.org",
        "recent@example.org",
    ]
    assert {"send_newsletters", "send_newsletter_digest", "newsletter_retention"} <= set(registered_jobs())


def test_an_editor_sends_a_test_of_the_draft_to_themselves(client, editor, draft_statement, smtp):
    client.force_login(editor)
    edit = client.get(f"/admin/pages/{draft_statement.pk}/edit/")
    assert f"/admin/newsletter/test/{draft_statement.pk}/" in edit.text
    draft_statement.title_ky = "Кыйноону токтоткула"
    draft_statement.save_revision()
    response = client.post(f"/admin/newsletter/test/{draft_statement.pk}/", {"language": "ky"})
    assert response.status_code == 302
    [message] = smtp.messages
    assert message["To"] == "writer@example.org" and "Кыйноону токтоткула" in message["Subject"]
    assert not Subscriber.objects.exists() and not Mailing.objects.exists()
