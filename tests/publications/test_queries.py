"""Queries per page stay the same as the archive grows, and within 15 (reference data cached, as in production)."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from publications.models import PublicationPage, Recommendation

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
]


def grow(index_page, topics, addressees, count):
    kinds = list(PublicationPage.Kind.values)
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


def count_queries(client):
    counts = {}
    for url in URLS:
        client.get(url)  # warms the cached reference data, as any earlier visitor would
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[url] = len(queries)
    return counts


def test_query_counts_do_not_grow_with_the_archive(client, statement, recommendations_page, topics, addressees):
    index_page = statement.get_parent()
    grow(index_page, topics, addressees, 20)
    small = count_queries(client)
    grow(index_page, topics, addressees, 180)
    large = count_queries(client)
    assert small == large
    assert max(large.values()) <= MAX_QUERIES, large
