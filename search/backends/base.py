"""The interface every search backend gives: how rows are stored, how a search finds and ranks them, how the
shown rows are excerpted, and where a misspelt word's better spelling is looked for. One class per database
(search.backends.postgres, search.backends.sqlite); search.service and search.documents speak only to this."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from ..models import SearchDocument


class SearchBackend:
    # How many page rows a search ranks, and the best recommendations shown beside them.
    ranked_pool = 120
    title_pool = 60
    recommendations_shown = 5

    def store(self, documents):
        """Inserts new SearchDocument rows, with whatever this database searches them by."""
        SearchDocument.objects.bulk_create(documents, batch_size=1000)

    def find(self, words, language, root_path):
        """([(row pk, page id)] best first, [(row pk, recommendation id, page id)] best first, whether more pages
        match than were ranked): the listed rows in `language` inside the site whose tree starts at `root_path`."""
        raise NotImplementedError

    def excerpts(self, row_ids, words, language, stems):
        """{row pk: (highlighted title, highlighted excerpt)} of the rows shown."""
        return python_excerpts(row_ids, stems)

    def spelling_candidates(self, titles, words):
        """Titles whose words may be what a misspelt query meant."""
        return list(titles.values_list("title", flat=True)[:3000])


def python_excerpt(text, stems, length=240):
    """An excerpt around the first matching word, with every word that starts with a stem marked."""
    lowered = text.lower()
    starts = [found.start() for stem in stems if (found := re.search(rf"\b{re.escape(stem)}", lowered))]
    start = max(0, min(starts) - length // 3) if starts else 0
    if start:
        start = text.find(" ", start) + 1
    excerpt = text[start : start + length]
    pattern = re.compile(rf"\b(?:{'|'.join(re.escape(s) for s in stems)})\w*", re.IGNORECASE) if stems else None
    html = escape(excerpt)
    if pattern:
        html = pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", html)
    return mark_safe(("… " if start else "") + html + (" …" if start + length < len(text) else ""))  # noqa: S308


def python_excerpts(ids, stems):
    excerpts = {}
    for row in SearchDocument.objects.filter(pk__in=ids).values("pk", "title", "summary", "body"):
        summary_hit = any(stem in row["summary"].lower() for stem in stems)
        text = row["summary"] if summary_hit or not row["body"] else row["body"]
        excerpts[row["pk"]] = (python_excerpt(row["title"], stems, 500), python_excerpt(text, stems))
    return excerpts
