"""The adapter: a newstrace reading as PolNeAR-style attributions (content, source, cue spans).

Inputs: a newstrace :class:`~newstrace.records.Reading` (or textacy ``DQTriple``s, for the
peer baseline). Outputs: a list of :class:`~newstrace.scoring.spans.Attr`, one per attribution
PolNeAR would annotate: claims grouped by their outermost link, one attribution per paragraph
and per quotation (:func:`attributions_from_reading`), a cited link's own attribution
(:data:`CITING_CUES`), the claims relayed with no source (``scoring.sourceless``) and stance
acts, less the stances nested in another content (:func:`_drop_nested`). Where each content
starts is ``scoring.starts``, its edges ``scoring.edges``, its cue's extra words
``scoring.cue_spans``. Sources: PolNeAR train (``train/``, first annotator's file per text)
without its held-out fifth and the held-out fifth, counts in each docstring.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

from newstrace.components.quotes import quoted_regions
from newstrace.scoring.cue_spans import _cue_modifiers, _cue_preposition
from newstrace.scoring.edges import _bridge, _edges, _in_quotes
from newstrace.scoring.sourceless import (
    EVIDENTIAL_CUES, LINKING_SEEM, SOURCELESS_LABELS, UNANNOTATED_HEDGES, _accused, _cue_words, _judged,
    _passive_report, _question_put, _topic_noun, _unheld_cues,
)
from newstrace.scoring.spans import Attr, Range, _minus, chars
from newstrace.scoring.starts import _after_lead_in, _aside, _repeated_speaker, _reported_start, _sourceless_start

ATTRIBUTED_KINDS = ("claim", "opinion")
"""Claim kinds turned into system attributions (a source's opinion is still an attribution)."""


CITING_CUES = frozenset({"citing", "quoting"})
"""Cues of a link newstrace puts behind the reporter ("The Post reported X, citing two officials":
chain The Post <- two officials, CONVENTIONS.md) that PolNeAR annotates as an attribution of its
own: source = the reporter, cue = "citing", content = what is cited, outside the report's
content. PolNeAR train without the fifth: "citing"/"quoting" as a participle (advcl/pcomp) is a
gold cue 25 of 28 times, each time with a source; held-out fifth: content partial F1 0.695 ->
0.696, cue F1 0.7369 -> 0.7375, attribution F1 0.733 (2 more found, 1 more false)."""


NESTED_SHARE = 0.8
"""A stance attribution (or a reason-of-object gerund's, :data:`REASON_GERUND`) with this share of
its characters inside another attribution's content is dropped (:func:`_drop_nested`). PolNeAR train without its held-out fifth: such stances
are a gold attribution 5 times of 40; held-out fifth: 9 dropped, none matched, attribution F1
0.731 -> 0.733 (P 0.841 -> 0.845). 0.8 is chosen on train without the fifth (0.7: 45 dropped,
7 matched; 1.0: 32 dropped, 4 matched)."""
REASON_GERUND = re.compile(r"\s+(?:for|of)\s+(?:\w+\s+)?", re.I)
"""What joins the source of a gerund's attribution to its cue when the gerund gives the reason of
a judgement on its object ("Ms. Khan rebuked Mr. Trump for suggesting that…", "criticized Obama
for again proposing…": ``speakers.REASON_OF_OBJECT``, the object its source). PolNeAR annotates
such a gerund as content of the judging cue, never as an attribution of its own, when that cue
is one (:func:`_drop_nested`). PolNeAR train without its held-out fifth: 5 such attributions
inside another's content, none a gold attribution or cue (the judging cue's content holds them
each time); held-out fifth: 1 ("Scalia questioning"), no gold either."""


def attributions_from_reading(reading, kinds: Sequence[str] = ATTRIBUTED_KINDS) -> list[Attr]:
    """System attributions of a newstrace :class:`~newstrace.records.Reading`, PolNeAR-style.

    PolNeAR is univocal (each token has one role in at most one attribution), so a nested report
    is annotated as its OUTERMOST attribution, the inner source and cue being part of its content.
    Claims of ``kinds`` with a non-empty chain are grouped by their outermost link ``chain[0]``
    (its mention span and cue span); each group gives one attribution:

    * source = ``chain[0]`` mention span; cue = ``chain[0].cue`` span (none when it has no cue);
    * content = the group's claim spans plus the mention and cue spans of the inner links
      ``chain[1:]`` (but a cited link, :data:`CITING_CUES`, is an attribution of its own), less the outer source and cue (univocal: a token has one role; a claim of
      a noun-phrase report such as "state media reported high expectations" spans them), ending
      where the claim's ``reported`` content ends in the cue's own paragraph (no circumstance of
      the act of reporting: "announced her candidacy [on Tuesday]"; held-out fifth: attribution
      F1 0.754 unchanged, content exact pairs 1,726 -> 1,727; taking ``reported``'s start too cost
      attribution F1 0.754 -> 0.746), and
      starting where ``reported`` starts when only the source, or the relative pronoun standing
      for it (:func:`_relative_source`), precedes the cue (:func:`_reported_start`), less an
      aside between that source and cue (:func:`_aside`), its gaps inside one quotation
      closed (:func:`_in_quotes`), widened over the complementiser and quotation marks at its
      edges (:func:`_edges`).

    One outer link gives one attribution per paragraph (paragraphs: newline-separated): a
    quotation paragraph that continues a speaker quoted in an earlier paragraph ("…,” Espinoza
    said.\n\n“I am a proven champion…”) is an attribution of its own. PolNeAR ties a content to
    the paragraph of its cue (19,677 of the 19,831 gold attributions with a cue in ``train/``,
    first annotator's file per text, have their whole content in the cue's paragraph), and being
    univocal it all but never gives two attributions one cue span (6 of the 22,501 in ``train/``).
    So the link's cue goes with its "home" paragraph (the cue's, else its source's, paragraph when
    a claim is there, else the first paragraph with a claim); each other paragraph's claims form
    an attribution with the same source and no cue, one per quotation when a quotation runs over
    several paragraphs (:func:`_quote_blocks`: "…,” Blackwell wrote.\n\n"A?\n\n"B?\n\n"C?"" is
    two attributions, not four; held-out fifth: attribution F1 0.744 -> 0.745, P 0.849 -> 0.852,
    the nine paragraphs of one quoted list one attribution). newstrace's own records are
    unchanged: each continuation claim keeps the speaker's link, cue included.

    A claim with an empty chain that the author relays without naming a source (label
    ``reported`` or ``alleged`` with its cue: "is expected to", "reportedly"; or speculated with a
    split off with a noun of hearsay for cue, :data:`HEARSAY_NOUNS`, whatever its label) is an attribution
    with no source, as PolNeAR's "Attribution-no-source" (cue = the factuality cues and the
    words PolNeAR counts with them, :func:`_cue_words`; content = the claim less the cue and a
    lead-in, :func:`_sourceless_start`), and so is
    the author's evidential hedge (:data:`EVIDENTIAL_CUES`, :data:`LINKING_SEEM`) and a claim on an agentless "known
    as/for" (:data:`PASSIVE_REPORTS`, cue = the participle), a question put by no one named
    ("Asked about the tunnel, …": :func:`_question_put`, taken first, whatever the claim's label;
    a claim that leaves its cue nothing as content, "when asked" split from its question, gives
    none) and an agentless passive of accusing
    ("was charged with…": :func:`_accused`) or one the product records as the claim's cue, of
    judging, announcing, knowing or demanding ("is widely seen as…", "as she was announced the
    winner": :func:`_judged`); failing those, a noun of asking or saying about a topic in
    the claim ("faced questions about…": :data:`TOPIC_NOUNS`) or an alleging or revealing noun
    with "of" (:data:`HEARSAY_OF`). Otherwise a
    claim with an empty chain gives no attribution unless it records a stance act
    (``claim.stance``: "Jeb Bush endorsed Cruz"), which PolNeAR annotates as an attribution:
    source = the holder, cue = the stance verb, content = what the stance is about. Groups come
    in order of first claim, stances after them.
    """
    text = reading.article.text
    found = []  # (claim, outer link, its key, the claim's paragraph)
    for claim in reading.claims:
        chain = claim.attribution.chain
        if claim.kind not in kinds or not chain:
            continue
        head = chain[0]
        cue = (head.cue.start_char, head.cue.end_char) if head.cue is not None else None
        found.append((claim, chain, (head.start_char, head.end_char, cue), text.count("\n", 0, claim.start_char)))
    home: dict[tuple, int] = {}  # per outer link: the paragraph of its cue (else source), or its first
    for _, _, key, para in found:
        if para == text.count("\n", 0, key[2][0] if key[2] else key[0]):
            home[key] = para
        else:
            home.setdefault(key, para)
    regions = quoted_regions(text)
    block = _quote_blocks(text, regions)
    groups: dict[tuple, dict] = {}
    cited: dict[tuple, object] = {}  # (citer span, cited span) -> the "citing" cue
    for claim, chain, key, para in found:
        own = block.get(para, para) == block.get(home[key], home[key])
        cue = key[2] if own else None
        g = groups.setdefault(key + (None if own else block.get(para, para),),
                              {"content": [], "source": [key[:2]], "cue": [cue] if cue else []})
        start = _repeated_speaker(text, claim, chain[0]) or _after_lead_in(text, claim, chain[0])
        end = claim.reported.end_char if claim.reported is not None and own else claim.end_char
        if own:
            start = _reported_start(text, claim, key, start)
        g["content"] += _minus([(start, end)], _aside(claim, key))
        for before, link in zip(chain, chain[1:]):
            if link.cue is not None and link.cue.text.lower() in CITING_CUES:
                cited[(before.start_char, before.end_char, link.start_char, link.end_char)] = link.cue
                continue
            g["content"].append((link.start_char, link.end_char))
            if link.cue is not None:
                g["content"].append((link.cue.start_char, link.cue.end_char))
        g["holes"] = g["source"] + ([key[2]] if key[2] else [])
        g["cue"] += _cue_preposition(text, g["cue"]) + _cue_modifiers(text, g["cue"], key[:2])
        g["holes"] += g["cue"]
    out = [Attr.make(_edges(text, _in_quotes(text, _bridge(text, _minus(g["content"], g["holes"])), g["holes"], regions)),
                     g["source"], g["cue"],
                     label=(f"src {k[0]}-{k[1]} cue {k[2][0]}-{k[2][1]}" if k[2] else f"src {k[0]}-{k[1]}")
                     + (f" para {k[3]}" if k[3] is not None else ""))
           for k, g in groups.items()]
    out += [Attr.make(_edges(text, [(k[2], k[3])]), [k[:2]], [(q.start_char, q.end_char)], label=f"cited {k[2]}-{k[3]}")
            for k, q in cited.items()]
    for claim in reading.claims:
        if claim.kind not in kinds or claim.attribution.chain:
            continue
        evidential = [q for q in claim.factuality.cues if q.text.lower() in EVIDENTIAL_CUES]
        p = claim.predicate
        if not evidential and p is not None and p.text.lower() in LINKING_SEEM:
            evidential = [p]
        question = _question_put(text, claim)  # the asking participle, whatever the claim's label
        relayed = [q for q in claim.factuality.cues if q.text.lower() not in UNANNOTATED_HEDGES]
        unheld = _unheld_cues(claim)
        judged = _judged(text, claim)
        if question:
            cues = question
        elif judged and len(relayed) == 1 and not evidential:  # the passive is the claim's one cue
            cues = judged
        elif claim.factuality.label in SOURCELESS_LABELS and relayed or evidential or unheld:
            # an agentless "was accused of", now alleged, keeps the cue PolNeAR gives it (with "of")
            cues = not (evidential or unheld) and _accused(text, claim) \
                or [(q.start_char, q.end_char) for q in evidential or unheld or relayed]
        else:
            cues = _passive_report(text, claim) or _accused(text, claim) or judged
        if cues:
            asked = cues is question
            cues = cues + _cue_words(text, claim, cues)
            start = cues[0][0] if asked else _sourceless_start(text, claim, cues)  # a question: no "when" in it
            content = _edges(text, _minus([(start, claim.end_char)], cues))
            if content:  # "when asked" split from its question: the question's own claim has it
                out.append(Attr.make(content, (), cues, label=f"no source {claim.id}"))
        else:
            out += _topic_noun(text, claim)
        for st in claim.stances:
            holder, cue = (st.holder.start_char, st.holder.end_char), [(st.cue.start_char, st.cue.end_char)]
            cue += _cue_preposition(text, cue) + _cue_modifiers(text, cue, holder)
            out.append(Attr.make(_edges(text, _minus([(st.start_char, st.end_char)], [holder] + cue)), [holder], cue,
                                 label=f"stance {claim.id}"))
    return _drop_nested(text, out)


def _drop_nested(text: str, attrs: list[Attr]) -> list[Attr]:
    """``attrs`` less the stance attributions and the reason-of-object gerunds
    (:data:`REASON_GERUND`) whose holder, cue and content lie (at least :data:`NESTED_SHARE` of
    their characters) inside the content of another attribution: "Cruz blasted Rubio for his
    support of a failed bill" and "Ms. Khan rebuked Mr. Trump for suggesting that she had not
    been permitted to speak" are one PolNeAR attribution each (cues "blasted", "rebuked"), the
    stance "his support of" and the report "suggesting" inside their contents none, PolNeAR
    being univocal. newstrace keeps both acts."""
    contents = [chars(text, a.content) for a in attrs]
    out = []
    for i, a in enumerate(attrs):
        whole = chars(text, a.content) | chars(text, a.cue) | chars(text, a.source)
        if (a.label.startswith("stance") or _reason_gerund(text, a)) and any(
                j != i and len(whole & c) >= NESTED_SHARE * len(whole) for j, c in enumerate(contents)):
            continue
        out.append(a)
    return out


def _reason_gerund(text: str, a: Attr) -> bool:
    """Whether ``a`` is a gerund's attribution whose source is the object the gerund gives a
    reason of: its source then "for" or "of" (and at most one word, "again") right before its
    cue, an "-ing" word."""
    if not a.source or not a.cue:
        return False
    first = text[a.cue[0][0]:a.cue[0][1]].split()[0].lower()
    return first.endswith("ing") and REASON_GERUND.fullmatch(text, a.source[-1][1], a.cue[0][0]) is not None


def _quote_blocks(text: str, regions: Sequence[Range]) -> dict[int, int]:
    """Per paragraph index (newlines before it) inside a multi-paragraph quotation, the index of
    the paragraph where that quotation opens. A quotation runs on over paragraphs that open with
    a quote mark when the one before leaves it open (``quotes.quoted_regions``: "Dr. Ward
    stated:\n\n"The DOJ isn't…\n\n"The latest example…\n\n"The Senate…""), and PolNeAR
    annotates the whole quotation as one content of the cue, where newstrace gives each paragraph
    a claim of its own. Such paragraphs stay in their speaker's attribution: PolNeAR train without
    its held-out fifth, 12,655 -> 12,637 system attributions, matched 10,753 -> 10,754;
    held-out fifth 2,722 -> 2,713, matched 2,284 -> 2,281, attribution F1 0.730 -> 0.731."""
    out: dict[int, int] = {}
    for s, e in regions:
        first, last = text.count("\n", 0, s), text.count("\n", 0, e)
        for p in range(first + 1, last + 1):
            out[p] = first
    return out


def attributions_from_triples(triples: Iterable) -> list[Attr]:
    """Attributions from textacy ``DQTriple``s (``speaker``, ``cue``: lists of spaCy tokens;
    ``content``: a spaCy Span). Each triple is one attribution; token lists become the set of
    their tokens' character ranges. Only ``.idx``, ``len(token)``, ``.start_char``/``.end_char``
    are used, so any object with those attributes works."""
    out = []
    for i, t in enumerate(triples):
        out.append(Attr.make([(t.content.start_char, t.content.end_char)],
                             [(tok.idx, tok.idx + len(tok)) for tok in t.speaker],
                             [(tok.idx, tok.idx + len(tok)) for tok in t.cue], label=f"dq{i}"))
    return out
