"""One row per page (or recommendation) and language: the text a visitor of that language reads, ready to search.

Kept by search.documents on every save; `vector` is PostgreSQL's weighted tsvector (title A, summary B,
body C) in the text's own configuration, `title_vector` the title alone (the first pool of candidates ranked),
and `folded` the lower-cased text SQLite matches against. `listed` (live, behind no view restriction) and `path`
(the page's place in the tree, for the site's scope) are copied so a search reads this table alone.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models

# Plain DESC (no NULLS LAST: SQLite's indexes cannot say it); a listed page always has a date.
NEWEST = (models.F("language"), models.F("date").desc(), models.F("id"))


class SearchDocument(models.Model):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    recommendation = models.ForeignKey(
        "publications.Recommendation", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    language = models.CharField(max_length=8)
    # The language the text is really in (a missing translation falls back) and its text-search configuration.
    source_language = models.CharField(max_length=8)
    config = models.CharField(max_length=32)
    title = models.TextField(blank=True)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    folded_title = models.TextField(blank=True)
    folded = models.TextField(blank=True)
    date = models.DateField(null=True)
    vector = SearchVectorField(null=True)
    title_vector = SearchVectorField(null=True)
    listed = models.BooleanField(default=True)
    path = models.CharField(max_length=255, blank=True)

    class Meta:
        # A search walks the newest rows of its language (search.postgres_pool): pages and recommendations apart.
        indexes = [
            models.Index(*NEWEST, name="searchdoc_pages_newest", condition=models.Q(recommendation=None)),
            models.Index(*NEWEST, name="searchdoc_recs_newest", condition=models.Q(recommendation__isnull=False)),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "language"], condition=models.Q(recommendation=None), name="searchdoc_one_per_page"
            )
        ]

    def __str__(self):
        return f"{self.language}: {self.title or self.body[:60]}"
