"""Which names are places: the country a word names (:func:`state_code`, :func:`is_country`, by
:mod:`newstrace.gazetteer`), the names of countries and of cities of 100,000 people or more
(:func:`_place_name`), the names an article shows to be places in one of their mentions
(:func:`_shown_places`), and the names no "he" or "she" can refer to (:func:`_mostly_a_place`:
by the NER's labels, a locative preposition, or a mention shown a place). Input: words, a Doc, or
an entity with the article's :class:`~newstrace.entities.index.EntityIndex`; output: a country
code, a set of names or a boolean. Facility words of ``lexicons/sources.json``; first names of
``lexicons/first_names.csv``.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newstrace import gazetteer
from newstrace.entities.words import source_words
from newstrace.lexicons import first_names
from newstrace.units import ents_of

if TYPE_CHECKING:
    from newstrace.entities.index import EntityIndex


@lru_cache(maxsize=4096)
def state_code(word: str) -> str | None:
    """The country (ISO alpha-3) a word names: by its name ("U.S.", "Russia"), a demonym
    ("Russian") or its capital ("Washington", "Beijing": news names a government by its seat,
    the metonymy of "Washington's envoy"); None otherwise."""
    entry = gazetteer.country(word)
    if entry is not None:
        return entry.country
    return gazetteer.country_of_demonym(word) or gazetteer.capitals().get(gazetteer.fold(word))


#: Prepositions after which a name is a place, not a person ("a teacher in Bissau").
LOCATIVE = frozenset({"in", "near", "outside", "across", "throughout"})
#: Prepositions of place and origin after which a name the NER labels a place is one
#: ("operations at Incirlik", "transported from West Java").
PLACE_PREPOSITIONS = LOCATIVE | {"at", "from"}


def _shown_places(doc: Doc) -> frozenset[str]:
    """Names the article itself shows to be places in one of their mentions, whatever label
    the NER gives the others: a mention labelled a place (GPE, LOC, FAC) that is the object
    of a preposition of place or origin (:data:`PLACE_PREPOSITIONS`: "suspend U.S. operations
    at Incirlik", "dogs are transported from West Java"), or a mention that modifies a
    facility noun (``facility_words`` of ``lexicons/sources.json``: "the vast Incirlik air
    base", "New York's JFK airport"). A place is no "he" or "she" (VOA story 74: "Incirlik",
    labelled PERSON five times and a place five, took "He was referring to…"; story 67: "West
    Java", whose "West" the first-name table lists, made the "Java" of "Central Java Governor
    Ganjar Pranowo" a person and took "He pointed out…" from the governor)."""
    facilities = source_words()["facility_words"]
    found = set()
    for ent in ents_of(doc):
        root = ent.root
        if ent.label_ in ("GPE", "LOC", "FAC") and root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS \
                or root.dep_ == "compound" and root.head.lemma_.lower() in facilities:
            found.add(ent.text)
    return frozenset(found)


def _mostly_a_place(ent, index: EntityIndex) -> bool:
    """A name no "he" or "she" can refer to: one the NER labels a place or organisation more
    often than a person in its text (the kingdom of Kaabu: GPE four times, PERSON once, in a VOA
    story), or a known place name (:func:`newstrace.gazetteer.lookup`) after a locative
    preposition ("a teacher in Bissau", which the NER labelled PERSON), or a name one of whose
    mentions shows it a place (:func:`_shown_places`: the name of a facility, "New York's JFK
    airport", labelled PERSON, took "He agreed…" in VOA story 62). The labels do not count for
    the surname of a person the article names in full with a first name (:func:`_named_in_full`:
    "Quirin", labelled a place twice in a Wikinews story after "Antoine Quirin", lost "…but upon
    learning his DNA was on Spanton's underwear he claimed…" to a man named before him)."""
    labels = index.labels(ent.text)
    if ent.text in index.places or labels["PERSON"] < sum(
            labels[lb] for lb in ("GPE", "LOC", "ORG", "FAC", "NORP")) and not _named_in_full(ent, index):
        return True
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE and bool(gazetteer.lookup(ent.text))


def _named_in_full(ent, index: EntityIndex) -> bool:
    """``ent`` is one word, the surname of a person the article names with a first name of the
    first-name table ("Quirin" after "Antoine Quirin")."""
    full = index.known_person(ent.text) if len(ent) == 1 else None
    return full is not None and len(full.split()) > 1 and full.split()[0].lower() in first_names()


def is_country(name: str) -> bool:
    """``name``, less a leading "the", names a country ("Cameroon", "the Democratic People's
    Republic of Korea")."""
    return gazetteer.country(name[4:] if name.lower().startswith("the ") else name) is not None


def _place_name(text: str) -> bool:
    """``text`` is the name of a country or of a city of 100,000 people or more, written as the
    gazetteer writes it ("Copenhagen", not "BLA" for Bla, Mali, nor "Hamas" for Hamm)."""
    return any(e.kind == "country" or e.population >= 100_000 and e.name.split(",")[0] == text
               for e in gazetteer.lookup(text))
