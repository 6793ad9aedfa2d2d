"""The violation report endpoint keeps what browsers send, within limits an attacker cannot use to fill the DB."""

import json

import pytest

from security.models import CspViolationReport

pytestmark = pytest.mark.django_db

LEGACY = {
    "csp-report": {
        "document-uri": "https://birduino.example/en/",
        "violated-directive": "script-src-elem",
        "effective-directive": "script-src-elem",
        "blocked-uri": "https://evil.example/x.js",
        "source-file": "https://birduino.example/en/",
        "line-number": 12,
    }
}
HUGE = "x" * 10_000 + "\x00"
REPORTING_API = [
    {
        "type": "csp-violation",
        "body": {"documentURL": "https://birduino.example/ru/", "effectiveDirective": "img-src", "blockedURL": "data"},
    }
]


def test_both_report_formats_are_stored(client):
    response = client.post("/csp-report/", json.dumps(LEGACY), content_type="application/csp-report")
    assert response.status_code == 204
    response = client.post("/csp-report/", json.dumps(REPORTING_API), content_type="application/reports+json")
    assert response.status_code == 204
    stored = {report.violated_directive: report for report in CspViolationReport.objects.all()}
    assert stored["script-src-elem"].blocked_uri == "https://evil.example/x.js"
    assert stored["script-src-elem"].line_number == 12
    assert stored["img-src"].document_uri == "https://birduino.example/ru/"
    assert not response.cookies


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        ("not json", "application/csp-report", 400),
        (b"\xff\xfe", "application/csp-report", 400),
        ("{}", "text/plain", 415),
        (json.dumps({"csp-report": {"line-number": 10**30, "document-uri": HUGE}}), "application/csp-report", 204),
        ('[1, 2, {"body": 3}]', "application/reports+json", 204),
    ],
)
def test_hostile_reports_are_refused_or_trimmed(client, body, content_type, status):
    assert client.post("/csp-report/", body, content_type=content_type).status_code == status
    for report in CspViolationReport.objects.all():
        assert report.line_number is None
        assert len(report.document_uri) <= 500
        assert "\x00" not in report.document_uri


def test_reports_are_rate_limited_per_address(client, settings):
    settings.CSP_REPORT_RATE = "3/m"
    statuses = [
        client.post("/csp-report/", json.dumps(LEGACY), content_type="application/csp-report").status_code
        for _ in range(5)
    ]
    assert statuses == [204, 204, 204, 429, 429]
    assert CspViolationReport.objects.count() == 3


def test_only_post_is_accepted(client):
    assert client.get("/csp-report/").status_code == 405
