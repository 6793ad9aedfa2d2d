"""Guessing from one address never locks the account's owner out: real HTTP requests to the live server, sent
from 127.0.0.2 (the guesser) and 127.0.0.3 (the owner), each bound to its own source address, so the app sees
them exactly as it sees visitors (RATELIMIT_IP_META_KEY=REMOTE_ADDR; behind nginx, X-Real-IP: tests/stack)."""

import time

import pytest
from django.core import mail

from tests.stack.client import AddressClient

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.two_factor]
PASSWORD = "correct horse battery staple 7"
GUESSER, OWNER = "127.0.0.2", "127.0.0.3"


@pytest.fixture
def owner(django_user_model):
    return django_user_model.objects.create_user("owner", "owner@example.org", PASSWORD, is_staff=True)


def test_a_stranger_locks_only_their_own_address_and_the_owner_hears_of_it(
    live_server, owner, settings, tasks_run_at_once
):
    settings.SIGNIN_FREE_FAILURES = settings.AXES_FAILURE_LIMIT  # the pair lock alone (slowing: the next test)
    guesser, owner_client = AddressClient(live_server.url, GUESSER), AddressClient(live_server.url, OWNER)
    statuses = [guesser.sign_in("owner", f"wrong-{n}")[0] for n in range(settings.AXES_FAILURE_LIMIT)]
    assert statuses == [200] * (settings.AXES_FAILURE_LIMIT - 1) + [429]
    status, _headers, text = guesser.sign_in("owner", PASSWORD)
    assert status == 429 and "Sign-in is locked for now" in text, "the right password from the guesser's address"

    status, headers, _text = owner_client.sign_in("owner", PASSWORD)
    assert status == 302 and headers["Location"] == "/admin/", "the owner, from another address, signs in"

    assert len(mail.outbox) == 1, [message.subject for message in mail.outbox]
    message = mail.outbox[0]
    assert message.to == ["owner@example.org"]
    assert GUESSER in message.body and OWNER not in message.body
    assert "From any other network you can still sign in" in message.body


def test_each_address_is_slowed_progressively_and_only_that_address(live_server, owner, settings):
    settings.SIGNIN_FREE_FAILURES = 2
    guesser, owner_client = AddressClient(live_server.url, GUESSER), AddressClient(live_server.url, OWNER)
    # Unknown names: no account to lock, but the address that tries them slows down.
    assert [guesser.sign_in(f"guess{n}", "wrong")[0] for n in range(3)] == [200, 200, 200]
    status, headers, text = guesser.sign_in("owner", PASSWORD)
    assert status == 429 and headers["Retry-After"] == "2", "third failure: wait 2 s before the next attempt"
    assert "Too many wrong passwords from your network" in text

    status, _headers, _text = owner_client.sign_in("owner", PASSWORD)
    assert status == 302, "another address is not slowed"

    time.sleep(2.1)
    status, _headers, _text = guesser.sign_in("guess-again", "wrong")
    assert status == 200
    status, headers, _text = guesser.sign_in("owner", PASSWORD)
    assert status == 429 and headers["Retry-After"] == "4", "fourth failure: the wait doubles"
    time.sleep(4.1)
    status, _headers, _text = guesser.sign_in("owner", PASSWORD)
    assert status == 302, "once the wait is over the right password works, and clears the count"
    assert guesser.sign_in("owner", "wrong")[0] == 200, "and the next failure starts again from zero"
