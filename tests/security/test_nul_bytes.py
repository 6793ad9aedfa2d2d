"""NUL characters never reach a query (PostgreSQL refuses them in text): the request is answered 400 first."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/en/publications/feed/rss/?topic=%00",
        "/en/publications/feed/atom/?topic=a%00b",
        "/en/search/?q=%00",
        "/en/publications/?year=2020&topic=%00",
        "/en/?%00=1",
        "/en/%00/",
    ],
)
def test_nul_in_the_address_is_refused(client, home_page, url):
    response = client.get(url)
    assert response.status_code == 400
    assert not response.cookies


def test_nul_in_a_form_is_refused(home_page):
    client = Client(HTTP_SEC_FETCH_SITE="same-origin")
    assert client.post("/en/", {"name": "a\x00b"}).status_code == 400
    upload = client.post("/en/", {"name": "ok"}, content_type="multipart/form-data; boundary=broken")
    assert upload.status_code < 500


def test_ordinary_requests_pass(client, home_page):
    assert client.get("/en/?topic=rights").status_code == 200
