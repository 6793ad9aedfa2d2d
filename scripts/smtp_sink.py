"""A real SMTP server that keeps what it receives (aiosmtpd): the tests, `make stack` and the newsletter bench send
through it as production sends through its mail server.

    python scripts/smtp_sink.py --port 9425 --maildir .stack/mail   # every message becomes a file there

In Python, `SmtpSink()` starts one on a free loopback port in a thread; `.messages` are the parsed messages,
`.refuse[address] = (550, "…")` makes it refuse one recipient (a permanent or temporary error).
"""

import argparse
import email
import email.policy
import socket
import threading
import time
from pathlib import Path

from aiosmtpd.controller import Controller


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Handler:
    def __init__(self, maildir=None):
        self.messages = []
        self.refuse = {}
        self.maildir = Path(maildir) if maildir else None
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.refuse:
            code, text = self.refuse[address.lower()]
            return f"{code} {text}"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append(message)
            count = len(self.messages)
        if self.maildir:
            self.maildir.mkdir(parents=True, exist_ok=True)
            (self.maildir / f"{time.time():.6f}-{count}.eml").write_bytes(envelope.content)
        return "250 Message accepted"


class SmtpSink:
    def __init__(self, port=None, maildir=None):
        self.port = port or free_port()
        self.handler = Handler(maildir)
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    @property
    def messages(self):
        return self.handler.messages

    @property
    def refuse(self):
        return self.handler.refuse

    def to(self, address):
        return [m for m in self.messages if address in m["To"]]

    def start(self):
        self.controller.start()
        return self

    def stop(self):
        self.controller.stop()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=1025)
    parser.add_argument("--maildir", default=None, help="write each message to a file in this folder")
    args = parser.parse_args()
    sink = SmtpSink(args.port, args.maildir).start()
    print(f"SMTP sink listening on 127.0.0.1:{sink.port}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        sink.stop()


if __name__ == "__main__":
    main()
