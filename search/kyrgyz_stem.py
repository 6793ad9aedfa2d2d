"""A light Kyrgyz suffix stripper for search: `кыйноолордун` → `кыйноо`, `түрмөлөргө` → `түрмө`.

Kyrgyz has no Snowball stemmer. Its words are a stem followed by plural, possessive and case suffixes in that
order, so they are peeled from the end: case, then possessive, then plural. The stem is then matched as a
prefix (`кыйноо:*`), which also forgives a suffix peeled too little. benchmarks/kyrgyz_search.py measures it
against plain prefix matching and trigram similarity on the demo content.
"""


def _listed(text):
    return text.split()


# Case (ablative, locative, genitive, accusative, dative), possessive and plural endings in every vowel harmony.
CASE = _listed(
    "дан ден дон дөн тан тен тон төн нан нен нон нөн нда нде ндо ндө да де до дө та те то тө "
    "нын нин нун нүн дын дин дун дүн тын тин тун түн ны ни ну нү ды ди ду дү ты ти ту тү "
    "га ге го гө ка ке ко кө на не но нө н"
)
POSSESSIVE = _listed(
    "ыбыз ибиз убуз үбүз ыңыз иңиз уңуз үңүз быз биз буз бүз ңыз ңиз ңуз ңүз "
    "сы си су сү ым им ум үм ың иң уң үң ы и у ү м ң"
)
PLURAL = _listed("лар лер лор лөр дар дер дор дөр тар тер тор төр")
VOWELS = set("аеёиоөуүыэюя")
SHORTEST_STEM = 3


def _fits(stem, suffix):
    if len(stem) < SHORTEST_STEM or not VOWELS & set(stem):
        return False
    if suffix in ("м", "ң"):  # `атам`: a lone possessive consonant follows a vowel
        return stem[-1] in VOWELS
    if suffix in ("ы", "и", "у", "ү"):  # `укугу`: a lone possessive vowel follows a consonant
        return stem[-1] not in VOWELS
    return True


def _peel(word, suffixes):
    for suffix in sorted(suffixes, key=len, reverse=True):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and _fits(stem, suffix):
            # A final к/п turns voiced before a vowel (`эркиндик` → `эркиндиги`): drop it, the prefix match
            # finds both.
            if suffix[0] in VOWELS and stem[-1] in "гб" and len(stem) > SHORTEST_STEM:
                stem = stem[:-1]
            return stem
    return word


def kyrgyz_stem(word):
    word = word.lower()
    for suffixes in (CASE, POSSESSIVE, PLURAL):
        word = _peel(word, suffixes)
    return word
