"""Serves the development site on PORT, or on 8000, or on the first free port after it, with the background-task
worker beside it (receipts, search index updates), stopped together with the server. Ctrl-C stops both quietly,
even while they are still starting.

The worker is the one production runs (`run_worker`); its per-task lines stay off the console (LOGGING in
settings: django_tasks_db at WARNING), so the admin login printed before stays on screen. Failures still show.
"""

import os
import signal
import socket
import subprocess
import sys


def port_is_free(port):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def choose_port():
    if os.environ.get("PORT"):
        return int(os.environ["PORT"])
    return next(port for port in range(8000, 8100) if port_is_free(port))


def stop(process, timeout=10):
    """SIGTERM to the process's own group (runserver's autoreloader has a child), then SIGKILL if it lingers."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def interrupted(signum, frame):
    raise KeyboardInterrupt


if __name__ == "__main__":
    port = choose_port()
    print(f"\n  The site: http://127.0.0.1:{port}/   The admin: http://127.0.0.1:{port}/admin/\n", flush=True)
    environment = {**os.environ, "PORT": str(port)}  # e-mailed links use the port really served
    # Each child in a session of its own: Ctrl-C reaches only this script, which stops them in order, so no child
    # is interrupted half-way through starting up (a traceback on the console).
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "run_worker", "--interval", "1"], env=environment, start_new_session=True
    )
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}"], env=environment, start_new_session=True
    )
    signal.signal(signal.SIGTERM, interrupted)
    code, stopped = 0, False
    try:
        code = server.wait()
    except KeyboardInterrupt:
        stopped = True
    finally:
        stop(server)
        stop(worker)
    if stopped:
        print("  Stopped.", flush=True)
    sys.exit(code)
