"""The import graph of one app of ours, read from its source (ast): what the per-app layer tests walk."""

import ast


def module_name(path, app_dir):
    parts = list(path.relative_to(app_dir.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path, app_dir):
    """Module-level and function-level imports, relative ones resolved to module names."""
    name = module_name(path, app_dir)
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


def app_modules(app_dir):
    return {module_name(p, app_dir): p for p in app_dir.rglob("*.py") if "migrations" not in p.parts}


def graph(app_dir, drop_parent_packages=False):
    """{module: the app's modules it imports}; optionally without a module's own packages (an __init__
    re-exporting its modules is not a circle)."""
    known = app_modules(app_dir)
    return {
        name: {
            m
            for m in imports_of(path, app_dir)
            if m in known and m != name and not (drop_parent_packages and name.startswith(m + "."))
        }
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
