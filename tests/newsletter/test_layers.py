"""The newsletter app's layers: models at the bottom, services (audience, subscriptions, composing, sending) above,
views/webhooks/tasks/admin on top; no import circles; from other apps only `core` (the public rule, the data
cache), publications (what is sent) and a few names still in `home`."""

from pathlib import Path

import pytest

from tests import import_graph
from tests.import_graph import reachable

APP = Path(__file__).resolve().parents[2] / "newsletter"
TOP = ["views", "webhooks", "tasks", "admin_views", "wagtail_hooks", "templatetags", "management"]
BELOW = (
    "newsletter.models",
    "newsletter.audience",
    "newsletter.subscriptions",
    "newsletter.composing",
    "newsletter.sending",
)
# What the app takes from `home` and `translations`: the home page's section hook and the translation-notice mixin.
HOME_IMPORTS = {
    "translations.judgement",
    "home.models.pages",  # HOME_PAGE_SECTIONS_HOOK, the name of a hook
    "home.models.site_settings",  # the organisation's name in the reader's language
}


def imports_of(path):
    return import_graph.imports_of(path, APP)


def modules():
    return import_graph.app_modules(APP)


def graph():
    return import_graph.graph(APP, drop_parent_packages=True)


def test_no_import_circles():
    edges = graph()
    assert sorted(name for name in edges if name in reachable(edges, name)) == []


@pytest.mark.parametrize("top", TOP)
def test_models_and_services_never_import_the_layers_above(top):
    edges = graph()
    for name in [n for n in edges if n.startswith(BELOW)]:
        assert not any(m == f"newsletter.{top}" or m.startswith(f"newsletter.{top}.") for m in reachable(edges, name))


def test_other_apps_imported_are_core_plumbing_and_publications_only():
    foreign = set()
    for path in modules().values():
        for name in imports_of(path):
            app = name.split(".")[0]
            if app in {"home", "donations", "security", "operations"}:
                foreign.add(name.rsplit(".", 1)[0] if name.rsplit(".", 1)[0] in HOME_IMPORTS else name)
    assert {name for name in foreign if not name.startswith(tuple(HOME_IMPORTS))} == set()
