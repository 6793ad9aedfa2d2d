"""No page whose cost grows with the data: every public page type (home, content, testimonials, networks,
contact, donation, index plain and filtered, statement, recommendations database plain and filtered, search,
feed, sitemap index and section) answers with the same number of queries at a small and a ten times larger
archive (publications, recommendations, testimonials, networks), warm and from an empty cache, and within 15
once reference data is cached, as in production. The bench shows the same counts at 100 and 10,000."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from publications.models import PublicationPage, Recommendation
from tests.home.factories import (
    ContentPageFactory,
    NetworkOrganisationFactory,
    NetworkPageFactory,
    TestimonialFactory,
    TestimonialIndexPageFactory,
)

from .factories import PublicationPageFactory, RecommendationFactory

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15
URLS = [
    "/en/",
    "/en/publications/",
    "/ru/publications/?kind=statement&topic=torture&year=2020",
    "/ky/publications/joint-statement/",
    "/en/recommendations/",
    "/ru/recommendations/?status=rejected&q=мониторов",
    "/en/search/?q=prisons",
    "/en/about/",
    "/ru/testimonials/",
    "/ky/networks/",
    "/en/contact/",
    "/ru/donate/",
    "/en/publications/feed/rss/",
    "/sitemap.xml",
    "/sitemap-ru-publicationpage-1.xml",
]


def other_page_types(home_page):
    from home.models import ContactPage
    from tests.donations.factories import DonationPageFactory

    ContentPageFactory(parent=home_page, slug="about")
    TestimonialIndexPageFactory(parent=home_page)
    NetworkPageFactory(parent=home_page)
    home_page.add_child(
        instance=ContactPage(title="Contact", title_en="Contact", slug="contact", to_address="team@example.org")
    )
    DonationPageFactory(parent=home_page)


def grow(index_page, topics, addressees, count):
    kinds = list(PublicationPage.Kind.values)
    TestimonialFactory.create_batch(max(1, count // 20))
    NetworkOrganisationFactory.create_batch(max(1, count // 20))
    for n in range(count):
        page = PublicationPageFactory(
            parent=index_page,
            kind=kinds[n % len(kinds)],
            publication_date=datetime.date(2015 + n % 10, 1 + n % 12, 1),
            summary_en=f"Prisons and monitors, item {n}.",
        )
        page.topics.set([topics["torture"]])
        page.save()
        RecommendationFactory(publication=page, addressee=addressees["prisons"], status=Recommendation.Status.REJECTED)


def count_queries(client, warm=True):
    counts = {}
    for url in URLS:
        if warm:
            client.get(url)  # warms the cached reference data, as any earlier visitor would
        else:
            cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[url] = len(queries)
    return counts


def test_query_counts_do_not_grow_with_the_archive(client, statement, recommendations_page, topics, addressees):
    index_page = statement.get_parent()
    other_page_types(index_page.get_parent())
    grow(index_page, topics, addressees, 20)
    small, small_cold = count_queries(client), count_queries(client, warm=False)
    grow(index_page, topics, addressees, 180)
    large, large_cold = count_queries(client), count_queries(client, warm=False)
    assert small == large
    assert small_cold == large_cold
    assert max(large.values()) <= MAX_QUERIES, large
