#!/bin/sh
# Upgrade a server installed as deploy/README.md says, in one go: back up, pull, install, migrate, compile,
# collect, restart, purge, check. Run as root:   /opt/birduino/deploy/upgrade.sh [git ref, default: upstream]
# Everything but the restart runs as the app's user (never Django as root). Stops at the first failure; before
# the restart nothing visitors see has changed, so a failed step leaves the old version serving.
set -eu
APP_DIR=${APP_DIR:-/opt/birduino}
APP_USER=${APP_USER:-birduino}
SERVICES=${SERVICES:-"birduino-web birduino-worker"}
HEALTH_URL=${HEALTH_URL:-http://127.0.0.1:8000/healthz}

cd "$APP_DIR"
as_app() { runuser -u "$APP_USER" -- "$@"; }
manage() { as_app "$APP_DIR/deploy/manage.sh" "$@"; }
step() { printf '\n== %s\n' "$*"; }

step "backup first (restore_site --offsite latest undoes a bad migration)"
manage run_job backup_site
step "pull"
as_app git fetch --quiet
as_app git merge --ff-only "${1:-@{upstream}}"
step "install the pinned packages"
as_app .venv/bin/pip install --quiet --require-virtualenv -r requirements.txt
step "migrate, compile translations, collect static files"
manage migrate --noinput
manage compilemessages --ignore=.venv --verbosity 0
manage collectstatic --noinput --verbosity 0
manage check --deploy
step "restart (gunicorn reloads the code; the worker finishes its task first)"
systemctl restart $SERVICES
step "purge the page cache (new templates and static files on every page)"
manage purge_page_cache
step "check"
for attempt in 1 2 3 4 5 6 7 8 9 10; do
    if curl -fsS "$HEALTH_URL"; then echo; exit 0; fi
    sleep 3
done
echo "upgrade: $HEALTH_URL is not healthy: journalctl -u birduino-web -n 50" >&2
exit 1
