"""Reports embedded in another claim's clause: which clausal contents to split off as units.

The claims component makes a unit of a reporting verb's clausal complement only where the verb
heads a unit itself or is in the hand lexicon (``components/claims/``). A report inside a
restricting clause ("When a reporter asked if the deployments meant a reversal, Obama said…"),
a participle or gerund ("…, after saying he would not advertise"), a restrictive relative clause
("voters who said they would vote in the primary") or a clause the parser hung on a noun
("Trump, who has pledged to ban…" parsed as ``acl``) leaves its content inside a larger unit,
where it can get no source of its own. PARC 3.0 (Pareti 2016) and PolNeAR (Newell et al. 2018)
annotate such reports like any other: source = the verb's subject, cue = the verb, content = its
complement. This module finds them; the attribution component splits the content off
(``_Attributor.split_embedded_reports``) and gives it the source.

Reads the parse only; one pass over the tokens (each token's children once).
"""
from __future__ import annotations

from typing import Callable, Iterator

from spacy.tokens import Doc, Token

CONTENT_DEPS = ("ccomp",)


def embedded_reports(doc: Doc, unit_heads: set[int],
                     is_cue: Callable[[Token], bool]) -> Iterator[tuple[Token, Token]]:
    """``(verb, content)`` pairs of embedded reports in ``doc``.

    Args:
        doc: a parsed Doc.
        unit_heads: token indices of the heads of the claim units so far.
        is_cue: whether a verb is an attribution cue for its complement (the attribution
            component's rules: reporting lexicon, intentions with an infinitive, the learned
            classifier for verbs of saying, thinking and judging).
    Yields:
        the cue verb, which heads no unit, and its clausal complement (a ``ccomp`` after it, a
        verb that heads no unit either) when ``is_cue(verb)``; in text order.
    """
    for verb in doc:
        if verb.pos_ != "VERB" or verb.i in unit_heads:
            continue
        content = next((c for c in verb.children if c.dep_ in CONTENT_DEPS and c.i > verb.i
                        and c.pos_ in ("VERB", "AUX") and c.i not in unit_heads), None)
        if content is None or not is_cue(verb):
            continue
        yield verb, content


#: Prepositions that open an adverbial of a reporting verb (where, when, in what medium), not
#: its content: "said in a statement that…", "told reporters during a visit that…".
ADVERBIAL_PREPS = frozenset({"in", "on", "at", "during", "following", "after", "before", "for",
                             "since", "through", "via"})


def misplaced_complements(doc: Doc, is_reporting: Callable[[Token], bool]) -> Iterator[tuple[Token, Token]]:
    """``(verb, content)`` pairs where the parser hung a reporting verb's that-clause on a noun of
    an adverbial phrase between them: "Estrosi said in one of a series of Twitter messages that
    the truck was carrying arms" (the clause parsed as a relative clause on "messages"), "told
    reporters during a visit to Scotland on Friday that he thinks…".

    The clause is a ``relcl`` or ``acl`` verb with "that" as its complementiser (a marker, not a
    relative pronoun: "the messages that he sent" has "that" as object) and a subject of its
    own; the noun it hangs on is reached from the verb only through prepositional phrases, the
    one next to the verb opening an adverbial (``ADVERBIAL_PREPS``: "in", "during", "on"…, not
    "to", "about", "as": "responded to accusations that…", "cited it as evidence that…" take the
    noun as their content); the verb is a reporting verb with no clausal complement of its own.
    PolNeAR train without its held-out fifth: 23 such clauses, all in a gold content, 19 of them
    with the verb as the gold cue (the other 4 inside an outer report).
    """
    for content in doc:
        if content.dep_ not in ("relcl", "acl") or content.pos_ not in ("VERB", "AUX"):
            continue
        kids = list(content.children)
        if not any(k.dep_ == "mark" and k.lower_ == "that" and k.i < content.i for k in kids) \
                or not any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in kids):
            continue
        t = content.head
        while t.dep_ in ("pobj", "prep") and t.head != t:
            t = t.head
            if t.dep_ == "prep" and t.head.pos_ == "VERB":
                verb = t.head
                if t.lower_ in ADVERBIAL_PREPS and t.i > verb.i and is_reporting(verb) \
                        and not any(c.dep_ == "ccomp" for c in verb.children):
                    yield verb, content
                break
