"""`make stack`: the production tier on this machine, from Debian and PyPI packages, on loopback only.

PostgreSQL (its own cluster in .stack/pg), Redis, the app under gunicorn (one instance, or two for the
scale-out test), the task worker (run_worker), the scheduler (deploy/crontab run by scripts/cron_loop.py) and
nginx rendered from deploy/nginx/ (page cache, purge, static and media files); optionally moto's S3 server
for media. Every process runs in the foreground under this script's bookkeeping (.stack/run/*.pid), so
`make stack-down` stops exactly what `make stack` started.

    python scripts/stack.py up [--instances 2] [--s3]
    python scripts/stack.py down
    python scripts/stack.py free-ports     # STACK_*_PORT=… assignments for a free block (make stack-test)

Every port has its variable (README, "make stack"); `up` checks each one first and stops, naming it, if another
program (or another checkout's stack) listens there.
"""

import argparse
import json
import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import stack_ports  # scripts/ is on the path when this runs as a script and when tests import it
from stack_processes import (
    BACKUP_BUCKET,
    BUCKET,
    PORTS,
    PYTHON,
    ROOT,
    STATE,
    is_root,
    log,
    running,
    start,
    start_postgres,
    start_redis,
    start_s3,
    start_smtp,
    stop,
    wait_for_port,
)

APT_PACKAGES = {
    "nginx": "nginx",
    "redis-server": "redis-server",
    "pg_ctlcluster": "postgresql",
    "msgfmt": "gettext",
}
# --- packages and settings ---------------------------------------------------------------------------------


def install_packages():
    """Debian packages the stack needs, installed when missing (root only; otherwise say what to install)."""
    missing = [package for binary, package in APT_PACKAGES.items() if shutil.which(binary) is None]
    if not Path("/usr/lib/nginx/modules/ngx_http_cache_purge_module.so").exists():
        missing.append("libnginx-mod-http-cache-purge")
    if not missing:
        return
    if not is_root():
        sys.exit(f"Install first: sudo apt-get install {' '.join(missing)}")
    log(f"apt-get install {' '.join(missing)}")
    subprocess.run(["apt-get", "update", "-qq"], check=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=env)
    # Brotli for nginx is optional (Debian 12 has it; older releases may not).
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "libnginx-mod-http-brotli-filter", "libnginx-mod-http-brotli-static"],
        env=env,
        check=False,
    )


def secret_key():
    path = STATE / "secret-key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()


def app_env(s3=False):
    """The production settings the app runs with, as an operator's /etc/birduino/env would hold them."""
    proxy = f"http://127.0.0.1:{PORTS['proxy']}"
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secret_key(),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"postgres://birduino@127.0.0.1:{PORTS['postgres']}/birduino",
        "CACHE_URL": f"rediscache://127.0.0.1:{PORTS['redis']}/0",
        "WAGTAILADMIN_BASE_URL": proxy,
        "MEDIA_ROOT": str(STATE / "media"),
        "STATIC_ROOT": str(STATE / "staticfiles"),
        "EMAIL_URL": f"smtp://127.0.0.1:{PORTS['smtp']}",  # the SMTP sink: each message a file in mail/
        "RATELIMIT_IP_META_KEY": "HTTP_X_REAL_IP",
        "FRONTEND_CACHE_PURGE_URL": proxy,
        "DONATIONS_FORCE_TEST_GATEWAY": "true",
        "SECURE_COOKIES": "false",  # plain HTTP on loopback
        "WEB_CONCURRENCY": os.environ.get("WEB_CONCURRENCY", "2"),
        "LOG_LEVEL": "WARNING",
        "BACKUP_DIR": str(STATE / "backups"),
        # How long nginx keeps a page fresh (the stack test shortens it to see stale copies served in an outage).
        "PAGE_CACHE_SECONDS": os.environ.get("PAGE_CACHE_SECONDS", "600"),
    }
    if s3:
        env.update(
            AWS_STORAGE_BUCKET_NAME=BUCKET,
            AWS_S3_ENDPOINT_URL=f"http://127.0.0.1:{PORTS['s3']}",
            AWS_S3_REGION_NAME="us-east-1",
            AWS_S3_URL_PROTOCOL="http:",
            AWS_ACCESS_KEY_ID="stack-local",
            AWS_SECRET_ACCESS_KEY="stack-local",  # noqa: S106 (moto accepts any key; nothing real)
            CSP_MEDIA_ORIGINS=f"http://127.0.0.1:{PORTS['s3']}",  # images load from the bucket
            BACKUP_S3_BUCKET=BACKUP_BUCKET,  # endpoint and keys: the media's (AWS_*), as settings default to
        )
    return env


def saved_env():
    """The running stack's settings, as `up` wrote them (.stack/env): for commands run against it."""
    return dict(line.split("=", 1) for line in (STATE / "env").read_text().splitlines() if "=" in line)


def process_env(extra):
    return {**os.environ, **extra, "PYTHONUNBUFFERED": "1"}


def manage(*args, env, check=True):
    return subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=process_env(env), check=check)


def start_app(name, env):
    port = PORTS[name]
    command = [PYTHON, "-m", "gunicorn", "-c", "config/gunicorn.py", "config.wsgi", "--bind", f"127.0.0.1:{port}"]
    command += ["--control-socket", str(STATE / "run" / f"{name}.ctl")]  # one per instance
    start(name, command, env=process_env(env))
    wait_for_port(port, name=f"gunicorn {name}")


def start_worker(env):
    # As deploy/systemd/birduino-worker.service: Nice=10, so tasks yield the CPU to the app servers.
    command = ["nice", "-n", "10", PYTHON, "manage.py", "run_worker", "--interval", "0.5"]
    start("worker", command, env=process_env(env))


def start_scheduler(env):
    start("scheduler", [PYTHON, "scripts/cron_loop.py", "deploy/crontab"], env=process_env(env))


def health_locations(upstreams, proxy_params):
    """/healthz/1, /healthz/2…: each app server's own health through the proxy, so a monitor sees one of two
    lost (the plain /healthz answers from whichever server is up)."""
    return "\n".join(
        f"    location = /healthz/{number} {{\n        proxy_pass http://{upstream}/healthz;\n"
        f"        include {proxy_params};\n    }}"
        for number, upstream in enumerate(upstreams, 1)
    )


def tls_lines(domain):
    """HTTPS with the certificate `certbot certonly --nginx` obtained for DOMAIN: part of the rendered config, so
    rendering it again keeps TLS (certbot's own edits to a file would be overwritten)."""
    if not domain:
        return ""
    live = f"/etc/letsencrypt/live/{domain}"
    return (
        f"    ssl_certificate {live}/fullchain.pem;\n    ssl_certificate_key {live}/privkey.pem;\n"
        "    include /etc/letsencrypt/options-ssl-nginx.conf;\n    ssl_dhparam /etc/letsencrypt/ssl-dhparams.pem;"
    )


def redirect_server(server_name):
    """Port 80 sends visitors to HTTPS (certbot's renewals answer their challenge on their own)."""
    return (
        f"server {{\n    listen 80;\n    listen [::]:80;\n    server_name {server_name};\n"
        "    location / {\n        return 301 https://$host$request_uri;\n    }\n}\n"
    )


def render_site(*, listen, server_name, upstreams, static_root, media_root, cache_dir, proxy_params, tls_domain=None):
    """deploy/nginx/birduino.conf with its @@PLACEHOLDERS@@ filled: for `make stack` and for a server."""
    modules = Path("/usr/lib/nginx/modules")
    brotli = (modules / "ngx_http_brotli_filter_module.so").exists()
    brotli_static = (modules / "ngx_http_brotli_static_module.so").exists()
    values = {
        "CACHE_DIR": cache_dir,
        "UPSTREAM_SERVERS": "\n".join(f"    server {u} max_fails=1 fail_timeout=10s;" for u in upstreams),
        "LISTEN": "\n".join(f"    listen {address};" for address in listen),
        "SERVER_NAME": server_name,
        "STATIC_ROOT": static_root,
        "MEDIA_ROOT": media_root,
        "PROXY_PARAMS": proxy_params,
        "BROTLI": (ROOT / "deploy" / "nginx" / "brotli.conf").read_text() if brotli else "",
        # Without the Brotli filter a browser asking for br gets the gzip copy.
        "BROTLI_ENCODING": '    "~*(?:^|[\\s,])br(?:$|[\\s,;])" br;' if brotli else "",
        "BROTLI_STATIC": "        brotli_static on;" if brotli_static else "",
        "HEALTH_LOCATIONS": health_locations(upstreams, proxy_params),
        "TLS": tls_lines(tls_domain),
        "REDIRECT_SERVER": redirect_server(server_name) if tls_domain else "",
    }
    site = (ROOT / "deploy" / "nginx" / "birduino.conf").read_text()
    for key, value in values.items():
        site = site.replace(f"@@{key}@@", value)
    return site


def render_nginx(apps):
    """The site's config with this machine's ports and paths, inside a minimal nginx.conf of its own."""
    conf = STATE / "nginx"
    for sub in ("cache", "tmp"):
        (conf / sub).mkdir(parents=True, exist_ok=True)
        if is_root():
            shutil.chown(conf / sub, "www-data", "www-data")
    site = render_site(
        listen=[f"127.0.0.1:{PORTS['proxy']}"],
        server_name="127.0.0.1 localhost",
        upstreams=[f"127.0.0.1:{PORTS[a]}" for a in apps],
        static_root=str(STATE / "staticfiles"),
        media_root=str(STATE / "media"),
        cache_dir=str(conf / "cache"),
        proxy_params=str(ROOT / "deploy" / "nginx" / "proxy_params.conf"),
    )
    (conf / "birduino.conf").write_text(site)
    tmp = conf / "tmp"
    (conf / "nginx.conf").write_text(
        f"""daemon off;
worker_processes 2;
pid {conf / "nginx.pid"};
error_log {STATE / "logs" / "nginx-error.log"} warn;
{"user www-data;" if is_root() else ""}
{load_modules()}
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    include {conf / "birduino.conf"};
}}
"""
    )
    return conf / "nginx.conf"


def load_modules():
    """The dynamic modules the site's config uses, by absolute path (Debian's modules-enabled are relative)."""
    wanted = ["ngx_http_cache_purge_module", "ngx_http_brotli_filter_module", "ngx_http_brotli_static_module"]
    found = [Path("/usr/lib/nginx/modules") / f"{name}.so" for name in wanted]
    return "\n".join(f"load_module {path};" for path in found if path.exists())


def start_proxy(apps):
    config = render_nginx(apps)
    subprocess.run(["nginx", "-t", "-q", "-c", str(config), "-p", str(config.parent)], check=True)
    start("proxy", ["nginx", "-c", str(config), "-p", str(config.parent)])
    wait_for_port(PORTS["proxy"], name="nginx")


# --- the whole stack -----------------------------------------------------------------------------------------


def prepare_site(env):
    """Migrate, collect static files, load and index the demo, point the site at the proxy, make an admin."""
    setup_env = {**env, "FRONTEND_CACHE_PURGE_URL": ""}  # nothing is cached yet
    manage("compilemessages", "--ignore=.venv", "--verbosity", "0", env=setup_env)
    manage("collectstatic", "--noinput", "--verbosity", "0", env=setup_env)
    manage("migrate", "--noinput", "--verbosity", "0", env=setup_env)
    manage("load_demo_content", "--if-empty", env=setup_env)
    manage("update_index", "--verbosity", "0", env=setup_env)  # searchable at once, not after the queue
    password = secrets.token_urlsafe(12)
    script = (
        "from wagtail.models import Site\n"
        f"Site.objects.filter(is_default_site=True).update(hostname='127.0.0.1', port={PORTS['proxy']})\n"
        "from django.contrib.auth import get_user_model\n"
        "user, _ = get_user_model().objects.get_or_create(username='admin', defaults={'email': 'admin@localhost'})\n"
        "user.is_staff = user.is_superuser = True\n"
        f"user.set_password({password!r}); user.save()\n"
    )
    manage("shell", "-c", script, env=setup_env)
    (STATE / "admin-password").write_text(password)
    (STATE / "admin-password").chmod(0o600)
    manage("run_job", "--all", env=setup_env, check=False)
    # Production settings: the superuser enrols a second factor through a one-time link, as on a server.
    invite = subprocess.run(
        [PYTHON, "manage.py", "two_factor_invite", "admin"], cwd=ROOT, env=process_env(setup_env), capture_output=True
    )
    return password, invite.stdout.decode().split()[-1] if invite.returncode == 0 else "(two_factor_invite failed)"


def up(instances=1, s3=False):
    for sub in ("run", "logs", "mail", "media"):
        (STATE / sub).mkdir(parents=True, exist_ok=True)
    if any(running(name) for name in ALL):
        down()
    stack_ports.check_ports(
        ["proxy", "postgres", "redis", "smtp", *["app-a", "app-b"][:instances], *(["s3"] if s3 else [])]
    )
    install_packages()
    previous = json.loads((STATE / "stack.json").read_text()) if (STATE / "stack.json").exists() else {}
    if s3 or previous.get("s3"):
        # moto keeps the bucket in memory: media from an earlier run is gone, so its database must go too.
        shutil.rmtree(STATE / "pg", ignore_errors=True)
        shutil.rmtree(STATE / "media", ignore_errors=True)
        (STATE / "media").mkdir()
    env = app_env(s3=s3)
    (STATE / "env").write_text("".join(f"{key}={value}\n" for key, value in env.items()))
    (STATE / "env").chmod(0o600)
    (STATE / "stack.json").write_text(json.dumps({"instances": instances, "s3": s3, "ports": PORTS}))
    start_postgres()
    start_redis()
    start_smtp()
    if s3:
        start_s3()
    password, enrol_link = prepare_site(env)
    apps = ["app-a", "app-b"][:instances]
    for name in apps:
        start_app(name, env)
    start_worker(env)
    start_scheduler(env)
    start_proxy(apps)
    print(
        f"\nThe stack is up: http://127.0.0.1:{PORTS['proxy']}/  (admin: /admin/, login admin / {password})\n"
        f"Two-factor enrolment for admin, once signed in: {enrol_link}\n"
        f"App servers: {', '.join(f'127.0.0.1:{PORTS[a]}' for a in apps)}; PostgreSQL 127.0.0.1:{PORTS['postgres']}; "
        f"Redis 127.0.0.1:{PORTS['redis']}; SMTP 127.0.0.1:{PORTS['smtp']}"
        f"{'; S3 (moto) 127.0.0.1:' + str(PORTS['s3']) if s3 else ''}\n"
        f"Logs in {STATE / 'logs'}; e-mails in {STATE / 'mail'}; `make stack-down` stops it all.\n",
        flush=True,
    )


ALL = ["proxy", "scheduler", "worker", "app-a", "app-b", "s3", "smtp", "redis", "postgres"]


def down():
    for name in ALL:
        stop(name)
    log("stopped")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=["up", "down", "nginx-site", "free-ports"])
    parser.add_argument("--instances", type=int, choices=[1, 2], default=1)
    parser.add_argument("--s3", action="store_true", help="media on moto's local S3 server instead of disk")
    server = parser.add_argument_group("nginx-site: the config for a server (deploy/README.md)")
    server.add_argument("--server-name", default="example.org www.example.org")
    server.add_argument("--app", action="append", help="gunicorn address (repeat for several)")
    server.add_argument("--prefix", default="/opt/birduino")
    server.add_argument("--media-root", default="/var/lib/birduino/media")
    server.add_argument("--static-root", default="/var/lib/birduino/static")
    server.add_argument("--tls", metavar="DOMAIN", help="serve HTTPS with certbot's certificate for DOMAIN")
    args = parser.parse_args()
    if args.action == "nginx-site":
        print(
            render_site(
                # 80 (or 443 with --tls) for visitors, loopback 8080 for purges (FRONTEND_CACHE_PURGE_URL).
                listen=(["443 ssl", "[::]:443 ssl"] if args.tls else ["80", "[::]:80"]) + ["127.0.0.1:8080"],
                server_name=args.server_name,
                upstreams=args.app or ["127.0.0.1:8000"],
                static_root=args.static_root,
                tls_domain=args.tls,
                media_root=args.media_root,
                cache_dir="/var/cache/nginx/birduino",
                proxy_params=f"{args.prefix}/deploy/nginx/proxy_params.conf",
            )
        )
    elif args.action == "free-ports":
        print(" ".join(f"{variable}={port}" for variable, port in stack_ports.free_ports(ROOT).items()))
    elif args.action == "up":
        up(instances=args.instances, s3=args.s3)
    else:
        down()


if __name__ == "__main__":
    main()
