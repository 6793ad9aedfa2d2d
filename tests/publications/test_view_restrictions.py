"""Restricted pages stay restricted although the restricted paths are cached (core.public)."""

import pytest
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db

URL = "/en/publications/joint-statement/"


def asks_for_password(client, url=URL):
    response = client.get(url)
    return response.status_code == 200 and b'name="password"' in response.content


def test_a_restriction_added_or_removed_applies_at_once(client, statement, committed):
    assert client.get(URL).status_code == 200 and not asks_for_password(client)
    with committed():
        restriction = PageViewRestriction.objects.create(
            page=statement, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-words"
        )
    assert asks_for_password(client)
    with committed():
        restriction.delete()
    assert not asks_for_password(client)


def test_a_restricted_section_restricts_its_pages(client, statement, committed):
    client.get(URL)
    with committed():
        PageViewRestriction.objects.create(
            page=statement.get_parent(), restriction_type=PageViewRestriction.PASSWORD, password="s3cret-words"
        )
    assert asks_for_password(client)
    assert asks_for_password(client, "/ru/publications/")
    assert not asks_for_password(client, "/en/")
