"""The fixed 20 KB page both ceilings return: the bare Django app (benchmarks/bare.py) and /bench/ceiling/ inside
the site's middleware (benchmarks/urls.py)."""

_PARAGRAPH = "<p>" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 2 + "</p>\n"
BODY = ("<!doctype html><title>ceiling</title>\n" + _PARAGRAPH * 200)[:20480].encode()
