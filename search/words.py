"""What a typed query becomes: a few plain words, and the stem each must begin with in the text."""

import re

from django.conf import settings

from core.text import clean_query

from .kyrgyz_stem import kyrgyz_stem

MAX_WORDS = 12


def normalise_query(raw):
    """Trims absurd input to a few plain words, so the full-text engine never sees syntax it chokes on."""
    words = "".join(c if c.isalnum() or c.isspace() or c in "-'" else " " for c in clean_query(raw)).split()
    return " ".join(words[:MAX_WORDS])


def query_words(query):
    return [word for word in re.findall(r"\w+", query.lower()) if not word.isdigit() or len(word) > 1][:MAX_WORDS]


def word_stem(word, language):
    """What a typed word must begin with in the text: Kyrgyz loses its suffixes; other languages keep the word
    as typed (PostgreSQL stems Russian and English itself; SQLite and the prefix match forgive an ending)."""
    if language == "ky" or re.search("[өүң]", word):
        return kyrgyz_stem(word)
    if len(word) >= 5 and re.fullmatch(r"[а-яё]+", word):
        # Russian endings are two or three letters, and a vowel may drop from the stem (`пытки`, `пыток`).
        return word[: max(3, len(word) - 2)]
    if len(word) == 4 and re.fullmatch(r"[а-яё]+[аеиоуыэюяйь]", word):
        return word[:3]  # `суды` → `суд`
    return word


def text_config(language):
    """PostgreSQL's text-search configuration for a language (settings.SEARCH_TEXT_CONFIGS)."""
    return settings.SEARCH_TEXT_CONFIGS.get(language, "simple")
