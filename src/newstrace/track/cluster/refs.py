"""The claims the tracker clusters (:func:`claim_refs`): each claim of kind ``claim`` of a set of
:class:`~newstrace.records.Reading` records (never spaCy Docs) as a :class:`ClaimRef` with its
signature, contradiction, article topic (:mod:`newstrace.track.topics`: claims from articles that
tell different stories rarely report one event), the article's TF-IDF vector and the countries of
its dateline or lead (:func:`main_countries`), in publication order (claims are taken in that
order, the way topic detection and tracking groups news stories online: Allan et al., "Topic
Detection and Tracking Pilot Study", 1998); and the day ranges a claim's event can fall in
(:func:`event_days`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np

from newstrace.records import Article, Claim, Reading
from newstrace.track.topics import article_topics, article_vectors
from newstrace.units import CREDIT_LINE

from newstrace.track.cluster.words import strip_dateline
from newstrace.track.cluster.signatures import Signature, signature
from newstrace.track.cluster.contradictions import _contradiction


#: Days before its article's publication within which a claim with no time of its own is taken
#: to have happened (:func:`event_days`): a month, the span over which news still reports an
#: event as new without dating it.
RECENT_DAYS = 30


@dataclass
class ClaimRef:
    """One claim of one article, with its place in the input and what clustering uses.

    ``contra``: ``None`` for a supporting claim, ``"denial"`` when a source denies it,
    ``"refutation"`` when the author (or an observable fact) establishes the opposite;
    ``by_negation``: it contradicts only by a negated event (:func:`negation_only`).
    ``topic``: the article's topic number (:func:`~newstrace.track.topics.article_topics`),
    −1 when unknown. ``region``: the countries of the article's dateline or lead (:func:`main_countries`),
    where a claim that names no place is taken to have happened. ``article_vector``: the
    article's unit TF-IDF vector (:func:`~newstrace.track.topics.article_vectors`).
    """

    article: Article
    claim: Claim
    order: int
    text: str
    signature: Signature
    contra: Optional[str] = None
    by_negation: bool = False
    sort_key: tuple = field(default=())
    topic: int = -1
    region: frozenset[str] = frozenset()
    article_vector: Optional[np.ndarray] = field(default=None, repr=False)

    @property
    def when(self) -> tuple[tuple[dt.date, dt.date], ...]:
        """The day ranges the claim's event can fall in (:func:`event_days`)."""
        return event_days(self.signature, self.article.published)


def main_countries(reading: Reading, lead_chars: int = 400) -> frozenset[str]:
    """Where the article's events happen unless a claim says otherwise: the countries of its
    dateline ("MOGADISHU, Somalia —"), else those the lead (the first ``lead_chars``
    characters, the news "where" of the inverted pyramid) names outside source mentions
    ("South Korea's spy agency" places the source, not the event) or in a source's locative
    phrase ("Security forces in Somalia say…": forces speak of where they are). Empty when
    neither names a country.
    """
    dateline = {p.country for p in reading.places if p.role == "dateline" and p.country}
    if dateline:
        return frozenset(dateline)
    text = reading.article.text
    sources = [(s.start_char, s.end_char) for c in reading.claims for s in c.attribution.chain]
    return frozenset(p.country for p in reading.places
                     if p.country and p.start_char < lead_chars
                     and (not any(a <= p.start_char < b for a, b in sources)
                          or text[max(0, p.start_char - 3):p.start_char] == "in "))


def event_days(signature: Signature, published: Optional[dt.date]) -> tuple[tuple[dt.date, dt.date], ...]:
    """The day ranges a claim's event can fall in: its event-anchored times, else the
    :data:`RECENT_DAYS` before its article's publication (news reports what just happened:
    "Three Americans were killed" in a 2020 article and "five people were killed" in a 2025
    one are not one event), else none (an undated article: nothing is known)."""
    if signature.days:
        return signature.days
    if published is None:
        return ()
    return ((published - dt.timedelta(days=RECENT_DAYS), published),)


def claim_refs(readings: Sequence[Reading]) -> list[ClaimRef]:
    """Every claim of kind ``claim`` of ``readings`` (but credit lines, :data:`CREDIT_LINE`)
    as a :class:`ClaimRef`, in publication
    order (undated articles last; same date: by article id, so the input order does not
    matter; then position in the article), with its article's topic."""
    order = sorted(readings, key=lambda r: (r.article.published or dt.date.max, r.article.id))
    vectors = article_vectors([r.article for r in order])
    topics = article_topics([r.article for r in order], vectors=vectors)
    refs = []
    for r in readings:
        region = main_countries(r)
        track_record = {st.claim_id for st in r.reliability if st.source_type}
        for claim in r.claims:
            if claim.kind != "claim" or not claim.text.strip() or CREDIT_LINE.search(claim.text):
                continue
            published = r.article.published or dt.date.max
            # a statement on a source's track record ("previous reports in South Korean media …
            # have proven false") judges that source's reports, not this story: no contradiction
            # ("Reports that Kim executed his negotiators have proven false" judges no source
            # and stays one)
            contra, reason = _contradiction(claim) if claim.id not in track_record else (None, None)
            refs.append(ClaimRef(article=r.article, claim=claim, order=len(refs),
                                 text=strip_dateline(claim.text), signature=signature(claim),
                                 contra=contra, by_negation=reason == "negation",
                                 topic=topics[r.article.id],
                                 article_vector=vectors[r.article.id],
                                 region=region,
                                 sort_key=(published, r.article.id, claim.start_char)))
    refs.sort(key=lambda c: c.sort_key)
    for n, ref in enumerate(refs):
        ref.order = n
    return refs
