"""The newsletter app's layers: models at the bottom, services (audience, subscriptions, composing, sending) above,
views/webhooks/tasks/admin on top; no import circles; from other apps only `core` (the public rule, the data
cache), publications (what is sent) and a few names still in `home`."""

import ast
from pathlib import Path

import pytest

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


def module_name(path):
    parts = list(path.relative_to(APP.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path):
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names}
    return found


def modules():
    return {module_name(p): p for p in APP.rglob("*.py") if "migrations" not in p.parts}


def graph():
    known = modules()
    return {
        name: {m for m in imports_of(path) if m in known and m != name and not name.startswith(m + ".")}
        for name, path in known.items()
    }


def reachable(edges, start):
    seen, stack = set(), [start]
    while stack:
        for nxt in edges.get(stack.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


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
