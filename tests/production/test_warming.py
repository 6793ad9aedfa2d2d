"""Warm before purging (core.warming): the first visitor after a publish finds the page and its listings built."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.publications.factories import PublicationIndexPageFactory, PublicationPageFactory

pytestmark = pytest.mark.usefixtures("tasks_run_at_once")


@pytest.fixture
def publication(home_page):
    index = PublicationIndexPageFactory(parent=home_page)
    return PublicationPageFactory(parent=index, slug="statement-on-torture", kind="statement")


def queries_of_first_visit(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


def test_after_a_publish_the_page_and_its_listings_are_warm_in_every_language(
    client, publication, purge_server, committed
):
    paths = [f"/{code}/{path}" for code in ("en", "ru", "ky") for path in ("publications/statement-on-torture/", "")]
    for path in paths:
        client.get(path)
    publication.title_en = "Renamed on publish"
    with committed():
        publication.save_revision().publish()
    assert "Renamed on publish" in client.get("/en/publications/statement-on-torture/").content.decode()
    for path in paths[1:]:
        assert queries_of_first_visit(client, path) <= 1, path
    assert "testserver/en/publications/statement-on-torture/" in purge_server


def test_a_page_that_fails_to_render_never_breaks_publishing(publication, purge_server, committed, monkeypatch, caplog):
    from publications.models import PublicationPage

    def broken(self, request, *args, **kwargs):
        raise RuntimeError("template exploded")

    monkeypatch.setattr(PublicationPage, "serve", broken)
    with committed():
        publication.save_revision().publish()
    assert "template exploded" in caplog.text  # logged (and reported) as the visitor's request would be
    assert "testserver/en/publications/statement-on-torture/" in purge_server
