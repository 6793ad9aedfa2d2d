"""deploy/crontab is what operations/jobs.py declares: every job once, on the schedule its period promises."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from operations import jobs


def test_the_crontab_is_generated_from_the_jobs(capsys):
    call_command("crontab")
    generated = capsys.readouterr().out
    assert generated == jobs.crontab()
    assert (Path(settings.BASE_DIR) / "deploy" / "crontab").read_text() == generated, "run manage.py crontab"


def runs_per_day(schedule):
    minute, hour, _day, _month, weekday = schedule.split()

    def count(field, whole):
        if field == "*":
            return whole
        if field.startswith("*/"):
            return whole // int(field[2:])
        return len(field.split(","))

    per_day = count(minute, 60) * count(hour, 24)
    return per_day / 7 if weekday != "*" else per_day


@pytest.mark.parametrize("job", jobs.all_jobs(), ids=lambda job: job.name)
def test_each_schedule_runs_once_per_period(job):
    assert runs_per_day(job.schedule) == pytest.approx(jobs.DAY / job.period)
