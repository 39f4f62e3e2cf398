"""Article topics: which articles report the same news story, before claims are compared.

Two claims with the same predicate ("killed", "arrested") are reports of one event when the
articles around them tell the same story, and of two events when the articles are about two
earthquakes or two arrests. The article's whole text says which far better than one sentence
does (names, places, numbers), so the tracker first groups articles into topics and then
compares claims within and across them (:func:`newstrace.track.cluster.pair_score`).

Method: the single-pass clustering of Topic Detection and Tracking (Allan, Papka & Lavrenko,
"On-line new event detection and tracking", SIGIR 1998; Yang, Pierce & Carbonell, SIGIR 1998):
articles in publication order, each a TF-IDF vector (scikit-learn ``TfidfVectorizer``,
sublinear tf, English stop words, fitted on the articles given); an article joins the topic
whose centroid (mean of its members' unit vectors) is nearest by cosine when that cosine
reaches :data:`TOPIC_SIMILARITY`, else it starts a new topic. Centroid comparison is
average-link clustering made incremental, so the cost grows with articles × topics, never with
articles². Vectors are reduced to :data:`DIMENSIONS` by truncated SVD (latent semantic
analysis, Deerwester et al. 1990) when the corpus is larger than that, so centroids stay dense
and small.

The bar was set on the ECB+ train topics (``benchmarks/track.py ecbplus --split train``).
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

from newstrace.records import Article

TOPIC_SIMILARITY = 0.15
"""Cosine between an article and a topic centroid needed to join the topic. On ECB+ train a
higher bar scores the tracker a little higher (B³ F1 0.765 at 0.15, 0.771 at 0.20, 0.779 at
0.25: purer topics), but short texts then fall apart: 0.25 splits the short articles of one
story in tests/data/track/corpus.jsonl, and 0.20 lowers Emergent veracity from story status
(headlines only) from 0.441 to 0.411. 0.15 keeps them together."""

DIMENSIONS = 512
"""LSA dimensions for corpora with more articles than this (none below)."""


def _vectors(texts: list[str]) -> np.ndarray:
    """Unit TF-IDF rows of ``texts`` (dense; LSA-reduced when there are many texts)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    try:
        x = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    except ValueError:            # no word at all (empty or stop words only)
        return np.zeros((len(texts), 1))
    if x.shape[0] > DIMENSIONS and x.shape[1] > DIMENSIONS:
        from sklearn.decomposition import TruncatedSVD

        m = TruncatedSVD(n_components=DIMENSIONS, random_state=0).fit_transform(x)
    else:
        m = x.toarray()
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.where(norms == 0, 1, norms)


def article_vectors(articles: Sequence[Article]) -> dict[str, np.ndarray]:
    """``{article id: unit TF-IDF vector}`` of ``articles`` (module docstring: fitted on the
    articles given, LSA-reduced for large corpora); the dot product of two is their cosine.
    An article with no content word gets a zero vector."""
    if not articles:
        return {}
    return dict(zip((a.id for a in articles), _vectors([a.text for a in articles])))


def article_topics(articles: Sequence[Article], *, similarity: float = TOPIC_SIMILARITY,
                   vectors: dict[str, np.ndarray] | None = None) -> dict[str, int]:
    """Topic numbers of ``articles`` by single-pass centroid clustering (module docstring).

    Args:
        articles: the articles, in publication order (the order decides which article
            founds a topic; ties keep the given order).
        similarity: the cosine bar (default :data:`TOPIC_SIMILARITY`).
        vectors: their :func:`article_vectors` (computed when omitted).

    Returns:
        ``{article id: topic number}``, topics numbered 0, 1, … in order of their first
        article. An article with no content word gets a topic of its own.
    """
    if not articles:
        return {}
    by_id = vectors if vectors is not None else article_vectors(articles)
    vectors = [by_id[a.id] for a in articles]
    sums = np.zeros((min(len(articles), 64), vectors[0].shape[0]))  # row k: topic k's vector sum
    n = 0                                                   # topics so far
    topic: dict[str, int] = {}
    for article, v in zip(articles, vectors):
        if article.id in topic:
            continue
        best = -1
        if n and v.any():
            norms = np.linalg.norm(sums[:n], axis=1)        # cosine to the centroid = to the sum
            sims = sums[:n] @ v / np.where(norms == 0, 1, norms)
            best = int(np.argmax(sims))
            if sims[best] < similarity:
                best = -1
        if best < 0:
            best, n = n, n + 1
            if n > len(sums):                               # grow by doubling
                sums = np.vstack([sums, np.zeros_like(sums)])
        sums[best] += v
        topic[article.id] = best
    return topic
