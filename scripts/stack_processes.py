"""`make stack`'s process bookkeeping and the services it starts from packages (PostgreSQL, Redis, moto's S3,
an SMTP sink): each process in the foreground under .stack/run/*.pid, so `make stack-down` stops exactly what
`make stack` started. Used by scripts/stack.py."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import stack_ports  # scripts/ is on the path when this runs as a script and when tests import it

ROOT = Path(__file__).resolve().parent.parent
STATE = Path(os.environ.get("STACK_DIR", ROOT / ".stack"))
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv" / "bin" / "python").exists() else sys.executable
PORTS = stack_ports.PORTS

BUCKET = "birduino-media"
BACKUP_BUCKET = "birduino-backups"  # the "off-site" copies, on moto like the media (make stack --s3)


def log(message):
    print(f"[stack] {message}", flush=True)


def is_root():
    return os.geteuid() == 0


# --- processes -----------------------------------------------------------------------------------------------


def pid_file(name):
    return STATE / "run" / f"{name}.pid"


def start(name, command, env=None, user=None):
    """Start `command` in its own process group, its output in .stack/logs/NAME.log."""
    if user and is_root():
        command = ["runuser", "-u", user, "--", *command]
    logfile = open(STATE / "logs" / f"{name}.log", "ab")  # noqa: SIM115 (the child keeps it)
    process = subprocess.Popen(
        command, cwd=ROOT, env=env or os.environ, stdout=logfile, stderr=subprocess.STDOUT, start_new_session=True
    )
    pid_file(name).write_text(str(process.pid))
    return process.pid


def running(name):
    path = pid_file(name)
    if not path.exists():
        return None
    pid = int(path.read_text())
    try:
        os.kill(pid, 0)
    except OSError:
        return None
    return pid


def stop(name, timeout=15):
    pid = running(name)
    if pid is not None:
        # The group this script started for NAME, nothing else. PostgreSQL: SIGINT is its fast shutdown.
        os.killpg(pid, signal.SIGINT if name == "postgres" else signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and running(name):
            time.sleep(0.1)
        if running(name):
            os.killpg(pid, signal.SIGKILL)
    pid_file(name).unlink(missing_ok=True)


def wait_for_port(port, timeout=60, name=""):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.2)
    sys.exit(f"{name or port} did not start; see {STATE / 'logs'}")


# --- services ------------------------------------------------------------------------------------------------


def pg_bin(tool):
    versions = sorted(Path("/usr/lib/postgresql").iterdir(), key=lambda p: float(p.name))
    return str(versions[-1] / "bin" / tool)


def start_postgres():
    data = STATE / "pg"
    if not (data / "PG_VERSION").exists():
        data.mkdir(parents=True, exist_ok=True)
        if is_root():
            shutil.chown(data, "postgres", "postgres")
        command = [pg_bin("initdb"), "-D", str(data), "-U", "birduino", "--auth=trust", "-E", "UTF8"]
        subprocess.run(["runuser", "-u", "postgres", "--", *command] if is_root() else command, check=True)
    options = f"-c listen_addresses=127.0.0.1 -p {PORTS['postgres']} -k {data} -c fsync=off"
    start("postgres", [pg_bin("postgres"), "-D", str(data), *options.split()], user="postgres")
    wait_for_port(PORTS["postgres"], name="PostgreSQL")
    for _ in range(50):
        ready = subprocess.run([pg_bin("pg_isready"), "-q", "-h", "127.0.0.1", "-p", str(PORTS["postgres"])])
        if ready.returncode == 0:
            break
        time.sleep(0.2)
    subprocess.run(
        [pg_bin("createdb"), "-h", "127.0.0.1", "-p", str(PORTS["postgres"]), "-U", "birduino", "birduino"],
        stderr=subprocess.DEVNULL,
        check=False,  # exists after the first run
    )


def start_redis():
    start("redis", ["redis-server", "--port", str(PORTS["redis"]), "--bind", "127.0.0.1", "--save", ""])
    wait_for_port(PORTS["redis"], name="Redis")


def start_s3():
    start("s3", [PYTHON, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(PORTS["s3"])])
    wait_for_port(PORTS["s3"], name="moto S3")
    import boto3

    client = boto3.client(
        "s3",
        endpoint_url=f"http://127.0.0.1:{PORTS['s3']}",
        aws_access_key_id="stack-local",
        aws_secret_access_key="stack-local",  # noqa: S106
        region_name="us-east-1",
    )
    existing = [bucket["Name"] for bucket in client.list_buckets().get("Buckets", [])]
    for name in (BUCKET, BACKUP_BUCKET):
        if name not in existing:
            client.create_bucket(Bucket=name)
    # Image files public, documents not (Wagtail's view serves them): the policy deploy/README.md gives.
    policy = (ROOT / "deploy" / "s3-bucket-policy.json").read_text().replace("BUCKET", BUCKET)
    client.put_bucket_policy(Bucket=BUCKET, Policy=policy)


def start_smtp():
    """A real SMTP server (scripts/smtp_sink.py, aiosmtpd) standing in for the mail relay."""
    sink = [PYTHON, "scripts/smtp_sink.py", "--port", str(PORTS["smtp"]), "--maildir", str(STATE / "mail")]
    start("smtp", sink)
    wait_for_port(PORTS["smtp"], name="SMTP")
