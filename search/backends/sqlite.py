"""SQLite (development): rows matched by word stems in their lower-cased text, a title match ranked first, newer
first on a tie. SQLite folds only ASCII case itself, so the text is folded once when a row is stored."""

from django.db.models import Case, F, IntegerField, Q, Value, When

from ..models import SearchDocument
from ..words import word_prefixes
from .base import SearchBackend


class SQLiteBackend(SearchBackend):
    def store(self, documents):
        for document in documents:
            document.folded_title = document.title.lower()
            document.folded = f"{document.title}\n{document.summary}\n{document.body}".lower()
        super().store(documents)

    def find(self, words, language, root_path):
        in_language = SearchDocument.objects.filter(listed=True, language=language, path__startswith=root_path)
        pages = matching(in_language.filter(recommendation=None), words, language)
        recommendations = matching(in_language.exclude(recommendation=None), words, language)
        found = list(pages.values_list("pk", "page_id")[: self.ranked_pool + self.title_pool])
        best = list(recommendations.values_list("pk", "recommendation_id", "page_id")[: self.recommendations_shown])
        return found, best, False


def matching(documents, words, language):
    condition, in_title = Q(), Q()
    for word in words:
        any_form = Q()
        for prefix in word_prefixes(word, language):
            any_form |= Q(folded__contains=prefix)
            in_title |= Q(folded_title__contains=prefix)
        condition &= any_form
    score = Case(When(in_title, then=Value(2)), default=Value(1), output_field=IntegerField())
    return documents.filter(condition).annotate(rank=score).order_by("-rank", F("date").desc(nulls_last=True), "pk")
