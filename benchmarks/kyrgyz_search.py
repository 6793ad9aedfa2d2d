"""Which way of matching Kyrgyz words finds their pages best? Measured on the demo content (PostgreSQL).

Kyrgyz has no Snowball stemmer. For each inflected form in the table below, the pages that should be found are
those whose Kyrgyz text holds any form of the same word. Four ways are compared:
  exact    — the word as typed (PostgreSQL `simple` configuration)
  prefix   — the word as typed, as a prefix (`кыйноолордун:*`)
  trigram  — pg_trgm word similarity ≥ 0.5 between the word and the text
  stem     — the word's suffixes peeled (search/kyrgyz_stem.py), the stem as a prefix: what the site uses
A PyPI lemmatiser (kyrgyz-morph-tagger) was considered and not used: it needs PyTorch, transformers and a
checkpoint downloaded from Hugging Face at run time, and its licence forbids commercial use.

Run: DATABASE_URL=postgres://… python benchmarks/kyrgyz_search.py  (after `load_demo_content`)
"""

import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

WORD_FORMS = {
    "кыйноо": ["кыйноо", "кыйноолордун", "кыйноодон", "кыйноого", "кыйноолорго", "кыйноонун"],
    "укук": ["укук", "укуктары", "укуктарынын", "укуктарды", "укуктарын"],
    "мигрант": ["мигранттар", "мигранттарга", "мигранттарынын", "мигранттары"],
    "шайлоо": ["шайлоо", "шайлоодо", "шайлоого"],
    "зомбулук": ["зомбулук", "зомбулукка"],
    "сунуш": ["сунуш", "сунуштар", "сунуштары"],
    "мекеме": ["мекемелер", "мекемелерди", "мекемелердин"],
    "аял": ["аял", "аялдар", "аялдарды", "аялдардын"],
    "эркиндик": ["эркиндиги", "эркиндигине"],
    "адвокат": ["адвокат", "адвокаттардан"],
    "пандемия": ["пандемия", "пандемияга", "пандемиясы"],
    "камак": ["камакта", "камактагыларга", "камактагылардын"],
    "түрмө": ["түрмөлөр", "түрмөлөрдү"],
    "журналист": ["журналисттерди", "журналисттер"],
}


def main():
    import django

    django.setup()
    from django.db import connection

    from search.kyrgyz_stem import kyrgyz_stem
    from search.models import SearchDocument

    if connection.vendor != "postgresql":
        sys.exit("Needs PostgreSQL (DATABASE_URL) with the demo content loaded.")
    rows = list(
        SearchDocument.objects.filter(language="ky", recommendation=None).values("page_id", "title", "summary", "body")
    )
    texts = {row["page_id"]: f"{row['title']} {row['summary']} {row['body']}".lower() for row in rows}

    def gold(forms):
        return {pk for pk, text in texts.items() if any(re.search(rf"(?<!\w){f}(?!\w)", text) for f in forms)}

    def tsquery(term):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT page_id FROM search_searchdocument WHERE language = 'ky' AND recommendation_id IS NULL"
                " AND to_tsvector('simple', title || ' ' || summary || ' ' || body) @@ to_tsquery('simple', %s)",
                [term],
            )
            return {pk for (pk,) in cursor.fetchall()}

    def trigram(word):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT page_id FROM search_searchdocument WHERE language = 'ky' AND recommendation_id IS NULL"
                " AND word_similarity(%s, lower(title || ' ' || summary || ' ' || body)) >= 0.5",
                [word],
            )
            return {pk for (pk,) in cursor.fetchall()}

    methods = {
        "exact": lambda w: tsquery(w),
        "prefix": lambda w: tsquery(f"{w}:*"),
        "trigram": trigram,
        "stem": lambda w: tsquery(f"{kyrgyz_stem(w)}:*"),
    }
    totals = {name: {"found": 0, "expected": 0, "returned": 0, "correct": 0} for name in methods}
    for forms in WORD_FORMS.values():
        expected = gold(forms)
        for form in forms:
            for name, method in methods.items():
                got = method(form)
                totals[name]["expected"] += len(expected)
                totals[name]["found"] += len(got & expected)
                totals[name]["returned"] += len(got)
                totals[name]["correct"] += len(got & expected)
    queries = sum(len(forms) for forms in WORD_FORMS.values())
    report = {"queries": queries, "pages": len(texts)}
    for name, t in totals.items():
        report[name] = {
            "recall": round(t["found"] / t["expected"], 3),
            "precision": round(t["correct"] / t["returned"], 3) if t["returned"] else None,
        }
        print(f"{name:8} recall {report[name]['recall']:.3f}  precision {report[name]['precision']}")
    (HERE / "results" / "kyrgyz_search.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
