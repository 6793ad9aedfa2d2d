"""Shared pieces for the intake tests: the development key (its private half is in the repository), a valid
submission, and the offline tool, which is what a lawyer would use to open a request."""

import importlib.util
from pathlib import Path

import pytest
from django.conf import settings

TOOL_PATH = Path(settings.BASE_DIR) / "intake" / "offline" / "intake_tool.py"
DEVELOPMENT_KEY = Path(settings.BASE_DIR) / "intake" / "offline" / "development-key.pem"
# Words no template, fixture or translation contains: if they appear anywhere, they came from a submission.
MARKER = "Zarnitsa-7Q4K"
KYRGYZ_MARKER = "Токмоктогу тергөөчү сабады"

VALID = {
    "what_happened": f"{MARKER}: {KYRGYZ_MARKER}, 3-майда.",
    "region": "chuy",
    "contact_channel": "signal",
    "contact_details": "+996 700 111 222",
    "safe_time": "Жумуш күндөрү 18:00дөн кийин",
    "name": "Айгүл",
    "consent": "on",
}


def load_tool():
    spec = importlib.util.spec_from_file_location("intake_tool", TOOL_PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def intake_tool():
    return load_tool()


@pytest.fixture(scope="session")
def development_key(intake_tool):
    return intake_tool.load_private_key(DEVELOPMENT_KEY)


@pytest.fixture
def open_request(intake_tool, development_key):
    """What the lawyer reads: the stored request opened with the private key."""

    def read(stored):
        return intake_tool.open_sealed(bytes(stored.sealed), development_key)

    return read


@pytest.fixture
def post_request(client):
    """Posts the form as a browser on this site would (Sec-Fetch-Site), in the given language."""

    def post(data=None, language="ky", **headers):
        headers.setdefault("HTTP_SEC_FETCH_SITE", "same-origin")
        return client.post(f"/{language}/get-help/", VALID if data is None else data, **headers)

    return post
