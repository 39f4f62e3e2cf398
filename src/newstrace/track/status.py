"""A story's status over time, and the track record of the sources behind its reports.

Statuses follow the rumour-tracking labels of Emergent (Ferreira & Vlachos, NAACL 2016:
a claim is unverified until reports confirm or debunk it) and of PHEME (Zubiaga et al.,
"Analysing how people orient to and spread rumours in social media", PLoS ONE 2016:
unverified → true / false), with "contested" for a story that a party denies:

* **unverified**: the supporting reports come from one origin;
* **corroborated**: ≥ 2 independent origins (:mod:`newstrace.track.origins`), or a named
  authoritative source confirms it (a named ``official`` or ``government`` source asserts
  it, or the author asserts it with a factive cue such as "confirmed");
* **contested**: a report relays a denial (a source's label ``denied``);
* **refuted**: a later report establishes the opposite (the author denies it, calls it
  false, or reports an observable opposite such as "appeared in public").

Reports are walked in publication order; each change is a :class:`StatusChange`. A
refutation is final; a denial makes a story contested until a refutation.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Optional, Sequence

from newstrace.lexicons import cues
from newstrace.records import (Claim, Reading, SourceRecord, StatusChange, Story, StoryReport,
                               StoryStatus)
from newstrace.track.origins import canonical, names_source

_AUTHORITATIVE_TYPES = {"official", "government"}
_CONFIRM = {"confirm", "confirmed", "confirms", "confirming", "verify", "verified", "verifies"}


def confirms(claim: Claim) -> Optional[str]:
    """Why ``claim`` confirms what it says, or None: a named official or government source
    that asserts it ("the foreign ministry confirmed"; "South Korea's spy agency said"), or
    the author asserting it with a factive/confirm cue (``report_factive`` of
    ``lexicons/cues.json``)."""
    chain = claim.attribution.chain
    if chain:
        origin = chain[-1]
        if (origin.type in _AUTHORITATIVE_TYPES and names_source(origin)
                and origin.factuality.label == "asserted"):
            return f"confirmed by {origin.type} source {canonical(origin.name)}"
        cue = (origin.cue.text.casefold() if origin.cue else "")
        factive = cues().get("report_factive", frozenset()) | _CONFIRM
        if origin.factuality.label == "asserted" and names_source(origin) and any(
                w in factive for w in cue.split()):
            return f"{canonical(origin.name)} {cue}"
        return None
    if claim.factuality.label == "asserted":
        for c in claim.factuality.cues:
            if c.text.casefold() in _CONFIRM or c.text.casefold() in cues().get("report_factive", ()):
                return f"the author asserts it ({c.text})"
    return None


def timeline(reports: Sequence[StoryReport], contra: Sequence[Optional[str]],
             confirmations: Sequence[Optional[str]]) -> list[StatusChange]:
    """The status changes of a story whose ``reports`` are in publication order.

    Args:
        reports: the story's reports, sorted by ``published`` (undated last).
        contra: per report, ``None`` (supports), ``"denial"`` or ``"refutation"``.
        confirmations: per report, :func:`confirms` of its claim (or None).

    Returns:
        the changes in order; the first sets the initial status; empty for no reports.
    """
    changes: list[StatusChange] = []
    status: Optional[StoryStatus] = None
    origins: list[str] = []

    def move(to: StoryStatus, r: StoryReport, reason: str) -> None:
        nonlocal status
        if to != status:
            status = to
            changes.append(StatusChange(published=r.published, status=to, article_id=r.article_id,
                                        claim_id=r.claim_id, reason=reason))

    for r, kind, conf in zip(reports, contra, confirmations):
        if status == "refuted":
            break
        if kind == "refutation":
            who = f" ({r.outlet})" if r.outlet else ""
            move("refuted", r, f"refuted{who}: {r.text[:120]}")
            continue
        if kind == "denial":
            by = r.chain[-1] if r.chain else (r.outlet or "a source")
            move("contested", r, f"denied by {by}")
            continue
        new_origin = bool(r.origin) and r.origin not in origins
        if new_origin:
            origins.append(r.origin)
        if status == "contested":
            continue
        if conf:
            move("corroborated", r, conf)
        elif len(origins) >= 2 and new_origin:
            move("corroborated", r, f"second independent origin: {r.origin} (after {origins[0]})")
        elif status is None:
            label = r.label or "reported"
            if r.origin:
                move("unverified", r, f"first report, origin {r.origin} ({label})")
            else:
                move("unverified", r, f"first report, no source commits to it ({label})")
    return changes


def track_records(stories: Sequence[Story], readings: Iterable[Reading] = ()) -> list[SourceRecord]:
    """Per outlet, per named source and per source type: how many claims they carried in
    stories of each final status; with the reliability statements made about them.

    Counts supporting reports only (a source that denied a refuted story is not charged
    with it). A source is counted once per report, for each element of the chain
    (``StoryReport.chain``); its type is looked up from the readings' claims.

    Args:
        stories: the built stories.
        readings: the readings they were built from (for source types and
            ``Reading.reliability``).

    Returns:
        records sorted by kind (outlet, source, source type), then by claims (descending),
        then name. A reliability statement appears as ``"<direction>: <text>"`` (with
        ``" (<stated by>)"`` when a source states it) on the record of the source name
        and of the source type it concerns, created when missing.
    """
    readings = list(readings)
    types: dict[tuple[str, str], str] = {}
    for r in readings:
        for c in r.claims:
            for s in c.attribution.chain:
                types[(r.article.id, c.id, s.name)] = s.type
    recs: dict[tuple[str, str], SourceRecord] = {}

    def rec(name: str, kind: str) -> SourceRecord:
        key = (kind, name)
        if key not in recs:
            recs[key] = SourceRecord(name=name, kind=kind)
        return recs[key]

    for story in stories:
        for rep in story.reports:
            if rep.relation != "supports":
                continue
            keys: dict[tuple[str, str], None] = {}
            if rep.outlet:
                keys[(canonical(rep.outlet) or rep.outlet, "outlet")] = None
            for name in rep.chain:
                keys[(canonical(name) or name, "source")] = None
                kind = types.get((rep.article_id, rep.claim_id, name))
                if kind:
                    keys[(kind, "source type")] = None
            for name, kind in keys:
                r_ = rec(name, kind)
                r_.claims += 1
                setattr(r_, story.status, getattr(r_, story.status) + 1)
    for r in readings:
        for st in r.reliability:
            note = f"{st.direction}: {st.text}"
            if st.stated_by:
                note += f" ({', '.join(st.stated_by)})"
            if st.source_name:
                name = canonical(st.source_name) or st.source_name
                kind = "outlet" if ("outlet", name) in recs else "source"
                _add(rec(name, kind), note)
            if st.source_type:
                _add(rec(st.source_type, "source type"), note)
    order = {"outlet": 0, "source": 1, "source type": 2}
    return sorted(recs.values(), key=lambda r: (order[r.kind], -r.claims, r.name.casefold()))


def _add(record: SourceRecord, note: str) -> None:
    if note not in record.reliability:
        record.reliability.append(note)


def status_counts(stories: Sequence[Story]) -> dict[str, int]:
    """How many stories end in each status."""
    out: dict[str, int] = defaultdict(int)
    for s in stories:
        out[s.status] += 1
    return dict(out)
