"""Which app may use which: imports and string references to other apps' models ("app.Model") follow one map, the
apps form no circle, and no module of an app imports another of the same app that imports it back. Each app's
README says the same under "May import"; donations, intake and newsletter test their inner layers too."""

import ast
import re
from pathlib import Path

import pytest
from django.conf import settings

from tests import import_graph
from tests.import_graph import reachable

ROOT = Path(settings.BASE_DIR)
# app: the apps of ours it may import or name. `demo` is a tool outside the product: it may use everything.
MAY_USE = {
    "core": set(),
    "translations": {"core"},
    "home": {"core", "translations"},
    "publications": {"core", "translations", "home"},
    # Search indexes the publications' statements and recommendations.
    "search": {"core", "publications"},
    "security": {"core", "home"},
    "donations": {"core", "translations", "home", "security"},
    "intake": {"core", "translations", "home", "security"},
    "newsletter": {"core", "translations", "home", "publications"},
    "operations": {"core", "donations"},
    "demo": {"core", "translations", "home", "publications", "search", "security", "donations", "intake", "newsletter"},
}
MODEL_REFERENCE = re.compile(r"([a-z_]+)\.([A-Z][A-Za-z]+)")


def modules(app):
    return sorted(import_graph.app_modules(ROOT / app).values())


def named_models(path):
    """Apps named by string model references ("publications.Recommendation") in the file."""
    apps = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            match = MODEL_REFERENCE.fullmatch(node.value)
            if match:
                apps.add(match.group(1))
    return apps


def used_apps(app):
    """{other app: files of `app` that import or name it}."""
    used = {}
    for path in modules(app):
        for other in {name.split(".")[0] for name in import_graph.imports_of(path, ROOT / app)} | named_models(path):
            if other in MAY_USE and other != app:
                used.setdefault(other, set()).add(str(path.relative_to(ROOT)))
    return used


def test_every_app_of_ours_is_on_the_map():
    ours = {path.parent.name for path in ROOT.glob("*/apps.py")}
    assert ours == set(MAY_USE)


@pytest.mark.parametrize("app", sorted(MAY_USE))
def test_each_app_uses_only_what_the_map_allows(app):
    used = used_apps(app)
    assert {other: files for other, files in used.items() if other not in MAY_USE[app]} == {}


def test_the_apps_form_no_circle():
    assert [app for app in MAY_USE if app in reachable(MAY_USE, app)] == []
    assert not any(app in MAY_USE[other] for other in MAY_USE for app in ("demo",)), "the product never uses demo"


@pytest.mark.parametrize("app", sorted(MAY_USE))
def test_no_module_imports_itself_back(app):
    # A package re-exporting its own modules is not a circle.
    edges = import_graph.graph(ROOT / app, drop_parent_packages=True)
    assert sorted(name for name in edges if name in reachable(edges, name)) == []
