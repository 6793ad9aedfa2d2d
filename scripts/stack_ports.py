"""The ports of `make stack` (scripts/stack.py): one variable each, checked before anything starts, and a free block
for a stack test of its own beside another checkout's (`stack.py free-ports`)."""

import os
import socket
import sys

BASE_PORT = int(os.environ.get("STACK_PORT", "8800"))
# name: (environment variable, default)
PORT_VARIABLES = {
    "proxy": ("STACK_PORT", BASE_PORT),
    "app-a": ("STACK_APP_PORT", BASE_PORT + 1),
    "s3": ("STACK_S3_PORT", BASE_PORT + 3),
    "smtp": ("STACK_SMTP_PORT", BASE_PORT + 6),
    "postgres": ("STACK_PG_PORT", 5440),
    "redis": ("STACK_REDIS_PORT", 6380),
}
PORTS = {name: int(os.environ.get(variable) or default) for name, (variable, default) in PORT_VARIABLES.items()}
PORTS["app-b"] = PORTS["app-a"] + 1  # the second app server, next to the first
PORT_LABELS = {
    "proxy": "nginx, STACK_PORT",
    "app-a": "gunicorn A, STACK_APP_PORT",
    "app-b": "gunicorn B, STACK_APP_PORT + 1",
    "s3": "moto S3, STACK_S3_PORT",
    "smtp": "SMTP sink, STACK_SMTP_PORT",
    "postgres": "PostgreSQL, STACK_PG_PORT",
    "redis": "Redis, STACK_REDIS_PORT",
}


def port_in_use(port):
    """True when something listens on (or holds) 127.0.0.1:port. SO_REUSEADDR as servers set it, so connections
    of a stopped server still closing do not count."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return True
    return False


def check_ports(names):
    """Stop before starting anything when a port the stack needs is taken, naming it and its variable."""
    taken = [name for name in names if port_in_use(PORTS[name])]
    if taken:
        lines = [f"  127.0.0.1:{PORTS[name]} ({PORT_LABELS[name]})" for name in taken]
        sys.exit(
            "make stack: in use already:\n" + "\n".join(lines) + "\nStop what listens there (`make stack-down` "
            'if it is this checkout\'s stack) or choose other ports (README, "make stack").'
        )


def free_ports(root, start=20000, stop=60000):
    """A block of seven free ports for a stack of its own: from STACK_PORT when set, else from a start derived from
    this checkout's path (so two checkouts usually pick different blocks); variables already set are kept."""
    import zlib

    first = start + zlib.crc32(str(root).encode()) % ((stop - start) // 10) * 10
    candidates = list(range(first, stop, 10)) + list(range(start, first, 10))
    for base in [BASE_PORT] if os.environ.get("STACK_PORT") else candidates:
        wanted = {"STACK_PORT": base, "STACK_APP_PORT": base + 1, "STACK_S3_PORT": base + 3}
        wanted.update(STACK_PG_PORT=base + 4, STACK_REDIS_PORT=base + 5, STACK_SMTP_PORT=base + 6)
        wanted = {variable: port for variable, port in wanted.items() if not os.environ.get(variable)}
        if not any(port_in_use(port) for port in [*wanted.values(), base + 2]):
            return wanted
    sys.exit("No free block of ports found (STACK_PORT and the six after it must be free)")
