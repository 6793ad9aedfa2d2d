"""Publishing purges the page in every language and what lists it; site-wide changes purge everything."""

import logging

import pytest

from home.models import NetworkOrganisation
from tests.production.conftest import forget_pending_purges
from tests.publications.factories import (
    PublicationIndexPageFactory,
    PublicationPageFactory,
    RecommendationsPageFactory,
    TopicFactory,
)


@pytest.fixture
def publication(home_page):
    index = PublicationIndexPageFactory(parent=home_page)
    RecommendationsPageFactory(parent=home_page)
    page = PublicationPageFactory(parent=index, slug="statement-on-torture", kind="statement")
    page.topics.add(TopicFactory(slug="torture"))
    page.save()
    return page


def publish(page, capture):
    forget_pending_purges()
    with capture(execute=True):
        page.save_revision().publish()


def test_publishing_purges_the_page_and_its_listings_in_every_language(
    publication, purge_server, django_capture_on_commit_callbacks
):
    publication.title_en = "New title"
    publish(publication, django_capture_on_commit_callbacks)
    year = publication.publication_date.year
    for language in ("en", "ru", "ky"):
        expected = [
            f"/{language}/publications/statement-on-torture/",
            f"/{language}/publications/statement-on-torture/pdf/",
            f"/{language}/",
            f"/{language}/publications/",
            f"/{language}/publications/feed/rss/",
            f"/{language}/publications/feed/atom/",
            f"/{language}/publications/?kind=statement",
            f"/{language}/publications/?year={year}",
            f"/{language}/publications/?topic=torture",
            f"/{language}/recommendations/",
        ]
        for path in expected:
            assert f"testserver{path}" in purge_server
    assert "testserver/sitemap.xml" in purge_server
    assert len(purge_server) == len(set(purge_server)), "each address is purged once"


def test_unpublishing_and_deleting_purge_the_page(publication, purge_server, django_capture_on_commit_callbacks):
    forget_pending_purges()
    with django_capture_on_commit_callbacks(execute=True):
        publication.unpublish()
    assert "testserver/ky/publications/statement-on-torture/" in purge_server
    purge_server.clear()
    publish(publication, django_capture_on_commit_callbacks)
    purge_server.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publication.delete()
    assert "testserver/ru/publications/statement-on-torture/" in purge_server


def assert_whole_site_purged(purged):
    for language in ("en", "ru", "ky"):
        assert f"testserver/{language}/" in purged
        assert f"testserver/{language}/publications/" in purged
        assert f"testserver/{language}/recommendations/" in purged
    assert "testserver/sitemap.xml" in purged
    assert "testserver/*" in purged  # CloudFront's "everything"


def test_a_change_shown_on_every_page_purges_the_whole_site(
    publication, purge_server, django_capture_on_commit_callbacks, tasks_run_at_once
):
    with django_capture_on_commit_callbacks(execute=True):
        NetworkOrganisation.objects.create(name="Partner network", website="https://example.org/")
    assert_whole_site_purged(purge_server)
    assert "testserver/ky/publications/statement-on-torture/" in purge_server


def test_moving_a_page_purges_the_whole_site(
    publication, home_page, purge_server, django_capture_on_commit_callbacks, tasks_run_at_once
):
    with django_capture_on_commit_callbacks(execute=True):
        publication.move(home_page, pos="last-child")
    assert_whole_site_purged(purge_server)
    assert "testserver/ru/statement-on-torture/" in purge_server
    assert "testserver/ky/publications/statement-on-torture/" in purge_server, "the old address too"


def test_an_unreachable_proxy_is_logged_and_publishing_goes_on(
    publication, settings, caplog, django_capture_on_commit_callbacks
):
    from tests.production.conftest import free_port

    location = f"http://127.0.0.1:{free_port()}"
    settings.WAGTAILFRONTENDCACHE = {"proxy": {"BACKEND": "home.purge.TimeoutHTTPBackend", "LOCATION": location}}
    publication.title_en = "Published anyway"
    with caplog.at_level(logging.WARNING, logger="home.purge"):
        publish(publication, django_capture_on_commit_callbacks)
    publication.refresh_from_db()
    assert publication.title_en == "Published anyway" and publication.live
    assert "Purge of http://testserver/en/publications/statement-on-torture/ failed" in caplog.text
    assert "Traceback" not in caplog.text


def test_a_broken_backend_never_breaks_publishing(publication, settings, caplog, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": "tests.production.test_purge.ExplodingBackend"}}
    with caplog.at_level(logging.ERROR, logger="home.purge"):
        publish(publication, django_capture_on_commit_callbacks)
    assert "front-end cache failed" in caplog.text


class ExplodingBackend:
    def __init__(self, params):
        pass

    def invalidates_hostname(self, hostname):
        return True

    def purge_batch(self, urls):
        raise RuntimeError("CDN API down")
