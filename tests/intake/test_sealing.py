"""Sealing on the server and opening with the offline tool: the same RFC 9180 suite, the same info string."""

import base64
import os
import subprocess
import sys

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from django.core.exceptions import ImproperlyConfigured

from intake import sealing

from .conftest import DEVELOPMENT_KEY, KYRGYZ_MARKER, MARKER, TOOL_PATH


def fields(text=f"{MARKER} {KYRGYZ_MARKER}"):
    return {"language": "ky", "region": "naryn", "what_happened": text, "consent": True}


def test_the_private_key_opens_what_the_server_sealed(intake_tool, development_key):
    key_id, sealed = sealing.seal(fields())
    assert key_id == intake_tool.key_id(intake_tool.raw_public(development_key))
    assert MARKER.encode() not in sealed and KYRGYZ_MARKER.encode() not in sealed
    opened = intake_tool.open_sealed(sealed, development_key)
    assert opened == {"v": 1, **fields()}


def test_each_sealing_is_fresh_and_another_key_opens_nothing(intake_tool):
    first, second = sealing.seal(fields())[1], sealing.seal(fields())[1]
    assert first != second  # a new ephemeral key each time
    with pytest.raises(Exception):  # noqa: B017 (cryptography raises its own InvalidTag-like error)
        intake_tool.open_sealed(first, X25519PrivateKey.generate())


def test_tampering_is_detected(intake_tool, development_key):
    sealed = bytearray(sealing.seal(fields())[1])
    sealed[-20] ^= 1
    with pytest.raises(Exception):  # noqa: B017
        intake_tool.open_sealed(bytes(sealed), development_key)


def test_sizes_say_little_about_length():
    short = sealing.seal(fields("Мени кармашты."))[1]
    longer = sealing.seal(fields("Мени кармашты. " * 60))[1]
    # Padded to 2 KiB: the same size whatever was written under it (32 bytes enc + 16 bytes tag on top).
    assert len(short) == len(longer) == 2048 + 48
    assert len(sealing.seal(fields("ө" * 3000))[1]) == 8192 + 48


def test_the_offline_tool_speaks_the_servers_suite(intake_tool):
    assert intake_tool.INFO == sealing.INFO
    # The same suite object is built on both sides: a request sealed by one opens with the other's suite.
    suite, _serialization, _x25519 = intake_tool.crypto()
    key = X25519PrivateKey.generate()
    assert suite.decrypt(sealing.SUITE.encrypt(b"x", key.public_key(), info=b"i"), key, info=b"i") == b"x"


def test_a_missing_or_malformed_key_closes_the_form(settings):
    settings.INTAKE_PUBLIC_KEY = ""
    assert not sealing.is_configured()
    settings.INTAKE_PUBLIC_KEY = "not base64!"
    assert not sealing.is_configured()
    settings.INTAKE_PUBLIC_KEY = base64.b64encode(b"short").decode()
    assert not sealing.is_configured()
    with pytest.raises(sealing.KeyNotConfigured):
        sealing.seal(fields())


def run_tool(*args, cwd):
    return subprocess.run(
        [sys.executable, str(TOOL_PATH), *args], cwd=cwd, capture_output=True, text=True, timeout=60, check=False
    )


def test_keygen_writes_a_private_key_only_its_owner_reads(tmp_path, intake_tool):
    result = run_tool("keygen", "lawyer.pem", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    key_file = tmp_path / "lawyer.pem"
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    public_line = next(line for line in result.stdout.splitlines() if line.startswith("INTAKE_PUBLIC_KEY="))
    raw = sealing.decode_public_key(public_line.split("=", 1)[1])
    assert f"Key id: {sealing.key_id(raw)}" in result.stdout
    # Never over an existing key: that would lose every request sealed to it.
    again = run_tool("keygen", "lawyer.pem", cwd=tmp_path)
    assert again.returncode != 0
    assert run_tool("public", "lawyer.pem", cwd=tmp_path).stdout.count(public_line) == 1


def test_production_refuses_the_development_key():
    env = {key: value for key, value in os.environ.items() if key in ("PATH", "HOME", "LANG")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="birduino.example",
        DATABASE_URL="postgres://check:check@127.0.0.1:9/check",
        CACHE_URL="rediscache://127.0.0.1:9/0",
        INTAKE_PUBLIC_KEY=sealing.settings.INTAKE_DEVELOPMENT_PUBLIC_KEY,
    )
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=sealing.settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert ImproperlyConfigured.__name__ in result.stderr and "development key" in result.stderr


def test_the_development_key_is_the_one_development_seals_to(intake_tool):
    key = intake_tool.load_private_key(DEVELOPMENT_KEY)
    raw = intake_tool.raw_public(key)
    assert base64.b64encode(raw).decode() == sealing.settings.INTAKE_DEVELOPMENT_PUBLIC_KEY
    assert sealing.configured_key()[0] == sealing.key_id(raw)
