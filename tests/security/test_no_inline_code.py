"""The public CSP forbids inline scripts, handlers and style attributes: none may appear in templates or in HTML
built in Python. PDF templates are exempt: WeasyPrint reads them on the server and no browser ever gets them."""

import re
from pathlib import Path

from django.conf import settings

BROWSER_FREE = ("pdf", "email")
INLINE = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(ld\+)?json)|<style|\sstyle=|\son[a-z]+=", re.I)


def _sources():
    base = Path(settings.BASE_DIR)
    for path in sorted((base / "templates").rglob("*.html")):
        if not any(part in path.relative_to(base).as_posix() for part in BROWSER_FREE):
            yield path
    for app in ("home", "publications", "donations", "intake", "newsletter", "security"):
        for path in sorted((base / app).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def test_no_inline_scripts_styles_or_handlers():
    offenders = [
        f"{path.name}:{number}: {line.strip()[:100]}"
        for path in _sources()
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if INLINE.search(line) and not line.lstrip().startswith(("#", "{#"))
    ]
    assert not offenders, offenders
