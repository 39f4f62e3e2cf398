"""Paragraph-aware sentence boundaries: a newline always ends a sentence.

spaCy's parser decides sentence boundaries on its own and joins a title line or a colon lead-in
("Per the Times:") with the next paragraph. This component runs before the parser and marks the
first token after a newline as a sentence start, which the parser then respects (spaCy's
documented pre-set boundary mechanism, ``Token.is_sent_start``). Abbreviations ("U.S.", "Mr.",
"Gen.") are left to the parser. The token after a forced start is marked as no start: with a
preset start the small English parser otherwise tends to cut a one-token sentence there.
An opening typewriter quotation mark (``''`` or ````` ``, the New York Times archive convention)
after a sentence-final stop opens the next sentence: the parser otherwise leaves it at the end of
the sentence before (``said. ''It`` → ``said. ''`` | ``It``).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newstrace.components import ext  # noqa: F401


FINAL_ABBREVIATIONS = frozenset({"a.m.", "p.m.", "etc.", "inc.", "ltd.", "co.", "corp.", "jr.", "sr."})


def mark_abbreviation_ends(doc: Doc) -> None:
    """A sentence-final abbreviation ("at 4 p.m. Lawmakers then left") ends a sentence when the
    next word is capitalised but not a proper noun (the tagger has run); "U.S. Treasury" and
    "Mr. Kim" stay whole because their abbreviations are not in this list or the next word is a
    proper noun."""
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if tok.lower_ in FINAL_ABBREVIATIONS and nxt.is_title and nxt.tag_ not in ("NNP", "NNPS"):
            nxt.is_sent_start = True


TYPEWRITER_OPEN = frozenset({"''", "``"})
STOPS = frozenset({".", "?", "!"})


def mark_quote_openings(doc: Doc) -> None:
    """An opening ``''``/````` `` mark after a sentence-final stop (``. ''Next``: a space before
    the mark, none after it, a word next) starts a sentence, and the word after it does not."""
    for tok in doc[1:-1]:
        prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
        if tok.text in TYPEWRITER_OPEN and prev.text in STOPS and prev.whitespace_ \
                and not tok.whitespace_ and not nxt.is_punct and not nxt.is_space:
            tok.is_sent_start = True
            nxt.is_sent_start = False


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first non-space token after each newline. Returns ``doc``."""
    after_break = False
    for tok in doc:
        if tok.is_space:
            after_break = after_break or "\n" in tok.text
            continue
        if after_break and tok.i > 0:
            tok.is_sent_start = True
            nxt = tok.i + 1
            if nxt < len(doc) and not doc[nxt].is_space and "\n" not in tok.whitespace_:
                doc[nxt].is_sent_start = False  # the parser must not leave a 1-token sentence
        after_break = "\n" in tok.whitespace_
    mark_quote_openings(doc)
    mark_abbreviation_ends(doc)
    return doc


@Language.factory("newstrace_paragraphs")
def make_paragraphs(nlp: Language, name: str):
    """Factory of the paragraph-boundary component (place it before ``parser``)."""
    return mark_paragraph_starts
