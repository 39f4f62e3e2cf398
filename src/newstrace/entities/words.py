"""The source lexicon and the written form of names: the word classes of ``lexicons/sources.json``
(:func:`source_words`; the titles a role may be named with, :func:`role_titles`), a name without
its honorifics (:func:`strip_titles`), the key under which two spellings of one name word agree
(:func:`_name_key`: case, Arabic article, apostrophe) and the acronyms of a long name
(:func:`_initials`, AP Stylebook), and the pronouns of the first person (:data:`FIRST_PERSON`).
Input: words and strings; output: word sets, words and keys. The other modules of
:mod:`newstrace.entities` read the lexicon through here.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

#: The pronouns of the first person, lower case: a speaker naming themself ("I think", "we
#: reject", "my willingness"), who is the author outside quotation marks. The one list of the
#: speakers (:mod:`newstrace.components.speakers`), the parse repairs of speaker tags and the
#: factuality stage, which test a subject, an object or any word of a phrase against it.
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours"})


@lru_cache(maxsize=None)
def source_words() -> dict[str, frozenset[str]]:
    """``lexicons/sources.json``: ``{class: frozenset of lemmas}``."""
    return {k: frozenset(v) for k, v in _sources_json().items() if isinstance(v, list)}


@lru_cache(maxsize=None)
def _sources_json() -> dict:
    raw = json.loads(resources.files("newstrace.lexicons").joinpath("sources.json").read_text("utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


def role_titles(role: str) -> frozenset[str]:
    """The titles (lower case, some of several words) a person repeated as the role noun
    ``role`` may have been named with: ``role_titles`` of ``lexicons/sources.json`` ("leader":
    president, prime minister, …), and the role itself."""
    return frozenset(_sources_json()["role_titles"].get(role, ())) | {role}


def strip_titles(words: list[str]) -> list[str]:
    """Drop leading honorifics ("Mr.", "President") and a possessive ending from a name."""
    titles = source_words()["titles"]
    while len(words) > 1 and words[0].lower() in titles:
        words = words[1:]
    if words and words[-1] in ("’s", "'s"):
        words = words[:-1]
    return words


def _initials(name: str) -> frozenset[str]:
    """The acronyms of a name of three capitalised words or more: the initials of its
    capitalised words, with and without its lower-case "of" ("The International Energy Agency"
    → IEA, "Organization of American States" → OAS, "Economic Community of West African States"
    → ECOWAS); empty for a shorter name. A newspaper writes the acronym in brackets or after a
    comma beside the full name and alone afterwards (AP Stylebook, "abbreviations and acronyms")."""
    words = [w for w in name.split() if w.lower() != "the"]
    caps = [w for w in words if w[:1].isupper()]
    if len(caps) < 3:
        return frozenset()
    return frozenset({"".join(w[0] for w in caps),
                      "".join(w[0].upper() for w in words if w[:1].isupper() or w == "of")})


#: Arabic article prefixes of surnames, which news drops or capitalises at will ("al-Sudani",
#: "Sudani", "Al-Sudani").
_ARTICLES = ("al-", "el-", "ad-", "ar-", "as-", "at-", "az-", "an-", "ash-", "adh-")


#: Curly and modifier apostrophes folded to the straight one for name comparison.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


@lru_cache(maxsize=65536)
def _name_key(word: str) -> str:
    """A name word compared without case, Arabic article prefix (:data:`_ARTICLES`) and
    apostrophe form ("O’Neill" and "O'Neill" in one PolNeAR politico text are one commissioner)."""
    low = word.lower().translate(_APOSTROPHES)
    return next((low[len(a):] for a in _ARTICLES if low.startswith(a) and len(low) > len(a) + 2), low)
