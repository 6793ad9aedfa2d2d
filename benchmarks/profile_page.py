"""Where an uncached page's time goes: cProfile over repeated requests through the test client, on the bench's
database (bench_pages.py fills it) with Redis as the shared cache, DEBUG off, as under gunicorn.

    BENCH_CACHE_URL=redis://127.0.0.1:6379/9 .venv/bin/python benchmarks/profile_page.py /en/publications/ [n]

Prints the CPU ms per request (process time, the profiler off) and the top entries by own time and by cumulative
time (the profiler on, counting CPU time). BENCH_SIZE (10000) and BENCH_POSTGRES_URL pick the database as
bench_pages.py does.
"""

import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(path, count):
    from benchmarks.bench_pages import setup_django

    setup_django("postgresql", int(os.environ.get("BENCH_SIZE", "10000")))
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    for _ in range(3):  # compiled templates, cached site data, a connection: what a warm worker has
        assert client.get(path).status_code == 200
    started = time.process_time()
    for _ in range(count):
        client.get(path)
    print(f"{path}: {(time.process_time() - started) * 1000 / count:.2f} ms CPU per request (test client)")
    profile = cProfile.Profile(time.process_time)  # CPU, not waiting on the database or Redis
    profile.enable()
    for _ in range(count):
        client.get(path)
    profile.disable()
    stats = pstats.Stats(profile).strip_dirs()
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats(45)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 50)
