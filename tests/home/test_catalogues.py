"""Every string of ours — public pages, the admin screens we add (translation board, follow-ups, panels, help
texts, type and field names, messages) — has a Russian and a Kyrgyz translation. Strings are collected from the
code and templates as `makemessages` collects them (scripts/untranslated.py) and looked up as the site would."""

from scripts.untranslated import untranslated

# Names that read the same in every language.
SAME_IN_EVERY_LANGUAGE = {
    "Facebook",
    "Telegram",
    "Instagram",
    "YouTube",
    "X (Twitter)",
    "SMS",
    "WhatsApp",
    "Signal",
    "PDF",
}


def test_every_string_of_ours_is_translated_in_russian_and_kyrgyz():
    missing = untranslated(["ru", "ky"])
    for language, entries in missing.items():
        left = [
            f"{msgid!r} ({' '.join(locations[:2])})"
            for msgid, locations in entries
            if msgid not in SAME_IN_EVERY_LANGUAGE
        ]
        assert left == [], f"untranslated in {language}:\n" + "\n".join(left)
