"""The claim units of a Doc: which tokens each unit spans, its kind, and the spaCy component.

* :func:`find_units`: each token that heads a unit
  (:func:`~newstrace.components.claims.heads.is_unit_head`) gives one: its subtree without the
  subtrees of the units nested in it, cut after the head's contiguous run (``_cut_tail``),
  trimmed of edge punctuation, conjunctions, complementisers and unpaired quotation marks; a
  unit with no verb (a dateline, a byline) is no claim; a sentence whose main verb the parser
  hung on its subject keeps that subject (``_misparsed_main_verbs``); an apposition of denial
  (:func:`~newstrace.components.claims.relatives.rebuttal`) leaves the clause it sums up; a
  "nor" moves to the clause it negates (``_move_nor``);
* :func:`free_tagged_fragments`: a quotation with no verb leaves the unit of its speaker tag;
* :func:`is_opinion`: a unit's kind, the author's opinion or a claim of fact (subjectivity cues
  after Wiebe et al. 2004);
* :func:`make_claims`: the spaCy factory ``newstrace_claims``, which sets ``doc._.nt_claims``.

Input: a parsed Doc (tagger, parser, lemmatizer, NER and ``newstrace_parse_repairs`` have run);
output: list of :class:`~newstrace.units.ClaimUnit` in text order. Counts: PolNeAR train without
its held-out fifth and the fifth, Wikinews and VOA stories of new-user trials, as each docstring
says.
"""
from __future__ import annotations

import unicodedata

from spacy.language import Language
from spacy.tokens import Doc, Token

from newstrace.components import ext  # noqa: F401
from newstrace.components.claims.heads import is_unit_head
from newstrace.components.claims.relatives import rebuttal, set_off_report
from newstrace.components.claims.reports import VERBAL
from newstrace.components.claims.set_apart import _frame_clause
from newstrace.components.quotes import doc_regions, MAX_TAG_WORDS, set_off, tag_candidate, verbless
from newstrace.lexicons import cues
from newstrace.units import ClaimUnit, paragraph_of, text_of, token_set, trim_edges


def is_opinion(doc: Doc, head: Token) -> bool:
    """Whether a unit is the author's opinion or evaluation rather than a claim of fact.

    Markers (lexicon ``opinion_*`` classes): a perception verb with an evaluative complement
    ("seems bad", "sounds like…"; "seems to have fled" is a hedge, not an opinion); a stance
    adverb ("frankly"; one of a conjunct is that conjunct's own: "Mobile and wireless signals
    are not working and, unfortunately, we are not able to get in touch with the crew", VOA
    8006651, new-user trial 14, made both opinions; PolNeAR train without its held-out fifth: 13
    stance adverbs on a verb's conjunct, all 13 of that conjunct alone by my reading: "…, but it
    clearly was out of step with much of the debate stage"); a sentential relative clause commenting on the sentence ("…, which is
    something to keep in mind"), not one a reporting verb reports ("…, which they've said was
    due to a lack of airtime": the network's report; new-user trial, Wikinews 2020-05-06); a demonstrative or dummy subject with an evaluative adjective
    ("This is troubling"). Subjectivity cues after Wiebe et al. (2004).
    """
    lex = cues()
    kids = list(head.children)
    if head.lemma_.lower() in lex["opinion_verbs"] and (
            any(c.dep_ in ("acomp", "oprd", "attr") for c in kids)
            or any(c.dep_ == "prep" and c.lower_ == "like" for c in kids)):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in lex["opinion_adverbs"] for c in head.subtree
           if c.head == head or c.head.head == head and c.head.dep_ != "conj"):
        return True
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ == "which" and head.head.pos_ in VERBAL and head.head != head \
            and head.dep_ != "ccomp":
        return True
    if head.lemma_ == "be" and subj is not None and subj.lower_ in ("this", "that", "it") and any(
            c.dep_ in ("acomp", "attr") and c.lemma_.lower() in lex["opinion_adjectives"] for c in kids):
        return True
    return False


def _cut_tail(doc: Doc, toks: list[int], head: int) -> list[int]:
    """Keep the tokens up to the end of the head's contiguous run: material that follows a
    nested unit (a hole in the run) dangles after it and is not part of this claim's span. A
    tail that only completes a coordination begun in the run stays (:func:`_completes_run`):
    "a residential area between Fath Airport, where it was attempting to land, and Payam
    International Airport" (Wikinews 2019, the Karaj cargo plane crash; new-user trial seven:
    the claim ended at "Fath Airport"). PolNeAR train without its held-out fifth (first 250
    texts): 13 such tails, 8 inside a gold content, 6 of them in the gold content of the claim's
    own words; held-out fifth: attribution matched 2434 -> 2435, content exact 1778 -> 1779,
    content partial P 0.789 -> 0.790."""
    end = toks.index(head)
    while end + 1 < len(toks) and toks[end + 1] == toks[end] + 1:
        end += 1
    run, tail = toks[:end + 1], toks[end + 1:]
    return toks if tail and _completes_run(doc, set(run), tail) else run


def _completes_run(doc: Doc, run: set[int], tail: list[int]) -> bool:
    """Whether every token of ``tail`` is a conjunct (with its words), its conjunction or a comma
    of a word in ``run``: the rest of a coordination, no clause of its own."""
    conj = [doc[i] for i in tail if doc[i].head.i in run and doc[i].dep_ == "conj"]
    inside = {t.i for c in conj for t in c.subtree}
    return bool(conj) and all(i in inside or doc[i].head.i in run and doc[i].dep_ in ("cc", "punct")
                              for i in tail)


def find_units(doc: Doc) -> list[ClaimUnit]:
    """Claim units of ``doc`` in text order (one per predication; see the package docstring).

    Args:
        doc: a parsed Doc (tagger, parser, lemmatizer and ``newstrace_parse_repairs`` have run).
    Returns:
        list of ClaimUnit with ``head``, ``tokens`` (sorted token indices) and ``paragraph``.
    """
    heads = [t for t in doc if is_unit_head(t)]
    stop = {t.i for t in heads}
    for head in heads:  # a verbless fragment (dateline, byline, caption, "though not likely")
        if not any(doc[i].pos_ in VERBAL for i in token_set(head, stop - {head.i})):
            stop.discard(head.i)  # is no claim, and no hole in the clause it belongs to
    units = []
    noun_subject = _misparsed_main_verbs(heads, stop)
    rebuttals = {h.i: rebuttal(h) for h in heads if h.i in stop and rebuttal(h) is not None}
    rebuttals.update({h.i: set_off_report(h) for h in heads if h.i in stop and h.i not in rebuttals
                      and set_off_report(h) not in (None, h)})  # "…, a point X acknowledged"
    noun_subject.update(rebuttals)
    for head in heads:
        if head.i not in stop:
            continue
        top = noun_subject.get(head.i, head)
        toks = trim_edges(doc, _cut_tail(doc, token_set(top, stop - {head.i}), head.i))
        if _frame_clause(head.head) and doc[toks[0]].dep_ == "mark" and doc[toks[0]].head == head:
            toks = toks[1:]  # "[as] Washington's priorities appear to be shifting"
        if not any(doc[i].pos_ in VERBAL for i in toks) or foreign_script(doc, toks):
            continue
        units.append(ClaimUnit(head=head.i, tokens=toks,
                               paragraph=paragraph_of(doc, doc[toks[0]].idx),
                               kind="opinion" if is_opinion(doc, head) else "claim"))
    for u in [u for u in units if u.head in rebuttals]:  # the apposition leaves the clause it sums up
        for other in units:
            if other is not u and set(u.tokens) & set(other.tokens):
                other.tokens = trim_edges(doc, [i for i in other.tokens if i not in set(u.tokens)])
    _move_nor(doc, units)
    free_tagged_fragments(doc, units)
    units.sort(key=lambda u: u.tokens[0])
    return units


def foreign_script(doc: Doc, toks: list[int]) -> bool:
    """Whether most letters of the tokens ``toks`` are of a script other than Latin: a passage
    quoted in its original language ("कोरोना भारत में यग्न अनुष्ठान के कारण शांत था।", the Hindi
    of a quotation the article gives in English too; Wikinews 2020 no. 39, new-user trial 18:
    four author's assertions). newstrace reads English news only (README), so such a passage
    is no claim. Latin letters are those whose Unicode name says so (``unicodedata``)."""
    letters = [ch for i in toks for ch in doc[i].text if ch.isalpha()]
    latin = sum(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)
    return bool(letters) and latin * 2 < len(letters)


def free_tagged_fragments(doc: Doc, units: list[ClaimUnit]) -> None:
    """Take out of its speaker tag's unit a quotation with no verb of its own that the tag
    reports ("“Like Oakland. Or Ferguson,” Trump said", "“Happy Cinco de Mayo!,” he tweeted",
    "“Only you, Dinesh,” she said, would use…": the parse hangs the fragment on the tag verb as
    its complement or subject, and a verbless complement is no unit of its own, so the fragment
    stayed in the tag's unit and no one's words): a quotation set off by punctuation
    (:func:`~newstrace.components.quotes.set_off`) with no verb
    (:func:`~newstrace.components.quotes.verbless`) whose speaker tag
    (:func:`~newstrace.components.quotes.tag_candidate`) heads a unit. The quotation pass then
    makes the fragment a claim of its own with the tag's speaker (``QuotePass.quote_unit``), as
    PolNeAR annotates it (the tag verb the cue, the quotation the content). PolNeAR train
    without its held-out fifth: it frees 52 quotations, the tag a gold cue 49 times, 48 of
    them with the quotation in its content (not: "Fallon fired back: “As a guardian of the
    @POTUS legacy,” he wrote, “…”", the cue "fired back"). Held-out fifth, with
    ``parse_repairs.raise_fragment_tag`` and the ``QuotePass.quote_unit`` changes of its
    session: attribution F1 0.7708 -> 0.7710 (matched 2472 -> 2473, system 2882 -> 2883), cue F1 0.7709 -> 0.7711 (matched 2460 -> 2461), content partial F1 0.735 -> 0.735, source accuracy 0.916 -> 0.916."""
    text, by_head = text_of(doc), {u.head: u for u in units}
    for qs, qe in doc_regions(doc):
        if not set_off(text, qs) or not verbless(doc, qs, qe):
            continue
        tag = tag_candidate(doc, text, qs, qe, MAX_TAG_WORDS)
        unit = by_head.get(tag.i) if tag is not None else None
        if unit is not None:
            kept = [i for i in unit.tokens if not (qs <= doc[i].idx < qe or doc[i].is_quote and qs - 2 <= doc[i].idx <= qe)]
            unit.tokens = trim_edges(doc, kept) or unit.tokens


def _misparsed_main_verbs(heads: list[Token], stop: set[int]) -> dict[int, Token]:
    """``{verb index: noun}`` for a sentence whose main verb the parser hung on its subject as a
    reduced relative ("The single biggest attack, in 2009, killed at least 25 people": ROOT
    "attack", "killed" an ``acl`` after the comma): the sentence root is a noun with no verb of
    its own (a verbless fragment, dropped from ``stop``) and exactly one unit-heading ``acl``
    child. That verb's unit then spans the noun phrase too, so the claim keeps its subject and
    the time inside it ("in 2009")."""
    out = {}
    for head in heads:
        if head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or head.i in stop:
            continue
        acl = [c for c in head.children if c.dep_ == "acl" and c.i in stop]
        if len(acl) == 1 and acl[0].i > head.i:
            out[acl[0].i] = head
    return out


def _move_nor(doc: Doc, units: list[ClaimUnit]) -> None:
    """"A, nor B": the parse hangs "nor" on A, but it negates B; move it to B's unit."""
    for u in units:
        first = u.tokens[0]
        prev = first - 1
        while prev >= 0 and (doc[prev].is_punct or doc[prev].is_space):
            prev -= 1
        if prev >= 0 and doc[prev].lower_ == "nor" and doc[u.head].dep_ == "conj":
            for other in units:
                if prev in other.tokens:
                    other.tokens = trim_edges(doc, [i for i in other.tokens if i != prev])
            u.tokens = [prev, *u.tokens]


@Language.factory("newstrace_claims")
def make_claims(nlp: Language, name: str):
    """Factory of the claims component: sets ``doc._.nt_claims``."""
    def claims(doc: Doc) -> Doc:
        doc._.nt_claims = find_units(doc)
        return doc
    return claims
