"""Pages compressed once, before the proxy's cache (core.compression): what the proxy stores per encoding class."""

import gzip

import brotli
import pytest

pytestmark = pytest.mark.django_db


def test_a_public_page_comes_compressed_with_its_length_for_each_encoding_class(client, demo_site):
    plain = client.get("/en/", HTTP_ACCEPT_ENCODING="identity")
    assert "Content-Encoding" not in plain
    assert "Accept-Encoding" in plain["Vary"]
    for coding, decompress in (("br", brotli.decompress), ("gzip", gzip.decompress)):
        response = client.get("/en/", HTTP_ACCEPT_ENCODING=coding)
        assert response["Content-Encoding"] == coding
        assert int(response["Content-Length"]) == len(response.content) < len(plain.content) / 2
        assert decompress(response.content) == plain.content
        assert "Accept-Encoding" in response["Vary"]
    assert client.get("/en/", HTTP_ACCEPT_ENCODING="gzip, br")["Content-Encoding"] == "br"
    assert client.get("/en/", HTTP_ACCEPT_ENCODING="br;q=0, gzip")["Content-Encoding"] == "gzip"


def test_personal_responses_are_left_to_the_proxy(admin_client, demo_site):
    # Pages with a CSRF token or a session stay uncompressed here (nginx compresses them on the way out, uncached).
    response = admin_client.get("/en/", HTTP_ACCEPT_ENCODING="br")
    assert "Content-Encoding" not in response
    assert "Content-Encoding" not in admin_client.get("/admin/", HTTP_ACCEPT_ENCODING="br")
