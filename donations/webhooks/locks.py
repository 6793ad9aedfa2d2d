"""One lock per payment: events about the same payment, charge, invoice or subscription apply one at a time.

PostgreSQL: transaction-scoped advisory locks on a hash of each Stripe id, taken in a fixed order (so two events
never wait on each other in a circle) and released at commit. SQLite serialises writing transactions already.
Also here: the applying transaction's commit need not wait for the disk (see relax_commit_durability).
"""

import hashlib

from django.db import connection

NAMESPACE = "bir-duino:stripe:"


def lock_number(stripe_id):
    digest = hashlib.blake2b((NAMESPACE + stripe_id).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def lock_payment_ids(ids):
    """Call inside the transaction that applies the event; held until it ends."""
    if connection.vendor != "postgresql":
        return
    numbers = sorted({lock_number(i) for i in ids if i})
    with connection.cursor() as cursor:
        for number in numbers:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [number])


def relax_commit_durability():
    """PostgreSQL: this transaction's commit need not wait for the disk. Safe for applying an event because the
    event itself was stored by an earlier, durable commit: if the server crashed before this one reached the
    disk, the event is still there, waiting, and the replay applies it again. Halves the disk flushes per event."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit TO OFF")
