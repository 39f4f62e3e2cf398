"""Tracking: stories across articles, their origins, their status over time, and each
source's track record.

Works on records, never on spaCy Docs (``shared/DESIGN.md``: "track works on the store"):
:func:`build` takes the :class:`~newstrace.records.Reading` records the store holds and
returns :class:`~newstrace.records.Story` and :class:`~newstrace.records.SourceRecord`
records. Pure: no I/O, same input, same output.

Steps: :mod:`.topics` (articles → topics), :mod:`.embeddings` (claim sentence embeddings),
:mod:`.cluster` (claims → stories, with denials and refutations joining the story they
contradict), :mod:`.origins` (each report's independent origin), :mod:`.status` (status over
time, track records).
"""
from __future__ import annotations

import hashlib
from collections import Counter
from typing import Iterable, Optional, Sequence

import numpy as np

from newstrace.records import Event, Reading, SourceRecord, Story, StoryReport
from newstrace.track.cluster import ClaimRef, claim_refs, contradiction, denied_as_stated, pair_score, signature
from newstrace.track.cluster import cluster as cluster_claims
from newstrace.track.embeddings import embed, embedding_backend
from newstrace.track.origins import (canonical, first_report, independent_origins, one_name_one_origin,
                                     one_state_one_origin, origin_source, own_reports_to_named_origin,
                                     report_origin, state_of, wire_credit)
from newstrace.track.status import confirms, timeline, track_records

__all__ = ["build", "build_stories", "embed", "embedding_backend", "cluster_claims", "claim_refs",
           "contradiction", "signature", "pair_score", "report_origin", "wire_credit",
           "independent_origins", "timeline", "confirms", "track_records", "story_id"]


def story_id(first: ClaimRef) -> str:
    """A story id stable across rebuilds while its first claim stays first:
    ``s-`` + 12 hex digits of sha1(article id, claim id)."""
    digest = hashlib.sha1(f"{first.article.id}:{first.claim.id}".encode()).hexdigest()
    return f"s-{digest[:12]}"


def _report(ref: ClaimRef, relation: str, credits: dict[str, Optional[str]]) -> StoryReport:
    art, claim = ref.article, ref.claim
    if art.id not in credits:
        credits[art.id] = wire_credit(art.text)
    return StoryReport(
        article_id=art.id, claim_id=claim.id, start_char=claim.start_char, end_char=claim.end_char,
        text=claim.text, outlet=art.outlet, published=art.published, relation=relation,
        origin=report_origin(claim, art, credits[art.id]) if relation == "supports" else None,
        origin_state=state_of(origin_source(claim)) if relation == "supports" else None,
        chain=[s.name for s in claim.attribution.chain], label=claim.factuality.label)


def _mode(values: Iterable[Optional[str]]) -> Optional[str]:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def representative_event(events: Sequence[Event]) -> Optional[Event]:
    """The one event that stands for a story whose first report (its summary) has no event
    with a participant, so that its type, actor and target describe one event (taking each
    field's mode separately could join the actor of one report to the target of another): among the events of the story's most common PLOVER type, the one whose
    actor and target names recur most often in them; ties go to the earliest. None when the
    story has no event."""
    if not events:
        return None
    kind = _mode(e.type for e in events)
    same = [e for e in events if e.type == kind] or list(events)
    actors = Counter(e.actor.name for e in same if e.actor)
    targets = Counter(e.target.name for e in same if e.target)
    return max(same, key=lambda e: (actors[e.actor.name] if e.actor else 0)
               + (targets[e.target.name] if e.target else 0))


def build_stories(refs: Sequence[ClaimRef], clusters: Sequence[Sequence[int]]) -> list[Story]:
    """Stories from clustered claims: reports with relation and origin, origins, first
    report, timeline and status.

    A cluster whose reports all contradict (a denial nobody reported before) is the story
    of that denial, its reports supporting it, unless its first claim is what a source
    denies (:func:`~newstrace.track.cluster.denied_as_stated`: "An Iraqi official today
    denied that [a woman detained in Lebanon yesterday is the wife of … al-Baghdadi]"): then
    the story is that claim, and its reports contradict it (a denial is no support: Emergent's
    "against", CONVENTIONS.md's ``denied``).

    Returns:
        stories in order of first report (as ``clusters`` are ordered).
    """
    credits: dict[str, Optional[str]] = {}
    stories = []
    for members in clusters:
        mem = [refs[i] for i in members]
        all_contra = all(m.contra is not None for m in mem) and not denied_as_stated(mem[0].claim)
        kinds = [None if all_contra else m.contra for m in mem]
        reports = one_state_one_origin(one_name_one_origin(own_reports_to_named_origin(
            [_report(m, "supports" if k is None else "contradicts", credits)
             for m, k in zip(mem, kinds)])))
        changes = timeline(reports, kinds, [confirms(m.claim, m.article.text) if k is None else None
                                            for m, k in zip(mem, kinds)])
        supporting = [m for m, k in zip(mem, kinds) if k is None]
        first = first_report(reports)
        origins = independent_origins(reports)
        lead = next((m.claim.event for m, r in zip(mem, reports) if first is not None and r is first), None)
        event = lead if lead is not None and (lead.actor or lead.target) else representative_event(
            [m.claim.event for m in supporting if m.claim.event is not None])
        stories.append(Story(
            id=story_id(mem[0]), status=changes[-1].status if changes else "unverified",
            independent_origins=len(origins), origins=origins,
            first_reported=first.published if first else None,
            first_reporter=(canonical(first.outlet) or first.outlet) if first else None,
            event_type=event.type if event else None,
            actor=event.actor.name if event and event.actor else None,
            target=event.target.name if event and event.target else None,
            summary=(first.text if first else mem[0].claim.text)[:300],
            reports=reports, timeline=changes))
    return stories


def build(readings: Sequence[Reading], *, vectors: Optional[np.ndarray] = None,
          threshold: Optional[float] = None) -> tuple[list[Story], list[SourceRecord]]:
    """Stories and track records from readings.

    Args:
        readings: any number of readings (the store's, or ``read_articles`` output); claims of
            kind ``claim`` are clustered, opinions are left out.
        vectors: precomputed :func:`embed` rows of ``claim_refs(readings)`` texts (tests,
            benchmarks); computed when omitted.
        threshold: the clustering bar (default :data:`.cluster.THRESHOLD`).

    Returns:
        ``(stories, source_records)``: every claim in exactly one story (singletons
        included), stories in order of first report; records as :func:`track_records`
        orders them.
    """
    readings = list(readings)
    refs = claim_refs(readings)
    if vectors is None:
        vectors = embed([r.text for r in refs])
    kwargs = {} if threshold is None else {"threshold": threshold}
    clusters = cluster_claims(refs, vectors, **kwargs)
    stories = build_stories(refs, clusters)
    return stories, track_records(stories, readings)
