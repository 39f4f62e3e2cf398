"""A person's gender, which keeps "he" and "she" off people of the other gender: gendered
honorifics (:data:`MALE_TITLES`, :data:`FEMALE_TITLES`), the gender a pronoun says
(:data:`PRONOUN_GENDER`) or a role noun says ("spokesman", :func:`_other_gender`), the gender the
text states (verbs of :data:`SAYING`, read by
:meth:`~newstrace.entities.index.EntityIndex.stated_gender`: Bergsma & Lin 2006), and the usual
gender of a first name (``lexicons/first_names.csv``, ≥ 90% of its bearers). Input: entities,
tokens, names and the article's :class:`~newstrace.entities.index.EntityIndex`; output: "m",
"f" or None, or whether a person is of the other gender than a pronoun.
"""
from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newstrace.entities.words import strip_titles
from newstrace.lexicons import first_names

if TYPE_CHECKING:
    from newstrace.entities.index import EntityIndex


#: Verbs of saying whose reported clause's "he"/"she" tells their subject's gender.
SAYING = frozenset({"say", "tell", "add", "write", "explain", "insist", "note", "argue", "recall"})

#: Honorifics that say a person's gender, against which "he"/"she" are checked.
MALE_TITLES = frozenset({"mr.", "mr"})
FEMALE_TITLES = frozenset({"mrs.", "mrs", "ms.", "ms", "miss"})


def _honorific_gender(ent) -> str | None:
    """"m" or "f" when an honorific before or opening the name says so ("Mrs. Clinton")."""
    return _title_gender({ent.doc[ent.start - 1].lower_ if ent.start else "", ent[0].lower_})


def _title_gender(words: set[str]) -> str | None:
    """"m" or "f" when one of the lower-cased ``words`` is a gendered honorific
    (:data:`MALE_TITLES`, :data:`FEMALE_TITLES`), else None."""
    return "m" if words & MALE_TITLES else "f" if words & FEMALE_TITLES else None


def _person_gender(ent, index: "EntityIndex | None" = None) -> str | None:
    """"m" or "f" when an honorific before the name says so ("Mrs. Clinton"), or the text does
    (:meth:`EntityIndex.stated_gender`), or its first name does (:func:`~newstrace.lexicons.first_names`: "Jimmy Lai" m, "Caoilfhionn Gallagher" f) —
    for a surname alone, the first name of the person it names (``index``); else None."""
    honorific = _honorific_gender(ent)
    if honorific is not None:
        return honorific
    stated = index.stated_gender(index.person(ent)) if index is not None else None
    if stated is not None:
        return stated
    words = strip_titles(ent.text.split())
    if len(words) == 1 and index is not None:
        words = (index.known_person(words[0]) or "").split()
    if len(words) < 2:
        return None
    return first_names().get(_given(" ".join(words)))


def _named_other(name: str, gender: str | None) -> bool:
    """Whether the first name of the full ``name`` is usually of the other gender than
    ``gender`` ("m", "f"; None: never), by :func:`~newstrace.lexicons.first_names`."""
    return gender is not None and first_names().get(_given(name)) not in (None, gender)


def _given(name: str) -> str:
    """The first word of a full name, lower-cased and without accents, as
    :func:`~newstrace.lexicons.first_names` keys it ("Zoë Smith" → "zoe")."""
    first = name.split()[0] if name.split() else ""
    return unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode().lower()


def _other_gender(noun: Token, gender: str | None) -> bool:
    """A role noun says the other gender than ``gender`` ("spokesman" is no "she")."""
    said = "f" if noun.lower_.endswith("woman") else "m" if noun.lower_.endswith("man") else None
    return bool(gender) and said not in (None, gender)


#: The gender a third-person pronoun says, and the subject pronoun of that gender.
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
SUBJECT_PRONOUN = {"m": "he", "f": "she"}


def other_gender(ent, pronoun: Token, index: EntityIndex) -> bool:
    """The person ``ent`` names is of the other gender than the third-person ``pronoun`` says
    ("she" and "Abu Bakr al-Baghdadi"; :func:`_gender_conflict` by honorific, stated gender and
    first name); False for a pronoun with no gender ("it", "they")."""
    gender = PRONOUN_GENDER.get(pronoun.lower_)
    return gender is not None and _gender_conflict(ent, gender, index)


def _gender_conflict(ent, gender: str, index: EntityIndex, by_name: bool = True) -> bool:
    """The person ``ent`` names is of the other gender than ``gender``: by an honorific
    ("Mrs. Clinton" for "he") always; by the first-name table only when ``by_name``. The table
    gives the usual gender of a first name (≥ 90% of its bearers), not this bearer's, so a
    pronoun that finds no person of its gender falls back to ignoring it (a woman named Sirio,
    a name 90% male in the table, is still the "she" of the next sentence)."""
    found = _person_gender(ent, index) if by_name else _honorific_gender(ent)
    return found not in (None, gender)
