"""Typed records: the public contract of newstrace.

Every record is defined once here and serialised to JSON with :func:`json_schema` as its
published schema (``docs/schema.json``). The CLI, the store and the tests see these records,
never spaCy objects.

Offsets: every ``start_char`` / ``end_char`` is a half-open character offset into
``Article.text`` (``text[start_char:end_char]``), as ``shared/CONVENTIONS.md`` defines.

Field terms:
    * attribution = source + cue + content (PARC, Pareti 2016);
    * factuality values CT+, PR+, PS+, CT-, PR-, PS-, Uu relative to a source (FactBank,
      Saurí & Pustejovsky 2009) with a plain label;
    * time values in TIMEX3 form (ISO-TimeML), countries as ISO 3166-1 alpha-3.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.1"

FactualityLabel = Literal["asserted", "reported", "alleged", "speculated", "denied", "unknown"]
FactualityValue = Literal["CT+", "PR+", "PS+", "CT-", "PR-", "PS-", "Uu"]
SourceType = Literal[
    "person", "official", "unnamed official", "media outlet", "state media", "wire service",
    "government", "organization", "expert", "document", "social media post", "unnamed",
]
ClaimKind = Literal["claim", "opinion"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Record):
    """A stretch of ``Article.text``: ``text == article.text[start_char:end_char]``."""

    text: str
    start_char: int = Field(ge=0)
    end_char: int = Field(ge=0)


class Cue(Span):
    """A cue word or phrase: a reporting verb ("said"), "according to", a hedge ("allegedly")."""


class Factuality(_Record):
    """One party's commitment to a claim (FactBank value + plain label, CONVENTIONS.md table).

    ``cues`` are the words that decided it (hedges, negations, denial verbs), with offsets.
    """

    label: FactualityLabel
    value: FactualityValue
    cues: list[Cue] = Field(default_factory=list)


class TimeExpression(Span):
    """A temporal expression with its TIMEX3 value resolved against the publication date.

    ``value``: ``2019-05-31``, ``2019-02``, ``2018``, ``2019-W22``, ``P1W``; ``None`` when the
    expression cannot be resolved (no publication date for a relative one).
    ``range``: ``[first_day, last_day]`` (ISO dates, inclusive) for vague spans ("later this
    month"). ``anchor``: ``event`` when it dates what the claim says happened, ``report`` when it
    dates the report of it ("first reported on Friday"). ``quant``: TIMEX3's quantifier of a
    SET, ``EVERY`` for "every month" (value ``P1M``), else ``None``.
    """

    value: Optional[str] = None
    type: TimeType = "DATE"
    range: Optional[list[str]] = None
    anchor: Literal["event", "report"] = "event"
    quant: Optional[Literal["EVERY"]] = None


class Place(Span):
    """A toponym resolved to a gazetteer entry.

    ``country``: ISO 3166-1 alpha-3; ``lat``/``lon`` in decimal degrees (WGS84) where known;
    ``kind``: country, state (first-level division), city or region; ``role``: ``dateline``
    for the place of reporting, otherwise ``mention``.
    """

    name: str
    country: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    kind: Literal["country", "state", "city", "region"] = "country"
    admin1: Optional[str] = None
    role: Literal["mention", "dateline"] = "mention"


class Source(_Record):
    """One element of an attribution chain: who says so, with which cue, how sure.

    ``name`` is the canonical name within the article ("The New York Times" for "the Times");
    ``mention`` the words in the text at ``start_char``/``end_char``.
    """

    name: str
    mention: str
    start_char: int = Field(ge=0)
    end_char: int = Field(ge=0)
    type: SourceType
    cue: Optional[Cue] = None
    factuality: Factuality
    times: list[TimeExpression] = Field(default_factory=list)


class Attribution(_Record):
    """The attribution chain of a claim, from the author's immediate source to the origin.

    Empty ``chain``: the author states the claim. ``origin`` is the chain's last element.
    ``quote``: ``direct`` (quoted whole), ``mixed`` (a quoted fragment in reported speech),
    ``indirect`` (reported speech), ``none`` (no source).
    """

    chain: list[Source] = Field(default_factory=list)
    origin: Optional[Source] = None
    quote: Literal["direct", "indirect", "mixed", "none"] = "none"


class EventParticipant(Span):
    """An event's actor or target: the words in the text and who they are.

    ``name``: canonical name within the article ("Kim Jong Un" for "Mr. Kim"); ``country``:
    ISO 3166-1 alpha-3; ``sector``: government, military, rebel, media, business, civilian,
    international organization, … (PLOVER/POLECAT agent sectors).
    """

    name: str
    country: Optional[str] = None
    sector: Optional[str] = None


class Event(_Record):
    """What a claim says happened, coded in PLOVER 2021 (CONVENTIONS.md "Events").

    ``type``: one of the 16 PLOVER types; ``mode``: the type's mode where one is clear;
    ``cameo``: a CAMEO code where one is clear; ``trigger``: the word(s) that name the event;
    ``negated``: the event is said not to have happened; ``modality``: actual, planned,
    threatened or conditional (from the factuality layer).
    """

    type: str
    mode: Optional[str] = None
    cameo: Optional[str] = None
    trigger: Span
    actor: Optional[EventParticipant] = None
    target: Optional[EventParticipant] = None
    negated: bool = False
    modality: Literal["actual", "planned", "threatened", "conditional"] = "actual"


Polarity = Literal["positive", "negative"]
Tense = Literal["past", "present", "future"]


class Predicate(Span):
    """The word that heads a claim's predication (its main verb, or the noun or adjective of
    a copular clause): ``lemma`` is its lower-cased spaCy lemma ("executed" → "execute"). In
    event-coreference terms it is the claim's event trigger whether or not a PLOVER type fits
    (ECB+ annotates such triggers); the tracker compares claims by it.

    ``polarity``: whether the predication is negated, FactBank's polarity (the ``+``/``-`` of a
    factuality value, Saurí & Pustejovsky 2009; TimeML's event ``polarity``): ``"negative"`` for
    "ISIS is not defeated", "did not happen", "won't", "no evidence was found", "nobody was hurt",
    "never", "failed to pass", "was unable to verify", with ``negation`` the word that negates it
    ("not", "n't", "no", "nobody", "never", "failed", "unable").
    It is apart from the claim's ``factuality`` label: "it will not resume talks" is asserted and
    negative (CONVENTIONS.md: the negation is in the content). ``tense``: TimeML's tense of the
    predication (TENSE of an event instance; ``None`` for TimeML's NONE: another modal, "could
    strike", or no finite verb), ``"future"`` for will, shall, 'll, won't, "be going to" and
    "would" ("said the city would close the school"; not the counterfactual "would have"), with
    ``tense_cue`` the word that sets it ("will", "had", "is").
    Both are read from the parse of the claim's head (``components/polarity.py``). ``polarity`` is
    ``None`` only for a record made by hand or stored before these fields were added (additive to
    schema 1.1): then ``tense`` says nothing either."""

    lemma: str
    polarity: Optional[Polarity] = None
    negation: Optional[Span] = None
    tense: Optional[Tense] = None
    tense_cue: Optional[Span] = None


class StanceHolder(Span):
    """Who takes a stance: ``text`` the mention, ``name`` its canonical name within the article,
    ``type`` a source type (CONVENTIONS.md)."""

    name: str
    type: SourceType


class Stance(Span):
    """A stance the claim reports its subject taking toward something ("Jeb Bush endorsed Cruz",
    "Beck called Palin a 'clown'"): ``text`` and offsets are what the stance is about ("Cruz"),
    ``holder`` who takes it, ``cue`` the verb. PARC 3.0 and PolNeAR count such an act as an
    attribution; newstrace's chain of the claim stays empty (the author states that the act
    happened, CONVENTIONS.md), so the stance is recorded beside it. ``probability``: for an act
    no rule found that the learned act classifier recorded ("Obama offered his own condolences
    for the attack", ``components/learned_acts.py``), its probability that PolNeAR annotates it;
    ``None`` for a stance found by a rule."""

    holder: StanceHolder
    cue: Cue
    probability: Optional[float] = None


class Claim(Span):
    """One predication (CONVENTIONS.md "What one claim is") with who says so and how sure.

    ``factuality`` is the author's commitment; each chain element carries its own.
    ``event`` is the PLOVER event the claim reports, ``None`` when it reports none;
    ``predicate`` the word heading the predication (``None`` only for records made by hand);
    ``stances`` the stance acts it reports (:class:`Stance`: "endorsed Cruz"); ``times`` the
    time expressions in its span, the times of its sources' reports, and a time that opens its
    sentence and dates a claim it is conjoined to ("Last month, X ambushed a bus and killed 12":
    "killed 12" has "Last month", offsets outside its span). ``reported``: what the immediate
    source's cue reports when the claim spans the report itself, a noun-phrase report the author
    states ("Mayor Lena Ortiz announced [her candidacy] on Tuesday"): the words
    after the cue, less the circumstances of the act of reporting at their end (when, where, on
    what occasion, in what medium) and less a gloss the author closes them with ("…regards all of
    Jerusalem as its indivisible capital[, a claim not recognized internationally]"); when the
    claim is what is reported, the claim less such a gloss, and ``None`` when it has none.
    """

    id: str
    kind: ClaimKind = "claim"
    predicate: Optional[Predicate] = None
    attribution: Attribution = Field(default_factory=Attribution)
    factuality: Factuality
    event: Optional[Event] = None
    stances: list[Stance] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    reported: Optional[Span] = None


class ReliabilityStatement(Span):
    """A statement about how reliable a source, or a kind of source, is ("previous reports in
    South Korean media about … have proven false"; "the claim could not be independently
    verified"): the span is the statement's claim; ``subject`` the words naming what is judged.

    ``direction``: ``unreliable`` (proven false, debunked, baseless), ``unverified`` (could not
    be verified or confirmed), ``reliable`` (proven true, confirmed). ``source_name``,
    ``source_type`` and ``country`` (ISO alpha-3) describe the source judged, where the subject
    names one ("South Korea media" → media outlet, KOR). ``stated_by``: who says so (the claim's
    chain names; empty when the author does).
    """

    claim_id: str
    subject: Span
    direction: Literal["unreliable", "unverified", "reliable"]
    cue: Cue
    source_name: Optional[str] = None
    source_type: Optional[SourceType] = None
    country: Optional[str] = None
    stated_by: list[str] = Field(default_factory=list)


class Article(_Record):
    """One news article as read. ``text`` is kept exactly as input (after decoding / HTML
    extraction) and is what every offset indexes. ``id`` is the sha256 hex digest of ``text``."""

    id: str
    title: Optional[str] = None
    published: Optional[dt.date] = None
    outlet: Optional[str] = None
    url: Optional[str] = None
    path: Optional[str] = None
    text: str


class Reading(_Record):
    """What ``newstrace read`` emits for one article: the article, its claims, its places and
    times (all of them, attached to claims or not), the reliability statements about sources
    made in it, and the schema version."""

    schema_version: str = SCHEMA_VERSION
    article: Article
    claims: list[Claim] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    reliability: list[ReliabilityStatement] = Field(default_factory=list)


StoryStatus = Literal["unverified", "corroborated", "contested", "refuted"]


class StoryReport(_Record):
    """One report of a story: a claim of an article, and whether it supports or contradicts
    the story's claim (a denial or refutation joins the story it contradicts)."""

    article_id: str
    claim_id: str
    start_char: int = Field(ge=0)
    end_char: int = Field(ge=0)
    text: str
    outlet: Optional[str] = None
    published: Optional[dt.date] = None
    relation: Literal["supports", "contradicts"] = "supports"
    origin: Optional[str] = None  # the independent origin this report counts toward
    origin_state: Optional[str] = None  # ISO alpha-3 of the state whose body or official the origin is
    chain: list[str] = Field(default_factory=list)  # attribution chain names, immediate first
    label: Optional[FactualityLabel] = None  # the article author's commitment


class StatusChange(_Record):
    """A point of a story's timeline: from ``published`` on, the story had ``status``, because
    of the report ``article_id``/``claim_id``."""

    published: Optional[dt.date] = None
    status: StoryStatus
    article_id: str
    claim_id: str
    reason: str


class Story(_Record):
    """Claims about the same event across articles (Emergent-style rumour tracking).

    ``independent_origins``: how many independent origins stand behind the supporting reports
    (ten outlets citing one paper are one origin); ``first_reported``: the earliest published
    date among them, with ``first_reporter`` the outlet; ``status`` the latest of ``timeline``;
    ``event_type``/``actor``/``target`` those of one event: the first report's when it has an
    actor or target, else the story's most representative one; ``summary`` the first report's text.
    """

    id: str
    status: StoryStatus
    independent_origins: int = Field(ge=0)
    origins: list[str] = Field(default_factory=list)
    first_reported: Optional[dt.date] = None
    first_reporter: Optional[str] = None
    event_type: Optional[str] = None
    actor: Optional[str] = None
    target: Optional[str] = None
    summary: str = ""
    reports: list[StoryReport] = Field(default_factory=list)
    timeline: list[StatusChange] = Field(default_factory=list)


class SourceRecord(_Record):
    """A source's track record: how the stories its claims belong to turned out.

    ``name`` is an outlet (``kind`` ``outlet``), a source named in attribution chains (``kind``
    ``source``) or a source type such as "unnamed official" (``kind`` ``source type``); counts
    are of claims in stories of each status.
    """

    name: str
    kind: Literal["outlet", "source", "source type"]
    claims: int = 0
    corroborated: int = 0
    refuted: int = 0
    contested: int = 0
    unverified: int = 0
    reliability: list[str] = Field(default_factory=list)  # "unreliable: <statement text>" etc.


def json_schema() -> dict:
    """The JSON Schema (draft 2020-12) of :class:`Reading`, as published in ``docs/schema.json``."""
    schema = Reading.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://newstrace.invalid/schema/reading-{SCHEMA_VERSION}.json"
    return schema
