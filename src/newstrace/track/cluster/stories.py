"""Groups claims into stories, one per real-world event (:func:`cluster`), the way topic detection
and tracking groups news stories online (Allan et al., "Topic Detection and Tracking Pilot
Study", 1998): claims are taken in publication order and each joins the best existing cluster
whose members it matches closely enough, or starts a new one.

The main rule: a claim first joins a story of its topic with its predicate (or CAMEO code) that
the signature does not set apart: claims that share their predicate ("executed" … "execution" is
not enough: the lemma) within one topic usually report one event — the same-lemma heuristic of
event coreference (Upadhyay et al. 2016; Kenyon-Dean et al. 2018) made safe by the topic. Only a
claim with no such story is compared by text (cosine of sentence embeddings, all-MiniLM-L6-v2,
Reimers & Gurevych, "Sentence-BERT", 2019, run as an int8 ONNX export, or of TF-IDF vectors when
the embedding model is not installed: :mod:`newstrace.track.embeddings`) and signature
(:func:`~.scores.pair_score`), on a high bar (:data:`THRESHOLD`), so that near-identical
wordings with different predicates still meet. On ECB+ train, text-similarity merges beyond
that lowered precision more than they raised recall (``benchmarks/track.py ecbplus --split
train``). A denial or refutation joins the story it contradicts on a lower bar
(:data:`CONTRA_THRESHOLD`) but only when it shares a name with it (:mod:`.denials`).

Reads :class:`~.refs.ClaimRef` records in publication order (:func:`~.refs.claim_refs`) and
their embedding rows; returns clusters as lists of indices.
"""
from __future__ import annotations

from typing import Optional, Sequence

import numpy as np

from newstrace.track.embeddings import embed, embedding_backend

from newstrace.track.cluster.refs import ClaimRef
from newstrace.track.cluster.scores import _not_one_time, _other_parties, _other_subjects, pair_score
from newstrace.track.cluster.denials import (ALLEGATION_NOUNS, ALLEGATION_PENALTY, _alleges, _contra_ok, _other_predication,
                                            _other_tense, _same_predication, _self_denial, _stated_as_fact)


#: Minimum match score (see :func:`pair_score`) for a supporting claim to join a story it
#: shares no predicate with (a paraphrase: "fired" / "launched" two missiles; ECB+ train: 1.2-1.6
#: score alike, 1.0 lower).
THRESHOLD = 1.20
#: Minimum mean member score (:func:`pair_score`) for a claim to join a story by a shared
#: predicate: "killed" in a train hijacking and in a mine bombing of one topic share the verb
#: and little else. ECB+ train B³ F1 (lemma keys): 0.780 with no bar, 0.778 at 0.2, 0.776 at
#: 0.35. Kept at 0.35: on the VOA stories a lower bar (with a story closed only when most of its
#: members rule a claim out: train 0.791) merged claims that share only a common verb ("spoke",
#: "planned", "problem") and incidents in different countries ("killed" in Kenya and in
#: Pakistan), and turned single-source claims into corroborated ones. Tried again with
#: stemmed keys, the article closeness term and apart times counted only when they are half a
#: story or more: train 0.796 at 0.2 (0.787 at 0.35), but the gain came from claims of one
#: article (whose article term is neutral: 0.786 with the bar lowered for claims of two
#: articles only), and on VOA 0.2 joined "stayed in a hospital" / "stayed in one of the
#: international hospitals" and "share intelligence" / "did not share further details" of one
#: article.
KEY_THRESHOLD = 0.35
#: Two claims that share a predicate are one event more likely the closer their articles are
#: (the document context of cross-document event coreference: Bagga & Baldwin 1999; Barhom et
#: al. 2019 cluster documents first): joining by a predicate, the mean member score gets
#: ``ARTICLE_WEIGHT`` × (mean article cosine − ``ARTICLE_NEUTRAL``). Articles telling one story
#: lower the bar, articles of one broad topic about different incidents raise it. ECB+ train B³
#: F1: 0.776 without; with a neutral point of 0.3, 0.779 / 0.780 / 0.785 at weights 0.6 / 1 /
#: 1.5; the article cosine in every pair score instead: 0.782 at best. (Counting two claims
#: of one article as cosine 1 scored 0.789 but, on the VOA stories, joined any two claims of an
#: article that share a verb.)
ARTICLE_WEIGHT = 1.5
ARTICLE_NEUTRAL = 0.3


#: Cosine of two predicate lemmas' sentence embeddings (the lemma alone, MiniLM) at which
#: they are near-synonyms (:func:`similar_predicates`): a claim whose own predicate finds no
#: story joins the best story of its topic filed under such a lemma that reaches
#: :data:`KEY_THRESHOLD` ("died" / "killed" 0.74; 214 of the 464 baseline-findable coreferent
#: pairs that ECB+ train missed had two lemmas). ECB+ train B³ F1 0.788 without; 0.792 /
#: 0.797 / 0.794 / 0.791 / 0.789 at 0.5 / 0.55 / 0.6 / 0.7 / 0.75 (the lemma with its next
#: three words instead: 0.788 at best). Kept at 0.7: antonyms and related verbs embed close
#: too, and at 0.55 the VOA stories gained seven multi-article stories that mix events
#: ("cease military aid" / "continue to support", "topple" / "targeted", "locate" /
#: "search"); at 0.7 their count stays 74. Such a join never merges stories.
SYNONYM_SIMILARITY = 0.7
#: The (lower) bar for a denial or refutation that shares a name with the story.
CONTRA_THRESHOLD = 0.55
#: ... and the text cosine it needs with at least one member of that story.
CONTRA_MIN_COSINE = 0.5
#: Weight of the best member score against the mean member score of a cluster (1: single
#: link, 0: average link).
LINKAGE = 0.5
#: How many nearest earlier claims (by cosine) are considered for each claim.
TOP_K = 40


def cluster(refs: Sequence[ClaimRef], vectors: Optional[np.ndarray] = None, *,
            threshold: float = THRESHOLD, contra_threshold: float = CONTRA_THRESHOLD,
            top_k: int = TOP_K, linkage: float = LINKAGE) -> list[list[int]]:
    """Group claims into stories, online in the order of ``refs``.

    A supporting claim first looks for stories with a member of its topic with the same
    predicate lemma (or, for a light predicate, the same specific CAMEO code;
    :func:`_predicate_keys`): such a story is a candidate when no member rules the claim out
    (:func:`pair_score` ``None``: irrealis against actual, different countries), no member's
    event times are apart from the claim's and, for a noun after a copula, no member says it of
    another subject (:func:`_other_subjects`); the claim joins the candidate
    with the best mean member score, moved up or down by how close the articles are
    (:data:`ARTICLE_WEIGHT`), if it reaches :data:`KEY_THRESHOLD`. Every other candidate that
    reaches the bar too is merged into that story unless a member of one rules out a member of
    the other (:func:`_compatible`): a report that matches two stories of one predicate shows
    they tell one event, split only because their first reports happened to score low
    together (the chaining of single-link clustering, here bounded by the signature; ECB+ train
    B³ F1 0.784 → 0.792, recall 0.699 → 0.724). Only a claim with a predicate lemma merges
    stories: a CAMEO code is too broad to say two stories are one (112 takes "accusing it of
    exploiting the province's resources" and "Islamabad has blamed several recent attacks on
    militants", two stories of VOA's Pakistan articles). Otherwise (and always for a denial or
    refutation) it is compared by
    text: the stories of its ``top_k`` nearest earlier claims by cosine, none of whose members
    rules it out, scored ``linkage`` × best + (1 − ``linkage``) × mean member score; it joins
    the best that reaches ``threshold`` (``contra_threshold`` for a denial or refutation that
    shares a name with the story's first claim and has a cosine of :data:`CONTRA_MIN_COSINE`
    with one of its members, and does not speak of the future when none of its supporting
    claims does: :func:`_other_tense`), else starts a new story. A denial that refers to "allegations" or
    "reports" loses :data:`ALLEGATION_PENALTY` against a story whose first supporting claim its
    author states as fact. A claim whose predicate finds no story tries, before the text, the
    stories of its topic filed under a near-synonym (:data:`SYNONYM_SIMILARITY`): it joins the
    best that reaches :data:`KEY_THRESHOLD` and merges none.

    Args:
        refs: claims in publication order (:func:`claim_refs`).
        vectors: their :func:`embed` rows (computed when omitted).
        threshold, contra_threshold: score bars of the text comparison (:data:`THRESHOLD`).
        top_k: nearest earlier claims considered.
        linkage: see :data:`LINKAGE`.

    Returns:
        clusters as lists of indices into ``refs``, each in input order, ordered by first
        member.
    """
    n = len(refs)
    if n == 0:
        return []
    if vectors is None:
        vectors = embed([r.text for r in refs])
    assign = np.full(n, -1, dtype=np.int64)
    clusters: list[list[int]] = []
    by_key: dict[tuple, set[int]] = {}      # (topic, predicate or CAMEO code) -> clusters
    similar = similar_predicates({r.signature.predicate for r in refs if r.signature.predicate})
    for i in range(n):
        ref = refs[i]
        filed, lookup = _predicate_keys(ref)
        best = -1
        if i:
            sims = vectors[:i] @ vectors[i]
            candidates = _by_predicate(ref, refs, clusters, lookup, by_key, sims)
            if candidates:
                best = candidates[0]
                for other in candidates[1:] if ref.signature.predicate else ():
                    if _compatible(refs, clusters[best] + [i], clusters[other], vectors):
                        _merge(clusters, assign, by_key, best, other)
            elif found := _by_predicate(ref, refs, clusters, _synonym_keys(lookup, similar), by_key, sims):
                best = found[0]
            else:
                best = _best_by_text(ref, refs, clusters, assign, sims, threshold=threshold,
                                     contra_threshold=contra_threshold, top_k=top_k,
                                     linkage=linkage)
        if best < 0:
            best = len(clusters)
            clusters.append([])
        assign[i] = best
        clusters[best].append(i)
        for key in filed:
            by_key.setdefault(key, set()).add(best)
    return sorted((members for members in clusters if members), key=lambda m: m[0])


def similar_predicates(lemmas) -> dict[str, list[str]]:
    """``{lemma: [other lemmas]}``: the pairs of ``lemmas`` whose embeddings (:func:`embed` of
    the lemma alone) have a cosine of at least :data:`SYNONYM_SIMILARITY`, but for two keys of
    one verb ("stock up" / "stock", "refuse to comment" / "refuse to enrol": :func:`_control_key`
    set them apart on purpose). Empty without the MiniLM model: TF-IDF vectors of single words
    tell no synonyms."""
    lemmas = sorted(lemmas)
    if len(lemmas) < 2 or embedding_backend() != "minilm-int8":
        return {}
    vecs = embed(lemmas)
    sims = vecs @ vecs.T
    out: dict[str, list[str]] = {}
    for i, j in zip(*np.nonzero(sims >= SYNONYM_SIMILARITY)):
        if i != j and lemmas[i].split()[0] != lemmas[j].split()[0]:
            out.setdefault(lemmas[i], []).append(lemmas[j])
    return out


def _synonym_keys(lookup: list[tuple], similar: dict[str, list[str]]) -> list[tuple]:
    """The predicate keys of the near-synonyms (:func:`similar_predicates`) of the predicate
    key among ``lookup``; none for a claim looked up by its CAMEO code alone (a light
    predicate)."""
    return [(topic, "p", q) for topic, kind, lemma in lookup if kind == "p" for q in similar.get(lemma, ())]


def _compatible(refs, a: list[int], b: list[int], vectors: np.ndarray) -> bool:
    """No member of ``a`` and member of ``b`` rule each other out (:func:`pair_score` ``None``)
    or report acts of other parties (:func:`_other_parties`): "Four frontier corps personnel
    were also killed" matches the story of "snipers killed suicide bombers" and that of "they
    killed people on the train" (VOA, 13 March 2025), which stay two."""
    return all(pair_score(refs[max(i, j)], refs[min(i, j)], float(vectors[i] @ vectors[j])) is not None
               and not _other_parties(refs[i], refs[j]) for i in a for j in b)


def _merge(clusters, assign, by_key, into: int, other: int) -> None:
    """Move the members of story ``other`` into story ``into`` (``other`` is left empty)."""
    for j in clusters[other]:
        assign[j] = into
    clusters[into] = sorted(clusters[into] + clusters[other])
    clusters[other] = []
    for stories in by_key.values():
        if other in stories:
            stories.discard(other)
            stories.add(into)


def _by_predicate(ref: ClaimRef, refs, clusters, keys, by_key, sims) -> list[int]:
    """The stories ``ref`` may join by a shared predicate key (see :func:`cluster`), best first;
    empty when none reaches :data:`KEY_THRESHOLD`."""
    found = []
    for c in sorted({c for key in keys for c in by_key.get(key, ())}):
        scores, articles = [], []
        for j in clusters[c]:
            s = pair_score(ref, refs[j], float(sims[j]))
            if s is None or _not_one_time(ref, refs[j]) or _other_subjects(ref, refs[j]):
                break
            scores.append(s)
            articles.append(_article_cosine(ref, refs[j]))
        else:
            score = float(np.mean(scores)) + ARTICLE_WEIGHT * (float(np.mean(articles)) - ARTICLE_NEUTRAL)
            if score >= KEY_THRESHOLD:
                found.append((-score, c))
    return [c for _, c in sorted(found)]


def _article_cosine(a: ClaimRef, b: ClaimRef) -> float:
    """Cosine of the two claims' articles; :data:`ARTICLE_NEUTRAL` for two claims of one
    article (its text cannot tell two of its own events apart: "brought in ad revenue" and
    "brought the virus to China") or when a vector is missing."""
    if a.article.id == b.article.id or a.article_vector is None or b.article_vector is None:
        return ARTICLE_NEUTRAL
    return float(a.article_vector @ b.article_vector)


def _best_by_text(ref: ClaimRef, refs, clusters, assign, sims, *, threshold: float,
                  contra_threshold: float, top_k: int, linkage: float) -> int:
    """The story ``ref`` joins by text similarity and signature (see :func:`cluster`), or −1."""
    i = len(sims)
    k = min(top_k, i)
    near = np.argpartition(-sims, k - 1)[:k] if k < i else np.arange(i)
    best, best_score = -1, -np.inf
    for c in sorted({int(assign[j]) for j in near if sims[j] > 0.2}):
        members = clusters[c]
        scores = []
        for j in members:
            s = pair_score(ref, refs[j], float(sims[j]))
            if s is None or _not_one_time(ref, refs[j], explicit=False):
                break
            scores.append(s)
        else:
            bar = threshold
            if ref.contra is not None:
                if not _contra_ok(ref, refs[members[0]]) or max(
                        float(sims[j]) for j in members) < CONTRA_MIN_COSINE:
                    continue
                if ref.by_negation and not any(_same_predication(ref, refs[j]) for j in members):
                    continue
                if not _alleges(ref, [refs[j] for j in members]) \
                        or _self_denial(ref, [refs[j] for j in members]) \
                        or _other_predication(ref, [refs[j] for j in members]) \
                        or _other_tense(ref, [refs[j] for j in members]):
                    continue
                bar = contra_threshold
            score = linkage * max(scores) + (1 - linkage) * float(np.mean(scores))
            if ref.contra == "denial" and ALLEGATION_NOUNS.search(ref.claim.text) \
                    and any(_stated_as_fact(refs[j]) for j in members if refs[j].contra is None):
                score -= ALLEGATION_PENALTY
            if score >= bar and score > best_score:
                best, best_score = c, score
    return best


def _predicate_keys(ref: ClaimRef) -> tuple[list[tuple], list[tuple]]:
    """The keys ``ref`` is filed under, and those it looks earlier stories up by.

    Filed under (topic, predicate lemma) unless the predicate is a light one, and (topic,
    CAMEO code) when the code is specific. It looks up by its predicate key, and by its CAMEO key
    only when it has no predicate key: "put to death" (light "put", CAMEO 1823) finds the story
    of "executed" (1823), while "killed" and "shot" (both 18xx) stay apart unless their text meets.
    ECB+ train B³ F1: 0.767 looking up by both keys, 0.776 by the lemma alone or like this."""
    if ref.topic < 0 or ref.contra is not None:
        return [], []
    sig = ref.signature
    lemma = [(ref.topic, "p", sig.predicate)] if sig.predicate else []
    code = [(ref.topic, "c", sig.cameo)] if sig.cameo else []
    return lemma + code, lemma or code
