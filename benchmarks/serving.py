"""Talking to the bench's gunicorn: free ports, timed fetches, load from wrk, the workers' CPU time and memory."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def gunicorn(port, env, app="config.wsgi:application", workers=1):
    """The app under production's gunicorn settings (preload, gc.freeze) on 127.0.0.1:port."""
    command = [
        str(Path(sys.executable).with_name("gunicorn")),
        app,
        "--config=config/gunicorn.py",  # production's settings; the options below win
        f"--bind=127.0.0.1:{port}",
        f"--workers={workers}",
        "--log-level=warning",
    ]
    return subprocess.Popen(command, cwd=ROOT, env=env)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "identity"})  # noqa: S310 (local server)
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310 (local server)
        body = response.read()
        status = response.status
    return time.perf_counter() - started, status, body


def wait_for(url, timeout=120):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            fetch(url)
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"server did not answer at {url}")


def worker_pid(master_pid):
    return worker_pids(master_pid)[0]


def worker_pids(master_pid):
    return [int(pid) for pid in Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()]


def workers_cpu_seconds(master_pid):
    """CPU time of every worker of a gunicorn master (the workers serve; the master only watches them)."""
    return sum(cpu_seconds(pid) for pid in worker_pids(master_pid))


def wrk(url, seconds, connections=8, script=None, script_args=(), headers=()):
    """wrk with one thread and `connections` clients for `seconds`: requests, req/s, p50 ms, errors."""
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency"]
    for header in headers:
        command += ["-H", header]
    if script:
        command += ["-s", str(script)]
    command += [url, *(["--", *script_args] if script_args else [])]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    failed = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)\b", output)
    return {
        "requests": requests,
        "req_per_s": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": float(p50.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p50.group(2)],
        "non_2xx": int(failed.group(1)) if failed else 0,
        # Connect and read errors are normal against gunicorn's sync workers, which close after each answer.
        "timeouts": int(errors.group(4)) if errors else 0,
    }


def cpu_seconds(pid):
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0
