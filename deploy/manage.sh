#!/bin/sh
# manage.py with the server's environment (/etc/birduino/env), for cron and for operators:
#   sudo -u birduino /opt/birduino/deploy/manage.sh createsuperuser
set -a
. /etc/birduino/env
set +a
cd "$(dirname "$0")/.." && exec .venv/bin/python manage.py "$@"
