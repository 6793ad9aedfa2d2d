"""Serves the development site on PORT, or on 8000, or on the first free port after it, with the background-task
worker beside it (receipts, search index updates), stopped together with the server."""

import os
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


if __name__ == "__main__":
    port = choose_port()
    print(f"\n  The site: http://127.0.0.1:{port}/   The admin: http://127.0.0.1:{port}/admin/\n", flush=True)
    environment = {**os.environ, "PORT": str(port)}  # e-mailed links use the port really served
    worker = subprocess.Popen([sys.executable, "manage.py", "db_worker", "--interval", "1"], env=environment)
    try:
        code = subprocess.call([sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}"], env=environment)
    finally:
        worker.terminate()
        worker.wait(timeout=10)
    sys.exit(code)
