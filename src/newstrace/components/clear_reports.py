"""Reports made with "make (it) clear": "Obama made clear that meeting relatives has an impact",
"Trump made it clear that he felt they should drop out".

"make clear" is a multiword reporting predicate: its subject is the source and its that-clause
(or bare clause) the content, as with "state" or "say". PolNeAR (Newell et al. 2018) annotates it
so (cue "made it clear" / "made clear", content the clause); in its train split it is the most
frequent clause-taking cue that no single reporting verb of the lexicon covers (19 times in four
fifths of train/). The parser hangs the clause either on "make" (``ccomp``) or on "clear"
(``advcl``/``ccomp``), so the verb alone is no reporting verb to the other rules.

Reads the parse only; the attribution component splits the content off as a claim unit and gives
it the source (``_Attributor.split_clear_reports``).
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc, Token

CLAUSE_DEPS = ("ccomp", "advcl")


def clear_reports(doc: Doc) -> Iterator[tuple[Token, list[Token], Token]]:
    """``(verb, cue tokens, content head)`` for each "make (it) (very) clear (that) CLAUSE" in
    ``doc``, in text order.

    Input: a parsed Doc. Output: the verb "make" (any form), the cue words from the verb to
    "clear" (the verb, a dummy "it", an intensifier, "clear"), and the head of the clause that
    follows "clear" (a verb with a subject or a "that" complementiser, hung on "make" or on
    "clear"). "made clear the plan" (a noun phrase) and "made it clear to voters" without a
    clause give nothing.
    """
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() != "make":
            continue
        clear = next((c for c in verb.children if c.lower_ == "clear" and c.i > verb.i), None)
        if clear is None:
            continue
        cands = [c for c in list(verb.children) + list(clear.children)
                 if c.dep_ in CLAUSE_DEPS and c.i > clear.i and c.pos_ in ("VERB", "AUX")
                 and any(k.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") or
                         (k.dep_ == "mark" and k.lower_ == "that") for k in c.children)]
        if not cands:
            continue
        content = min(cands, key=lambda c: c.i)
        cue = [verb] + [t for t in doc[verb.i + 1:clear.i]
                        if t.head in (verb, clear) and t.lower_ in ("it", "very", "quite", "abundantly", "perfectly")]
        yield verb, cue + [clear], content
