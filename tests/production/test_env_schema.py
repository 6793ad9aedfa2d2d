"""Every environment variable is declared once, in the typed schema (config/settings/env.py), and listed in the
README; settings modules read nothing the schema does not declare."""

import ast
import re
from pathlib import Path

from django.conf import settings

SETTINGS = Path(settings.BASE_DIR) / "config" / "settings"


def declared():
    tree = ast.parse((SETTINGS / "env.py").read_text())
    call = next(
        node for node in ast.walk(tree) if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "Env"
    )
    return [keyword.arg for keyword in call.keywords]


def read_names(path):
    """Names passed to `env(...)` or `env.<parser>(...)` in a settings module."""
    names = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            is_env = (isinstance(func, ast.Name) and func.id == "env") or (
                isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "env"
            )
            if is_env:
                names.append(node.args[0].value)
    return names


def test_every_variable_is_declared_once_and_read_only_as_declared():
    names = declared()
    assert len(names) == len(set(names))
    for path in SETTINGS.glob("*.py"):
        undeclared = set(read_names(path)) - set(names)
        assert undeclared == set(), f"{path.name} reads {sorted(undeclared)} outside the schema"
        source = path.read_text()
        assert not re.search(r"\benv\.(str|int|bool|list|float)\(", source), (
            f"{path.name}: typed reads belong in env.py"
        )


def test_every_declared_variable_is_in_the_readme():
    readme = (Path(settings.BASE_DIR) / "README.md").read_text()
    missing = [name for name in declared() if f"`{name}`" not in readme]
    assert missing == []


def test_lists_are_defined_once_not_mutated_later():
    for path in SETTINGS.glob("*.py"):
        source = path.read_text()
        assert not re.search(r"^(MIDDLEWARE|INSTALLED_APPS)\.(insert|append|extend)\(", source, re.M), path.name
        assert not re.search(r"^\w*(POLICY|STORAGES|LOGGING)\[.*\]\s*=", source, re.M), path.name
