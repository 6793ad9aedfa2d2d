"""Scale-out, end to end: two gunicorn instances (A, B) behind nginx, sharing PostgreSQL, Redis and moto's S3.

Run by `make stack-test` (STACK_TEST=1), not by `make test`: it starts the whole stack (scripts/stack.py) on
loopback (tests/stack/conftest.py), and stops it at the end. The tests run in order and share the stack (with
test_public_and_takedown.py, which runs first): A is stopped in the fourth. Pages stay fresh in the proxy for
PAGE_CACHE_SECONDS (20 s in the stack test, conftest.py), so the database outage also shows stale copies served;
the last test backs up, copies off-site, wipes and restores.
"""

import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .client import AddressClient, Client, form_token

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import stack  # noqa: E402
import stack_processes  # noqa: E402

PROXY = f"http://127.0.0.1:{stack.PORTS['proxy']}"
APP_A = f"http://127.0.0.1:{stack.PORTS['app-a']}"
APP_B = f"http://127.0.0.1:{stack.PORTS['app-b']}"
LANGUAGES = ("en", "ru", "ky")


def stack_env():
    return stack.saved_env()


def shell(code):
    """Run Python in the stack's Django (as cron or an operator would), returning what it prints as JSON."""
    env = {**os.environ, **stack_env()}
    result = subprocess.run(
        [stack.PYTHON, "manage.py", "shell", "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def from_every_worker(base, path):
    """The page's text from several requests at once (four per worker): one at a time, every request can land on
    the same gunicorn worker."""
    workers = int(stack_env().get("WEB_CONCURRENCY", "2"))
    with ThreadPoolExecutor(2 * workers) as clients:
        return list(clients.map(lambda _: Client(base).get(path).text, range(4 * workers)))


EDITOR = "stack-editor"
EDITOR_PASSWORD = uuid.uuid4().hex


def editor_login(base):
    """An editor in Wagtail's Moderators group (publish, images), who may but need not use two-factor sign-in;
    the superuser the stack prints must enrol a second factor first (security.two_factor)."""
    password = EDITOR_PASSWORD
    shell(
        "import json\nfrom django.contrib.auth.models import Group, User\n"
        f"u, _ = User.objects.get_or_create(username={EDITOR!r})\n"
        f"if not u.check_password({password!r}): u.set_password({password!r}); u.save()\n"
        "u.groups.add(Group.objects.get(name='Moderators'))\nprint(json.dumps(True))"
    )
    return Client(base).login(EDITOR, password)


def test_a_page_published_through_a_is_fresh_through_the_proxy_and_b_in_every_language(the_stack):
    page = shell(
        "import json\nfrom publications.models import PublicationPage\n"
        "p = PublicationPage.objects.live().order_by('-publication_date').first()\n"
        "print(json.dumps({'id': p.pk, 'path': p.url_path.split('/', 2)[2]}))"
    )
    proxy = Client(PROXY)
    for language in LANGUAGES:
        proxy.get(f"/{language}/{page['path']}")
        warm = proxy.get(f"/{language}/{page['path']}")
        assert warm.headers["X-Cache"] == "HIT", "the page is served from the proxy's cache"
        proxy.get(f"/{language}/publications/")
        # B's workers keep their own copies of what they read (core/redis_cache.py)
        from_every_worker(APP_B, f"/{language}/{page['path']}")
        from_every_worker(APP_B, f"/{language}/publications/")
    marker = uuid.uuid4().hex[:8]
    shell(
        "import json\nfrom publications.models import PublicationPage\n"
        f"p = PublicationPage.objects.get(pk={page['id']})\n"
        f"p.title_en = 'Fresh {marker} EN'; p.title_ru = 'Свежий {marker} RU'; p.title_ky = 'Жаңы {marker} KY'\n"
        "p.save_revision()\nprint(json.dumps(True))"
    )
    editor = editor_login(APP_A)
    url = f"/admin/bulk/wagtailcore/page/publish/?id={page['id']}"
    form = editor.get(url)
    assert form.status == 200, form.status
    published = editor.post(url, {"csrfmiddlewaretoken": form_token(form.text)}, headers={"Referer": APP_A + url})
    assert published.status in (200, 302), published.text[:500]
    expected = {"en": f"Fresh {marker} EN", "ru": f"Свежий {marker} RU", "ky": f"Жаңы {marker} KY"}
    for language, title in expected.items():
        assert title in proxy.get(f"/{language}/{page['path']}").text, f"proxy, {language}"
        assert title in proxy.get(f"/{language}/publications/").text, f"proxy listing, {language}"
        for text in from_every_worker(APP_B, f"/{language}/{page['path']}"):  # not only the first to answer
            assert title in text, f"instance B, {language}"
        for text in from_every_worker(APP_B, f"/{language}/publications/"):
            assert title in text, f"instance B listing, {language}"
    again = proxy.get(f"/en/{page['path']}")
    assert again.headers["X-Cache"] == "HIT", "cached again after the first fresh request"


def png():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (900, 600), (20, 90, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def test_an_image_uploaded_through_a_renders_through_b(the_stack):
    a = editor_login(APP_A)
    form = a.get("/admin/images/add/")
    collection = re.search(r'name="collection"[^>]*>\s*<option value="(\d+)"', form.text)
    title = f"Uploaded through A {uuid.uuid4().hex[:8]}"
    fields = {"csrfmiddlewaretoken": form_token(form.text), "title": title}
    if collection:
        fields["collection"] = collection.group(1)
    uploaded = a.post_multipart("/admin/images/add/", fields, {"file": ("through-a.png", png(), "image/png")})
    assert uploaded.status == 302, uploaded.text[:1000]
    image_id = shell(
        "import json\nfrom wagtail.images.models import Image\n"
        f"print(json.dumps(Image.objects.get(title={title!r}).pk))"
    )
    b = editor_login(APP_B)
    edit = b.get(f"/admin/images/{image_id}/")
    assert edit.status == 200
    sources = re.findall(r'<img[^>]+src="([^"]+through-a[^"]*)"', edit.text)
    assert sources, "B renders a rendition of A's upload"
    assert sources[0].startswith(f"http://127.0.0.1:{stack.PORTS['s3']}/"), sources[0]
    rendition = Client("").get(sources[0])
    assert rendition.status == 200 and rendition.headers["Content-Type"].startswith("image/")


def test_a_rate_limit_counted_on_a_holds_on_b(the_stack):
    contact = shell(
        "import json\nfrom home.models import ContactPage\n"
        "p = ContactPage.objects.live().first()\n"
        "fields = [(f.clean_name, f.field_type) for f in p.get_form_fields()]\n"
        "print(json.dumps({'path': p.url_path.split('/', 2)[2], 'fields': fields}))"
    )
    data = {}
    for name, kind in contact["fields"]:
        data[name] = "visitor@example.org" if kind == "email" else "A message about a hearing."
    headers = {"X-Real-IP": "198.51.100.23", "Sec-Fetch-Site": "same-origin"}
    limit = int(stack_env().get("CONTACT_FORM_RATE", "5/h").split("/")[0])
    a, b = Client(APP_A), Client(APP_B)
    for _ in range(limit):
        assert a.post(f"/en/{contact['path']}", data, headers=headers).status == 200
    assert b.post(f"/en/{contact['path']}", data, headers=headers).status == 429
    other = {**headers, "X-Real-IP": "198.51.100.99"}
    assert b.post(f"/en/{contact['path']}", data, headers=other).status == 200, "another visitor is not limited"


def test_stopping_a_leaves_pages_served_through_b(the_stack):
    proxy = Client(PROXY)
    paths = [f"/{language}/" for language in LANGUAGES] + ["/en/publications/", "/ru/recommendations/"]
    for path in paths:
        proxy.get(path)
    stack.stop("app-a")
    # A monitor sees the lost server: each app server's own health through the proxy.
    assert proxy.get("/healthz/1").status == 502
    assert proxy.get("/healthz/2").status == 200
    assert proxy.get("/healthz").status == 200
    statuses = []
    for round_number in range(3):
        for path in paths:
            statuses.append(proxy.get(path).status)
        statuses.append(proxy.get(f"/en/search/?q=torture{round_number}").status)  # never cached: reaches B
    assert statuses == [200] * len(statuses)


def test_a_stranger_guessing_from_one_address_never_locks_the_owner_out_through_the_proxy(the_stack):
    """nginx passes each visitor's own address (X-Real-IP from the connection): requests leave from 127.0.0.2
    (the guesser) and 127.0.0.3 (the owner)."""
    owner, password = "stack-owner", uuid.uuid4().hex
    shell(
        "import json\nfrom django.contrib.auth.models import User\n"
        f"u, _ = User.objects.get_or_create(username={owner!r}, defaults={{'email': 'owner@example.org'}})\n"
        f"u.is_staff = True; u.set_password({password!r}); u.save()\nprint(json.dumps(True))"
    )
    limit = 5
    guesser, owner_client = AddressClient(PROXY, "127.0.0.2"), AddressClient(PROXY, "127.0.0.3")
    statuses = []
    for attempt in range(limit):
        status, headers, _text = guesser.sign_in(owner, f"wrong-{attempt}")
        if status == 429 and "Retry-After" in headers:  # the address is slowed (2, 4 s): wait as a person would
            time.sleep(int(headers["Retry-After"]))
            status, headers, _text = guesser.sign_in(owner, f"wrong-{attempt}")
        statuses.append(status)
    assert statuses[-1] == 429 and "Retry-After" not in headers, "the pair is locked"
    assert owner_client.sign_in(owner, password)[0] == 302, "the owner, from another address, signs in"
    [lock_mail] = wait_for_mail("owner@example.org", 1, timeout=60)
    body = lock_mail.get_body(preferencelist=("plain",)).get_content()
    assert "127.0.0.2" in body, "the worker sent the owner the lock e-mail, naming the guessing address"


def test_a_30_second_database_outage_leaves_the_worker_alive_and_receipts_sent_once(the_stack):
    worker = stack.running("worker")
    assert worker
    proxy = Client(PROXY)
    proxy.get("/en/")
    cached = proxy.get("/ru/networks/")  # before the receipts are queued: they must still be waiting at the stop
    assert cached.status == 200
    run = uuid.uuid4().hex[:8]
    receipts = shell(
        "import datetime, json\nfrom django.utils import timezone\n"
        "from donations.models import Donation, DonationPage, Receipt\nfrom donations.tasks import send_receipt\n"
        "page = DonationPage.objects.live().first()\nnumbers = []\n"
        "for i in range(3):\n"
        "    d = Donation.objects.create(page=page, amount=2500, currency='USD', email=f'outage{i}@example.org',"
        f" language='ru', payment='paid', paid_at=timezone.now(), stripe_checkout_session_id=f'cs_{run}_{{i}}')\n"
        "    r, _ = Receipt.issue(d)\n"
        "    send_receipt.using(run_after=timezone.now() + datetime.timedelta(seconds=4)).enqueue(r.pk)\n"
        "    numbers.append(r.number)\n"
        "print(json.dumps(numbers))"
    )
    stack.stop("postgres")
    outage_started = time.monotonic()
    during = []
    while time.monotonic() - outage_started < 30:
        health = proxy.get("/healthz")
        during.append((health.status, json.loads(health.body)["checks"]["database"] if health.body else ""))
        assert proxy.get("/en/").status == 200, "cached pages stay up"
        time.sleep(3)
    # Past PAGE_CACHE_SECONDS the copy is stale: the app answers 503 and the proxy serves what it kept.
    stale = proxy.get("/ru/networks/")
    assert (stale.status, stale.headers["X-Cache"]) == (200, "STALE")
    assert stale.body == cached.body
    never_cached = proxy.get("/ky/networks/?during-the-outage")
    assert never_cached.status == 503 and never_cached.headers["Retry-After"] == "30", "503, not 500"
    assert all(status == 503 for status, _ in during)
    assert all(database.startswith("database unreachable") for _, database in during)
    assert stack.running("worker") == worker, "the worker lived through the outage"
    stack.start_postgres()
    deadline = time.monotonic() + 90
    sent = []
    while time.monotonic() < deadline:
        sent = shell(
            "import json\nfrom donations.models import Receipt\n"
            f"print(json.dumps(list(Receipt.objects.filter(number__in={receipts!r}, send_status='sent')"
            ".values_list('number', 'attempts'))))"
        )
        if len(sent) == len(receipts):
            break
        time.sleep(2)
    assert sorted(number for number, _ in sent) == sorted(receipts)
    assert all(attempts == 1 for _, attempts in sent)
    mails = "".join(path.read_text(errors="replace") for path in (stack.STATE / "mail").glob("*.eml"))
    for number in receipts:
        assert len(re.findall(rf"attachment; filename=\"?receipt-{re.escape(number)}\.pdf", mails)) == 1, number
    assert stack.running("worker") == worker
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proxy.get("/healthz").status != 200:
        time.sleep(2)
    assert proxy.get("/healthz").status == 200


def test_backup_off_site_copy_wipe_and_restore(the_stack):
    """The restore drill: the nightly job backs up and copies off-site (moto's S3 standing in for another
    provider), the server loses its database, media and local backups, and the off-site copy alone restores it."""
    before = shell(
        "import json\nfrom wagtail.models import Page\nfrom wagtail.images.models import Image\n"
        "from donations.models import Donation, Receipt\nfrom publications.models import PublicationPage\n"
        "p = PublicationPage.objects.live().order_by('-publication_date').first()\n"
        "print(json.dumps({'pages': Page.objects.count(), 'donations': Donation.objects.count(),"
        " 'receipts': sorted(Receipt.objects.values_list('number', flat=True)), 'images': Image.objects.count(),"
        " 'path': p.url_path.split('/', 2)[2], 'title': p.title_en}))"
    )
    job = subprocess.run(
        [stack.PYTHON, "manage.py", "run_job", "backup_site"], cwd=ROOT, env={**os.environ, **stack_env()}, timeout=300
    )
    assert job.returncode == 0
    bucket = s3_client()
    keys = [item["Key"] for item in bucket.list_objects_v2(Bucket=stack.BACKUP_BUCKET).get("Contents", [])]
    assert {key.rsplit("/", 1)[1] for key in keys} == {"database.dump", "media.tar", "manifest.json"}, keys

    for name in ("scheduler", "worker", "app-b"):
        stack.stop(name)
    psql = [stack_processes.pg_bin("psql"), "-h", "127.0.0.1", "-p", str(stack.PORTS["postgres"]), "-U", "birduino"]
    wipe = "DROP DATABASE birduino WITH (FORCE); CREATE DATABASE birduino;"
    for statement in wipe.split("; "):
        subprocess.run([*psql, "-d", "postgres", "-c", statement], check=True, capture_output=True)
    media = [item["Key"] for item in bucket.list_objects_v2(Bucket=stack.BUCKET).get("Contents", [])]
    for key in media:
        bucket.delete_object(Bucket=stack.BUCKET, Key=key)
    shutil.rmtree(stack.STATE / "backups")
    assert media, "there were images to lose"

    restored = subprocess.run(
        [stack.PYTHON, "manage.py", "restore_site", "--offsite", "latest", "--yes"],
        cwd=ROOT,
        env={**os.environ, **stack_env()},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert restored.returncode == 0, restored.stderr[-2000:]
    env = stack.app_env(s3=True)
    stack.start_app("app-b", env)
    stack.start_worker(env)
    stack.start_scheduler(env)
    after = shell(
        "import json\nfrom wagtail.models import Page\nfrom wagtail.images.models import Image\n"
        "from donations.models import Donation, Receipt\nfrom publications.models import PublicationPage\n"
        "p = PublicationPage.objects.live().order_by('-publication_date').first()\n"
        "print(json.dumps({'pages': Page.objects.count(), 'donations': Donation.objects.count(),"
        " 'receipts': sorted(Receipt.objects.values_list('number', flat=True)), 'images': Image.objects.count(),"
        " 'path': p.url_path.split('/', 2)[2], 'title': p.title_en}))"
    )
    assert after == before
    assert len(bucket.list_objects_v2(Bucket=stack.BUCKET).get("Contents", [])) == len(media), "the media are back"
    page = Client(APP_B).get(f"/en/{before['path']}")
    assert page.status == 200 and before["title"] in page.text
    original = shell(
        "import json\nfrom wagtail.images.models import Image\nprint(json.dumps(Image.objects.last().file.url))"
    )
    assert Client("").get(original).status == 200, "an image's original loads from the bucket again"


def s3_client():
    import boto3

    return boto3.client(
        "s3",
        endpoint_url=f"http://127.0.0.1:{stack.PORTS['s3']}",
        aws_access_key_id="stack-local",
        aws_secret_access_key="stack-local",  # noqa: S106 (moto accepts any key)
        region_name="us-east-1",
    )


def mail_to(address):
    import email
    import email.policy

    found = []
    for path in sorted((stack.STATE / "mail").glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        if address in str(message["To"]):
            found.append(message)
    return found


def wait_for_mail(address, count, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and len(mail_to(address)) < count:
        time.sleep(1)
    return mail_to(address)


def test_a_reader_subscribes_through_the_proxy_and_the_worker_mails_a_statement_once(the_stack):
    """The newsletter on real parts: the form through nginx, the worker sending to the SMTP server, one-click."""
    proxy = Client(PROXY)
    reader = f"stack-reader-{uuid.uuid4().hex[:8]}@example.org"
    assert 'action="/en/newsletter/subscribe/"' in proxy.get("/en/").text
    same_site = {"Sec-Fetch-Site": "same-origin"}
    assert proxy.post("/en/newsletter/subscribe/", {"email": reader, "language": "ru"}, same_site).status == 200
    [confirmation] = wait_for_mail(reader, 1)
    confirm = re.search(
        r"http://[^/\s]+(/ru/newsletter/confirm/[\w-]+/)", confirmation.get_body(("plain",)).get_content()
    )
    assert proxy.post(confirm.group(1), {}, same_site).status == 200
    title = f"Stack statement {uuid.uuid4().hex[:6]}"
    shell(
        "import json, datetime\nfrom publications.models import PublicationIndexPage, PublicationPage\n"
        "index = PublicationIndexPage.objects.first()\n"
        f"page = PublicationPage(title={title!r}, title_ru={title!r}, slug={title.lower().replace(' ', '-')!r}, "
        "kind='statement', publication_date=datetime.date.today(), summary='Summary.', live=False)\n"
        "index.add_child(instance=page)\npage.save_revision().publish()\nprint(json.dumps(page.pk))"
    )
    mails = wait_for_mail(reader, 2)
    assert len(mails) == 2 and mails[1]["Subject"] == title
    assert mails[1]["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = re.search(r"<http://[^/>]+(/ru/newsletter/unsubscribe/[\w-]+/)>", str(mails[1]["List-Unsubscribe"]))
    assert Client(PROXY).post(unsubscribe.group(1), {"List-Unsubscribe": "One-Click"}).status == 200
    status = shell(
        "import json\nfrom newsletter.models import Subscriber\n"
        f"print(json.dumps(Subscriber.objects.get(email={reader!r}).status))"
    )
    assert status == "unsubscribed"
    time.sleep(3)
    assert len(mail_to(reader)) == 2  # nothing more, ever
