"""The intake app's layers: choices and models at the bottom, sealing and services above, the views, admin,
hooks, template tags and commands on top; no module reaches a layer above its own, and no other app of the site
imports intake (it only adds a page type, a menu and two jobs)."""

from pathlib import Path

from django.conf import settings

from tests import import_graph
from tests.import_graph import reachable

ROOT = Path(settings.BASE_DIR)
TOP = ("views", "admin_views", "wagtail_hooks", "templatetags", "management", "demo")
BOTTOM = ("choices", "models", "sealing", "services", "forms")
# Everything intake takes from the organisation's app: the page's blocks. (The restrictions mixin is core's, the
# translation mixin translations', as every page's; its demo loader lives in the demo app.)
HOME_IMPORTS = {"home.blocks.ContentStreamBlock"}


def imported_modules(path):
    """Modules a file of the site imports, at any level, with `from x import y` also giving `x.y`."""
    return import_graph.imports_of(path, ROOT / "intake")


def intake_modules():
    modules = import_graph.app_modules(ROOT / "intake")
    return {name: path for name, path in modules.items() if "offline" not in path.parts}


def test_lower_layers_never_reach_the_upper_ones_and_there_are_no_circles():
    modules = intake_modules()
    edges = {name: (imported_modules(path) & set(modules)) - {name} for name, path in modules.items()}
    # A package re-exporting its own modules is not a circle.
    edges = {name: {m for m in targets if not name.startswith(m + ".")} for name, targets in edges.items()}
    assert set(modules) >= {"intake.views", "intake.models.pages", "intake.sealing"}
    for name in edges:
        layer = name.split(".")[1] if "." in name else name
        reached = reachable(edges, name)
        assert name not in reached, f"{name} imports itself back"
        if layer in BOTTOM:
            above = [m for m in reached if m.split(".")[1:2] and m.split(".")[1] in TOP]
            assert above == [], f"{name} reaches {above}"


def test_intake_takes_little_from_home_and_nothing_from_other_apps():
    taken = set()
    for path in intake_modules().values():
        taken |= {m for m in imported_modules(path) if m.split(".")[0] in ("home", "publications", "donations")}
    modules = {name.rsplit(".", 1)[0] for name in HOME_IMPORTS}
    assert taken - modules == HOME_IMPORTS
    for app in ("home", "publications", "donations", "security", "operations"):
        for path in (ROOT / app).rglob("*.py"):
            assert not any(m.startswith("intake") for m in imported_modules(path)), path


def test_the_offline_tool_needs_nothing_of_the_project():
    imported = imported_modules(ROOT / "intake" / "offline" / "intake_tool.py")
    assert {m.split(".")[0] for m in imported} <= {
        "argparse",
        "base64",
        "csv",
        "hashlib",
        "json",
        "os",
        "sys",
        "pathlib",
        "cryptography",
    }
