"""Publishing purges every address that shows the page, in every language; site-wide changes purge everything;
each batch leaves a log entry an editor can read."""

import logging

import pytest
from wagtail.models import ModelLogEntry, PageLogEntry, PageViewRestriction

from home.models import NetworkOrganisation
from publications.models import PublicationRelatedLink
from tests.publications.factories import (
    PublicationIndexPageFactory,
    PublicationPageFactory,
    RecommendationsPageFactory,
    TopicFactory,
)

# The whole-site purge is a background task: run it at once.
pytestmark = pytest.mark.usefixtures("tasks_run_at_once")


@pytest.fixture
def publication(home_page):
    index = PublicationIndexPageFactory(parent=home_page)
    RecommendationsPageFactory(parent=home_page)
    page = PublicationPageFactory(parent=index, slug="statement-on-torture", kind="statement")
    page.topics.add(TopicFactory(slug="torture"))
    page.save()
    return page


def publish(page, committed):
    with committed():
        page.save_revision().publish()


def test_publishing_purges_the_page_and_its_listings_in_every_language(publication, purge_server, committed):
    linking = PublicationPageFactory(parent=publication.get_parent(), slug="follow-up-report")
    PublicationRelatedLink.objects.create(page=linking, target=publication)
    publication.title_en = "New title"
    publish(publication, committed)
    year = publication.publication_date.year
    for language in ("en", "ru", "ky"):
        expected = [
            f"/{language}/publications/statement-on-torture/",
            f"/{language}/publications/statement-on-torture/pdf/",
            f"/{language}/",
            f"/{language}/publications/",
            f"/{language}/publications/feed/rss/",
            f"/{language}/publications/feed/atom/",
            f"/{language}/publications/feed/rss/?topic=torture",
            f"/{language}/publications/feed/atom/?topic=torture",
            f"/{language}/publications/?kind=statement",
            f"/{language}/publications/?year={year}",
            f"/{language}/publications/?topic=torture",
            f"/{language}/recommendations/",
            f"/{language}/publications/follow-up-report/",  # lists it among its related publications
        ]
        for path in expected:
            assert f"testserver{path}" in purge_server
    assert "testserver/sitemap.xml" in purge_server
    for language in ("en", "ru", "ky"):
        assert f"testserver/sitemap-{language}-publicationpage-1.xml" in purge_server
    assert len(purge_server) == len(set(purge_server)), "each address is purged once"
    # The proxy keeps a copy per encoding class (deploy/nginx/birduino.conf): each is purged, once.
    assert {tuple(sorted(classes)) for classes in purge_server.encodings.values()} == {("br", "gzip", "identity")}


def test_the_purge_is_sent_once_the_change_commits(publication, purge_server, committed):
    from django.db import transaction

    with committed():
        try:
            with transaction.atomic():
                publication.save_revision().publish()
                assert purge_server == [], "nothing before the commit"
                raise RuntimeError("the request fails after the publish")
        except RuntimeError:
            pass
    assert purge_server == [], "a rolled-back change purges nothing"


def test_each_purge_batch_is_logged_with_its_addresses(publication, purge_server, committed, admin_client):
    publish(publication, committed)
    entry = PageLogEntry.objects.filter(page=publication, action="core.purge").get()
    assert entry.data["count"] == len(purge_server)
    assert "http://testserver/ky/publications/statement-on-torture/" in entry.data["addresses"]
    assert entry.message == f"Purged {len(purge_server)} addresses from the page cache"
    history = admin_client.get("/admin/reports/site-history/").content.decode()
    assert entry.message in history
    report = admin_client.get("/admin/reports/purges/").content.decode()
    assert entry.message in report and "http://testserver/ru/publications/statement-on-torture/pdf/" in report


def test_unpublishing_and_deleting_purge_the_page(publication, purge_server, committed):
    with committed():
        publication.unpublish()
    assert "testserver/ky/publications/statement-on-torture/" in purge_server
    purge_server.clear()
    publish(publication, committed)
    purge_server.clear()
    with committed():
        publication.delete()
    assert "testserver/ru/publications/statement-on-torture/" in purge_server
    assert "testserver/ru/publications/" in purge_server


def test_purges_name_the_pages_scheme_for_the_proxys_key(publication, purge_server, committed):
    publish(publication, committed)
    assert purge_server.schemes == {"http"}


def assert_whole_site_purged(purged):
    for language in ("en", "ru", "ky"):
        assert f"testserver/{language}/" in purged
        assert f"testserver/{language}/publications/" in purged
        assert f"testserver/{language}/recommendations/" in purged
    assert "testserver/sitemap.xml" in purged
    assert "testserver/*" in purged  # CloudFront's "everything"


def test_a_change_shown_on_every_page_purges_the_whole_site(publication, purge_server, committed):
    with committed():
        NetworkOrganisation.objects.create(name="Partner network", website="https://example.org/")
    assert_whole_site_purged(purge_server)
    assert "testserver/ky/publications/statement-on-torture/" in purge_server
    entry = ModelLogEntry.objects.filter(action="core.purge").get()
    assert entry.label == "Partner network"
    assert entry.data["whole_site"] and "whole site" in entry.message


def test_restricting_a_section_purges_the_whole_site(publication, purge_server, committed):
    with committed():
        PageViewRestriction.objects.create(
            page=publication.get_parent(), restriction_type=PageViewRestriction.PASSWORD, password="members-only"
        )
    assert_whole_site_purged(purge_server)
    assert "testserver/en/publications/statement-on-torture/" in purge_server


def test_moving_a_page_purges_the_whole_site(publication, home_page, purge_server, committed):
    with committed():
        publication.move(home_page, pos="last-child")
    assert_whole_site_purged(purge_server)
    assert "testserver/ru/statement-on-torture/" in purge_server
    assert "testserver/ky/publications/statement-on-torture/" in purge_server, "the old address too"


def test_an_unreachable_proxy_is_logged_and_publishing_goes_on(publication, settings, caplog, committed):
    from tests.production.conftest import free_port

    location = f"http://127.0.0.1:{free_port()}"
    settings.WAGTAILFRONTENDCACHE = {"proxy": {"BACKEND": "core.purge.TimeoutHTTPBackend", "LOCATION": location}}
    publication.title_en = "Published anyway"
    with caplog.at_level(logging.WARNING, logger="core.purge"):
        publish(publication, committed)
    publication.refresh_from_db()
    assert publication.title_en == "Published anyway" and publication.live
    assert "Purge of http://testserver/en/publications/statement-on-torture/ failed" in caplog.text
    assert "Traceback" not in caplog.text


def test_a_broken_backend_never_breaks_publishing(publication, settings, caplog, committed):
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": "tests.production.test_purge.ExplodingBackend"}}
    with caplog.at_level(logging.ERROR, logger="core.purge"):
        publish(publication, committed)
    assert "front-end cache failed" in caplog.text


class ExplodingBackend:
    def __init__(self, params):
        pass

    def invalidates_hostname(self, hostname):
        return True

    def purge_batch(self, urls):
        raise RuntimeError("CDN API down")
