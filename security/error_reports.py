"""Error reports that tell staff what broke without telling them (or an error tracker) who was involved.

Donors' and confidential intake's data reach views as form fields, query strings, cookies, addresses, signed links
in paths, local variables and, sometimes, inside an exception's message (a database error quoting a value). So
reports keep the shape (field names, paths, the traceback's lines) and drop the values:

- `ScrubbingExceptionReporterFilter` (DEFAULT_EXCEPTION_REPORTER_FILTER) hides every POST value, query-string
  value, cookie and local variable, and the client's address headers, on every view: new apps are covered
  without marking their views.
- `ScrubbingAdminEmailHandler` (the `mail_admins` handler, to ADMINS) passes the finished subject and text through
  `scrub_text`: e-mail addresses, IP addresses and token-like strings (signed links, references) are replaced.
- `scrub_event` does the same for the optional error tracker (sentry-sdk's before_send, settings SENTRY_DSN).
- `PublicPostErrorReportMiddleware`, first in MIDDLEWARE, marks every public POST with the same filter, active
  even with DEBUG on, before anything reads the body: Django's `sensitive_post_parameters` hides values only
  once the view runs, so a failure in a middleware (the database gone) would otherwise list them on the debug
  page. Views may set a stricter filter of their own (intake.views).
"""

import logging
import re

from django.utils.log import AdminEmailHandler
from django.views.debug import SafeExceptionReporterFilter

HIDDEN = "[hidden]"
ADMIN_PREFIXES = ("/admin/", "/django-admin/")
PATTERNS = [
    (re.compile(r"[\w.+%-]+(?:@|%40)[\w-]+(?:\.[\w-]+)+"), "[e-mail]"),
    (re.compile(r"([?&][^=&\s#]+=)[^&\s#]+"), r"\1[hidden]"),  # query-string values in addresses
    (re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])"), "[address]"),
    (re.compile(r"(?<![\w:.]):{0,2}[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){3,7}(?![\w:])"), "[address]"),
    # Signed links, Fernet tokens, UUID references, Stripe ids: long runs with both letters and digits.
    (re.compile(r"(?<![\w-])(?=[\w:=-]*\d)(?=[\w:=-]*[A-Za-z])[\w:=-]{20,}"), "[token]"),
]
ADDRESS_HEADERS = ("REMOTE_ADDR", "HTTP_X_REAL_IP", "HTTP_X_FORWARDED_FOR", "HTTP_COOKIE", "QUERY_STRING")


def scrub_text(text):
    if not isinstance(text, str):
        return text
    for pattern, replacement in PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class ScrubbingExceptionReporterFilter(SafeExceptionReporterFilter):
    cleansed_substitute = HIDDEN

    def get_post_parameters(self, request):
        if request is None:
            return {}
        hidden = request.POST.copy()
        for key in hidden:
            hidden.setlist(key, [HIDDEN])
        return hidden

    def get_traceback_frame_variables(self, request, tb_frame):
        return [(name, HIDDEN) for name in tb_frame.f_locals]

    def get_safe_cookies(self, request):
        return dict.fromkeys(getattr(request, "COOKIES", {}), HIDDEN)

    def get_safe_request_meta(self, request):
        meta = super().get_safe_request_meta(request)
        return {key: HIDDEN if key in ADDRESS_HEADERS else scrub_text(value) for key, value in meta.items()}


class PostValuesHiddenFilter(ScrubbingExceptionReporterFilter):
    """The filter of a public POST: as above, with DEBUG on or off; field names stay, so a report still says what
    came."""

    def is_active(self, request):
        return True

    def get_cleansed_multivaluedict(self, request, multivaluedict):
        # request.POST seen as a frame's variable.
        return dict.fromkeys(multivaluedict, self.cleansed_substitute)


class PublicPostErrorReportMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and not request.path_info.startswith(ADMIN_PREFIXES):
            request.exception_reporter_filter = PostValuesHiddenFilter()
        return self.get_response(request)


class ScrubbingAdminEmailHandler(AdminEmailHandler):
    """Django's error e-mail to ADMINS, with query strings hidden and the finished text scrubbed."""

    def emit(self, record):
        request = getattr(record, "request", None)
        if request is not None and getattr(request, "GET", None):
            request.GET = request.GET.copy()
            for key in request.GET:
                request.GET.setlist(key, [HIDDEN])
        super().emit(record)

    def send_mail(self, subject, message, *args, **kwargs):
        if kwargs.get("html_message"):
            kwargs["html_message"] = scrub_text(kwargs["html_message"])
        super().send_mail(scrub_text(subject), scrub_text(message), *args, **kwargs)


class NotADatabaseOutage(logging.Filter):
    """Logging filter of `mail_admins`: a lost database fails every request at once; /healthz and the monitor
    report it, so it must not send one e-mail per visitor (the console and journal still log each)."""

    def filter(self, record):
        from django.db import InterfaceError, OperationalError

        error = record.exc_info[1] if record.exc_info else None
        return not isinstance(error, (OperationalError, InterfaceError))


def _scrub_request(request):
    for key in ("data", "cookies", "env"):
        request.pop(key, None)
    if request.get("query_string"):
        request["query_string"] = HIDDEN
    request["url"] = scrub_text(request.get("url", ""))
    headers = request.get("headers") or {}
    request["headers"] = {
        name: HIDDEN if name.lower() in ("cookie", "x-real-ip", "x-forwarded-for", "authorization") else value
        for name, value in headers.items()
    }


def scrub_event(event, hint=None):
    """sentry-sdk's before_send: the same rules as the e-mails (the SDK already collects no bodies, user, frame
    variables or source lines: this is the second belt)."""
    if isinstance(event.get("request"), dict):
        _scrub_request(event["request"])
    for key in ("user", "extra", "server_name"):
        event.pop(key, None)
    for exception in (event.get("exception") or {}).get("values") or []:
        exception["value"] = scrub_text(exception.get("value"))
        for frame in (exception.get("stacktrace") or {}).get("frames") or []:
            # File, line and function stay; the values and source lines go (the source is in the repository).
            for key in ("vars", "context_line", "pre_context", "post_context"):
                frame.pop(key, None)
    if isinstance(event.get("logentry"), dict):
        event["logentry"] = {"message": scrub_text(event["logentry"].get("message")), "params": []}
    if "message" in event:
        event["message"] = scrub_text(event["message"])
    for crumb in (event.get("breadcrumbs") or {}).get("values") or []:
        crumb["message"] = scrub_text(crumb.get("message"))
        crumb.pop("data", None)
    return event


def init_error_tracker(dsn, environment):
    """The optional error tracker (sentry-sdk: Sentry, GlitchTip and other compatible services), scrubbed."""
    import sentry_sdk

    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        # Collect as little as the SDK allows; before_send then scrubs what is left like the e-mails.
        data_collection={
            "user_info": False,
            "http_bodies": [],
            "database_query_data": False,
            "stack_frame_variables": False,
            "frame_context_lines": 0,
        },
        before_send=scrub_event,
        traces_sample_rate=0,
    )
