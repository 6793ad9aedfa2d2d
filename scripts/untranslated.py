"""Lists the project's own strings (code and templates) that lack a translation in a language.

    .venv/bin/python scripts/untranslated.py ru ky

Django's makemessages collects every msgid from a scratch copy of the sources (so the catalogues here are left
as they are); each is then looked up through Django's translation machinery as the site would, in every
catalogue it reads (the project's `locale/`, the apps' `locale/`, Django's and Wagtail's own). Used by
tests/home/test_catalogues.py.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Everything that holds the site's own code and templates (third_party_locale/ holds the packages' strings).
SKIPPED = {"tests", "benchmarks", "scripts", "deploy", "static", "media", "third_party_locale", "test-results"}
COLLECT = "en"  # a locale that has no catalogue here: every msgid comes out untranslated


ESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t"}


def unquote(lines):
    text = "".join(re.fullmatch(r'\s*"(.*)"\s*', line)[1] for line in lines)
    return re.sub(r'\\(["\\nt])', lambda match: ESCAPES[match[1]], text)


def parse_po(text):
    """(context, msgid, plural, locations) of each entry of a freshly made catalogue."""
    entries = []
    for block in text.split("\n\n"):
        lines = block.strip().splitlines()
        fields, current, locations = {}, None, []
        for line in lines:
            if line.startswith("#:"):
                locations += line[2:].split()
            elif line.startswith("#"):
                continue
            elif match := re.match(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[\d\])?) (.*)", line):
                current = match[1]
                fields[current] = [match[2]]
            elif current:
                fields[current].append(line)
        msgid = unquote(fields["msgid"]) if "msgid" in fields else ""
        if msgid:
            context = unquote(fields["msgctxt"]) if "msgctxt" in fields else None
            plural = unquote(fields["msgid_plural"]) if "msgid_plural" in fields else None
            entries.append((context, msgid, plural, locations))
    return entries


def collect_msgids():
    """Every msgid of the project, with where it is used."""
    with tempfile.TemporaryDirectory(prefix="untranslated-") as scratch:
        copy = Path(scratch)
        for source in ROOT.iterdir():
            if source.is_dir() and not source.name.startswith(".") and source.name not in SKIPPED:
                shutil.copytree(source, copy / source.name, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
        shutil.copy(ROOT / "manage.py", copy / "manage.py")
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev", "DATABASE_URL": "sqlite:///:memory:"}
        subprocess.run(
            [sys.executable, "manage.py", "makemessages", "-l", COLLECT, "--verbosity", "0"],
            cwd=copy,
            env=env,
            check=True,
        )
        entries = []
        for catalogue in copy.rglob(f"{COLLECT}/LC_MESSAGES/django.po"):
            entries += parse_po(catalogue.read_text(encoding="utf-8"))
        return entries


def is_translated(language, context, msgid, plural):
    from django.utils import translation

    with translation.override(language):
        if plural:
            return any(translation.ngettext(msgid, plural, n) not in (msgid, plural) for n in (1, 2, 5))
        if context:
            return translation.pgettext(context, msgid) != msgid
        return translation.gettext(msgid) != msgid


def untranslated(languages):
    """{language: [(msgid, locations)]} of the project's strings without a translation."""
    entries = collect_msgids()
    return {
        language: [
            (msgid, locations)
            for context, msgid, plural, locations in entries
            if not is_translated(language, context, msgid, plural)
        ]
        for language in languages
    }


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()
    for language, missing in untranslated(sys.argv[1:] or ["ru", "ky"]).items():
        print(f"## {language}: {len(missing)}")
        for msgid, locations in missing:
            print(f"{msgid!r}  {' '.join(locations[:3])}")
