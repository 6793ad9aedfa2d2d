"""Fills the bench database fast: 10,000 publications and 30,000 recommendations by bulk inserts."""

import datetime
import random

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from wagtail.models import Page

from publications.models import (
    Addressee,
    PublicationIndexPage,
    PublicationPage,
    Recommendation,
    RecommendationFollowUp,
    Topic,
)

WORDS = [
    *("prison", "monitoring", "torture", "lawyer", "court", "election", "migrant", "budget", "freedom", "speech"),
    *("violence", "women", "village", "detention", "ombudsman", "parliament", "ministry", "report", "appeal"),
    *("rights", "health", "school", "water", "landslide", "uranium"),
]
RU_WORDS = [
    *("тюрьма", "мониторинг", "пытки", "адвокат", "суд", "выборы", "мигрант", "бюджет", "свобода", "слово"),
    *("насилие", "женщины", "село"),
]


def sentence(rng, words, n=12):
    return " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."


@transaction.atomic
def fill(publications=10_000, recommendations_per_publication=3, seed=1):
    rng = random.Random(seed)  # noqa: S311 (repeatable sample text, not security)
    index = PublicationIndexPage.objects.get()
    topics = list(Topic.objects.all())
    addressees = list(Addressee.objects.all())
    content_type = ContentType.objects.get_for_model(PublicationPage)
    start = index.numchild
    now = datetime.datetime.now(datetime.UTC)
    pages = []
    for n in range(publications):
        title = f"{sentence(rng, WORDS, 6)[:-1]} {n}"
        pages.append(
            Page(
                path=PublicationPage._get_path(index.path, index.depth + 1, start + n + 1),
                depth=index.depth + 1,
                numchild=0,
                title=title,
                title_en=title,
                title_ru=f"{sentence(rng, RU_WORDS, 6)[:-1]} {n}",
                slug=f"bench-{n}",
                content_type=content_type,
                live=True,
                has_unpublished_changes=False,
                url_path=f"{index.url_path}bench-{n}/",
                first_published_at=now,
                last_published_at=now,
                locale_id=index.locale_id,
                draft_title=title,
            )
        )
    Page.objects.bulk_create(pages, batch_size=1000)
    created = list(Page.objects.filter(slug__startswith="bench-").order_by("path").values_list("pk", flat=True))
    kinds = PublicationPage.Kind.values
    rows = []
    dates = {}
    for pk in created:
        summary = sentence(rng, WORDS, 25)
        date = datetime.date(2010, 1, 1) + datetime.timedelta(days=rng.randrange(16 * 365))
        dates[pk] = date
        body = '[{"type": "paragraph", "value": "<p>' + sentence(rng, WORDS, 80) + '</p>"}]'
        summary_ru = sentence(rng, RU_WORDS, 20)
        rows.append((pk, rng.choice(kinds), date, summary, summary, summary_ru, None, body, body, None, None))
    with connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO publications_publicationpage (page_ptr_id, kind, publication_date, summary, summary_en, "
            "summary_ru, summary_ky, body, body_en, body_ru, body_ky, hero_image_alt_text, hero_image_alt_text_en, "
            "other_organisations, other_organisations_en, send_to_subscribers) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, "
            "%s, %s, %s, '', '', '', '', FALSE)",
            rows,
        )
    Page.objects.filter(pk=index.pk).update(numchild=start + publications)
    through = PublicationPage.topics.through
    through.objects.bulk_create(
        [through(publicationpage_id=pk, topic_id=rng.choice(topics).pk) for pk in created], batch_size=2000
    )
    statuses = Recommendation.Status.values
    recs = [
        Recommendation(
            publication_id=pk,
            text=sentence(rng, WORDS, 18),
            text_en=sentence(rng, WORDS, 18),
            text_ru=sentence(rng, RU_WORDS, 18),
            addressee_id=rng.choice(addressees).pk,
            sort_order=i,
        )
        for pk in created
        for i in range(recommendations_per_publication)
    ]
    Recommendation.objects.bulk_create(recs, batch_size=2000)
    rec_through = Recommendation.topics.through
    saved = Recommendation.objects.filter(publication_id__in=created).values_list(
        "pk", "publication_id", "addressee_id", "sort_order"
    )
    # Bulk inserts send no signals: the follow-up records (status, listing columns) are made here.
    RecommendationFollowUp.objects.bulk_create(
        [
            RecommendationFollowUp(
                recommendation_id=pk,
                status=rng.choice(statuses),
                listed=True,
                publication_id=publication_id,
                publication_date=dates[publication_id],
                addressee_id=addressee_id,
                position=position,
            )
            for pk, publication_id, addressee_id, position in saved
        ],
        batch_size=2000,
    )
    rec_ids = [row[0] for row in saved]
    rec_through.objects.bulk_create(
        [rec_through(recommendation_id=pk, topic_id=rng.choice(topics).pk) for pk in rec_ids], batch_size=2000
    )
    return len(created), len(rec_ids)
