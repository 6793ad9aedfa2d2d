"""What a person writes is found nowhere on the server but in the sealed column: not in a database dump (SQLite
or PostgreSQL), the cache (local or Redis), the logs (SQL included), the task queue, e-mails, or the error report
of a failure half-way through sealing. Only the private key brings it back."""

import logging
import shutil
import subprocess

import pytest
from django.core import mail
from django.db import connection
from django.utils.log import AdminEmailHandler

from intake import sealing
from intake.models import IntakeRequest
from operations.backup import pg_environment
from tests.production.conftest import redis_url  # noqa: F401 (a fixture: a real Redis server)

from .conftest import KYRGYZ_MARKER, MARKER, VALID
from .factories import GetHelpPageFactory

SECRETS = (MARKER, KYRGYZ_MARKER, VALID["contact_details"], VALID["safe_time"])


def leaked(text):
    """Which of the person's words appear in `text`, as written, JSON-escaped or hex-encoded."""
    found = []
    for secret in SECRETS:
        forms = (secret, secret.encode("unicode_escape").decode(), secret.encode().hex())
        if any(form in text for form in forms) or any(form.lower() in text.lower() for form in forms[1:]):
            found.append(secret)
    return found


class Recorder(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.lines = []

    def emit(self, record):
        self.lines.append(logging.Formatter("%(name)s %(message)s").format(record))


@pytest.fixture
def every_log_line():
    """Every record any logger emits, SQL statements included (the `django` logger does not propagate)."""
    recorder = Recorder()
    loggers = [logging.getLogger(), logging.getLogger("django")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.addHandler(recorder)
        logger.setLevel(logging.DEBUG)
    db_logger = logging.getLogger("django.db.backends")
    db_level, db_logger.level = db_logger.level, logging.DEBUG
    connection.force_debug_cursor = True
    yield recorder.lines
    connection.force_debug_cursor = False
    db_logger.level = db_level
    for logger, level in zip(loggers, levels, strict=True):
        logger.removeHandler(recorder)
        logger.setLevel(level)


def submit(client, data=VALID, language="ky"):
    return client.post(f"/{language}/get-help/", data, HTTP_SEC_FETCH_SITE="same-origin")


def database_dump():
    if connection.vendor == "sqlite":
        return "\n".join(connection.connection.iterdump())
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    result = subprocess.run(["pg_dump", "--no-owner"], env=pg_environment(), capture_output=True, check=True)
    return result.stdout.decode()


@pytest.mark.django_db(transaction=True)
def test_database_dump_logs_and_task_queue_hold_only_ciphertext(
    client, home_page, settings, every_log_line, capsys, open_request
):
    # A real queue in the database, so a task carrying anything would show in the dump.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    GetHelpPageFactory(parent=home_page)
    invalid = {**VALID, "contact_channel": "email", "contact_details": "not-an-address"}
    assert leaked(submit(client, invalid).content.decode())  # an error page repeats it, to the person only
    response = submit(client)
    assert response.status_code == 200
    stored = IntakeRequest.objects.get()

    dump = database_dump()
    assert stored.reference in dump and "intake_intakerequest" in dump  # the dump has the table and the row
    assert leaked(dump) == []
    assert leaked("\n".join(every_log_line)) == []
    assert any("INSERT" in line and "intake_intakerequest" in line for line in every_log_line), "SQL was logged"
    captured = capsys.readouterr()
    assert leaked(captured.out + captured.err) == []
    assert open_request(stored)["what_happened"] == VALID["what_happened"]


def cache_contents(cache):
    if hasattr(cache, "_cache") and isinstance(cache._cache, dict):  # local memory: pickled values
        return "\n".join(f"{key} {value!r} {bytes(value).hex()}" for key, value in cache._cache.items())
    client = cache._cache.get_client()
    return "\n".join(f"{key!r} {client.get(key)!r} {(client.get(key) or b'').hex()}" for key in client.keys("*"))


@pytest.mark.django_db
@pytest.mark.parametrize("backend", ["local memory", "redis"])
def test_the_cache_never_holds_what_was_written(client, demo_site, settings, backend, request):
    from django.core.cache import cache

    if backend == "redis":
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": request.getfixturevalue("redis_url"),
            }
        }
        cache.clear()
    client.get("/ky/get-help/")
    submit(client, {**VALID, "consent": ""})  # an error page: rendered with the typed text
    assert submit(client).status_code == 200
    contents = cache_contents(cache)
    assert contents, "the site caches pages' pieces and the rate-limit count"
    assert leaked(contents) == []


@pytest.mark.django_db
def test_a_failure_while_sealing_reports_no_form_value_and_no_variable(client, demo_site, settings, monkeypatch):
    """The report of a 500 half-way through sealing (the plain text is a local variable there) names the error
    and hides every POST value and every frame's variables; the 500 page is never stored."""

    class BrokenSuite:
        def encrypt(self, plaintext, public_key, info=None):
            raise RuntimeError("sealing failed")

    monkeypatch.setattr(sealing, "SUITE", BrokenSuite())
    settings.ADMINS = [("Webmaster", "webmaster@example.org")]
    handler = AdminEmailHandler(include_html=True)
    handler.setLevel(logging.ERROR)
    logging.getLogger("django.request").addHandler(handler)
    client.raise_request_exception = False
    try:
        response = submit(client)
    finally:
        logging.getLogger("django.request").removeHandler(handler)
    assert response.status_code == 500
    assert "no-store" in response["Cache-Control"]
    assert not IntakeRequest.objects.exists()
    report = mail.outbox[-1]
    html = report.alternatives[0][0]
    assert "sealing failed" in report.body and "sealing failed" in html  # the report itself is useful
    assert "what_happened" in report.body  # the field's name is shown, its value is not
    assert leaked(report.body) == [] and leaked(html) == []


@pytest.mark.django_db
def test_a_failure_before_the_view_reports_no_form_value(client, demo_site, settings, monkeypatch):
    """The database gone while the site is looked up (a middleware, before the view marks anything): the
    report still lists no value sent (security/error_reports.py)."""
    from core.site_cache import CachedSiteMiddleware

    def database_gone(self, request):
        raise RuntimeError("database gone")

    monkeypatch.setattr(CachedSiteMiddleware, "__call__", database_gone)
    settings.ADMINS = [("Webmaster", "webmaster@example.org")]
    handler = AdminEmailHandler(include_html=True)
    logging.getLogger("django.request").addHandler(handler)
    client.raise_request_exception = False
    try:
        response = submit(client)
    finally:
        logging.getLogger("django.request").removeHandler(handler)
    assert response.status_code == 500 and "no-store" in response["Cache-Control"]
    report = mail.outbox[-1]
    assert "database gone" in report.body and "what_happened" in report.body
    assert leaked(report.body) == [] and leaked(report.alternatives[0][0]) == []


@pytest.mark.django_db
def test_even_the_debug_page_hides_it(client, demo_site, settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setattr(sealing, "configured_key", lambda: 1 / 0)
    client.raise_request_exception = False
    response = submit(client)
    assert response.status_code == 500
    assert "ZeroDivisionError" in response.content.decode()
    assert leaked(response.content.decode()) == []


@pytest.mark.django_db
def test_the_staff_notice_says_how_many_and_nothing_else(client, demo_site, django_user_model):
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from wagtail.users.models import UserProfile

    for username, language in (("lawyer", ""), ("advokat", "ky")):
        lawyer = django_user_model.objects.create_user(username, f"{username}@example.org", "x")
        lawyer.groups.add(Group.objects.get(name="Legal intake"))
        UserProfile.objects.update_or_create(user=lawyer, defaults={"preferred_language": language})
    submit(client)
    submit(client, {**VALID, "region": "osh"})
    assert not mail.outbox  # nothing is sent at submission: the hourly job tells staff
    call_command("notify_intake_staff", stdout=None)
    english, kyrgyz = sorted(mail.outbox, key=lambda message: message.to[0], reverse=True)
    assert english.to == ["lawyer@example.org"] and "2 new confidential requests" in english.subject
    assert kyrgyz.to == ["advokat@example.org"] and "2 жаңы купуя кайрылуу" in kyrgyz.subject
    for notice in (english, kyrgyz):
        text = notice.subject + notice.body
        assert leaked(text) == []
        for stored in IntakeRequest.objects.all():
            assert stored.reference not in text and stored.region not in text.lower()
        assert "/admin/intake/requests/" in notice.body
    call_command("notify_intake_staff", stdout=None)
    assert len(mail.outbox) == 2  # announced once
