"""deploy/upgrade.sh as an operator runs it, on a clone of this repository: it backs up, pulls the new commit,
installs, migrates, compiles, collects, restarts the services, purges and checks health, Django as the app's user.
systemctl and curl are stand-ins that record their calls (no systemd here); everything else is real."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("runuser") is None or not (ROOT / ".git").exists(),
    reason="runs the script as root would (runuser), on a git checkout",
)


def git(*args, cwd):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def stand_in(folder, name, body):
    path = folder / name
    path.write_text(f'#!/bin/sh\necho "{name} $*" >> {folder}/calls\n{body}\n')
    path.chmod(0o755)


def test_the_upgrade_script_brings_a_server_to_the_new_commit(tmp_path):
    origin, app, bin_dir = tmp_path / "origin.git", tmp_path / "app", tmp_path / "bin"
    # Works from any checkout (a branch or a detached CI checkout): this commit becomes origin's `main`.
    git("init", "--quiet", "--bare", str(origin), cwd=tmp_path)
    git("push", "--quiet", str(origin), "HEAD:refs/heads/main", cwd=ROOT)
    git("clone", "--quiet", "-b", "main", str(origin), str(app), cwd=tmp_path)
    (app / ".venv").symlink_to(ROOT / ".venv")
    # A release lands upstream after the server was installed.
    release = tmp_path / "release"
    git("clone", "--quiet", "-b", "main", str(origin), str(release), cwd=tmp_path)
    (release / "RELEASE").write_text("2\n")
    git("add", "RELEASE", cwd=release)
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "release 2", cwd=release)
    git("push", "--quiet", "origin", "HEAD:main", cwd=release)

    bin_dir.mkdir()
    stand_in(bin_dir, "systemctl", "exit 0")
    stand_in(bin_dir, "curl", 'echo \'{"status": "ok"}\'')
    env_file = tmp_path / "env"
    env_file.write_text(
        "DJANGO_SETTINGS_MODULE=config.settings.dev\n"
        f"DATABASE_URL=sqlite:///{tmp_path}/site.sqlite3\n"
        f"STATIC_ROOT={tmp_path}/static\nMEDIA_ROOT={tmp_path}/media\nBACKUP_DIR={tmp_path}/backups\n"
        'DEFAULT_FROM_EMAIL="Bir Duino-Kyrgyzstan <noreply@example.org>"\n'
    )
    env = {
        "PATH": f"{bin_dir}:{os.environ['PATH']}",
        "HOME": os.environ.get("HOME", "/root"),
        "APP_DIR": str(app),
        "APP_USER": "root",
        "BIRDUINO_ENV_FILE": str(env_file),
    }
    result = subprocess.run(
        ["sh", str(app / "deploy" / "upgrade.sh")], env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert (app / "RELEASE").read_text() == "2\n", "pulled"
    assert (tmp_path / "site.sqlite3").stat().st_size > 100_000, "migrated"
    assert (tmp_path / "static" / "staticfiles.json").exists(), "collected"
    assert list((app / "locale").glob("*/LC_MESSAGES/django.mo")), "compiled"
    calls = (bin_dir / "calls").read_text().splitlines()
    assert calls[0] == "systemctl restart birduino-web birduino-worker"
    assert calls[-1].startswith("curl ") and "healthz" in calls[-1]
    steps = [line for line in result.stdout.splitlines() if line.startswith("== ")]
    assert [step.split()[1] for step in steps] == [
        "backup",
        "pull",
        "install",
        "migrate,",
        "restart",
        "purge",
        "check",
    ]
