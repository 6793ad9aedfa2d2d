"""Run deploy/crontab's lines on time without a system cron: the scheduler of `make stack`.

Servers use Debian's cron with the same file (/etc/cron.d/birduino). This loop wakes at each minute, runs
every line whose minute/hour/day fields match (numbers, `*`, `*/N` and lists), as `manage.py ARGS` in this
checkout, one after the other. A failing job is logged and the loop goes on: its record (run_job) shows it.
"""

import datetime
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def field_matches(field, value):
    for part in field.split(","):
        if (
            part == "*"
            or (part.startswith("*/") and value % int(part[2:]) == 0)
            or (part.isdigit() and int(part) == value)
        ):
            return True
    return False


def parse(crontab):
    entries = []
    for line in Path(crontab).read_text().splitlines():
        fields = line.split()
        if not fields or line.lstrip().startswith("#") or "=" in fields[0]:
            continue
        schedule, command = fields[:5], fields[6:]  # fields[5] is the user (cron.d format)
        if command and command[0].endswith("manage.sh"):
            entries.append((schedule, command[1:]))
    return entries


def due(schedule, now):
    minute, hour, day, month, weekday = schedule
    values = (now.minute, now.hour, now.day, now.month, now.isoweekday() % 7)
    return all(field_matches(f, v) for f, v in zip(schedule, values, strict=True))


def main(crontab):
    entries = parse(crontab)
    while True:
        now = datetime.datetime.now().replace(second=0, microsecond=0)
        for schedule, args in entries:
            if due(schedule, now):
                result = subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, check=False)
                if result.returncode:
                    print(f"cron_loop: {' '.join(args)} exited {result.returncode}", flush=True)
        next_minute = now + datetime.timedelta(minutes=1)
        time.sleep(max(1.0, (next_minute - datetime.datetime.now()).total_seconds()))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ROOT / "deploy" / "crontab")
