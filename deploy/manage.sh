#!/bin/sh
# manage.py with the server's environment (/etc/birduino/env, or BIRDUINO_ENV_FILE), for cron and for operators,
# always as the app's user:   runuser -u birduino -- /opt/birduino/deploy/manage.sh createsuperuser
set -a
. "${BIRDUINO_ENV_FILE:-/etc/birduino/env}"
set +a
cd "$(dirname "$0")/.." && exec .venv/bin/python manage.py "$@"
