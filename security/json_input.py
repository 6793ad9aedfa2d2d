"""JSON from strangers, read without recursion or values a database refuses.

Python's json module recurses once per nesting level, so a body of a few thousand `[` raises RecursionError
(a 500) before any view code runs; it also accepts NaN and Infinity, which are not JSON and which PostgreSQL's
jsonb refuses (a DataError at the first write), as it refuses the NUL character in any string. `loads` refuses
all three up front, as ValueError, so callers answer 400 with the same `except ValueError` they already have
for malformed JSON.
"""

import json
import re

MAX_DEPTH = 64  # Stripe's events nest about 8 levels; CSP reports 3
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(r"[\[\]{}]")
_NUL_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\u0000")  # \u0000 not preceded by an escaped backslash


def _refuse_constant(name):
    raise ValueError(f"{name} is not JSON")


def nesting_depth(text):
    """The deepest nesting of arrays and objects, brackets inside strings not counted."""
    depth = deepest = 0
    for bracket in _BRACKETS.findall(_STRINGS.sub("", text)):
        if bracket in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def loads(text, max_depth=MAX_DEPTH, allow_nul=False):
    """allow_nul: for callers that keep only chosen fields, NUL removed (the CSP reports), never the JSON itself."""
    if not allow_nul and ("\x00" in text or _NUL_ESCAPE.search(text)):
        raise ValueError("JSON carries a NUL character")
    if nesting_depth(text) > max_depth:
        raise ValueError(f"JSON nested deeper than {max_depth} levels")
    return json.loads(text, parse_constant=_refuse_constant)
