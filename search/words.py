"""What a typed query becomes: a few plain words, and the stems each may begin with in the text."""

import functools
import re

import snowballstemmer
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


def word_prefixes(word, language):
    """What a typed word's forms in the text begin with: Kyrgyz loses its suffixes; a Russian word is reduced to
    its Snowball stem (PostgreSQL's `russian` stems the text alike), plus the stem with its fleeting vowel added
    or dropped (`пытк` ↔ `пыток`, `отц` ↔ `отец`), so every case of a word finds what any other case finds.
    Other words stay as typed (PostgreSQL stems English itself; the prefix match forgives an ending)."""
    if language == "ky" or re.search("[өүң]", word):
        return [kyrgyz_stem(word)]
    if len(word) > 3 and re.fullmatch(r"[а-яё]+", word):
        return russian_prefixes(word)
    return [word]


RUSSIAN_CONSONANT = "[бвгджзклмнпрстфхцчшщ]"


@functools.lru_cache(maxsize=4096)
def russian_prefixes(word):
    stem = snowballstemmer.stemmer("russian").stemWord(word)  # a new stemmer per word: one holds its state
    stem = stem if len(stem) >= 3 else word[:3]
    prefixes = [stem]
    if len(stem) >= 4 and re.search(f"{RUSSIAN_CONSONANT}{{2}}$", stem):
        prefixes += [f"{stem[:-1]}{vowel}{stem[-1]}" for vowel in "оеё"]  # пытк → пыток, пытек, пытёк
    elif len(stem) >= 5 and re.search(f"{RUSSIAN_CONSONANT}[оеё]{RUSSIAN_CONSONANT}$", stem):
        prefixes.append(stem[:-2] + stem[-1])  # пыток → пытк
    return prefixes


def all_prefixes(words, language):
    """Every prefix of every word (marking the matches in excerpts)."""
    return [prefix for word in words for prefix in word_prefixes(word, language)]


def text_config(language):
    """PostgreSQL's text-search configuration for a language (settings.SEARCH_TEXT_CONFIGS)."""
    return settings.SEARCH_TEXT_CONFIGS.get(language, "simple")
