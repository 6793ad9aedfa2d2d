"""Sitemap at a large archive (BENCH_SITEMAP_SIZE, 100,000 by default): fills a PostgreSQL database once (no
search index), then builds the index and every section from an empty cache and reports the slowest.

Not run by `make bench` (its fill takes many minutes); run it alone: python benchmarks/sitemap_at_scale.py
"""

import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.bench_pages import POSTGRES_URL, create_postgres_database, ensure_postgres  # noqa: E402

SIZE = int(os.environ.get("BENCH_SITEMAP_SIZE", "100000"))


def main():
    ensure_postgres()
    url = f"{POSTGRES_URL}_{SIZE}"
    create_postgres_database(url)
    os.environ["BENCH_DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "benchmarks.settings"
    import django

    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command
    from django.test import Client

    from benchmarks.fill import fill
    from publications.models import PublicationPage

    call_command("migrate", "--noinput", verbosity=0)
    if not PublicationPage.objects.filter(slug=f"bench-{SIZE - 1}").exists():
        started = time.perf_counter()
        call_command("update_translation_fields", verbosity=0)
        call_command("load_demo_content", verbosity=0)
        fill(SIZE)
        print(f"filled {SIZE} publications in {time.perf_counter() - started:.0f} s", flush=True)
    client = Client(HTTP_HOST="127.0.0.1")
    for language in ("en", "ru", "ky"):  # a running server has its translations and URL resolvers loaded
        client.get(f"/{language}/")
    cache.clear()
    started = time.perf_counter()
    index = client.get("/sitemap.xml").content.decode()
    result = {"publications": PublicationPage.objects.count(), "index_s": time.perf_counter() - started}
    timings = []
    for location in re.findall(r"<loc>http://127.0.0.1(/sitemap-[^<]+)</loc>", index):
        started = time.perf_counter()
        response = client.get(location)
        timings.append((time.perf_counter() - started, location, response.content.count(b"<url>")))
    timings.sort(reverse=True)
    result.update(
        sections=len(timings),
        slowest_s=timings[0][0],
        slowest=timings[0][1],
        median_s=timings[len(timings) // 2][0],
        max_addresses=max(t[2] for t in timings),
        load=os.getloadavg(),
    )
    out = ROOT / "benchmarks" / "results" / f"bench_sitemap-{SIZE}.json"
    out.write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
