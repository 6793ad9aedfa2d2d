"""Donations figures for `make bench`: webhook events applied per second and checkout-start latency.

Runs against a throw-away SQLite database (or DATABASE_URL), with Stripe's HTTP layer replaced by a canned
response, so it measures our code and the database only. Bounded: a few hundred events, 100 checkouts.
"""

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
if "DATABASE_URL" not in os.environ:
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"

EVENTS = 300
CHECKOUTS = 100
BENCH_SECRET = "whsec_bench"  # noqa: S105 (a throw-away signing secret for this benchmark only)


def main():
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo_content", verbosity=0)
    import logging

    logging.getLogger("stripe").setLevel(logging.WARNING)
    settings.STRIPE_WEBHOOK_SECRET = BENCH_SECRET
    settings.DONATIONS_CHECKOUT_RATE = "100000/h"

    from tests.donations import factories as f

    # Webhook: a mix of one-time completions, their refunds and monthly instalments, each signed.
    donations = [f.DonationFactory(amount=1000 + i) for i in range(EVENTS // 3)]
    monthly = f.DonationFactory(frequency="monthly", amount=500)
    bodies = []
    for donation in donations:
        bodies.append(json.dumps(f.event("checkout.session.completed", f.session(donation))))
        bodies.append(json.dumps(f.event("charge.refunded", f.charge(donation, 100))))
        bodies.append(json.dumps(f.event("invoice.paid", f.invoice(monthly))))
    client = Client()
    # Receipts go to the task queue as in production (a worker renders and sends them); measured apart below.
    from django.test import override_settings

    with override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}):
        started = time.perf_counter()
        for body in bodies:
            assert f.post_event(client, body, secret=BENCH_SECRET).status_code == 200
        elapsed = time.perf_counter() - started
    events_per_second = len(bodies) / elapsed

    from donations.models import Receipt
    from donations.receipts.render import receipt_pdf

    receipts = list(Receipt.objects.select_related("donation")[:10])
    t0 = time.perf_counter()
    for receipt in receipts:
        receipt_pdf(receipt)
    pdf_ms = (time.perf_counter() - t0) * 1000 / len(receipts)

    # Checkout start: form POST → pending donation → (mocked) Stripe session → 303.
    import stripe

    from donations import views
    from donations.stripe_gateway import StripeGateway

    class CannedHTTP(stripe.HTTPClient):
        name = "canned"

        def request(self, method, url, headers, post_data=None, *, _usage=None):
            body = {
                "id": f"cs_bench_{time.perf_counter_ns()}",
                "object": "checkout.session",
                "url": "https://checkout.stripe.com/c/pay/bench",
            }
            return json.dumps(body), 200, {}

        def close(self):
            pass

    views.get_gateway = lambda: StripeGateway(api_key="sk_test_bench", http_client=CannedHTTP())
    site_client = Client(HTTP_SEC_FETCH_SITE="same-origin")
    form = {"currency": "KGS", "frequency": "one_time", "amount": "100000", "email": "bench@example.org"}
    latencies = []
    for _ in range(CHECKOUTS):
        t0 = time.perf_counter()
        response = site_client.post("/en/donate/", form)
        latencies.append((time.perf_counter() - t0) * 1000)
        assert response.status_code == 303
    latencies.sort()
    result = {
        "database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
        "webhook_events": len(bodies),
        "webhook_events_per_second": round(events_per_second, 1),
        "checkout_starts": CHECKOUTS,
        "checkout_latency_ms_median": round(statistics.median(latencies), 2),
        "checkout_latency_ms_p95": round(latencies[int(len(latencies) * 0.95) - 1], 2),
        "receipt_pdf_ms_mean": round(pdf_ms, 1),
        "note": "webhook figure excludes receipt sending (queued to the task worker, as in production)",
    }
    out = ROOT / "benchmarks" / "results" / f"donations-{result['database']}.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
