"""Learned acts: a verb that the attribution rules leave out, recorded as an act of its subject
when a classifier trained on PolNeAR says PolNeAR would annotate it (issue 3, item 4: a learned
component that finds where the rules stop, the rules staying the first resort).

After every rule of the attribution component ran, a verb (spaCy ``pos_ == "VERB"``) that lies
in no content, source or cue of the article's attributions and stances (:func:`covered`) is a
candidate when it is no hedge of the author's ("seemed to", "appears to": ``hedge_speculative_verb``,
a matter of factuality, which PolNeAR's attribution adapter maps apart) and has a holder (its subject, :func:`~newstrace.components.speakers.subject_of`:
a noun, name or pronoun, no dummy and not the author) and a content (:func:`act_span`: the
object complements or infinitive of :func:`~newstrace.components.stance.act_content`, else its
complements and the first preposition of a topic). A logistic regression over
:func:`act_features` (the cue classifier's parse features, the kind, length, opening and
entities of the content, the holder's class and entity label, where the verb stands, and which
of :func:`~newstrace.components.cue_rules.learned_stance`'s hand conditions turn the verb down)
gives P(recording the act adds an attribution that PolNeAR annotates and no rule gives); from
the model's threshold on, unless :func:`hard_blocked`, the attribution stage records the act as
a stance of the claim the verb belongs to, with that probability (``Stance.probability``).

Model: ``lexicons/acts_learned.json`` (``bias``, ``weights``, ``threshold``), written by
``training/train_act_model.py`` from PolNeAR train/; no model file or weights, no acts.

Evidence (PolNeAR train/, the cue classifier's probability cross-fitted). The training label
(session 29) is what the benchmark counts: 1 when recording the candidate alone adds an
attribution that ``benchmarks/attribution.py``'s matcher pairs with a gold one and nothing else
gives (``training/train_act_model.py``, ``benchmark_labels``). The label before it (the verb in
a gold cue and half the gold content in the candidate's) was right for 1,218 of its 1,363
positives on train without the held-out fifth; the other 145 duplicate a gold attribution that
a rule's attribution already matches (115), are dropped by the adapter as nested (13), cover less
than half the gold content once the adapter cuts holder and cue (2) or lose the greedy pairing
(15); the cue widened by ``cue_tokens`` costs nothing (a cue match needs one shared character);
and it missed 804 candidates whose content holds half of a gold content of another cue. A
candidate is never recorded when :func:`hard_blocked` (a hard block, or a verb the cue classifier
gives under 0.3), nor for a verb of :func:`non_reply`. The threshold is the lowest whose
out-of-fold precision over the candidates not hard-blocked is at least 0.55, the floor of a hand
rule (session 31, both classifiers fitted without the held-out fifth): 569 of those 1,825 are
positive, precision 0.540 at 0.50 (361 accepted), 0.601 at 0.55 (268), 0.606 at 0.60 (203), so
0.55; the packaged model is fitted on all of train/ with that threshold
(``train_act_model.py --threshold``), after the session's other rules merged (556 of 1,736
positive, 0.576 at 0.55 with 262 accepted; held-out fifth with all of session 31: attribution
F1 0.7772, partial 0.7397, cue 0.7750, source 0.912). Refitted on all of train/ with the session-32 rules (parse
repairs of complements, ``training/train_act_model.py --threshold 0.55``): 572 of the 1,739 not
hard-blocked positive, out-of-fold average precision 0.508, precision 0.553 at 0.50 (378
accepted), 0.575 at 0.55 (285), 0.590 at 0.60 (229); held-out fifth 0.574 at 0.55 (39 of 68). Held-out fifth, both classifiers fitted without it
(session 31, against main at its start, whose act model had the old label): attribution F1
0.7727 -> 0.7763 (P 0.857 -> 0.851, R 0.704 -> 0.714; matched 2485 -> 2521, system 2900 ->
2963), content partial F1 0.7369 -> 0.739, cue F1 0.7725 -> 0.7746, source accuracy 0.914 ->
0.912 (2193 of 2404); without :func:`non_reply` 0.7765, 0.739, 0.7745, 0.912. Session 30:
without :func:`content_features` and :func:`context_features` (and the threshold over all
candidates) 0.7743, 0.737, 0.7723, 0.913; with them but without the block by cue probability
0.7768, 0.739, 0.7735 but source accuracy 0.911 (``train_act_model.py``).

"Trump is looking to smooth over…" (PolNeAR's act in ``tests/unit/test_act_model.py``): read
alone, the NER labels "Trump" ORG, so the holder features were ``s=org``, ``hc=org``,
``he=ORG`` and session 30's model, fitted on all of train/, gave it 0.42 (0.58 in its article,
where "Trump" is a PERSON). Since session 31 the names component relabels a leader's name of the
actor list a PERSON (:func:`~newstrace.components.names.relabel_by_context`), and the model gives
it 0.58 read alone. No rule covers "look to" (``cue_rules.INTENT`` leaves it out), and it is no
case for one: over all 17 places of "look" + to-infinitive on train without the fifth, PolNeAR
has a cue on the verb 8 times (0.47, under the 0.55 floor).
Session 24 (old label, 0.65): no acts -> 23 acts, attribution F1 0.764 -> 0.767, cue F1 0.763 -> 0.765
(without :data:`HARD_BLOCKS` 4 more found, 5 more in all). Read
as an editor, about half of what it accepts is an act of saying, judging or intending ("Schlafly
invoked the title of the book…", "Trump is looking to smooth over…"); the rest are plain acts
PolNeAR sometimes annotates ("he attacked coal-power-plant emissions through the Clean Power
Plan") or none ("Weeds … cover the wildly overgrown greens"), hence ``Stance.probability``.

Reads parsed spaCy tokens and the attribution stage's claim units; sets nothing.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newstrace.components.claims import report_or_stance
from newstrace.components.cue_rules import (CONTENT_PREPS, CUE_P_BLOCKS, NP_REPORT, cue_features, cue_probability, logistic,
                                            np_class, stance_blocks)
from newstrace.components.cue_rules.acts import LEARNED_STANCE_THRESHOLD
from newstrace.components.cue_rules.non_reports import silence
from newstrace.components.quotes import doc_regions
from newstrace.components.speakers import DUMMY_SUBJECTS, is_author, subject_of
from newstrace.components.stance import act_content
from newstrace.lexicons import cues, model_file
from newstrace.units import ClaimUnit

#: Dependencies of a verb's complements that make its content when it has no act content.
COMPLEMENTS = frozenset({"ccomp", "xcomp", "dobj", "attr", "oprd", "acomp", "dative"})


@dataclass
class Candidate:
    """An uncovered verb with its holder, content (character range), the claim unit it belongs
    to, and its :func:`act_features`."""

    verb: Token
    holder: Token
    content: tuple[int, int]
    unit: ClaimUnit
    features: list[str]


def act_span(verb: Token) -> tuple[tuple[int, int], str] | None:
    """``(character range, kind)`` of what ``verb`` is directed at: its
    :func:`~newstrace.components.stance.act_content` (kind ``act``), else its complements after
    it (``COMPLEMENTS``) and the first preposition of a topic after it (``CONTENT_PREPS``), kind
    the first one's dependency; None when it has none."""
    found = act_content(verb)
    if found is not None:
        return found, "act"
    kids = [c for c in verb.children if c.i > verb.i and c.dep_ in COMPLEMENTS]
    kids += [c for c in verb.children if c.i > verb.i and c.dep_ == "prep" and c.lower_ in CONTENT_PREPS][:1]
    if not kids:
        return None
    first, last = verb.doc[min(k.left_edge.i for k in kids)], verb.doc[max(k.right_edge.i for k in kids)]
    return (first.idx, last.idx + len(last)), min(kids, key=lambda k: k.i).dep_


def covered(doc: Doc, units: list[ClaimUnit]) -> set[int]:
    """Characters of ``doc`` that the attribution stage gave a role: the span of each unit with
    a chain, every link's source and cue, every stance's holder, cue and content."""
    out: set[int] = set()
    for u in units:
        spans = [u.span(doc)] if u.chain and not u.frame else []
        for link in [*u.chain, *(lk for lk, _ in u.stances)]:
            spans += [(link.start_char, link.end_char)] + ([link.cue] if link.cue else [])
        spans += [content for _, content in u.stances]
        for s, e in spans:
            out.update(range(s, e))
    return out


def act_features(verb: Token, holder: Token, kind: str, content: tuple[int, int], cov: set[int]) -> list[str]:
    """Binary features of a candidate act: :func:`~newstrace.components.cue_rules.cue_features`
    of the verb and the tenth its :func:`~newstrace.components.cue_rules.cue_probability` falls
    in (``cp=0`` … ``cp=9``; the training script puts a cross-fitted one in its place); the content's kind (:func:`act_span`, also paired with the lemma), length in
    characters (bucketed) and share already covered (``cov``), and :func:`content_features`; the
    holder's class (:func:`~newstrace.components.cue_rules.np_class`), entity label, part of
    speech and dependency, and whether it is the verb's own child; :func:`context_features`; the
    hand conditions of :func:`~newstrace.components.cue_rules.stance_blocks` that hold, less those
    that test the cue classifier (:data:`~newstrace.components.cue_rules.CUE_P_BLOCKS`)."""
    lemma = verb.lemma_.lower()
    size = content[1] - content[0]
    share = sum(1 for i in range(*content) if i in cov) / max(size, 1)
    f = cue_features(verb) + [f"cp={min(int(cue_probability(verb) * 10), 9)}", f"k={kind}", f"l={lemma}|k={kind}",
                              f"n={'1' if size < 15 else '2' if size < 40 else '3' if size < 100 else '4'}",
                              f"cov={'0' if share == 0 else '1' if share < 0.5 else '2'}",
                              f"hc={np_class(holder)}", f"he={holder.ent_type_ or 'none'}", f"hp={holder.pos_}",
                              f"hd={holder.dep_}"]
    if holder.head.i != verb.i:
        f.append("hfar")
    f += content_features(verb, verb.doc.char_span(*content, alignment_mode="expand")) + context_features(verb, cov)
    blocks = [b for b in stance_blocks(verb) if b not in CUE_P_BLOCKS]
    return f + ([f"b={b}" for b in blocks] or ["b=none"])


#: First words of a content that :func:`content_features` names as themselves.
CONTENT_OPENERS = frozenset({"that", "to", "if", "whether", "for", "about", "on", "of", "as"})


def content_features(verb: Token, content: Span) -> list[str]:
    """Features of a candidate's content: how it opens (``c1=``: a word of
    :data:`CONTENT_OPENERS`, ``wh`` for a wh-word, ``quote`` for a quote mark, else its first
    token's part of speech; also paired with the verb's lemma) and the entity labels it holds
    (``ce=``: PERSON, ORG, GPE, NORP). PolNeAR train/ without the held-out fifth, with
    :func:`context_features` and the holder's entity label, out-of-fold average precision of the
    act classifier: 0.378 -> 0.381 over all candidates (module doc)."""
    first = content[0]
    opener = first.lower_ if first.lower_ in CONTENT_OPENERS else "wh" if first.tag_ in ("WDT", "WP", "WP$", "WRB") \
        else "quote" if first.is_quote else first.pos_
    ents = {t.ent_type_ for t in content} & {"PERSON", "ORG", "GPE", "NORP"}
    return [f"c1={opener}", f"l={verb.lemma_.lower()}|c1={opener}"] + [f"ce={e}" for e in sorted(ents)]


#: Dependencies above a verb that :func:`context_features` names (the clause it stands in).
EMBEDDING_DEPS = frozenset({"relcl", "advcl", "ccomp", "xcomp", "pcomp", "acl", "conj"})


def context_features(verb: Token, cov: set[int]) -> list[str]:
    """Features of where a candidate verb stands: the dependencies of :data:`EMBEDDING_DEPS` on
    its path to the root (``anc=``; ``root`` for a main verb) and the share of its sentence's
    characters the attribution stage already gave a role (``cov``; ``scov=0`` none, ``1`` under
    0.3, ``2`` under 0.7, ``3`` more)."""
    sent = verb.sent
    share = sum(1 for i in range(sent.start_char, sent.end_char) if i in cov) / max(len(sent.text), 1)
    deps = sorted({a.dep_ for a in verb.ancestors} & EMBEDDING_DEPS)
    return [f"anc={d}" for d in deps] + (["root"] if verb.dep_ == "ROOT" else []) \
        + [f"scov={'0' if share == 0 else '1' if share < 0.3 else '2' if share < 0.7 else '3'}"]


def non_reply(verb: Token) -> bool:
    """Whether ``verb`` is a negated verb of report with no clausal complement ("DHS officials did
    not immediately respond to a request for comment", "never replied to the letter"): the
    attribution rules read it as the author's statement that the party said nothing
    (:func:`~newstrace.components.cue_rules.non_reports.silence`, CONVENTIONS.md), so it is no candidate act
    either. PolNeAR does annotate many (train without the held-out fifth, session 31: of such
    candidates, 33 of 72 add a matched attribution, 27 of the 46 not :func:`hard_blocked`;
    "respond" 15 of 26); newstrace follows CONVENTIONS.md. Held-out fifth: module doc."""
    lemma = verb.lemma_.lower()
    return (report_or_stance(lemma) or lemma in NP_REPORT) and silence(verb) \
        and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)


def _host(units: list[ClaimUnit], verb: Token) -> ClaimUnit | None:
    """The claim unit with no chain that ``verb`` belongs to: the one whose tokens hold it,
    else the shortest whose span holds it; None when the verb lies in none."""
    free = [u for u in units if not u.chain and not u.frame]
    own = next((u for u in free if verb.i in u.tokens), None)
    if own is not None:
        return own
    around = [u for u in free if u.span(verb.doc)[0] <= verb.idx < u.span(verb.doc)[1]]
    return min(around, key=lambda u: len(u.tokens), default=None)


def candidates(doc: Doc, units: list[ClaimUnit]) -> list[Candidate]:
    """The candidate acts of ``doc`` (module doc) once the attribution rules ran on ``units``,
    in text order."""
    cov = covered(doc, units)
    hedges = cues()["hedge_speculative_verb"]
    regions = doc_regions(doc)
    out = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.idx in cov or verb.lemma_.lower() in hedges or non_reply(verb):
            continue
        holder = subject_of(verb)
        if holder is None or holder.pos_ not in ("NOUN", "PROPN", "PRON") or holder.lower_ in DUMMY_SUBJECTS \
                or is_author(holder, regions):
            continue
        span = act_span(verb)
        unit = _host(units, verb) if span is not None else None
        if unit is None or span[0][0] <= holder.idx < span[0][1]:
            continue
        out.append(Candidate(verb, holder, span[0], unit, act_features(verb, holder, span[1], span[0], cov)))
    return out


@lru_cache(maxsize=1)
def _act_model() -> tuple[float, dict[str, float], float]:
    """``(bias, weights, threshold)`` of the learned act classifier (``acts_learned.json``,
    written by ``training/train_act_model.py``; ``lexicons.model_file``); ``(0, {}, 1)`` when
    none is packaged."""
    path = model_file("acts_learned.json")
    raw = json.loads(path.read_text("utf-8")) if path.is_file() else {}
    return float(raw.get("bias", 0.0)), dict(raw.get("weights", {})), float(raw.get("threshold", 1.0))


def act_probability(features: list[str]) -> float:
    """P(recording the candidate adds an attribution that PolNeAR annotates and no rule gives; module
    doc) by the learned act classifier: the
    logistic function of the bias plus the weights of ``features``; 0 when no model is packaged."""
    bias, weights, _ = _act_model()
    return logistic(bias, weights, features) if weights else 0.0


#: Conditions of :func:`~newstrace.components.cue_rules.stance_blocks` under which no act is
#: recorded whatever the classifier says: a physical attack ("Militants attacked a passenger
#: train") and an act said not to have happened ("made no comment on the ruling", "made no
#: mention of Mrs. Clinton"). PolNeAR does annotate some of the latter ("has made no secret of
#: the fact that…", "has also not answered the question"): held-out fifth, with the negation
#: block 4 fewer attributions found and 5 fewer in all (attribution F1 0.767 either way). And a
#: reporting verb with no clause in a sense that reports nothing ("plain": "maintained his
#: double-digit lead", "called off a $54 billion inversion deal"), which the rules leave to the
#: author (:func:`~newstrace.components.stance.plain_sense`).
HARD_BLOCKS = ("attack", "negated", "plain")


def hard_blocked(features: list[str]) -> bool:
    """Whether a candidate with ``features`` (:func:`act_features`) is never recorded: a
    condition of :data:`HARD_BLOCKS` holds, or the cue classifier gives its verb less than
    :data:`~newstrace.components.cue_rules.acts.LEARNED_STANCE_THRESHOLD` (its tenth ``cp=0``-``cp=2``),
    the floor below which :func:`~newstrace.components.cue_rules.learned_stance` records no act
    either. Such a verb is seldom a cue; its acts match less often, and more often with a wrong
    source ("Paul Manafort resigned as chairman…, in part because of reports about…": PolNeAR's
    attribution is the reports'). PolNeAR train/ without the held-out fifth (cue
    classifier cross-fitted, act classifier out of fold): it blocks 10,728 of the 12,599
    candidates, 1,404 of them adding a matched attribution (0.13); of the acts the classifier gives
    at least 0.55 and no hard block holds, the 134 with a verb under 0.3 add one 57 times (0.43,
    under the 0.55 floor), 22 of them with a wrong source; the other 291, 171 times (0.59), 38
    with a wrong source. ``training/train_act_model.py`` sets the threshold on the candidates not
    blocked (module doc for the held-out fifth)."""
    tenths = range(int(LEARNED_STANCE_THRESHOLD * 10))
    return any(f"b={b}" in features for b in HARD_BLOCKS) or any(f"cp={k}" in features for k in tenths)


def accepted_acts(doc: Doc, units: list[ClaimUnit]) -> list[tuple[Candidate, float]]:
    """The candidates (:func:`candidates`) the classifier gives at least the model's threshold,
    with their probability, in text order, but none :func:`hard_blocked`; a candidate inside the
    content or cue of one accepted before it is left out (one role per word, as in PolNeAR)."""
    _, weights, threshold = _act_model()
    if not weights:
        return []
    out, taken = [], set()
    for cand in candidates(doc, units):
        p = act_probability(cand.features)
        if p < threshold or cand.verb.idx in taken or cand.holder.idx in taken or hard_blocked(cand.features):
            continue
        out.append((cand, p))
        taken.update(range(*cand.content))
        taken.update(range(cand.verb.idx, cand.verb.idx + len(cand.verb)))
    return out
