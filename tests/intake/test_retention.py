"""Requests are deleted after INTAKE_RETENTION_DAYS by the nightly job, or at once by reference; rows are gone."""

import datetime

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone

from intake import services
from intake.models import IntakeRequest
from operations import jobs

pytestmark = pytest.mark.django_db

FIELDS = {"language": "en", "region": "talas", "what_happened": "x", "consent": True}


def received(days_ago):
    stored = services.receive(FIELDS)
    IntakeRequest.objects.filter(pk=stored.pk).update(
        received_on=timezone.localdate() - datetime.timedelta(days=days_ago)
    )
    return stored


def test_the_nightly_job_deletes_what_is_past_the_retention_period(settings):
    assert settings.INTAKE_RETENTION_DAYS == 90
    kept, last_day, expired = received(0), received(90), received(91)
    jobs.run(jobs.registered_jobs()["delete_intake_requests"])
    assert set(IntakeRequest.objects.values_list("pk", flat=True)) == {kept.pk, last_day.pk}
    with connection.cursor() as cursor:  # the row itself, not just hidden from the admin
        cursor.execute("SELECT COUNT(*) FROM intake_intakerequest WHERE reference = %s", [expired.reference])
        assert cursor.fetchone()[0] == 0


def test_the_period_is_configurable(settings):
    settings.INTAKE_RETENTION_DAYS = 7
    received(8)
    received(3)
    call_command("delete_intake_requests", stdout=None)
    assert IntakeRequest.objects.count() == 1
    received(0)
    call_command("delete_intake_requests", "--older-than", "0", stdout=None)
    assert IntakeRequest.objects.count() == 1  # only today's stays
    with pytest.raises(CommandError):
        call_command("delete_intake_requests", "--older-than", "-1")


def test_on_demand_by_reference():
    first, second = received(0), received(0)
    call_command("delete_intake_requests", "--reference", first.reference.lower(), stdout=None)
    assert list(IntakeRequest.objects.values_list("pk", flat=True)) == [second.pk]
    with pytest.raises(CommandError, match="NONE-SUCH"):
        call_command("delete_intake_requests", "--reference", "NONE-SUCH", stdout=None)


def test_both_jobs_are_scheduled():
    registered = jobs.registered_jobs()
    assert registered["delete_intake_requests"].period == jobs.DAY
    assert registered["notify_intake_staff"].period == jobs.HOUR
    from pathlib import Path

    from django.conf import settings

    crontab = (Path(settings.BASE_DIR) / "deploy" / "crontab").read_text()
    assert "run_job delete_intake_requests" in crontab and "run_job notify_intake_staff" in crontab
