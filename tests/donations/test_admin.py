"""The Donations admin area: managers see donor data, editors do not; offline gifts use the receipt pipeline."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail

from donations.ledger import settle_paid
from donations.models import Donation, Receipt

from . import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def paid_gift(on_commit, home_page):
    donation = f.DonationFactory(email="visible@example.org", amount=4200, currency="EUR")
    with on_commit():
        settle_paid(donation)
    return donation


def staff(django_user_model, username, group=None):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def test_donation_managers_see_donor_data_and_editors_do_not(client, django_user_model, paid_gift):
    manager = staff(django_user_model, "manager", "Donation managers")
    editor = staff(django_user_model, "editor2", "Editors")
    client.force_login(manager)
    listing = client.get("/admin/donations/gifts/")
    assert listing.status_code == 200 and "visible@example.org" in listing.content.decode()
    assert "Donations" in client.get("/admin/").content.decode()
    client.force_login(editor)
    assert client.get("/admin/donations/gifts/").status_code in (302, 403)
    assert "visible@example.org" not in client.get("/admin/").content.decode()


def test_list_filters_search_export_and_inspect(admin_client, paid_gift):
    other = f.DonationFactory(email="pending@example.org")
    body = admin_client.get("/admin/donations/gifts/?status=paid&currency=EUR").content.decode()
    assert "visible@example.org" in body and "pending@example.org" not in body
    number = paid_gift.receipt.number
    body = admin_client.get(f"/admin/donations/gifts/?q={number}").content.decode()
    assert "visible@example.org" in body and other.email not in body
    csv = b"".join(admin_client.get("/admin/donations/gifts/?export=csv").streaming_content).decode()
    assert "visible@example.org" in csv and number in csv and "4200" in csv
    xlsx = admin_client.get("/admin/donations/gifts/?export=xlsx")
    assert xlsx.status_code == 200 and "spreadsheet" in xlsx["Content-Type"]
    inspect = admin_client.get(f"/admin/donations/gifts/inspect/{paid_gift.pk}/").content.decode()
    assert number in inspect and "Payment events" in inspect


def test_inspect_shows_event_history(admin_client, deliver, home_page):
    donation = f.DonationFactory()
    deliver("checkout.session.completed", f.session(donation))
    body = admin_client.get(f"/admin/donations/gifts/inspect/{donation.pk}/").content.decode()
    assert "checkout.session.completed" in body


def test_offline_gift_gets_a_receipt_from_the_same_pipeline(admin_client, on_commit, home_page):
    with on_commit():
        response = admin_client.post(
            "/admin/donations/gifts/new/",
            {
                "amount_major": "2500",
                "currency": "KGS",
                "source": "bank_transfer",
                "received_on": "2026-03-02",
                "email": "bank@example.org",
                "name": "Бакыт",
                "language": "ky",
                "campaign": "",
                "note": "",
            },
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    donation = Donation.objects.get()
    assert (donation.amount, donation.source, donation.status) == (250000, "bank_transfer", "paid")
    assert donation.receipt.number.startswith("2026-")
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["bank@example.org"]


def test_staff_resend_and_dashboard_panel(admin_client, on_commit, paid_gift):
    with on_commit():
        response = admin_client.post(f"/admin/donations/actions/receipt/{paid_gift.receipt.pk}/resend/")
    assert response.status_code == 302
    assert len(mail.outbox) == 2
    assert Receipt.objects.get().attempts == 1
    dashboard = admin_client.get("/admin/").content.decode()
    assert "€42" in dashboard and "<svg" in dashboard


def test_staff_cancel_of_a_monthly_gift(admin_client, deliver, home_page):
    donation = f.DonationFactory(frequency="monthly")
    deliver("checkout.session.completed", f.session(donation))
    recurring = donation.__class__.objects.get(pk=donation.pk).recurring
    response = admin_client.post(f"/admin/donations/actions/monthly/{recurring.pk}/cancel/")
    assert response.status_code == 302
    recurring.refresh_from_db()
    assert recurring.status == "canceled"


def test_yearly_statement_download(admin_client, paid_gift):
    response = admin_client.get(
        f"/admin/donations/actions/statement/?email={paid_gift.email}&year={paid_gift.paid_at.year}&language=ru"
    )
    assert response["Content-Type"] == "application/pdf"


def test_chart_covers_the_last_twelve_months_including_this_one(paid_gift):
    from django.utils import timezone

    from donations.admin_views import monthly_bars

    paid_on = timezone.localtime(paid_gift.paid_at).date()
    (chart,) = monthly_bars(paid_on)
    bars = chart["bars"]
    assert len(bars) == 12 and bars[-1]["height"] == 100 and bars[-1]["y"] == 0
    assert bars[-1]["label"] == paid_on.replace(day=1)
    first = bars[0]["label"]
    assert (paid_on.year * 12 + paid_on.month) - (first.year * 12 + first.month) == 11


def test_ledger_rows_cannot_be_deleted_and_receipts_not_added_by_hand(admin_client, paid_gift):
    assert admin_client.get(f"/admin/donations/gifts/delete/{paid_gift.pk}/").status_code in (302, 403)
    assert admin_client.get("/admin/donations/receipts/new/").status_code in (302, 403)
    assert admin_client.get("/admin/donations/events/new/").status_code in (302, 403)
    assert Donation.objects.filter(pk=paid_gift.pk).exists()


def test_editors_can_edit_the_donation_page(admin_client, donation_page):
    assert admin_client.get(f"/admin/pages/{donation_page.pk}/edit/").status_code == 200
    assert (
        admin_client.get(f"/admin/pages/add/donations/donationpage/{donation_page.get_parent().pk}/").status_code == 200
    )
    preview = admin_client.get(f"/admin/pages/{donation_page.pk}/edit/preview/")
    assert preview.status_code in (200, 405)


def test_failed_send_is_retried_later_when_the_queue_can_defer(on_commit, home_page, settings):
    from unittest import mock

    from django_tasks import default_task_backend

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    donation = f.DonationFactory()
    default_task_backend.clear()
    with on_commit():
        settle_paid(donation)
    assert default_task_backend.supports_defer
    (queued,) = [r for r in default_task_backend.results if r.task.name == "send_receipt"]
    from donations.tasks import send_receipt

    default_task_backend.clear()
    with mock.patch("django.core.mail.EmailMultiAlternatives.send", side_effect=OSError("down")):
        send_receipt.call(queued.args[0])
    (retry,) = [r for r in default_task_backend.results if r.task.name == "send_receipt"]
    assert retry.task.run_after is not None
    assert Receipt.objects.get().send_status == Receipt.Sending.FAILED
