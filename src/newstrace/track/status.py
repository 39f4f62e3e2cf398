"""A story's status over time, and the track record of the sources behind its reports.

Statuses follow the rumour-tracking labels of Emergent (Ferreira & Vlachos, NAACL 2016:
a claim is unverified until reports confirm or debunk it) and of PHEME (Zubiaga et al.,
"Analysing how people orient to and spread rumours in social media", PLoS ONE 2016:
unverified → true / false), with "contested" for a story that a party denies:

* **unverified**: the supporting reports come from one origin;
* **corroborated**: ≥ 2 independent origins (:mod:`newstrace.track.origins`), or a named
  source confirms it with a verb of confirmation ("the ministry confirmed", "police
  verified"), or the author asserts it with such a cue (:func:`confirms`);
* **contested**: a report relays a denial (a source's label ``denied``);
* **refuted**: a later report establishes the opposite (the author denies it, calls it
  false, or reports an observable opposite such as "appeared in public").

Reports are walked in publication order; each change is a :class:`StatusChange`. A
refutation is final; a denial makes a story contested until a refutation.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Optional, Sequence

from newstrace.records import (Claim, Reading, SourceRecord, StatusChange, Story, StoryReport,
                               StoryStatus)
from newstrace.track.origins import canonical, names_source

_AUTHORITATIVE_TYPES = {"official", "government"}
#: Word starts of the verbs of confirmation (confirm, verify, acknowledge, admit).
_CONFIRM_STEMS = ("confirm", "verif", "acknowledg", "admit")


#: Most words between a verb of confirmation and the claim it confirms ("confirmed on Tuesday
#: that the …"); a claim further on lies inside what was confirmed (:func:`confirms`).
CONFIRM_GAP_WORDS = 6


def confirms(claim: Claim, text: Optional[str] = None) -> Optional[str]:
    """Why ``claim`` confirms what it says, or None: a named source that asserts it with a
    verb of confirmation ("the foreign ministry confirmed", "police verified", "the army
    acknowledged"), or the author asserting it with such a cue. A source that only says so
    ("South Korea's spy agency said") is an origin, not a confirmation: one report from it
    leaves a story unverified (a fact-checker's corroboration needs two independent
    confirmations, or an explicit one). Given the article ``text``, a claim that starts more
    than :data:`CONFIRM_GAP_WORDS` words after the cue is background inside what was confirmed,
    not it: "Pelosi confirmed a vote will be held today to decide whether to submit two articles
    of impeachment, passed against President Donald Trump, …" (Wikinews, 15 January 2020)
    confirms the vote, not that the articles were passed."""
    chain = claim.attribution.chain
    if chain:
        origin = chain[-1]
        cue = origin.cue.text.casefold() if origin.cue else ""
        if text is not None and origin.cue and origin.cue.end_char <= claim.start_char and len(
                text[origin.cue.end_char:claim.start_char].split()) > CONFIRM_GAP_WORDS:
            return None
        if (origin.factuality.label == "asserted" and names_source(origin)
                and any(w.startswith(_CONFIRM_STEMS) for w in cue.split())):
            kind = f"{origin.type} source " if origin.type in _AUTHORITATIVE_TYPES else ""
            return f"confirmed by {kind}{canonical(origin.name)} ({cue})"
        return None
    if claim.factuality.label == "asserted":
        for c in claim.factuality.cues:
            if any(w.startswith(_CONFIRM_STEMS) for w in c.text.casefold().split()):
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
    (``StoryReport.chain``); its type is looked up from the readings' claims. Only named
    sources (:func:`~newstrace.track.origins.names_source`: not "officials", "he", "we")
    get a record of their own; every source counts toward its type. A one-word name that
    is the last word of exactly one longer source name ("Trump", "Donald Trump") is that
    source.

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
    named: set[tuple[str, str, str]] = set()
    for r in readings:
        for c in r.claims:
            for s in c.attribution.chain:
                types[(r.article.id, c.id, s.name)] = s.type
                if names_source(s):
                    named.add((r.article.id, c.id, s.name))
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
                if (rep.article_id, rep.claim_id, name) in named:
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
    _merge_surnames(recs)
    order = {"outlet": 0, "source": 1, "source type": 2}
    return sorted(recs.values(), key=lambda r: (order[r.kind], -r.claims, r.name.casefold()))


def _merge_surnames(recs: dict[tuple[str, str], SourceRecord]) -> None:
    """Fold the record of a one-word source name into the one longer source name that ends
    with it ("Trump" into "Donald Trump"); leave it when none or several do."""
    longer: dict[str, list[str]] = defaultdict(list)
    for kind, name in recs:
        if kind == "source" and len(name.split()) > 1:
            longer[name.split()[-1].casefold()].append(name)
    for kind, name in list(recs):
        if kind != "source" or len(name.split()) != 1 or len(longer.get(name.casefold(), ())) != 1:
            continue
        short, full = recs.pop((kind, name)), recs[(kind, longer[name.casefold()][0])]
        for status in ("claims", "corroborated", "refuted", "contested", "unverified"):
            setattr(full, status, getattr(full, status) + getattr(short, status))
        for note in short.reliability:
            _add(full, note)


def _add(record: SourceRecord, note: str) -> None:
    if note not in record.reliability:
        record.reliability.append(note)


def status_counts(stories: Sequence[Story]) -> dict[str, int]:
    """How many stories end in each status."""
    out: dict[str, int] = defaultdict(int)
    for s in stories:
        out[s.status] += 1
    return dict(out)
