"""Keeps third_party_locale/ (Kyrgyz and Russian for the installed packages' admin strings) in step with the
packages. Run after installing or upgrading Wagtail, wagtail-modeltranslation, django-otp, taggit or Django:

    .venv/bin/python scripts/third_party_messages.py update   # merge the packages' msgids into the catalogues
    .venv/bin/python scripts/third_party_messages.py stats    # translated / fuzzy / untranslated per catalogue
    make messages                                              # compile

`update` reads every msgid from the installed packages' source (`django-admin makemessages` on a scratch copy),
their JavaScript's from the English catalogues they ship (the bundles are minified), and merges them into
third_party_locale/<language>/LC_MESSAGES/<domain>.po with gettext's msgmerge: translations stay, new msgids come
in empty, msgids whose English changed come in marked fuzzy (unused until someone checks and unmarks them), and
msgids the packages dropped sink to the end as obsolete `#~` entries. For a language a package already translates
(Russian in Wagtail and taggit, Kyrgyz in Django), only the msgids it leaves untranslated come in, plus any this
catalogue translates already (a deliberate override). The project's own `makemessages` never writes here: it
writes to the first of LOCALE_PATHS (locale/) and to the apps' locale/ folders.
"""

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "third_party_locale"
LANGUAGES = ["ky", "ru"]

# Packages whose Python and templates show strings in the admin; their source is scanned.
SCANNED_PACKAGES = ["wagtail", "wagtail_modeltranslation", "django_otp", "taggit"]
# Django's own strings the admin shows (forms, validation, sign-in and password forms): from its English
# catalogues, as Django's source is large and its catalogues are kept exact.
DJANGO_CATALOGUES = ["conf/locale", "contrib/auth/locale"]
# JavaScript catalogues (djangojs): the packages ship minified bundles, so the English catalogue is the source.
JS_CATALOGUE_PACKAGES = ["wagtail"]
# Strings hard-coded in a package's JavaScript, translated by the project's admin hooks (home/wagtail_hooks.py).
EXTRA_MSGIDS = {"django": ["Copy content from"], "djangojs": []}
SCRATCH_SKIP = {"locale", "tests", "test", "static", "__pycache__", "migrations"}


def package_dir(name):
    return Path(importlib.util.find_spec(name).origin).parent


def scanned_msgids(scratch):
    """A POT of every msgid in the scanned packages, as makemessages extracts it."""
    source = scratch / "src"
    for name in SCANNED_PACKAGES:
        shutil.copytree(package_dir(name), source / name, ignore=lambda _dir, names: SCRATCH_SKIP & set(names))
    (source / "locale").mkdir()
    django_admin = Path(sys.executable).parent / "django-admin"
    subprocess.run(
        [str(django_admin), "makemessages", "--locale=en", "--keep-pot", "--verbosity=0", "--no-wrap"],
        cwd=source,
        check=True,
    )
    return polib.pofile(str(source / "locale" / "django.pot"))


def english_catalogues(domain):
    if domain == "djangojs":
        locale_dirs = [path for name in JS_CATALOGUE_PACKAGES for path in package_dir(name).rglob("locale")]
    else:
        locale_dirs = [package_dir("django") / path for path in DJANGO_CATALOGUES]
    return sorted(path for path in (d / "en" / "LC_MESSAGES" / f"{domain}.po" for d in locale_dirs) if path.exists())


def installed_locale_dirs():
    """Django's own catalogues and those of the installed apps that are not the project's: what translates
    Wagtail's msgids at run time when this catalogue does not."""
    import django
    from django.apps import apps

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    sys.path.insert(0, str(ROOT))
    django.setup()
    dirs = [package_dir("django") / "conf" / "locale"]
    packages = [app for app in apps.get_app_configs() if not (ROOT / app.name.split(".")[0]).is_dir()]
    dirs += [Path(app.path) / "locale" for app in packages]
    return [path for path in dirs if path.is_dir()]


def upstream_translated(language, domain):
    """(context, msgid) pairs the installed packages' own catalogues translate in this language."""
    found = set()
    for locale_dir in installed_locale_dirs():
        path = locale_dir / language / "LC_MESSAGES" / f"{domain}.po"
        if path.exists():
            found |= {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path)).translated_entries()}
    return found


def template(domain, scratch):
    pot = polib.POFile(wrapwidth=0)
    pot.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Content-Transfer-Encoding": "8bit"}
    sources = [polib.pofile(str(path)) for path in english_catalogues(domain)]
    if domain == "django":
        sources.insert(0, scanned_msgids(scratch))
    seen = set()
    for source in sources:
        for entry in source:
            key = (entry.msgctxt, entry.msgid)
            if key not in seen and not entry.obsolete:
                seen.add(key)
                pot.append(
                    polib.POEntry(
                        msgctxt=entry.msgctxt,
                        msgid=entry.msgid,
                        msgid_plural=entry.msgid_plural,
                        msgstr="" if not entry.msgid_plural else None,
                        msgstr_plural={0: "", 1: ""} if entry.msgid_plural else {},
                        flags=[flag for flag in entry.flags if flag.endswith("-format")],
                        occurrences=entry.occurrences[:3],
                    )
                )
    for msgid in EXTRA_MSGIDS[domain]:
        if (None, msgid) not in seen:
            pot.append(polib.POEntry(msgid=msgid, msgstr="", occurrences=[("wagtail_modeltranslation JS", "")]))
    return pot


def header(language):
    plural = (
        "nplurals=1; plural=0;"
        if language == "ky"
        else (
            "nplurals=4; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<12 || n%100>14) ? 1 : "
            "n%10==0 || (n%10>=5 && n%10<=9) || (n%100>=11 && n%100<=14)? 2 : 3);"
        )
    )
    return {
        "Project-Id-Version": "Bir Duino admin: third-party strings",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": plural,
    }


def update():
    msgmerge = shutil.which("msgmerge")
    if msgmerge is None:
        sys.exit("msgmerge not found: install gettext (apt-get install gettext)")
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        for domain in ("django", "djangojs"):
            pot = template(domain, scratch)
            for language in LANGUAGES:
                catalogue_path = CATALOGUES / language / "LC_MESSAGES" / f"{domain}.po"
                catalogue_path.parent.mkdir(parents=True, exist_ok=True)
                ours = polib.pofile(str(catalogue_path)) if catalogue_path.exists() else polib.POFile()
                translated_here = {(entry.msgctxt, entry.msgid) for entry in ours.translated_entries()}
                upstream = upstream_translated(language, domain) - translated_here
                wanted = polib.POFile(wrapwidth=0)
                wanted.metadata = header(language)
                for entry in pot:
                    if (entry.msgctxt, entry.msgid) not in upstream:
                        wanted.append(entry)
                if not catalogue_path.exists():
                    wanted.save(str(catalogue_path))
                    continue
                pot_path = scratch / f"{language}-{domain}.pot"
                wanted.save(str(pot_path))
                subprocess.run(
                    [
                        msgmerge,
                        "--quiet",
                        "--update",
                        "--backup=none",
                        "--no-wrap",
                        str(catalogue_path),
                        str(pot_path),
                    ],
                    check=True,
                )
    stats()


def stats():
    for path in sorted(CATALOGUES.glob("*/LC_MESSAGES/*.po")):
        catalogue = polib.pofile(str(path))
        print(
            f"{path.relative_to(ROOT)}: {len(catalogue.translated_entries())} translated, "
            f"{len(catalogue.fuzzy_entries())} fuzzy, {len(catalogue.untranslated_entries())} untranslated, "
            f"{len(catalogue.obsolete_entries())} obsolete"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["update", "stats"])
    {"update": update, "stats": stats}[parser.parse_args().command]()
