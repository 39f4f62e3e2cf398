"""Reports embedded in another claim's clause: which clausal contents to split off as units.

The claims component makes a unit of a reporting verb's clausal complement only where the verb
heads a unit itself or is in the hand lexicon (``components/claims.py``). A report inside a
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
