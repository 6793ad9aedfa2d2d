"""Every public address, fed what an attacker sends, answers below 500 and writes nothing it should not.

Walks the demo site's pages, filters, search, feeds, sitemap, donation pages (donate, thanks, manage, signed
manage links, statements), receipts, the contact form, the CSP report endpoint and Stripe's webhook with NUL
bytes, invalid UTF-8, 10,000-character strings, negative and huge numbers, repeated parameters, wrong methods
and content types and forged signatures, JSON nested 5,000 deep or carrying NaN (CSP reports, validly signed
webhooks) and images that only start like one; Hypothesis adds arbitrary text to the filters. Each run prints
how many requests it made (README "Security" quotes the figures).
"""

import json
import uuid

import pytest
from django.apps import apps
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from donations import links
from security.models import CspViolationReport
from tests.donations.factories import WEBHOOK_SECRET, DonationFactory, signature_header

pytestmark = [pytest.mark.django_db]

HOSTILE_VALUES = [
    "%00",
    "a%00b",
    "%ff%fe%fd",  # not UTF-8
    "%ed%a0%80",  # an encoded lone surrogate
    "x" * 10_000,
    "-1",
    "0",
    "99999999999999999999",
    "-99999999999999999999",
    "1e309",
    "NaN",
    "%27%20OR%201%3D1--",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "..%2F..%2Fetc%2Fpasswd",
    "%",
    "%E2%80%AE",  # right-to-left override
]
FILTER_PARAMS = ["q", "page", "topic", "year", "kind", "addressee", "status", "currency"]
# Each address gets every hostile value in these (the rest of FILTER_PARAMS get one value each, and Hypothesis).
DEEP_PARAMS = ["q", "page", "topic", "year"]
READ_ONLY_PATHS = [
    "/en/",
    "/ru/",
    "/ky/",
    "/en/about/",
    "/en/publications/",
    "/en/recommendations/",
    "/en/testimonials/",
    "/en/networks/",
    "/en/contact/",
    "/en/search/",
    "/en/publications/feed/rss/",
    "/en/publications/feed/atom/",
    "/sitemap.xml",
    "/robots.txt",
    "/.well-known/security.txt",
    "/en/donate/",
    "/en/donate/manage/",
    "/en/donate/transparency/",
]
HOSTILE_SEGMENTS = ["%00", "%ff%fe", "x" * 2_000, "-1", "99999999999999999999", "..", "%2e%2e", "a%2Fb"]
# Rows that may appear during a read: none. (Sessions, donations, submissions, reports, revisions…)
# Allowed: search query hit counting, if a view ever adds it.
# Allowed: image renditions (made on first view, a cache), search query hit counting if a view ever adds it.
MAY_GROW = {"wagtailimages.rendition", "wagtailsearch.query", "wagtailsearch.querydailyhits"}


WRONG_SHAPE = '{"id": 1, "type": [], "data": 3}'


class CountingClient(Client):
    requests = 0

    def request(self, **request):
        CountingClient.requests += 1
        return super().request(**request)


@pytest.fixture
def visitor(db):
    return CountingClient(HTTP_SEC_FETCH_SITE="same-origin")


def row_counts():
    return {
        model._meta.label_lower: model._default_manager.count()
        for model in apps.get_models()
        if not model._meta.proxy and model._meta.managed
    }


def assert_answered(response, what):
    assert response.status_code < 500, f"{what} -> {response.status_code}"


def test_hostile_reads_never_fail_and_write_nothing(demo_site, visitor, settings):
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    from publications.models import PublicationPage

    statement = PublicationPage.objects.live().first()
    paths = [*READ_ONLY_PATHS, statement.url, statement.url + "pdf/"]
    before = row_counts()
    start = CountingClient.requests
    for path in paths:
        for param in FILTER_PARAMS:
            for value in HOSTILE_VALUES if param in DEEP_PARAMS else HOSTILE_VALUES[:3]:
                url = f"{path}?{param}={value}"
                assert_answered(visitor.get(url), url)
        url = f"{path}?topic=a&topic=b&year=2020&year=x&page=2&page=-1&q=a&q=%00"
        assert_answered(visitor.get(url), url)
        for method in ("put", "patch", "delete", "options", "trace"):
            assert_answered(getattr(visitor, method)(path, "x", content_type="application/json"), f"{method} {path}")
    for prefix in (
        "/en/publications/",
        "/en/",
        "/en/donate/thanks/",
        "/en/donate/manage/",
        "/en/receipts/",
        "/en/donate/test-payment/",
        "/documents/",
    ):
        for segment in HOSTILE_SEGMENTS:
            for suffix in ("/", "/pdf/"):
                url = f"{prefix}{segment}{suffix}"
                assert_answered(visitor.get(url), url)
    assert_answered(visitor.get(f"/en/donate/thanks/{uuid.uuid4()}/"), "unknown gift")
    assert_answered(visitor.get("/" + "a/" * 3_000), "deep path")
    after = row_counts()
    grown = {label: (before[label], after[label]) for label in after if after[label] != before[label]}
    assert set(grown) <= MAY_GROW, grown
    print(f"hostile reads: {CountingClient.requests - start} requests")


def test_hostile_posts_are_refused_and_change_nothing(demo_site, visitor, settings):
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    from home.models import ContactPage

    contact = ContactPage.objects.live().first()
    contact_fields = list(contact.get_form().fields)
    start = CountingClient.requests
    before = row_counts()
    hostile_form_values = ["\x00", "a\x00b", "x" * 10_000, "-1", "99999999999999999999", "\ud800"[:0] + "\u202e"]
    forms = {
        contact.url: {name: "someone@example.org" if "mail" in name else "Hello" for name in contact_fields},
        "/en/donate/": {"currency": "USD", "frequency": "once", "amount": "10", "email": "a@example.org", "name": "A"},
        "/en/donate/manage/": {"email": "a@example.org"},
    }
    for url, valid in forms.items():
        for name in valid:
            for value in hostile_form_values:
                response = visitor.post(url, {**valid, name: value})
                assert_answered(response, f"POST {url} {name}")
                assert response.status_code >= 400 or "\x00" not in value, f"NUL accepted by {url} {name}"
        for content_type in ("application/json", "text/plain", "multipart/form-data; boundary=x", "application/xml"):
            assert_answered(visitor.post(url, "\x00{not: a form", content_type=content_type), f"{url} {content_type}")
        raw = b"email=%ff%fe&name=%00"
        assert_answered(visitor.post(url, raw, content_type="application/x-www-form-urlencoded"), url)
        # Without Sec-Fetch-Site or Origin (a cross-site forgery): refused.
        assert Client(enforce_csrf_checks=True).post(url, valid).status_code == 403
    # Forged, malformed or replayed webhooks.
    webhook = "/donations/stripe/webhook/"
    body = json.dumps({"id": "evt_1", "type": "checkout.session.completed", "data": {"object": {"id": "cs_1"}}})
    forged = [
        (body, {}),
        (body, {"HTTP_STRIPE_SIGNATURE": "t=1,v1=00"}),
        (body, {"HTTP_STRIPE_SIGNATURE": signature_header(body, secret="whsec_wrong")}),
        (body, {"HTTP_STRIPE_SIGNATURE": signature_header(body, timestamp=1)}),
        (body, {"HTTP_STRIPE_SIGNATURE": "x" * 10_000}),
        (body + " ", {"HTTP_STRIPE_SIGNATURE": signature_header(body)}),
        ("\x00", {"HTTP_STRIPE_SIGNATURE": signature_header("\x00")}),
        ("[]", {"HTTP_STRIPE_SIGNATURE": signature_header("[]")}),
        ("{}", {"HTTP_STRIPE_SIGNATURE": signature_header("{}")}),
        (WRONG_SHAPE, {"HTTP_STRIPE_SIGNATURE": signature_header(WRONG_SHAPE)}),
    ]
    for payload, headers in forged:
        assert_answered(visitor.post(webhook, payload, content_type="application/json", **headers), "webhook")
    assert_answered(visitor.post(webhook, b"\xff\xfe", content_type="application/json"), "webhook bytes")
    assert_answered(visitor.get(webhook), "webhook GET")
    assert visitor.get(webhook).status_code == 405
    assert_answered(visitor.post("/csp-report/", "\x00", content_type="application/csp-report"), "csp report")
    after = row_counts()
    grown = {label: (before[label], after[label]) for label in after if after[label] != before[label]}
    # Only the CSP report endpoint keeps what it is sent (a NUL body is refused as not JSON).
    assert set(grown) <= MAY_GROW, grown
    assert CspViolationReport.objects.count() == 0
    print(f"hostile posts: {CountingClient.requests - start} requests")


def test_signed_links_with_hostile_values(demo_site, visitor):
    donation = DonationFactory(email="donor@example.org")
    token = links.manage_token(donation.email)
    page = "/en/donate/manage/"
    start = CountingClient.requests
    for value in HOSTILE_VALUES:
        assert_answered(visitor.get(f"{page}{token}/?gift={value}"), f"manage link {value}")
        assert_answered(visitor.get(f"{page}{token[:-2]}{value}/"), f"manage token {value}")
        assert_answered(visitor.get(f"/en/receipts/{token}{value}/"), f"receipt {value}")
        assert_answered(visitor.get(f"/en/receipts/{value}/pdf/"), f"receipt pdf {value}")
    for year in ("-1", "abc", "%00"):
        assert_answered(visitor.get(f"{page}{token}/statement/{year}/"), f"statement {year}")
    print(f"signed links: {CountingClient.requests - start} requests")


@pytest.mark.parametrize(
    "case", ["gift=abc", "year=0", "year=10000", "year=99999999999999999999", "object=list", "object=string"]
)
def test_donation_edges_answer_clearly(demo_site, visitor, settings, case):
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    donation = DonationFactory(email="donor@example.org")
    token = links.manage_token(donation.email)
    name, value = case.split("=")
    if name == "gift":
        response = visitor.post(f"/en/donate/manage/{token}/", {"gift": value, "action": "cancel"})
    elif name == "year":
        response = visitor.get(f"/en/donate/manage/{token}/statement/{value}/")
    else:
        shape = [] if value == "list" else "cs_1"
        body = json.dumps({"id": "evt_x", "type": "checkout.session.completed", "data": {"object": shape}})
        response = visitor.post(
            "/donations/stripe/webhook/",
            body,
            content_type="application/json",
            HTTP_STRIPE_SIGNATURE=signature_header(body),
        )
        assert response.status_code == 400
    assert response.status_code < 500


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    path=st.sampled_from(["/en/publications/", "/en/recommendations/", "/en/search/", "/en/publications/feed/rss/"]),
    params=st.dictionaries(
        st.sampled_from(FILTER_PARAMS), st.text(min_size=0, max_size=300) | st.integers().map(str), max_size=4
    ),
)
def test_filters_take_any_text(demo_site, visitor, path, params):
    response = visitor.get(path, params)
    assert response.status_code < 500
    if any("\x00" in value for value in params.values()):
        assert response.status_code == 400
    else:
        assert response.status_code in (200, 301, 302, 404)


DEEP = "[" * 5_000 + "]" * 5_000


@pytest.mark.parametrize(
    "body",
    [
        DEEP,
        '{"csp-report": ' + "[" * 3_000 + "]" * 3_000 + "}",
        '{"csp-report": {"document-uri": NaN, "line-number": Infinity}}',
    ],
    ids=["deep-array", "deep-in-report", "nan"],
)
def test_csp_report_refuses_deep_or_nan_json(db, visitor, body):
    response = visitor.post("/csp-report/", body, content_type="application/csp-report")
    assert response.status_code == 400
    assert CspViolationReport.objects.count() == 0


def signed_event(obj, event_type="charge.refunded"):
    return json.dumps({"id": f"evt_{uuid.uuid4().hex}", "type": event_type, "data": {"object": obj}})


@pytest.mark.parametrize(
    "body",
    [
        '{"id": "evt_deep", "type": "charge.refunded", "data": {"object": ' + "[" * 5_000 + "]" * 5_000 + "}}",
        signed_event({"id": "ch_nan", "payment_intent": "pi_nan", "amount_refunded": 0}).replace(
            '"amount_refunded": 0', '"amount_refunded": NaN'
        ),
        signed_event({"id": "ch_inf", "amount_refunded": 0}).replace(
            '"amount_refunded": 0', '"amount_refunded": -Infinity'
        ),
        signed_event({"id": "ch_nul", "amount_refunded": 0, "\x00": "\x00"}),  # jsonb refuses the NUL character
    ],
    ids=["deep", "nan", "infinity", "nul"],
)
def test_validly_signed_hostile_webhook_bodies_are_refused_and_not_stored(db, visitor, settings, body):
    from donations.models import StripeEvent

    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    response = visitor.post(
        "/donations/stripe/webhook/",
        body,
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE=signature_header(body),
    )
    assert response.status_code == 400
    assert not StripeEvent.objects.exists()


@pytest.mark.parametrize(
    "content",
    [
        b"GIF89a\x01\x00\x01\x00\x00\x00\x00;<script>alert(1)</script>",
        b"GIF89a\x01\x00",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02",
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    ],
    ids=["gif-script", "gif-header", "png-truncated", "jpeg-truncated"],
)
def test_unreadable_images_are_refused_by_the_form(admin_client, content):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.images import get_image_model

    upload = SimpleUploadedFile("broken.gif", content, content_type="image/gif")
    response = admin_client.post("/admin/images/add/", {"title": "broken", "file": upload, "collection": 1})
    assert response.status_code == 200, response.status_code  # the form again, saying what is wrong
    assert "file" in response.context["form"].errors
    assert not get_image_model().objects.exists()
    multiple = admin_client.post(
        "/admin/images/multiple/add/", {"files[]": SimpleUploadedFile("broken.gif", content, "image/gif")}
    )
    assert multiple.status_code < 500
    assert not get_image_model().objects.exists()


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3),
    max_leaves=30,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payload=JSON_VALUES, depth=st.integers(min_value=0, max_value=3_000))
def test_json_endpoints_take_any_json_like_body(db, visitor, settings, payload, depth):
    """Fuzzed bodies, NaN and Infinity included, wrapped in up to 3,000 levels: never a 500 (both endpoints parse
    with security.json_input), nothing stored when refused."""
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    settings.CSP_REPORT_RATE = settings.CSP_REPORT_SITE_RATE = "100000/m"
    body = "[" * depth + json.dumps(payload, allow_nan=True) + "]" * depth
    assert visitor.post("/csp-report/", body, content_type="application/csp-report").status_code < 500
    event = json.dumps({"id": "evt_fuzz", "type": "charge.refunded", "data": {"object": {"x": 1}}})
    event = event.replace('{"x": 1}', json.dumps({"id": "ch_fuzz", "amount_refunded": payload}, allow_nan=True))
    for signed in (body, event):
        response = visitor.post(
            "/donations/stripe/webhook/",
            signed,
            content_type="application/json",
            HTTP_STRIPE_SIGNATURE=signature_header(signed),
        )
        assert response.status_code < 500, signed[:200]
