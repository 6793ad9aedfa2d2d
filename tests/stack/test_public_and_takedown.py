"""What is not public is nowhere public, through the real nginx in front of two app servers with media on S3:
a restricted section is listed nowhere; an unpublished page leaves the cache in every variant and language; a
deleted image leaves no rendition online. Runs before test_scale_out.py (which stops an app server) on the same
stack, and leaves the site as it found it.
"""

import re
import threading
import time
import uuid

import pytest

from .client import Client, form_token
from .test_scale_out import APP_A, APP_B, LANGUAGES, PROXY, editor_login, png, shell

pytestmark = pytest.mark.usefixtures("the_stack")


def eventually(check, timeout=60, every=1):
    """The whole-site purge runs in the worker: wait for it (a fixed deadline, never forever)."""
    deadline = time.monotonic() + timeout
    while True:
        failures = check()
        if not failures or time.monotonic() > deadline:
            return failures
        time.sleep(every)


def confirm(client, base, url):
    """Submits an admin confirmation page (unpublish, delete) as the editor would."""
    form = client.get(url)
    return client.post(url, {"csrfmiddlewaretoken": form_token(form.text)}, headers={"Referer": base + url})


def section():
    return shell(
        "import json\nfrom publications.models import PublicationIndexPage, PublicationPage, Recommendation\n"
        "index = PublicationIndexPage.objects.get()\n"
        "pages = list(PublicationPage.objects.child_of(index).live())\n"
        "texts = [r.text_en for r in Recommendation.objects.filter(publication__in=pages) if r.text_en]\n"
        "print(json.dumps({'index': index.pk, 'slugs': [p.slug for p in pages],"
        " 'titles': sorted({t for p in pages for t in (p.title_en, p.title_ru, p.title_ky) if t}),"
        " 'texts': texts}))"
    )


def walk(proxy, language):
    """Every listing through the proxy in one language, the sitemap and its sections included."""
    paths = [
        f"/{language}/",
        f"/{language}/publications/feed/rss/",
        f"/{language}/publications/feed/atom/",
        f"/{language}/recommendations/",
        f"/{language}/search/?q=torture",
        f"/{language}/search/?q=prison",
        "/sitemap.xml",
    ]
    sitemap = proxy.get("/sitemap.xml").text
    paths += [re.sub(r"^https?://[^/]+", "", url) for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    return {path: proxy.get(path) for path in paths}


def traces(pages, known):
    found = []
    for path, response in pages.items():
        text = response.text
        found += [(path, slug) for slug in known["slugs"] if f"/publications/{slug}/" in text]
        found += [(path, title) for title in known["titles"] if title in text]
        found += [(path, t[:30]) for t in known["texts"] if t in text]
    return found


def database_count(proxy, language):
    text = proxy.get(f"/{language}/recommendations/").text
    return len(re.findall(r'<li class="rec">', text))


def test_a_restricted_section_is_listed_nowhere_through_the_proxy():
    known = section()
    proxy = Client(PROXY)
    for language in LANGUAGES:  # fills the proxy's cache with the section listed
        assert traces(walk(proxy, language), known), language
    counts = {language: database_count(proxy, language) for language in LANGUAGES}
    shell(
        "import json\nfrom wagtail.models import PageViewRestriction\n"
        f"PageViewRestriction.objects.create(page_id={known['index']}, restriction_type='password', "
        "password='members-only')\nprint(json.dumps(True))"
    )
    try:
        leaks = eventually(lambda: [t for language in LANGUAGES for t in traces(walk(proxy, language), known)])
        assert leaks == [], leaks[:10]
        assert all(database_count(proxy, language) == 0 for language in LANGUAGES)
        assert b'name="password"' in proxy.get("/ky/publications/").body
    finally:
        shell(
            "import json\nfrom wagtail.models import PageViewRestriction\n"
            f"for r in PageViewRestriction.objects.filter(page_id={known['index']}): r.delete()\n"
            "print(json.dumps(True))"
        )
    missing = eventually(
        lambda: [language for language in LANGUAGES if database_count(proxy, language) != counts[language]]
    )
    assert missing == [], "opened again, the section is listed again"
    assert traces(walk(proxy, "ru"), known)


def test_an_unpublished_page_leaves_the_cache_in_every_variant_and_language():
    page = shell(
        "import json\nfrom publications.models import PublicationPage\n"
        "p = PublicationPage.objects.live().filter(kind='statement').order_by('publication_date').first()\n"
        "print(json.dumps({'id': p.pk, 'path': p.url_path.split('/', 2)[2], 'title': p.title_en,"
        " 'word': max(p.title_en.split(), key=len)}))"
    )
    proxy = Client(PROXY)
    variants = [
        f"/en/{page['path']}",
        f"/en/{page['path']}?fbclid=IwAR0{uuid.uuid4().hex[:10]}",
        f"/ru/{page['path']}?utm_source=telegram&utm_medium=social",
        f"/ky/{page['path']}?gclid=abc&yclid=123",
        f"/ky/{page['path']}",
    ]
    listings = [f"/{language}/publications/feed/rss/" for language in LANGUAGES] + ["/en/", "/ru/publications/"]
    for path in variants + listings:
        proxy.get(path)
        assert proxy.get(path).headers["X-Cache"] == "HIT", path
    assert proxy.get(variants[1]).status == 200 and page["title"] in proxy.get(variants[1]).text

    done = confirm(editor_login(APP_A), APP_A, f"/admin/pages/{page['id']}/unpublish/")
    assert done.status == 302, done.text[:500]
    try:
        for path in variants + [f"/ru/{page['path']}?fbclid=other"]:
            assert proxy.get(path).status == 404, path
        for path in listings:
            assert page["title"] not in proxy.get(path).text, path
        for language in LANGUAGES:
            results = proxy.get(f"/{language}/search/?q={page['word']}")
            assert results.headers["X-Cache"] in ("MISS", "BYPASS", "")
            assert f"/{page['path']}" not in results.text, language
        log = shell(
            "import json\nfrom wagtail.models import PageLogEntry\n"
            f"e = PageLogEntry.objects.filter(page_id={page['id']}, action='core.purge').latest('timestamp')\n"
            "print(json.dumps(e.data))"
        )
        assert f"{PROXY}/ky/{page['path']}" in log["addresses"]
    finally:
        shell(
            "import json\nfrom publications.models import PublicationPage\n"
            f"PublicationPage.objects.get(pk={page['id']}).save_revision().publish()\nprint(json.dumps(True))"
        )
    assert proxy.get(variants[2]).status == 200


def bucket_keys(prefix):
    return shell(
        "import json\nfrom django.core.files.storage import default_storage as s\n"
        f"print(json.dumps(sorted(o.key for o in s.bucket.objects.filter(Prefix=s.location + '/' + {prefix!r}))))"
    )


def test_a_deleted_image_leaves_no_rendition_online():
    marker = uuid.uuid4().hex[:8]
    a = editor_login(APP_A)
    form = a.get("/admin/images/add/")
    fields = {"csrfmiddlewaretoken": form_token(form.text), "title": f"Photo to take down {marker}"}
    collection = re.search(r'name="collection"[^>]*>\s*<option value="(\d+)"', form.text)
    if collection:
        fields["collection"] = collection.group(1)
    name = f"takedown-{marker}.png"
    assert a.post_multipart("/admin/images/add/", fields, {"file": (name, png(), "image/png")}).status == 302
    page = shell(
        "import json\nfrom wagtail.images.models import Image\nfrom publications.models import PublicationPage\n"
        f"image = Image.objects.get(title__endswith={marker!r})\n"
        "p = PublicationPage.objects.live().filter(kind='statement').order_by('-publication_date')[1]\n"
        "previous = p.hero_image_id\np.hero_image = image\np.save_revision().publish()\n"
        "print(json.dumps({'id': p.pk, 'image': image.pk, 'previous': previous, 'path': p.url_path.split('/', 2)[2]}))"
    )
    # Both app servers render the page (and so the renditions) at the same moment, as two visitors would.
    start, bodies = threading.Barrier(4), []

    def visit(base, language):
        start.wait()
        bodies.append(Client(base).get(f"/{language}/{page['path']}").text)

    visitors = [threading.Thread(target=visit, args=(b, lang)) for b in (APP_A, APP_B) for lang in ("en", "ru")]
    for visitor in visitors:
        visitor.start()
    for visitor in visitors:
        visitor.join()
    proxy = Client(PROXY)
    html = proxy.get(f"/en/{page['path']}").text
    renditions = sorted(set(re.findall(r"(http://[^\"' ,]+/images/takedown-[^\"' ,]+)", html + "".join(bodies))))
    assert renditions, "the page shows renditions from the bucket"
    rows = shell(
        "import json\nfrom wagtail.images.models import Image\n"
        f"print(json.dumps(sorted(Image.objects.get(pk={page['image']}).renditions.values_list('file', flat=True))))"
    )
    # Wagtail shortens the original's name to fit a long filter in a rendition's name (the social card keeps
    # "takedown-" and four characters of the marker), so the bucket is listed by that much.
    renditions_prefix = f"images/takedown-{marker[:4]}"
    stored = bucket_keys(renditions_prefix)
    assert sorted(key.split("/", 1)[1] for key in stored) == rows, "one file per rendition: no suffixed copies"
    for url in renditions:
        assert Client("").get(url).status == 200, url

    deleted = confirm(editor_login(APP_B), APP_B, f"/admin/images/{page['image']}/delete/")
    assert deleted.status == 302, deleted.text[:500]
    try:
        online = eventually(lambda: [u for u in renditions if Client("").get(u).status == 200], timeout=20)
        assert online == [], online
        assert bucket_keys(renditions_prefix) == [] and bucket_keys(f"original_images/{name[:-4]}") == []
        for language in LANGUAGES:
            shown = proxy.get(f"/{language}/{page['path']}")
            assert shown.status == 200 and f"takedown-{marker}" not in shown.text, language
            assert f"takedown-{marker}" not in proxy.get(f"/{language}/publications/").text, language
        log = shell(
            "import json\nfrom wagtail.models import ModelLogEntry\n"
            f"e = ModelLogEntry.objects.get(action='core.purge', label__endswith={marker!r})\n"
            "print(json.dumps(e.data))"
        )
        assert f"{PROXY}/ru/{page['path']}" in log["addresses"]
    finally:
        shell(
            "import json\nfrom publications.models import PublicationPage\n"
            f"p = PublicationPage.objects.get(pk={page['id']})\np.hero_image_id = {page['previous']!r}\n"
            "p.save_revision().publish()\nprint(json.dumps(True))"
        )
