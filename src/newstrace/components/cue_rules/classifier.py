"""The learned cue classifier: a logistic regression over a verb's parse features
(:func:`cue_features`, with the noun-phrase classes of :func:`np_class`) trained on PolNeAR
train/ by ``training/train_cue_model.py`` and packaged in ``lexicons/cues_learned.json``
(``model``). :func:`cue_probability` gives P(the verb is an attribution cue);
:data:`MODEL_THRESHOLD` is the probability from which a verb is taken for a cue
(:func:`~newstrace.components.cue_rules.clausal.content_cue`). :func:`logistic` also scores the
learned act classifier (``components/learned_acts.py``).

Input: a token of a parsed spaCy Doc; output: a list of feature strings, a class name, or a
probability. Threshold and average precision figures (held-out fifth of PolNeAR train) are in
the docstrings. Sets nothing.
"""
from __future__ import annotations

import math
from functools import lru_cache

from spacy.tokens import Token

from newstrace.components.quotes import doc_regions, in_quotes
from newstrace.components.speakers import is_role, PERSON_PRONOUNS
from newstrace.entities import source_words
from newstrace.lexicons import cues, learned_cue_table


CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "prep", "attr", "oprd", "acomp", "dative",
                          "advcl", "parataxis", "npadvmod", "prt", "conj", "csubj", "nsubjpass"})


def np_class(tok: Token | None) -> str:
    """A coarse class of a noun phrase head for :func:`cue_features`: ``person`` (a person
    name, a personal pronoun, a role noun), ``org`` (an organisation, nationality or place name),
    ``it``, ``noun``, ``name`` (another proper noun), ``clause`` (a verb), or ``none``."""
    if tok is None:
        return "none"
    if tok.ent_type_ == "PERSON" or tok.lower_ in PERSON_PRONOUNS or is_role(tok) \
            or tok.lemma_.lower() in source_words()["expert"]:
        return "person"
    if tok.ent_type_ in ("ORG", "NORP", "GPE"):
        return "org"
    if tok.lower_ in ("it", "this", "that"):
        return "it"
    if tok.pos_ in ("VERB", "AUX"):
        return "clause"
    return "name" if tok.pos_ == "PROPN" else "noun" if tok.pos_ in ("NOUN", "PRON", "NUM") else "none"


def cue_features(tok: Token) -> list[str]:
    """Features of a verb for the learned cue classifier (:func:`cue_probability`): its lemma,
    tag and dependency, the dependencies of its complements and the prepositions after it (each
    also paired with the lemma), the classes of its subject and object (:func:`np_class`, also
    paired with the lemma), negation, passive voice, a modal, the lemma of an open complement
    ("declined to comment") and of the governing verb, whether it stands in quotation marks'
    reach (a quote mark among its dependents), and whether it stands inside a quotation
    (:func:`~newstrace.components.quotes.doc_regions`: a quoted verb is mostly what a source
    says, not the cue of a report; PolNeAR held-out fifth of train, average precision of the cue
    decision 0.826 -> 0.867).

    Input: a spaCy token of a parsed Doc. Output: a list of feature strings (binary features).
    """
    lemma = tok.lemma_.lower()
    kids = list(tok.children)
    f = [f"l={lemma}", f"t={tok.tag_}", f"d={tok.dep_}", f"l={lemma}|d={tok.dep_}", f"l={lemma}|t={tok.tag_}"]
    deps = {c.dep_ for c in kids} & CONTENT_DEPS
    for d in deps:
        f += [f"c={d}", f"l={lemma}|c={d}"]
    if not deps:
        f += [f"l={lemma}|bare"]
    for c in kids:
        if c.dep_ == "prep" and c.i > tok.i:
            f += [f"p={c.lower_}", f"l={lemma}|p={c.lower_}"]
        elif c.dep_ == "xcomp":
            f += [f"x={c.lemma_.lower()}", f"l={lemma}|x={c.lemma_.lower()}"]
        elif c.dep_ == "neg":
            f.append("neg")
        elif c.dep_ == "auxpass":
            f.append("pass")
        elif c.dep_ == "aux" and c.tag_ == "MD":
            f.append("modal")
        elif c.dep_ == "ccomp" and any(k.dep_ == "mark" for k in c.children):
            f.append(f"l={lemma}|mark")
        elif c.is_quote:
            f.append("quote")
    if in_quotes(doc_regions(tok.doc), tok.idx):
        f.append("quoted")
    subj = next((c for c in kids if c.dep_ in ("nsubj", "csubj")), None)
    if subj is None:
        agent = next((c for c in kids if c.dep_ == "agent"), None)
        subj = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent is not None else None
    if subj is None and tok.dep_ == "relcl":
        subj = tok.head
    s_cls = np_class(subj)
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    o_cls = np_class(obj)
    f += [f"s={s_cls}", f"l={lemma}|s={s_cls}", f"o={o_cls}", f"l={lemma}|o={o_cls}", f"s={s_cls}|o={o_cls}"]
    if obj is not None:
        f.append(f"l={lemma}|ol={obj.lemma_.lower()}")
    if tok.dep_ in ("xcomp", "ccomp", "pcomp"):
        f.append(f"h={tok.head.lemma_.lower()}")
    if lemma in cues()["report_neutral"]:
        f.append("lex")
    return f


#: The learned classifier's probability from which :func:`content_cue` (and the attribution
#: stage's frame of a verb with :func:`attitude_content`) takes a verb for a cue; chosen on a
#: held-out fifth of PolNeAR train/ (best attribution F1 of 0.3-0.6). Rechecked in session 26
#: (both classifiers fitted without the fifth): on train without the fifth the verbs of 0.2-0.3
#: it would admit are gold cues 73 times in 222, 49 in 127 where newstrace had no span (below
#: the 55% of a rule); those of 0.3-0.4 it admits 94 in 194. Held-out fifth at 0.2: attribution
#: F1 0.7690 -> 0.7692 (8 more found for 19 more), source 0.915 -> 0.914; at 0.25 0.7689.
MODEL_THRESHOLD = 0.3


@lru_cache(maxsize=1)
def _cue_model() -> tuple[float, dict[str, float]]:
    """``(bias, weights)`` of the learned cue classifier (``cues_learned.json`` → ``model``,
    written by ``training/train_cue_model.py``; ``lexicons.model_file``); ``(0, {})`` when the
    table has none."""
    model = learned_cue_table().get("model") or {}
    return float(model.get("bias", 0.0)), dict(model.get("weights", {}))


def cue_probability(tok: Token) -> float:
    """P(the verb ``tok`` is an attribution cue) by the learned classifier: the logistic
    function of the bias plus the weights of its :func:`cue_features`. 0 for a non-verb or when
    no model is packaged."""
    bias, weights = _cue_model()
    if not weights or tok.pos_ != "VERB":
        return 0.0
    return logistic(bias, weights, cue_features(tok))


def logistic(bias: float, weights: dict[str, float], features: list[str]) -> float:
    """The logistic function of ``bias`` plus the ``weights`` of the binary ``features`` (the
    score of a packaged logistic regression: this module's cue classifier, the learned act
    classifier of ``components/learned_acts.py``); the sum is clipped to ±30."""
    z = bias + sum(weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
