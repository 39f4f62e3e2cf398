"""People's names the NER missed, mislabelled or ran into other words: a person's name ending a
longer phrase (:func:`trailing_name`), words run into a name that are no part of it
(:func:`no_name`), unlabelled names the article describes as people (:func:`_described_names`),
and a one-word name the article never introduces as a person's (:func:`unintroduced_name`).
Input: a Span, tokens or a Doc; output: a Span, a list of Spans or a boolean. First names of
``lexicons/first_names.csv``; word classes of ``lexicons/sources.json``; place names of
:mod:`newstrace.gazetteer`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newstrace import gazetteer
from newstrace.entities.places import _place_name
from newstrace.entities.words import source_words
from newstrace.lexicons import first_names
from newstrace.units import ents_of


def trailing_name(span, whole: bool = False):
    """A person's name that ends a longer phrase the NER labelled otherwise: two or three
    capitalised proper nouns at its end, the first a first name of ``lexicons/first_names.csv``
    ("U.N. Resident Coordinator for Myanmar Andrew Kirkwood", labelled an organisation → "Andrew
    Kirkwood"), as a Span; with ``whole`` also a phrase that is nothing but such a name ("Sebastien
    Lai" labelled an organisation). None otherwise, or when the phrase ends with a word of
    organisations and places (``organization_words`` of ``lexicons/sources.json``).
    """
    toks = [t for t in span if not t.is_space]
    if not toks or toks[-1].lower_ in source_words()["organization_words"]:
        return None  # "St. Mary Hospital"
    for size in (3, 2):
        run = toks[-size:]
        if (len(toks) > size or whole and len(toks) == size) \
                and all(t.tag_ == "NNP" and t.is_title and t.is_alpha for t in run) \
                and run[0].lower_ in first_names():
            return span.doc[run[0].i:run[-1].i + 1]
    return None


def _described_names(doc: Doc) -> list[Span]:
    """People's names the NER left unlabelled that the article describes as people: a run of
    two to four capitalised words, joined as compounds to its last, with an apposition or, as
    the subject of "be", a predicate noun headed by a noun of officials, experts or roles, or
    "fellow", where no entity holds the whole run (VOA story 58: "Mahad Wasuge is the executive
    director of…", "Wasuge" labelled a place; "said Oh Ei Sun, senior fellow with
    the Singapore Institute of International Affairs", VOA story 65, tagged "Oh" an
    interjection and labelled nothing; its later "Oh said" and "he said" then had no one to
    resolve to). No run that holds a lower-case word, a title or the name of a country or city
    (:func:`_place_name`; a small town's name is a surname too: "Mahad").
    Spans labelled PERSON, which :meth:`EntityIndex.person_type` reads as it reads the NER's."""
    words = source_words()
    nouns = words["official"] | words["expert"] | words["roles"] | {"fellow"}
    titles = nouns | words["titles"]
    found = []
    for t in doc:
        said = [c for c in t.children if c.dep_ == "appos"]
        if t.dep_ == "nsubj" and t.head.lemma_ == "be":
            said += [c for c in t.head.children if c.dep_ == "attr"]  # "Mahad Wasuge is the executive director of…"
        if t.pos_ != "PROPN" or t.ent_type_ == "PERSON" or not any(
                c.pos_ == "NOUN" and c.lemma_.lower() in nouns for c in said):
            continue
        start = t.i
        while start > t.sent.start and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i > start - 1 \
                and doc[start - 1].head.i <= t.i and not doc[start - 1].ent_type_:
            start -= 1
        run = doc[start:t.i + 1]
        if any(e.start <= start and t.i < e.end for e in ents_of(doc)):
            continue  # one name the NER labelled otherwise: "the Singapore Institute"
        if 2 <= len(run) <= 4 and all(w.is_title and w.is_alpha and not _place_name(w.text)
                                      and w.lower_ not in titles for w in run):
            found.append(Span(doc, start, t.i + 1, label="PERSON"))
    return found


def no_name(words) -> bool:
    """The words the NER ran into a person's name are no part of it: a place ("Myanmar Andrew
    Kirkwood"), a title or role word, a lower-case or all-capital word ("U.N. Resident
    Coordinator for…")."""
    roles = source_words()
    return any(t.is_lower or t.text.isupper() or not t.is_alpha or gazetteer.lookup(t.text)
               or t.lower_ in roles["official"] | roles["expert"] | roles["titles"] for t in words)


def unintroduced_name(head: Token, tokens: list[Token]) -> bool:
    """Whether a source phrase of one word that the NER labels a person is no person's: no first name
    (``lexicons/first_names.csv``) and no longer name in the article that ends with it, whatever
    the NER made of it (news introduces a person by full name before, or right after, a bare
    surname: "Another passenger, Allah Ditta, told VOA … Ditta said"), and no "he" or "she" in
    its sentence ("Ishiba said he would decide soon"), and cited by a preposition ("according
    to", "per"), not the subject of a verb: "Trump said …" in an article that never gives his
    first name is a person. "Smith is 45 and, according to Gawker, gave $1 million…" (FNC-1 167,
    new-user trial 10: Gawker, the news site, typed person)."""
    words = [t for t in tokens if t.is_alpha]
    if len(words) != 1 or words[0].pos_ != "PROPN" or words[0].lower_ in first_names() or head.dep_ != "pobj":
        return False
    word = words[0].lower_
    doc = head.doc
    gendered = any(t.lower_ in ("he", "she", "him", "her", "his", "hers") for t in head.sent)
    return not gendered and not any(t.lower_ == word and t.i > 0 and doc[t.i - 1].pos_ == "PROPN" for t in doc)
