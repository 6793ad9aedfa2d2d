"""Real parts for the production tier: a PURGE-recording HTTP server, a Redis server, a moto S3 server."""

import http.server
import shutil
import socket
import subprocess
import sys
import threading
import time

import pytest


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, timeout=15):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


class Purged(list):
    """Every address a PURGE named, in order, once (the proxy's identity copy); `schemes` the X-Forwarded-Proto
    values sent; `encodings` each address's encoding classes, in order (the proxy keeps a copy per class)."""

    schemes = None
    encodings = None


class PurgeRecorder(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keeps the connection open, as nginx does: a batch reuses it

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        address = f"{self.headers['Host']}{self.path}"
        encoding = self.headers.get("Accept-Encoding")
        self.server.purged.encodings.setdefault(address, []).append(encoding)
        if encoding == "identity":
            self.server.purged.append(address)
        self.server.purged.schemes.add(self.headers.get("X-Forwarded-Proto"))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_server(settings):
    """A stand-in for the proxy's purge endpoint that records every PURGE it receives."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    server.purged = Purged()
    server.purged.schemes = set()
    server.purged.encodings = {}
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {"BACKEND": "core.purge.TimeoutHTTPBackend", "LOCATION": f"http://127.0.0.1:{server.server_port}"}
    }
    yield server.purged
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def redis_url():
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (.ci/run installs it)")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture(scope="session")
def s3_endpoint():
    """moto's S3-compatible server, on loopback."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, timeout=30)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)
