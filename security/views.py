import logging
from datetime import timedelta

from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from django_ratelimit.core import is_ratelimited

from . import json_input
from .models import CspViolationReport

logger = logging.getLogger(__name__)

REPORT_MAX_BYTES = 16 * 1024
REPORT_TYPES = ("application/csp-report", "application/reports+json", "application/json")


def _organisation_contacts(request):
    from home.models import OrganisationSettings

    email = OrganisationSettings.for_request(request).contact_email
    return [f"mailto:{email}"] if email else []


@require_GET
@cache_control(max_age=86400, public=True)
def security_txt(request):
    """RFC 9116: where to report a vulnerability. Expires is kept a year ahead, as the RFC asks for < 1 year."""
    contacts = settings.SECURITY_CONTACTS or _organisation_contacts(request)
    if not contacts:
        raise Http404
    expires = (timezone.now() + timedelta(days=364)).replace(microsecond=0)
    lines = [f"Contact: {contact}" for contact in contacts]
    lines += [
        f"Expires: {expires.isoformat()}",
        f"Preferred-Languages: {', '.join(code for code, _name in settings.LANGUAGES)}",
        f"Canonical: {request.build_absolute_uri(request.path)}",
    ]
    if settings.SECURITY_POLICY_URL:
        lines.append(f"Policy: {settings.SECURITY_POLICY_URL}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def _reports_from(payload):
    """Both shapes browsers send: report-uri's {"csp-report": {...}} and the Reporting API's [{"body": {...}}]."""
    if isinstance(payload, dict) and isinstance(payload.get("csp-report"), dict):
        body = payload["csp-report"]
        yield {
            "document_uri": body.get("document-uri"),
            "violated_directive": body.get("effective-directive") or body.get("violated-directive"),
            "blocked_uri": body.get("blocked-uri"),
            "source_file": body.get("source-file"),
            "line_number": body.get("line-number"),
            "sample": body.get("script-sample"),
        }
    elif isinstance(payload, list):
        for item in payload[:10]:
            body = item.get("body") if isinstance(item, dict) else None
            if isinstance(body, dict) and item.get("type") == "csp-violation":
                yield {
                    "document_uri": body.get("documentURL"),
                    "violated_directive": body.get("effectiveDirective"),
                    "blocked_uri": body.get("blockedURL"),
                    "source_file": body.get("sourceFile"),
                    "line_number": body.get("lineNumber"),
                    "sample": body.get("sample"),
                }


def _as_report(fields):
    text = {name: str(fields.get(name) or "").replace("\x00", "") for name in fields if name != "line_number"}
    limits = {field.name: field.max_length for field in CspViolationReport._meta.fields if field.max_length}
    text = {name: value[: limits[name]] for name, value in text.items()}
    line = fields.get("line_number")
    line = line if isinstance(line, int) and 0 <= line < 2**31 else None
    return CspViolationReport(line_number=line, **text)


@csrf_exempt
@require_POST
def csp_report(request):
    """Stores violation reports, a few per client address and a bounded number per hour site-wide (an attacker
    can post here too, so it must not become a way to fill the database)."""
    if not (request.content_type or "").startswith(REPORT_TYPES):
        return HttpResponse(status=415)
    length = request.META.get("CONTENT_LENGTH") or "0"
    if not length.isdigit() or int(length) > REPORT_MAX_BYTES:
        return HttpResponse(status=413)
    for group, key, rate in (
        ("csp-report-ip", "ip", settings.CSP_REPORT_RATE),
        ("csp-report-all", lambda _group, _request: "all", settings.CSP_REPORT_SITE_RATE),
    ):
        if is_ratelimited(request, group=group, key=key, rate=rate, method="POST", increment=True):
            return HttpResponse(status=429)
    try:
        payload = json_input.loads(request.body.decode("utf-8"), allow_nul=True)  # _as_report drops NUL
    except (UnicodeDecodeError, ValueError):
        return HttpResponse(status=400)
    reports = [_as_report(fields) for fields in _reports_from(payload)]
    CspViolationReport.objects.bulk_create(reports)
    for report in reports:
        logger.warning("CSP violation: %s", report)
    return HttpResponse(status=204)
