"""`scripts/stack.py nginx-site` renders a server's nginx config that nginx accepts: with --tls the certificate
certbot obtained is part of the rendered file (so a second render keeps HTTPS), port 80 redirects, and each app
server's health has its own address."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def render(*args):
    command = [sys.executable, "scripts/stack.py", "nginx-site", "--server-name", "example.org", *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True, timeout=60).stdout


def test_tls_health_and_redirect_are_in_the_rendered_file():
    site = render("--tls", "example.org", "--app", "10.0.0.2:8000", "--app", "10.0.0.3:8000")
    assert "listen 443 ssl;" in site and "listen 127.0.0.1:8080;" in site and "listen 80;" in site
    assert "ssl_certificate /etc/letsencrypt/live/example.org/fullchain.pem;" in site
    assert "return 301 https://$host$request_uri;" in site
    assert "proxy_pass http://10.0.0.2:8000/healthz;" in site and "location = /healthz/2 {" in site
    assert not re.search(r"^[^#]*@@[A-Z_]+@@", site, re.MULTILINE), "every placeholder filled"
    assert render("--tls", "example.org", "--app", "10.0.0.2:8000", "--app", "10.0.0.3:8000") == site, "stable"
    plain = render()
    assert "ssl_certificate" not in plain and "return 301" not in plain and "listen 80;" in plain


@pytest.mark.skipif(not (shutil.which("nginx") and shutil.which("openssl")), reason="nginx and openssl needed")
def test_nginx_accepts_the_rendered_tls_config(tmp_path):
    live = tmp_path / "letsencrypt"
    (live / "live" / "example.org").mkdir(parents=True)
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1"]
        + ["-subj", "/CN=example.org", "-keyout", str(live / "live/example.org/privkey.pem")]
        + ["-out", str(live / "live/example.org/fullchain.pem")],
        check=True,
        capture_output=True,
    )
    (live / "options-ssl-nginx.conf").write_text("ssl_protocols TLSv1.2 TLSv1.3;\n")
    site = render("--tls", "example.org").replace("/etc/letsencrypt", str(live))
    site = site.replace(f"    ssl_dhparam {live}/ssl-dhparams.pem;\n", "")  # certbot writes one; not needed here
    site = site.replace("/var/cache/nginx/birduino", str(tmp_path / "cache"))
    site = site.replace("/opt/birduino/deploy", str(ROOT / "deploy"))
    (tmp_path / "site.conf").write_text(site)
    modules = Path("/usr/lib/nginx/modules")
    loads = "".join(
        f"load_module {path};\n"
        for path in sorted(modules.glob("ngx_http_*.so"))
        if "purge" in path.name or "brotli" in path.name
    )
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\n{loads}events {{}}\n"
        f"http {{ include /etc/nginx/mime.types; include {tmp_path}/site.conf; }}\n"
    )
    result = subprocess.run(
        ["nginx", "-t", "-c", str(tmp_path / "nginx.conf"), "-p", str(tmp_path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
