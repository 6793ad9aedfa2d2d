"""Shareable pages compressed by the app, once per render, so the proxy's cache stores them compressed.

nginx's gzip and Brotli filters compress what nginx sends, after its cache: with them compressing pages, every
cache hit was compressed again (3,500-5,800 req/s instead of ~74,000). The proxy therefore asks the app for one
encoding class per copy it keeps (br, gzip or identity, deploy/nginx/birduino.conf) and this middleware answers
in that encoding, with its Content-Length, so a hit is a file send at static-file speed. (An inner nginx server
compressing before the cache was tried first: its copies carried no Content-Length, and hits sent chunked ran at
0.5-0.9x the static file instead of 0.8-1.0x.)

Only responses marked `public` (core.cache_headers: no cookie, no session, nothing personal) are compressed here;
the admin's pages carry CSRF tokens, which compression must not sit beside (BREACH), and nginx's filters compress
them and the other uncached responses on the way out as before. Brotli quality 5 and gzip level 6 cost about
0.3 ms for a 20 KB page (Brotli's default, 11, costs 20 ms) and give 4-5x smaller pages.
"""

import brotli
from django.utils.cache import patch_vary_headers
from django.utils.text import compress_string

MIN_BYTES = 256
COMPRESSIBLE_TYPES = ("text/", "application/xml", "application/rss+xml", "application/atom+xml", "application/json")
BROTLI_QUALITY = 5


def accepted_encodings(request):
    """The codings the request accepts (q > 0), lower-cased."""
    accepted = set()
    for part in request.META.get("HTTP_ACCEPT_ENCODING", "").split(","):
        coding, _, parameters = part.partition(";")
        quality = parameters.strip().lower().removeprefix("q=")
        if coding.strip() and quality not in ("0", "0.0", "0.00", "0.000"):
            accepted.add(coding.strip().lower())
    return accepted


def compress(body, encoding):
    if encoding == "br":
        return brotli.compress(body, quality=BROTLI_QUALITY, mode=brotli.MODE_TEXT)
    return compress_string(body)


class PublicPageCompressionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.streaming or not response.get("Content-Type", "").startswith(COMPRESSIBLE_TYPES):
            return response
        # Compressed here or by nginx on the way out: either way the body depends on Accept-Encoding.
        patch_vary_headers(response, ("Accept-Encoding",))
        if not is_compressible(response):
            return response
        accepted = accepted_encodings(request)
        encoding = next((coding for coding in ("br", "gzip") if coding in accepted), None)
        if encoding is None:
            return response
        body = compress(response.content, encoding)
        if len(body) < len(response.content):
            response.content = body
            response["Content-Encoding"] = encoding
            response["Content-Length"] = str(len(body))
        return response


def is_compressible(response):
    return (
        "public" in response.get("Cache-Control", "")
        and not response.has_header("Content-Encoding")
        and len(response.content) >= MIN_BYTES
    )
