"""Shared fixtures: a fresh site tree for each test, the demo site built once per worker, and the language reset.

Speed: the demo site takes seconds to build, so each pytest(-xdist) worker builds it once, commits it to its test
database, and every test that asks for `demo_site` runs inside a transaction that is rolled back afterwards.
Tests that use the demo run after the other database tests (see pytest_collection_modifyitems), so the latter
still start from the empty tree the migrations leave. Transactional tests (the browser's live server) empty the
database when they end; the next test that asks for the demo gets it back: on SQLite by copying the worker's
snapshot of the database back (sqlite3's backup API, milliseconds), on PostgreSQL by building it again.

Background tasks (search and reference indexing, receipts) are only recorded in tests (config/settings/test.py);
the `tasks_run_at_once` fixture runs them at once for the tests that need their effect. What a change does after
it commits (cache versions, purges) runs inside `with committed():` (each test is one transaction that never
commits).
"""

import sqlite3

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.utils import translation
from wagtail.models import Collection, Locale, Page, Site

IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def uses_demo(item):
    return "demo_site" in getattr(item, "fixturenames", ())


def is_transactional(item):
    marker = item.get_closest_marker("django_db")
    fixtures = getattr(item, "fixturenames", ())
    transactional_fixtures = {"live_server", "transactional_db"}
    return bool(marker and marker.kwargs.get("transaction")) or bool(transactional_fixtures & set(fixtures))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """After pytest-django's order (database tests, transactional tests, the rest): the database tests that use
    the demo move to the end of their group, since once a worker has built the demo it stays committed."""
    first_transactional = next((i for i, item in enumerate(items) if is_transactional(item)), len(items))
    plain, transactional = items[:first_transactional], items[first_transactional:]
    plain.sort(key=uses_demo)
    items[:] = plain + transactional


@pytest.fixture(autouse=True)
def reset_language_and_cache():
    """A request to /ky/ leaves Kyrgyz active in the thread; every test starts in English with an empty cache
    (Wagtail caches the site's root paths there)."""
    cache.clear()
    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture(autouse=True)
def admin_two_factor_satisfied(request, monkeypatch):
    """Tests that sign in to the admin are about something else: their sessions count as verified by a second
    factor. Tests marked `two_factor` get the real requirement (tests/security)."""
    if request.node.get_closest_marker("two_factor") is None:
        monkeypatch.setattr("security.two_factor.session_is_verified", lambda request: True)


@pytest.fixture
def tasks_run_at_once(settings):
    """Background tasks run during the call that enqueues them, as in development."""
    settings.TASKS = IMMEDIATE_TASKS


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed(): change()` runs what the change does once its transaction commits (data-cache versions,
    purges, file deletions: core.dispatcher), as production does: a test's own transaction never commits. What
    was changed before (fixtures) counts as committed already, without repeating its work."""
    from core.dispatcher import Batch

    def block():
        pending = connection.run_on_commit
        pending[:] = [entry for entry in pending if not isinstance(entry[1], Batch)]
        return django_capture_on_commit_callbacks(execute=True)

    return block


@pytest.fixture
def root_page(db):
    # A transactional test before this one may have flushed the tables, Wagtail's default locale and root included.
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
    call_command("update_translation_fields", verbosity=0)
    return root


@pytest.fixture
def root_collection(db):
    """Images need Wagtail's root collection, which a transactional test before this one may have flushed."""
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


@pytest.fixture
def home_page(root_page):
    """A HomePage as the default site's root, in place of Wagtail's welcome page."""
    from tests.home.factories import HomePageFactory

    for child in root_page.get_children():
        child.delete()
    home = HomePageFactory(parent=root_page, slug="home")
    make_default_site(home)
    return home


def make_default_site(home):
    """Deleting Wagtail's welcome page deletes its site too (the foreign key cascades): make ours."""
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "testserver", "port": 80, "root_page": home, "site_name": "Test"}
    )


def demo_is_loaded():
    from home.models import HomePage

    return Site.objects.filter(is_default_site=True, root_page__in=HomePage.objects.all()).exists()


def load_demo():
    # Indexed for search like `make run` builds it: once per worker, so the cost is paid once.
    with override_settings(TASKS=IMMEDIATE_TASKS):
        call_command("load_demo_content", verbosity=0)


class DemoSnapshot:
    """A copy of the worker's SQLite test database with the demo committed, to copy back after a transactional
    test has emptied it. PostgreSQL builds the demo again instead."""

    def __init__(self):
        self.copy = None

    def take(self):
        if connection.vendor == "sqlite" and not connection.in_atomic_block:
            connection.ensure_connection()
            self.copy = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(self.copy)

    def restore(self):
        if self.copy is None or connection.in_atomic_block:
            return False
        self.copy.backup(connection.connection)
        # Emptying the database made new content-type rows; the restored ones have their old ids.
        ContentType.objects.clear_cache()
        return True


@pytest.fixture(scope="session")
def committed_demo(django_db_setup, django_db_blocker):
    """The demo, built and committed once per worker, before any test transaction opens (session fixtures are
    set up first)."""
    snapshot = DemoSnapshot()
    with django_db_blocker.unblock():
        load_demo()
        snapshot.take()
    yield snapshot
    if snapshot.copy is not None:
        snapshot.copy.close()


@pytest.fixture
def demo_site(committed_demo, db):
    """The whole demo site as `make run` builds it."""
    if not demo_is_loaded() and not committed_demo.restore():
        # A transactional test has emptied the database since: build it again (committed when the test is
        # transactional, and emptied again when it ends).
        load_demo()
    cache.clear()
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def admin_user(db, django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "pass-for-tests-only")


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client
