"""What a change invalidates: one table, declared per app, applied by one dispatcher.

Each app lists in its `invalidation.py` an `INVALIDATES` table of rows `Invalidates(model, on=events, ...)`:
which data-cache sections a change bumps (core.caching), which addresses it purges from the proxy and a CDN
(core.purge), which search rows it queues and which follow-up records it refreshes, and which stored files it
deletes. For each change the rows of the most specific model class declaring that event apply (a publication's
rows, not the rows every page has), from every app that declares them.

Rows kept in the database are written in the transaction of the change (follow-up records), or queued as tasks in
it (search rows: search.indexing), so they commit or roll back with it. What lives outside the database (cache
versions, the proxy, a CDN, stored files) is collected per transaction, kept with the transaction's on-commit
callbacks (so a rollback drops it), and done once after commit: one version bump per section, one purge batch
(with its log entry), no state per thread.
Bulk updates that send no signals report their rows with `changed(instance)`.

`describe()` prints the whole table (`manage.py invalidation_table`; tests/core/test_invalidation_table.py).
"""

import copy
import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.utils.module_loading import import_string, module_has_submodule
from wagtail.log_actions import get_active_log_context
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import purge, takedown, warming
from core.caching import bump

logger = logging.getLogger(__name__)

EVENTS = ("saved", "deleted", "published", "unpublished", "moved")
PAGE = "page"  # the page's own addresses in every language, and those of the pages that list it
SITE = "site"  # every address of the site: shown on every page, or too many pages to name
EVERYTHING = "all"  # the data-cache section whose bump drops every derived entry
# Beyond this many addresses one batch purges the whole site instead (a deleted section of thousands of pages).
MOST_ADDRESSES = 2000


@dataclass(frozen=True)
class Invalidates:
    """One row of the table. Callables take (instance, event); `when` also gets the signal's details. `purge` is
    PAGE, SITE, or a callable returning pages (purged with their listings), addresses, or SITE."""

    model: str
    on: tuple[str, ...]
    sections: tuple[str, ...] | Callable = ()
    purge: str | Callable | None = None
    reindex: Callable | None = None
    follow_up: Callable | None = None
    files: Callable | None = None
    m2m: tuple[str, ...] = ()
    when: Callable | None = None

    def __post_init__(self):
        unknown = set(self.on) - set(EVENTS)
        if unknown:
            raise ValueError(f"{self.model}: unknown events {sorted(unknown)}")


class Batch:
    """What one transaction's changes ask of the world outside the database, done after commit."""

    def __init__(self):
        self.sections = set()
        self.addresses = set()
        self.everything = False
        self.files = set()
        self.pages = set()
        self.causes = []
        self.user = get_active_log_context().user

    def add(self, row, instance, event):
        self.sections.update(evaluate(row.sections, instance, event))
        if row.files:
            self.files.update(row.files(instance, event))
        if row.purge is None or not purge.enabled():
            return
        cause = copy.copy(instance)  # a deleted instance loses its key; the log entry names it
        if cause not in self.causes:
            self.causes.append(cause)
        try:
            targets = [instance] if row.purge == PAGE else [SITE] if row.purge == SITE else row.purge(instance, event)
            for target in targets:
                self.add_target(target)
        except Exception:
            logger.exception("Could not work out the addresses %s %s touches; purging the whole site", event, instance)
            self.everything = True

    def add_target(self, target):
        """A page (its addresses and its listings', once per batch), SITE, or one address."""
        if target == SITE or len(self.addresses) > MOST_ADDRESSES:
            self.everything = True
        elif isinstance(target, Page):
            if target.pk not in self.pages and not self.everything:
                self.pages.add(target.pk)
                self.addresses.update(purge.page_addresses(target))
        else:
            self.addresses.add(target)

    def __call__(self):
        bump(*([EVERYTHING] if EVERYTHING in self.sections else sorted(self.sections)))
        if self.files:
            takedown.delete_files(self.files)
        if self.pages and not self.everything:
            warming.warm(self.pages)  # before the purge: the proxy's next miss finds the data cache warm
        if self.everything:
            # Every live page's addresses, and these (a moved page's old ones are no page's any more).
            purge.purge_site(self.causes, self.user, self.addresses)
        elif self.addresses:
            purge.purge_addresses(self.addresses, self.causes, self.user)


# Conditions the apps' rows share.
def live(page, event, details):
    """while the page is live (a draft shows nothing)"""
    return page.live


def not_created(instance, event, details):
    """not the empty row Wagtail creates on its first read"""
    return not details.get("created")


def own_save(instance, event, details):
    """a save of the row itself, not of its many-to-many fields"""
    return not details.get("m2m")


def evaluate(value, instance, event):
    return value(instance, event) if callable(value) else value


def pending_batch():
    """The current transaction's batch, registered to run once it commits (a rollback discards it)."""
    connection = transaction.get_connection()
    for _savepoints, callback, _robust in connection.run_on_commit:
        if isinstance(callback, Batch):
            return callback
    batch = Batch()
    transaction.on_commit(batch, robust=True)
    return batch


_rows = defaultdict(list)  # model class -> its rows


def rows_for(model, event):
    for klass in model.__mro__:
        found = [row for row in _rows.get(klass, ()) if event in row.on]
        if found:
            return found
    return []


def dispatch(instance, event, rows_kept=True, outside=True, **details):
    """Applies the instance's rows for the event: database rows now, the rest after commit. A deletion does the
    first after the row is gone and the second before (what it showed can still be read)."""
    rows = [row for row in rows_for(type(instance), event) if not row.when or row.when(instance, event, details)]
    for row in rows if rows_kept else ():
        if row.follow_up:
            row.follow_up(instance, event)
        if row.reindex:
            row.reindex(instance, event)
    rows = [row for row in rows if row.sections or row.purge or row.files] if outside else []
    if not rows:
        return
    in_transaction = transaction.get_connection().in_atomic_block
    batch = pending_batch() if in_transaction else Batch()
    for row in rows:
        batch.add(row, instance, event)
    if not in_transaction:
        batch()


def changed(instance, event="saved"):
    """For changes made without signals (queryset updates): apply the instance's rows as a save would."""
    dispatch(instance, event)


# --- Signals ---------------------------------------------------------------------------------------------------


def on_saved(sender, instance, raw=False, created=False, update_fields=None, **kwargs):
    # Saves of a page with update_fields are Wagtail's own bookkeeping (drafts, locks); publishing and
    # unpublishing save the whole page.
    if raw or (update_fields is not None and isinstance(instance, Page)):
        return
    dispatch(instance, "saved", created=created, update_fields=update_fields)


def is_base_row(instance):
    """A page's base row, deleted with its specific row, which speaks for both."""
    return isinstance(instance, Page) and instance.specific_class not in (None, type(instance))


def before_deleted(sender, instance, **kwargs):
    if not is_base_row(instance):
        dispatch(instance, "deleted", rows_kept=False)


def on_deleted(sender, instance, **kwargs):
    if not is_base_row(instance):
        dispatch(instance, "deleted", outside=False)


def on_published(sender, instance, **kwargs):
    dispatch(instance, "published")


def on_unpublished(sender, instance, **kwargs):
    dispatch(instance, "unpublished")


def on_moved(sender, instance, url_path_before="", url_path_after="", **kwargs):
    instance.url_path_before = url_path_before  # the rows purge the old addresses too
    dispatch(instance, "moved")


def on_m2m_changed(sender, instance, action, reverse, model, **kwargs):
    if action.startswith("post_") and not reverse:
        dispatch(instance, "saved", m2m=True)


SIGNALS = {
    "saved": [(post_save, on_saved)],
    "deleted": [(pre_delete, before_deleted), (post_delete, on_deleted)],
    "published": [(page_published, on_published)],
    "unpublished": [(page_unpublished, on_unpublished)],
    "moved": [(post_page_move, on_moved)],
}


def declared_rows():
    """Every app's INVALIDATES, in the order of INSTALLED_APPS."""
    found = []
    for config in apps.get_app_configs():
        if module_has_submodule(config.module, "invalidation"):
            found += import_string(f"{config.name}.invalidation.INVALIDATES")
    return found


def with_subclasses(model):
    return [m for m in apps.get_models() if issubclass(m, model)]


def connect():
    """Connects each declared (model, event) once, for the model and its subclasses only: models nobody
    declared keep Django's fast bulk deletes."""
    _rows.clear()
    connected = set()
    for row in declared_rows():
        model = apps.get_model(row.model)
        _rows[model].append(row)
        for event in row.on:
            for sender in with_subclasses(model):
                if (event, sender) in connected:
                    continue
                connected.add((event, sender))
                for signal, handler in SIGNALS[event]:
                    uid = f"invalidation-{handler.__name__}-{sender._meta.label}"
                    signal.connect(handler, sender=sender, dispatch_uid=uid)
        for name in row.m2m:
            through = getattr(model, name).through
            m2m_changed.connect(on_m2m_changed, sender=through, dispatch_uid=f"invalidation-m2m-{through._meta.label}")


# --- The table, for people ---------------------------------------------------------------------------------------


def describe_value(value):
    if value is None or value == ():
        return "—"
    if isinstance(value, str):
        return {PAGE: "the page and what lists it", SITE: "the whole site"}.get(value, value)
    if isinstance(value, tuple):
        return ", ".join(value)
    paragraph = (value.__doc__ or value.__name__).strip().split("\n\n")[0]
    return " ".join(paragraph.split()).rstrip(".")


def describe():
    """The whole table as Markdown: model, events, data-cache sections, purge, search, follow-up rows, files."""
    lines = [
        "| model | on | data cache | proxy and CDN purge | search rows | follow-up records | stored files |",
        "|---|---|---|---|---|---|---|",
    ]
    rows = declared_rows()
    models = list(dict.fromkeys(row.model for row in rows))
    for row in sorted(rows, key=lambda row: models.index(row.model)):
        on = ", ".join(row.on) + (f" (and {', '.join(row.m2m)})" if row.m2m else "")
        if row.when:
            on += f"; {describe_value(row.when)}"
        cells = [row.sections, row.purge, row.reindex, row.follow_up, row.files]
        lines.append(f"| {row.model} | {on} | " + " | ".join(describe_value(cell) for cell in cells) + " |")
    return "\n".join(lines) + "\n"
