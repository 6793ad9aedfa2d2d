"""The donations app's layers: models at the bottom, services above, views/webhooks/tasks/admin on top, and no
module importing another that (directly or not) imports it back."""

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "donations"


def module_name(path):
    parts = list(path.relative_to(APP.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path):
    """Module-level and function-level imports of donations modules, resolved to module names."""
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
    return {m for m in found if m.startswith("donations")}


def graph():
    modules = {module_name(p): p for p in APP.rglob("*.py") if "migrations" not in p.parts}
    return {name: {m for m in imports_of(path) if m in modules and m != name} for name, path in modules.items()}


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
    # A package's __init__ re-exporting its modules is not a circle of its own.
    edges = {k: {m for m in v if not k.startswith(m + ".")} for k, v in edges.items()}
    circles = sorted(name for name in edges if name in reachable(edges, name))
    assert circles == []


@pytest.mark.parametrize("top", ["views", "simulated_gateway", "stripe_gateway", "tasks", "admin_views", "webhooks"])
def test_models_and_services_never_import_the_layers_above(top):
    edges = graph()
    below = [n for n in edges if n.startswith(("donations.models", "donations.ledger", "donations.receipts"))]
    for name in below:
        assert not any(m == f"donations.{top}" or m.startswith(f"donations.{top}.") for m in reachable(edges, name)), (
            name
        )
