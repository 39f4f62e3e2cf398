"""The author and the speakers of an interview: "I" and "we" of the author (:func:`is_author`)
or of the one interviewed in an answer paragraph (:func:`in_answer`), and the speaker labels of
an interview printed as a transcript (:func:`transcript_labels`).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newstrace.components.quotes import in_quotes
from newstrace.entities import EntityIndex, FIRST_PERSON
from newstrace.units import ents_of, text_of


#: The label of an interview's answer paragraph ("A: I think his conclusory comment is correct.").
ANSWER_LABEL = re.compile(r"\s*(?:A|Answer)\s*:")


def in_answer(token: Token) -> bool:
    """Whether ``token`` lies in a paragraph that opens with an interview's answer label
    (``ANSWER_LABEL``): there "I" and "we" are the one interviewed, not the author. PolNeAR
    train without its held-out fifth: a first-person subject of a reporting verb with a clausal
    complement in such a paragraph ("A: … But I think [the] Dodd-Frank … went a long, long
    way.") is a gold cue with the pronoun for source 19 times in 26 (3 interviews; the 7 others
    all in one, whose annotator left its answers unattributed). On those 3 texts, every
    construction read with the rule (:meth:`~newstrace.components.attribution.attributor._Attributor.authorial`):
    attributions 59 -> 90, matched 38 -> 62 of 173 gold. The held-out fifth has no such
    paragraph (figures unchanged)."""
    text = text_of(token.doc)
    return ANSWER_LABEL.match(text, text.rfind("\n", 0, token.idx) + 1) is not None


def is_author(src: Token, regions: list[tuple[int, int]]) -> bool:
    """Whether a subject is the author: a first-person pronoun
    (:data:`~newstrace.entities.FIRST_PERSON`: "I", "we", "me", "us"…) outside the quotations
    ``regions`` (:func:`~newstrace.components.quotes.doc_regions`) and outside an interview's answers
    (:func:`in_answer`); the author is never a listed source."""
    return src.lower_ in FIRST_PERSON and not in_quotes(regions, src.idx) and not in_answer(src)


#: A speaker label of an interview transcript: at a paragraph's start or after a sentence-final
#: mark, a name of one to four capitalised words, optionally a role set off by a comma
#: ("Richard Armitage, former U.S. deputy secretary of state:", no sentence end inside it),
#: then a colon and a space.
TRANSCRIPT_LABEL = re.compile(r"(?:^|(?<=[.?!…\"”’)\]]) +)(?P<name>[A-Z][\w.’'\-]*(?: [A-Z][\w.’'\-]*){0,3})"
                              r"(?:, (?:[^:;?!.\"“”\n]|\.(?! [A-Z])){2,80}?)?(?P<cue>:) +(?=\S)", re.M)


def transcript_labels(doc: Doc, index: EntityIndex) -> list[tuple[int, int, int]]:
    """The speaker labels of an interview printed as a transcript, as (name start, name end,
    colon offset): a name the text gives to a person or organisation (the NER's person or
    organisation, an outlet, or the surname of a person named before: "Armitage:" after
    "Richard Armitage") in :data:`TRANSCRIPT_LABEL`'s shape, with no verb in the label. Labels
    count only where they alternate: two or more of them, by two speakers or more ("VOA: …?
    Armitage: …"); else none, so a lone "The key attractions: …" or "He added: …" is no label
    (VOA's 89 stories: the shape finds the 16 labels of the interview of story 84 and one
    other candidate, "WATCH:", no name and alone)."""
    text = text_of(doc)
    found, speakers = [], set()
    for m in TRANSCRIPT_LABEL.finditer(text):
        span = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
        if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
            continue
        name = span.text
        ent = next((e for e in ents_of(doc) if e.start == span.start and e.end == span.end), None)
        if ent is not None and ent.label_ == "PERSON" or index.known_person(name):
            speakers.add(index.person(name))
        elif ent is not None and ent.label_ == "ORG" or index.outlet(name):
            speakers.add((index.outlet(name) or (index.org(name),))[0])
        else:
            continue
        found.append((span.start_char, span.end_char, m.start("cue")))
    return found if len(found) >= 2 and len(speakers) >= 2 else []
