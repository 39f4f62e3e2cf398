"""Stories: claims about the same event across articles.

Reads :class:`~newstrace.records.Reading` records (never spaCy Docs) and groups their claims
(``kind == "claim"``) into clusters, one per real-world event, the way topic detection and
tracking groups news stories online (Allan et al., "Topic Detection and Tracking Pilot Study",
1998): claims are taken in publication order and each joins the best existing cluster whose
members it matches closely enough, or starts a new one.

Two claims match on

* **text similarity**: cosine of sentence embeddings (all-MiniLM-L6-v2, Reimers & Gurevych,
  "Sentence-BERT", 2019, run as an int8 ONNX export), or of TF-IDF vectors when the embedding
  model is not installed (:mod:`newstrace.track.embeddings`);
* **the event signature** (:class:`Signature`): PLOVER type, actor, target, event times and
  countries, as the ``events``, ``times`` and ``places`` components set them. A conditional or
  threatened event never merges with an actual one; differing types, times or countries
  lower the score; shared participants and proper names raise it, other parties in one role
  (another actor or other victims) lower it;
* **the article topic** (:mod:`newstrace.track.topics`): claims from articles that tell
  different stories rarely report one event, and claims that share their predicate
  ("executed" … "execution" is not enough: the lemma) within one topic usually do — the
  same-lemma heuristic of event coreference (Upadhyay et al. 2016; Kenyon-Dean et al. 2018)
  made safe by the topic. This is the main rule: a claim first joins a story of its topic
  with its predicate (or CAMEO code) that the signature does not set apart;
  only a claim with no such story is compared by text and signature, on a high bar
  (:data:`THRESHOLD`), so that near-identical wordings with different predicates still meet.
  On ECB+ train, text-similarity merges beyond that lowered precision more than they raised
  recall (``benchmarks/track.py ecbplus --split train``).

A claim that denies or refutes an event (the author's or a source's label ``denied``, a
negated event, a refutation phrase such as "proven false", or a re-appearance such as
"appeared in public") joins the story it contradicts with ``relation = "contradicts"``
(:func:`contradiction`), on a lower similarity bar but only when it shares a name with it.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import NamedTuple, Optional, Sequence

import numpy as np

from newstrace.actors import sector_table
from newstrace.lexicons import cues
from newstrace.records import Article, Claim, Event, EventParticipant, Reading
from newstrace.track.embeddings import embed, embedding_backend
from newstrace.track.topics import article_topics, article_vectors
from newstrace.units import CREDIT_LINE, NUMBER_WORDS

#: Phrases that report the observable opposite of an execution or death claim (a refutation);
#: ``reappearance_phrases`` of ``lexicons/cues.json``.
REAPPEARANCE_PHRASES = tuple(cues()["reappearance_phrases"])

#: Nouns by which a denial refers to what others allege ("rejected baseless allegations linking
#: X with Y"): such a denial contradicts an allegation, not a fact the author states.
ALLEGATION_NOUNS = re.compile(r"\b(" + "|".join(sorted(cues()["allegation_nouns"])) + r")\b", re.I)
#: Score taken off a story with a supporting claim its author states as fact, for a denial
#: that refers to allegations (:data:`ALLEGATION_NOUNS`): allegations are not facts the author
#: states, so such a denial belongs with a story of reported claims.
ALLEGATION_PENALTY = 0.15
#: An allegation noun (:data:`ALLEGATION_NOUNS`) not followed by a "that" clause saying what is
#: alleged ("rejected the allegations", not "denied all claims that Khashoggi was slain").
_ALLEGATIONS_UNSAID = re.compile(ALLEGATION_NOUNS.pattern + r"(?!\s+that\b)", re.I)

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
#: Days before its article's publication within which a claim with no time of its own is taken
#: to have happened (:func:`event_days`): a month, the span over which news still reports an
#: event as new without dating it.
RECENT_DAYS = 30
#: An event time longer than this many days (a year, "the last 15 months", "since 2009") dates a
#: count of many events, not one incident (:func:`_not_one_time`); a month ("in March") may
#: still date one.
AGGREGATE_DAYS = 45
#: Taken off the score of two claims of one article whose predicates name other objects
#: (:func:`_other_objects`).
OBJECT_PENALTY = 1.0
#: Taken off the score of two claims whose events have other parties in one role
#: (:func:`_other_participants`); such claims also never merge two stories (:func:`_compatible`).
#: ECB+ dev (readings cached, clustering only), CoNLL F1 0.719 before (B³ P 0.836 R 0.651 F1
#: 0.732); penalty 0.5 with the merge bar 0.713 (B³ P 0.875 R 0.631 F1 0.733); 0.5 without
#: the bar 0.716 (B³ F1 0.730); 1.0 with it 0.706, without 0.713. Kept at 0.5 with the bar:
#: without it the army's "snipers killed suicide bombers" story merged into the militants'
#: "killed people on the train" (new-user trial 9), and 1.0 split reports of one killing whose
#: actor the events component got wrong ("all hostages" for "they").
PARTICIPANT_PENALTY = 0.5
#: Taken off the score of two claims whose articles are in different topics.
TOPIC_PENALTY = 0.80
#: Verbs of relation in time whose subject and object are two events: "The military strike
#: follows rocket attacks on the United States Embassy in Iraq" (Wikinews, 5 January 2020) and
#: "The move follows the United States' killing of Qasem Soleimani" (Wikinews, 6 January 2020:
#: the parliament's vote) say which event came after which; sharing the verb makes them no
#: one event (new-user trial 15), nor does the CAMEO code of the event they name as the
#: earlier one (:func:`signature`).
RELATION_PREDICATES = frozenset({"follow", "precede"})
#: Predicates too general to say which event a claim reports (copulas, light verbs, verbs of
#: speech and thought): "is", "had", "claimed", "said" in two articles of one topic are rarely
#: one event, so they give no predicate key (:func:`_predicate_keys`): "claimed responsibility" /
#: "claimed the killing of 33".
LIGHT_PREDICATES = frozenset({
    "be", "have", "do", "make", "get", "take", "give", "go", "come", "put", "seem", "become",
    "appear", "remain", "keep", "want", "need", "see", "know", "think", "use", "include",
    "say", "tell", "claim", "report", "announce", "state", "add", "note", "ask", "call",
    "describe", "believe", "expect", "confirm", "accuse", "urge",
    # verbs of attention, speech and relation that name no event of their own ("focuses on the
    # Chinese market" / "focus on preserving their assets", "do not respond to queries" /
    # "should respond to this provocation": one article of the session 15 new-user trial)
    "focus", "respond", "concern", "discuss", "talk", "speak", "comment", "work", "help", "look",
    "feel", "face", "consider", "understand", "mean", "matter", "involve", "allow", "require",
    "depend", "remain", "stay"}) | RELATION_PREDICATES
#: Verbs of intending, attempting and aspect whose event is the infinitive they govern:
#: "refused to enroll" and "refused to comment" (one VOA article of the session 14 new-user
#: trial) or "plans to visit" and "plans to sell" are different events, so the predicate key
#: is the verb with its infinitive (:func:`_control_key`). Verbs of intention after the cue
#: lexicon's intention list (``cue_rules.INTENT``) with those of attempting and aspect.
CONTROL_VERBS = frozenset({
    "want", "plan", "seek", "promise", "pledge", "vow", "threaten", "intend", "hope", "refuse",
    "decline", "agree", "decide", "aim", "offer", "try", "attempt", "fail", "manage", "continue",
    "begin", "start", "stop", "prepare", "move", "vote", "help", "need", "appear"})
#: Words after "to" that make it a preposition ("agreed to a ceasefire"), not an infinitive.
_NOT_VERBS = frozenset({"a", "an", "the", "this", "that", "these", "those", "his", "her", "its",
                        "their", "our", "my", "your", "some", "any", "all", "no", "every", "each",
                        "him", "them", "us", "me", "it", "what", "which", "whom"})
_INFINITIVE = re.compile(r"\s+(?:not\s+)?to\s+([A-Za-z][A-Za-z-]*)")
_GERUND = re.compile(r"\s+(at|on)\s+([a-z]+ing)\b")
#: Verbs of ordering and enabling whose event is the infinitive after their object: "ordered
#: all public schools to allow students with dreadlocks" and "also ordered the school to give
#: daughter Makeda extra classes" (VOA, 23 January 2020, new-user trial 10: one story) are two
#: orders, keyed "order to allow" and "order to give" (:func:`_control_key`). The verbs of
#: ``object_control_verbs`` of the cue lexicon but those in :data:`LIGHT_PREDICATES` ("ask",
#: "urge", "allow", "tell", "help"…), which stay light. With the merge of session 29 (cause,
#: convince, drive, enable, inspire, lead, press, prompt, push, request, spur added):
#: ``benchmarks/track.py`` ECB+ dev CoNLL F1 0.712 -> 0.712, Emergent headline stance 0.597 -> 0.597.
OBJECT_CONTROL_VERBS = cues()["object_control_verbs"] - LIGHT_PREDICATES
#: An object of up to five words, then "to" and a lower-case word (:data:`OBJECT_CONTROL_VERBS`).
_OBJECT_INFINITIVE = re.compile(r"\s+(?:[\w'\u2019-]+\s+){1,5}?to\s+([a-z][a-z-]*)\b")
#: Adverb particles that make a phrasal verb another lexeme than the verb alone: "they'd run
#: out of stock" is no running of "some stores can't run the Wednesday special", "stocking
#: up" no "stocks" (Wikinews, 13 March 2020, new-user trial 10: two stories each). The
#: predicate key takes the particle right after the verb (:func:`_control_key`). With the
#: object infinitive above, the subject rule of :func:`_in_subject` and no near-synonyms of one
#: verb (:func:`similar_predicates`): ``benchmarks/track.py`` ECB+ dev CoNLL F1 0.711 -> 0.711
#: (B³ P 0.866 -> 0.868), Emergent train headline stance accuracy 0.594 -> 0.595.
PARTICLES = frozenset({"up", "out", "off", "down", "away", "back"})
_PARTICLE = re.compile(r"\s+([a-z]+)\b")
#: "lost their lives", "lost his life": died.
_LIVES = re.compile(r"\s+(?:\w+\s+)?li(?:fe|ves)\b", re.I)
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

_IRREALIS = {"conditional", "threatened"}
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.' ]{1,30})?"       # SEOUL / SEOUL, South Korea
    r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?"                      # , May 31
    r"\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014:]+\s*")                  # (AP) —
_NAME = re.compile(r"\b[A-Z][a-zA-Z'\-]+(?:\s+[A-Z][a-zA-Z'\-]+)*")
_NAME_STOP = {"The", "A", "An", "He", "She", "It", "They", "We", "I", "His", "Her", "Its",
              "Their", "This", "That", "These", "Those", "In", "On", "At", "But", "And", "Mr",
              "Mrs", "Ms", "Dr", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
              "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
              "July", "August", "September", "October", "November", "December", "According",
              "If", "When", "After", "Before", "As", "Some", "Many", "Officials", "Police"}


# --------------------------------------------------------------------------------------------
# Claims with what clustering needs


@dataclass
class Signature:
    """What a claim says happened, in comparable form.

    ``event_type``: PLOVER type or None; ``irrealis``: the event is conditional or threatened
    (or the claim only speculates); ``actor``/``target``: normalised names; ``countries``:
    ISO alpha-3 codes of the claim's places (where it happened); ``parties``: those of its
    actor and target (who took part: an Indian warship and Somali pirates meet off Yemen, so
    a participant's country never places an event); ``days``: (first, last) date
    ranges of the claim's event-anchored times; ``names``: normalised proper names in the
    claim text and its participants; ``trigger``: the stem of the event trigger's last word;
    ``predicate``: the lemma of the claim's predicate unless it is a light one
    (:data:`LIGHT_PREDICATES`), with its infinitive after a verb of intending or aspect
    (:func:`_control_key`: "refuse to comment"); ``cameo``: the event's CAMEO code when it is specific (four
    digits, or three not ending in 0: "1823" kill, "173" arrest; not "190" use force), which
    makes synonyms one predicate ("executed", "put to death"), and none for a verb of relation
    (:data:`RELATION_PREDICATES`: its event is the earlier one it names); ``words``: stems of the
    claim's content words (:func:`stem`); ``amounts``: its money amounts and percentages
    (:func:`amounts`) and the count of people its event acts on (:func:`victim_count`);
    ``objects``: the proper names right after its predicate (:func:`object_names`: "elected to
    the Rajya Sabha"); ``actor_party``/``target_party``:
    its actor and target as :class:`Party` (for a claim in the first person with no actor, its
    speaker: :func:`_first_person_speaker`; for a claim with no event, the proper name that is
    its subject or the agent of its passive: :func:`_named_subject`; for a death with no event, the dead:
    :func:`_victims`); ``subject``: for a claim whose predicate is a noun after a copula ("This
    is a huge … crisis"), the content-word stems of what it says that of
    (:func:`copular_subject`), else None.
    """

    event_type: Optional[str] = None
    irrealis: bool = False
    actor: Optional[str] = None
    target: Optional[str] = None
    countries: frozenset[str] = frozenset()
    parties: frozenset[str] = frozenset()
    days: tuple[tuple[dt.date, dt.date], ...] = ()
    names: frozenset[str] = frozenset()
    trigger: Optional[str] = None
    predicate: Optional[str] = None
    cameo: Optional[str] = None
    words: frozenset[str] = frozenset()
    amounts: frozenset[tuple[str, float]] = frozenset()
    objects: frozenset[str] = frozenset()
    actor_party: Optional["Party"] = None
    target_party: Optional["Party"] = None
    subject: Optional[frozenset[str]] = None


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


def _norm_name(name: Optional[str]) -> Optional[str]:
    if not name:
        return None
    n = " ".join(name.split()).casefold()
    for prefix in ("the ", "its ", "his ", "her ", "their ", "a ", "an "):
        if n.startswith(prefix):
            n = n[len(prefix):]
    return n or None


def _names(text: str) -> set[str]:
    out = set()
    for m in _NAME.finditer(text):
        words = [w for w in m.group(0).split() if w not in _NAME_STOP]
        if words:
            out.add(" ".join(words).casefold())
            out.update(w.casefold() for w in words if len(w) > 3)
    return out


_STOP = None


def stem(word: str) -> str:
    """A crude suffix-stripping stem ("attacked", "attacks", "attacking" → "attack";
    "shootings" → "shoot"), enough to match inflections of one word."""
    w = word.casefold()
    for suf in ("ings", "ing", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            break
    if len(w) > 3 and w[-1] == w[-2]:
        w = w[:-1]
    return w.rstrip("e") or w


def content_stems(text: str) -> frozenset[str]:
    """Stems of the words of ``text`` that are not English stop words (spaCy's list)."""
    global _STOP
    if _STOP is None:
        from spacy.lang.en.stop_words import STOP_WORDS
        _STOP = frozenset(STOP_WORDS)
    return frozenset(stem(w) for w in re.findall(r"[A-Za-z]+", text)
                     if len(w) > 2 and w.casefold() not in _STOP)


def _day_range(value: Optional[str], rng: Optional[list[str]]) -> Optional[tuple[dt.date, dt.date]]:
    """The inclusive day range of a TIMEX3 value (``2019-05-31``, ``2019-05``, ``2019``)."""
    try:
        if rng and len(rng) == 2:
            return dt.date.fromisoformat(rng[0]), dt.date.fromisoformat(rng[1])
        if not value:
            return None
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            d = dt.date.fromisoformat(value)
            return d, d
        if re.fullmatch(r"\d{4}-\d{2}", value):
            y, m = map(int, value.split("-"))
            last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
            return dt.date(y, m, 1), last
        if re.fullmatch(r"\d{4}-W\d{2}", value):     # an ISO week ("last week")
            monday = dt.date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
            return monday, monday + dt.timedelta(days=6)
        if re.fullmatch(r"\d{4}", value):
            y = int(value)
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        return None
    return None


def strip_dateline(text: str) -> str:
    """``text`` without a leading dateline ("SEOUL, May 31 (AP) — ")."""
    m = _DATELINE.match(text)
    if m and len(text) - m.end() > 20:
        return text[m.end():]
    return text


def signature(claim: Claim) -> Signature:
    """The :class:`Signature` of ``claim`` (reads ``event``, ``times``, ``places``, factuality)."""
    ev = claim.event
    countries = {p.country for p in claim.places if p.country}
    names = _names(strip_dateline(claim.text))
    parties = set()
    actor = target = None
    if ev is not None:
        for part in (ev.actor, ev.target):
            if part is not None:
                if part.country:
                    parties.add(part.country)
                n = _norm_name(part.name)
                if n and n[:1].isalpha() and any(ch.isupper() for ch in part.name[:1]):
                    names.add(n)
        actor, target = _norm_name(ev.actor.name if ev.actor else None), _norm_name(
            ev.target.name if ev.target else None)
    speaker = (_first_person_speaker(claim) or _named_subject(claim)) if ev is None else \
        _first_person_speaker(claim) if actor is None else None
    # a negated event did not happen: no report of it happening ("did not immediately endorse
    # another candidate at the time" / "she was endorsing Joe Biden", Wikinews, 16 April 2020)
    irrealis = bool(ev is not None and (ev.modality in _IRREALIS or ev.negated and ev.modality == "actual"))
    if ev is None:
        labels = [claim.factuality.label] + [s.factuality.label for s in claim.attribution.chain]
        irrealis = "speculated" in labels
    days = tuple(r for t in claim.times if t.anchor == "event"
                 for r in [_day_range(t.value, t.range)] if r is not None)
    trigger = stem(ev.trigger.text.split()[-1]) if ev is not None and ev.trigger.text.split() else None
    predicate = _control_key(claim)
    code = ev.cameo if ev is not None and ev.cameo and not _in_subject(ev, claim) \
        and predicate not in RELATION_PREDICATES else None
    return Signature(event_type=ev.type if ev else None, irrealis=irrealis, actor=actor,
                     target=target, countries=frozenset(countries), parties=frozenset(parties), days=days,
                     names=frozenset(names), trigger=trigger,
                     predicate=None if predicate in LIGHT_PREDICATES else predicate,
                     cameo=code if code and (len(code) == 4 or not code.endswith("0")) else None,
                     words=content_stems(strip_dateline(claim.text)),
                     amounts=amounts(claim.text) | ({("count", float(n))} if (n := victim_count(claim)) is not None else set()),
                     objects=object_names(claim),
                     actor_party=party(ev.actor) if ev is not None and ev.actor else speaker,
                     target_party=party(ev.target) if ev is not None and ev.target else _victims(claim),
                     subject=copular_subject(claim))


def _in_subject(ev: Event, claim: Claim) -> bool:
    """The event's trigger ends before the claim's predicate: the claim says something of an
    event its subject names ("local council restrictions on the timing of truck-deliveries
    make it hard", Wikinews, 13 March 2020), and the event's CAMEO code is not what the claim
    reports (new-user trial 10: that claim joined "Woolworths and Coles lowered their purchase
    restrictions" by the code of "restrictions")."""
    p = claim.predicate
    return p is not None and ev.trigger.end_char <= p.start_char


class Party(NamedTuple):
    """An event participant as :func:`_other_participants` compares it: the content-word stems
    of its name (:func:`content_stems`), its country (ISO alpha-3 or None), whether the name is
    a proper name (:func:`_proper`), and its sectors (``lexicons/events_sectors.json``, the
    state's own sectors as one: :data:`STATE_SECTORS`)."""

    words: frozenset[str]
    country: Optional[str]
    named: bool
    sectors: frozenset[str] = frozenset()


#: Sectors of the state (``lexicons/events_sectors.json``): one party where parties are told
#: apart ("the Pakistan military" and "Pakistani officials").
STATE_SECTORS = frozenset({"government", "military", "police", "intelligence", "judiciary", "legislature"})


def _sector_class(sector: Optional[str]) -> frozenset[str]:
    """``{sector}``, ``{"state"}`` for one of :data:`STATE_SECTORS`, empty for None."""
    return frozenset() if not sector else frozenset({"state" if sector in STATE_SECTORS else sector})


def party(p: EventParticipant) -> Party:
    """The :class:`Party` of an event participant."""
    return Party(content_stems(p.name), p.country, _proper(p.name), _sector_class(p.sector))


def _proper(name: str) -> bool:
    """The name opens (after an article or possessive and numbers) with a capitalised word: a
    proper name ("Afghan Taliban", "33 BLA terrorists"), not a description that holds one ("its
    former top negotiator with Washington", "The airline")."""
    first = re.search(r"[A-Za-z][\w'\-]*", re.sub(r"^(?:the|a|an|its|his|her|their|our)\s+", "",
                                                  name.strip(), flags=re.I))
    return bool(first) and first.group(0)[:1].isupper()


#: Predicates whose subject is who died (the victims, as the target of a killing is):
#: "At least 21 passengers and four paramilitary troops died in the attack" (VOA, 13 March 2025).
DEATH_PREDICATES = frozenset({"die", "perish", "drown"})
#: Words of a subject that say nothing of which side the dead were on ("31 people, including
#: 23 security personnel").
_ANYONE = frozenset({"people", "persons", "person", "others", "dozens", "hundreds", "thousands"})


def _victims(claim: Claim) -> Optional[Party]:
    """Who died, for a claim with no event whose predicate is a verb of dying
    (:data:`DEATH_PREDICATES`, or "lost their lives"): the words before the predicate, with the
    sectors their words name (:func:`~newstrace.actors.sector_table`, plural "-s" dropped).
    None for any other claim."""
    if claim.event is not None or _control_key(claim) not in DEATH_PREDICATES:
        return None
    subject = _before_predicate(claim)
    table = sector_table()[0]
    words = [w.casefold() for w in re.findall(r"[A-Za-z]+", subject)]
    sectors = {table.get(w) or table.get(w[:-1]) for w in words if w not in _ANYONE and len(w) > 2}
    return Party(content_stems(subject), None, False, frozenset().union(*map(_sector_class, sectors - {None})))


def _before_predicate(claim: Claim) -> str:
    """The claim's text before its predicate (empty when it has none)."""
    p = claim.predicate
    if p is None or not claim.start_char <= p.start_char <= claim.end_char:
        return ""
    return claim.text[:p.start_char - claim.start_char]


#: A copula and a determiner or possessive right before a claim's predicate, with up to eight
#: words between ("is a huge constitutional and legal and political crisis", "is another
#: crisis", "is al-Baghdadi's wife"): the predicate is a noun that says what the subject is.
_COPULA_NOUN = re.compile(r"(?:\b(?:is|are|was|were|be|been|being|am)|['’]s)\s+(?:not\s+|never\s+)?"
                          r"(?:a|an|the|another|his|her|its|their|our|this|that|[\w-]+['’]s)\s+"
                          r"(?:[\w'’-]+\s+){0,8}$", re.I)


def copular_subject(claim: Claim) -> Optional[frozenset[str]]:
    """What a claim whose predicate is a noun after a copula says that of, as the content-word
    stems (:func:`content_stems`) of its text before the copula: "This is a huge
    constitutional and legal and political crisis" → ``frozenset()`` ("this" is a stop word),
    "The last thing the world needs is another crisis" → {"thing", "world", "need", …}; None
    for any other claim. Such a claim is identified by its subject as an event is by its
    actor (:func:`_by_predicate`)."""
    before = _before_predicate(claim)
    m = _COPULA_NOUN.search(before) if before else None
    return None if m is None else content_stems(before[:m.start()])


#: A first-person subject opening a claim ("We strongly reject …", "I saw …", "We’re troubled …").
_FIRST_PERSON = re.compile(r"^\W*(?:we|i)(?:\s|['’](?:re|m|ve|d|ll)\b)", re.I)


def _first_person_speaker(claim: Claim) -> Optional[Party]:
    """The actor of a claim in the first person with a source: the source who speaks ("“We
    strongly reject the baseless allegations made by Pakistan,” Indian foreign ministry
    spokesperson Randhir Jaiswal told reporters", VOA, 14 March 2025: the spokesperson, for
    India), as a :class:`Party` named after the last source of the chain; None otherwise."""
    chain = claim.attribution.chain
    if not chain or not _FIRST_PERSON.match(claim.text):
        return None
    name = chain[-1].name
    return Party(content_stems(name), None, _proper(name))


#: A subject that is a proper name right before a claim's predicate, after an optional
#: subordinator and before up to three lower-case words ("Christian Bale will star", "when
#: David Fincher was reportedly directing").
_NAMED_SUBJECT = re.compile(r"^(?:(?:when|as|while|after|before|because|since|that|and|but)\s+)?"
                            r"(?P<name>(?:[A-Z][\w'’.\-]*\s+){1,4})(?:[a-z]+\s+){0,3}$")
#: The agent of a passive right after its predicate, when the name ends the phrase ("directed
#: by Danny Boyle instead"; not the name that opens "written by The Social Network writer
#: Aaron Sorkin").
_AGENT = re.compile(r"^\s+by\s+(?P<name>(?:[A-Z][\w'’.\-]*)(?:\s+[A-Z][\w'’.\-]*){0,3})"
                    r"(?=\s*(?:[,.;:!?)\u2013\u2014]|$)|\s+(?:in|on|at|for|instead|after|before|and|who|which|"
                    r"as|from|with|to|since|during|last|this|next)\b)")


def _named_subject(claim: Claim) -> Optional[Party]:
    """Who acts in a claim with no event, when a proper name says so: the name that is the
    subject right before its predicate (:data:`_NAMED_SUBJECT`), else the agent of its passive
    (:data:`_AGENT`), of two or more words (a first and last name: one capitalised word opening
    a sentence may be a common noun, "Police", "Protesters"), in a text not in title case
    (:func:`_headline`); None otherwise (pronouns and the words of :data:`_NAME_STOP` are
    no name). "Christian Bale will star as late Apple CEO Steve Jobs" and
    "Ashton Kutcher famously starred as Steve Jobs in the "JOBS" movie", "when David Fincher was
    reportedly directing the film" and "The film will be directed by Danny Boyle instead" (FNC-1
    bodies 1019, 2017, 1157: one topic) are acts of other people (:func:`_other_participants`).
    ``benchmarks/track.py`` ECB+ dev CoNLL F1 0.715 -> 0.716 (B³ P 0.885 -> 0.891, R 0.633 ->
    0.631); with one-word names and title-case texts too it fell to 0.704 (B³ R 0.617).
    Emergent's headlines are in title case: stance 0.602 before and after."""
    p = claim.predicate
    if p is None or not claim.start_char <= p.end_char <= claim.end_char or _headline(claim.text):
        return None
    for m in (_NAMED_SUBJECT.match(_before_predicate(claim)), _AGENT.match(claim.text[p.end_char - claim.start_char:])):
        words = [w for w in m.group("name").split() if w not in _NAME_STOP] if m else []
        if len(words) >= 2:
            return Party(content_stems(" ".join(words)), None, True)
    return None


#: A money amount ("$94 million", "€5.2bn") or a percentage ("43%", "12 percent").
_AMOUNT = re.compile(
    r"[$€£¥]\s?(?P<money>\d[\d,]*(?:\.\d+)?)(?:\s*(?P<scale>million|billion|trillion|bn|m)\b)?"
    r"|(?<![\d.])(?P<percent>\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)", re.I)
_SCALE = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}


def amounts(text: str) -> frozenset[tuple[str, float]]:
    """The money amounts and percentages of ``text`` as ``("money", value)`` / ``("percent",
    value)``: "$94 million" → ("money", 94e6), "a 43% gap" → ("percent", 43.0)."""
    out = set()
    for m in _AMOUNT.finditer(text):
        if m.group("money"):
            value = float(m.group("money").replace(",", "")) * _SCALE.get((m.group("scale") or "").casefold(), 1)
            out.add(("money", round(value, 2)))
        else:
            out.add(("percent", float(m.group("percent"))))
    return frozenset(out)


#: A count of people right after an event's trigger ("killed twelve", "killing at least 20
#: people") or opening the subject of a death ("12 people died"), with its hedges; not a share,
#: a sum or a span of time ("killed 5 percent", "killed 10 years ago").
_COUNT = re.compile(r"(?:(?:at least|more than|over|about|around|some|nearly|almost|up to|as many as)\s+)?"
                    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b"
                    r"(?!\s*(?:%|percent\b|per cent\b|[$€£]|(?:minute|hour|day|week|month|year|decade)s?\b))", re.I)


_PASSIVE_END = re.compile(r"\b(?:was|were|been|being)\s*$", re.I)


def victim_count(claim: Claim) -> Optional[int]:
    """How many people the claim's event acts on, when it says so with a number: the number
    right after its trigger ("the attack had killed twelve" → 12, "killed 5 people" → 5) or,
    for a death with no event (:data:`DEATH_PREDICATES`) or a passive, opening its subject ("12
    people died", "Three Americans were killed");
    None for none or a count of no stated size ("Dozens died")."""
    ev, before, m = claim.event, _before_predicate(claim), None
    if ev is not None and claim.start_char <= ev.trigger.start_char < ev.trigger.end_char <= claim.end_char:
        before = claim.text[:ev.trigger.start_char - claim.start_char]
        m = _COUNT.match(claim.text[ev.trigger.end_char - claim.start_char:].lstrip())
    if m is None and (ev is None and _control_key(claim) in DEATH_PREDICATES or _PASSIVE_END.search(before)):
        m = _COUNT.match(before.lstrip())
    if m is None:
        return None
    n = m.group("n").casefold().replace(",", "")
    return NUMBER_WORDS[n] if n in NUMBER_WORDS else int(n)


def _other_amounts(a: ClaimRef, b: ClaimRef) -> bool:
    """Two claims of one article state money amounts (or both percentages) and share none:
    "UNHCR Kenya received $94 million" and "it received some $5.2 billion" (VOA, 2 April 2021:
    one office's and the agency's budgets) are two events, however alike their words; so are
    two counts of the people an event acts on (:func:`victim_count`, kind ``"count"``): "the
    attack had killed twelve" and "Last week a Kabul car bombing killed five" (Wikinews, 24
    January 2019, new-user trial 11: the second an earlier bombing) — a toll of no stated size
    ("Dozens died in the attack") differs from none. Across
    articles sums vary between reports of one event (ECB+ train, pairs of one topic and
    predicate with other sums: 7 coreferent, 4 not, all across articles: "offer Teixeira $200
    million" / "in excess of $160 million"; "€2m" / "$2.6 million")."""
    sa, sb = a.signature, b.signature
    return a.article.id == b.article.id and any({v for k, v in sa.amounts if k == kind} and {v for k, v in sb.amounts if k == kind}
               and not {v for k, v in sa.amounts if k == kind} & {v for k, v in sb.amounts if k == kind}
               for kind in ("money", "percent", "count"))


#: Where the object of a predicate ends: punctuation, a conjunction or relative word, or a
#: preposition of place or time ("elected to the Lok Sabha, the lower legislature", "killed in
#: Mumbai": a place or time is no object).
_OBJECT_END = re.compile(r"[,;:.!?()\u2013\u2014\"]|\s(?:but|who|which|that|in|at|on|near|from|"
                         r"during|after|before|since|until|while|when|outside|inside|across|over|"
                         r"through|under)\s")


def object_names(claim: Claim) -> frozenset[str]:
    """The proper names (case-folded, whole) in the phrase right after the claim's predicate,
    up to :data:`_OBJECT_END`, leaving out places: "Mukherjee was elected to the Rajya Sabha"
    → {"rajya sabha"}; "endorsing Joe Biden for this year's election" → {"joe biden"}."""
    p = claim.predicate
    if p is None or not claim.start_char <= p.end_char <= claim.end_char or _headline(claim.text):
        return frozenset()
    at = p.end_char - claim.start_char
    if claim.text[at:at + 6].casefold() == " that ":     # "demanded that his party be eliminated"
        at += 5
    end = _OBJECT_END.search(claim.text, at)
    phrase = claim.text[at:end.start() if end else len(claim.text)]
    for place in claim.places:   # blank out place names ("attacked Baghdad" / "attacked Iraq")
        a, b = place.start_char - claim.start_char - at, place.end_char - claim.start_char - at
        if 0 <= a < len(phrase):
            phrase = phrase[:a] + " " * (min(b, len(phrase)) - a) + phrase[b:]
    out = set()
    for m in _NAME.finditer(phrase):
        words = [w for w in m.group(0).split() if w not in _NAME_STOP]
        if words:
            out.add(" ".join(words).casefold())
    return frozenset(out)


def _headline(text: str) -> bool:
    """``text`` is in title case (most of its words capitalised: "Lindsay Lohan Checks Into
    Betty Ford Rehab"), where capitals mark no names."""
    words = re.findall(r"[A-Za-z]{2,}", text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _other_objects(a: ClaimRef, b: ClaimRef) -> bool:
    """Two claims of one article whose predicates take named objects, no name of one part of a
    name of the other: "elected to the Rajya Sabha" and "elected to the Lok Sabha" (Wikinews,
    3 September 2020) are two elections; "Joe Biden" and "Biden" are one name. Across articles
    names vary too much ("Betty Ford Center" / "Betty Ford Clinic", "Colt" / "Indianapolis
    Colts"): ECB+ train, pairs of one topic with one predicate and other named objects by this
    test: 137 coreferent, 242 not; pairs of one article (headlines left out,
    :func:`object_names`): 1 coreferent, 2 not. So it lowers a pair's score
    (:data:`OBJECT_PENALTY`) instead of ruling the pair out: as a veto, which closes a whole
    story to the claim, ECB+ train B³ F1 fell 0.786 → 0.785 within one article (0.780 across
    articles); as a penalty it stays 0.786."""
    sa, sb = a.signature, b.signature
    if a.article.id != b.article.id or not sa.objects or not sb.objects:
        return False
    return not any(set(x.split()) <= set(y.split()) or set(y.split()) <= set(x.split())
                   for x in sa.objects for y in sb.objects)


#: "also" (with auxiliaries) right before a predicate: one more act of its kind.
_ALSO_BEFORE = re.compile(r"\balso(?:\s+(?:has|have|had|was|were|is|are|been|be|will|would))*\s*$", re.I)


def _another_act(a: ClaimRef, b: ClaimRef) -> bool:
    """Two claims of one article with one predicate lemma, the later with "also" before it:
    "The Malawi High Court also ordered the school to give daughter Makeda extra classes" after
    "Malawi's High Court on Jan. 14 ordered all public schools to allow students with
    dreadlocks" (VOA, 23 January 2020) adds a second order to the first. Such a pair loses
    :data:`OBJECT_PENALTY`. ``benchmarks/track.py``: ECB+ dev CoNLL F1 0.711 and Emergent train
    headline stance accuracy 0.595 before and after."""
    if a.article.id != b.article.id or a.claim.predicate is None or b.claim.predicate is None \
            or a.claim.predicate.lemma != b.claim.predicate.lemma:
        return False
    later = max(a, b, key=lambda r: r.claim.start_char).claim
    return bool(_ALSO_BEFORE.search(_before_predicate(later)))


def _control_key(claim: Claim) -> Optional[str]:
    """The predicate lemma of ``claim``, with the stem of the infinitive right after it when the
    predicate is a :data:`CONTROL_VERBS` verb ("refused to comment" → "refuse to comment", but
    "agreed to a ceasefire" → "agree": a lower-case word that is no determiner or pronoun), or
    of the gerund after "at" or "on" ("are aimed at raising government revenue" → "aim at
    rais"; "aimed at cutting … fentanyl deaths" is another aim: VOA, 9 March 2025); "lose" with
    "life" or "lives" is "die" ("31 people … lost their lives", VOA, 14 March 2025); an
    :data:`OBJECT_CONTROL_VERBS` verb with the infinitive after its object ("ordered the school
    to give" → "order to give"); any other verb with the :data:`PARTICLES` particle right after
    it ("run out of stock" → "run out"). None when the claim has no predicate. Reads the claim's text (the tracker sees no parse)."""
    p = claim.predicate
    if p is None:
        return None
    at = p.end_char - claim.start_char
    if p.lemma == "lose" and _LIVES.match(claim.text, max(at, 0)):
        return "die"
    if p.lemma in CONTROL_VERBS and 0 <= at <= len(claim.text):
        m = _INFINITIVE.match(claim.text, at)
        if m and m.group(1).islower() and m.group(1) not in _NOT_VERBS:
            return f"{p.lemma} to {stem(m.group(1))}"
        m = _GERUND.match(claim.text, at)
        if m:
            return f"{p.lemma} {m.group(1)} {stem(m.group(2))}"
    if p.lemma in OBJECT_CONTROL_VERBS and 0 <= at <= len(claim.text):
        m = _OBJECT_INFINITIVE.match(claim.text, at)
        if m and m.group(1) not in _NOT_VERBS:
            return f"{p.lemma} to {stem(m.group(1))}"
    m = _PARTICLE.match(claim.text, max(at, 0))
    if m and m.group(1) in PARTICLES:
        return f"{p.lemma} {m.group(1)}"
    return p.lemma


def contradiction(claim: Claim) -> Optional[str]:
    """Whether ``claim`` contradicts the event it states, and how.

    Returns:
        ``"refutation"`` when the author denies it (author label ``denied``), or the claim
        reports the observable opposite (:data:`REAPPEARANCE_PHRASES`), or the author calls
        it false (``refutation_phrases`` of ``lexicons/cues.json`` with no source);
        ``"denial"`` when a source in the chain denies it (label ``denied``), the claim says
        something does not exist ("there is no separation…"), its own event is negated in an
        actual clause (:func:`_negated_event`) or its source's report verb is ("does not list",
        :func:`_negated_predicate`), or a state is negated with no event ("ISIS is not defeated",
        :func:`_negated_state`), or a source calls it false; ``None`` otherwise.
    """
    return _contradiction(claim)[0]


#: A negation in a claim's own text ("not", "no", "never", "n't", …).
_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|neither|nor)\b|n['’]t\b", re.I)


def denied_as_stated(claim: Claim) -> bool:
    """Whether ``claim``'s text is what a source of its chain denies, as others state it: a link
    labelled ``denied`` whose cue lies outside the claim ("An Iraqi official today denied that
    [a woman detained in Lebanon yesterday is the wife of … al-Baghdadi]", FNC-1 body 1192) and
    no negation in the text itself. Such a claim is the story its report contradicts, even
    when no report of the story is at hand; a claim whose text holds its own denial ("Dodik
    rejected the arrest warrant", "I do not believe there will be Dodik's arrest") is the
    story of that denial."""
    if _NEGATION.search(claim.text):
        return False
    return any(s.factuality.label == "denied" and s.cue is not None
               and (s.cue.end_char <= claim.start_char or s.cue.start_char >= claim.end_char)
               for s in claim.attribution.chain)


def negation_only(claim: Claim) -> bool:
    """Whether :func:`contradiction` finds ``claim`` contradicting only because its event is
    negated (no denial label, no refutation phrase or re-appearance). Such a claim contradicts
    a story only if it negates the same predication: "did not execute" against "executed";
    "did not reply to VOA's email" contradicts no story about the group it names."""
    return _contradiction(claim)[1] == "negation"


def _contradiction(claim: Claim) -> tuple[Optional[str], Optional[str]]:
    """``(kind, reason)`` behind :func:`contradiction`: reason ``label``, ``reappearance``,
    ``source``, ``negation`` or ``phrase`` (the first that applies), or ``(None, None)``."""
    low = claim.text.casefold()
    if claim.factuality.label == "denied":
        return "refutation", "label"
    if any(p in low for p in REAPPEARANCE_PHRASES):
        return "refutation", "reappearance"
    chain = claim.attribution.chain
    if any(s.factuality.label == "denied" for s in chain):
        return "denial", "source"
    if (_negated_event(claim) or _negated_predicate(claim) or _negated_state(claim) or _NONE_EXISTS.match(low)) \
            and not _FOR_NOW.search(low):
        return "denial", "negation"  # "there is no separation between the branches"
    phrases = cues().get("refutation_phrases", frozenset())
    if any(_says_false(low, p) for p in phrases):
        return ("refutation" if not chain else "denial"), "phrase"
    return None, None


#: A word opening a clause below the predicate ("has explained why they were not deported"):
#: an event negated after it is not what the claim states.
_SUBORDINATOR = re.compile(r"\b(?:why|whether|if|how|that|which|who|whom|what|when|where|because|"
                           r"after|before|since|until|while|although|though)\b", re.I)
#: "not", "never" or "n't" right before the predicate, with a parenthetic or auxiliaries and
#: adverbs of degree between ("does not, however, list", "has never been", "did not even
#: mention"); "whether or not they attacked" negates nothing.
_NOT_BEFORE = re.compile(r"(?<!\bor )(?:\b(?:not|never)|n't)(?:\s*,[^,]{1,25},)?(?:\s+(?:be|been|being|have|"
                         r"had|get|got|ever|even|also|publicly|officially|formally|specifically))*\s*$", re.I)


def _negated_event(claim: Claim) -> bool:
    """The claim's event is negated in an actual clause (not a conditional or planned one: "in
    case a ceasefire is not agreed" denies nothing) and is the claim's own predication: not an
    event of a clause below its predicate. "Neither China nor Thailand has explained why they
    were not deported along with the 40 last month" (VOA, 11 March 2025) says no one explained;
    it denies no deportation (new-user trial 7). An event named in the subject of a negated
    copula is denied only by a predicate of occurrence (:data:`OCCURRENCE_PREDICATES`: "the
    report was not true"): "the ban on Mahan Air is not part of any broader plan to increase
    sanctions on Iran" (Wikinews, 23 January 2019) confirms the ban (new-user trial 8: it made
    "Germany bans Mahan Air" contested). ECB+ dev CoNLL F1 0.719 and Emergent train stance
    accuracy 0.592 before and after."""
    ev = claim.event
    if ev is None or not ev.negated or ev.modality != "actual":
        return False
    p = claim.predicate
    if p is not None and ev.trigger.end_char <= p.start_char <= claim.end_char and _COPULA_NOT.search(
            claim.text[max(ev.trigger.end_char - claim.start_char, 0):p.start_char - claim.start_char]):
        return p.lemma in OCCURRENCE_PREDICATES
    if p is None or p.start_char >= ev.trigger.start_char or not claim.start_char <= p.end_char <= claim.end_char:
        return True
    between = claim.text[p.end_char - claim.start_char:ev.trigger.start_char - claim.start_char]
    return not _SUBORDINATOR.search(between)


def _negated_predicate(claim: Claim) -> bool:
    """The claim's predicate is its source's report verb and is negated ("not", "never", "n't"
    before it): "It does not, however, list any 707s" (Wikinews, 15 January 2019, of an aviation
    database) says the database gives no 707s; it cannot corroborate a report that the airline
    flies 707s (new-user trial 7: it made that story corroborated). Any other negated predicate
    with no negated event is left alone: taken for a denial, each of the 149 such claims of ECB+
    dev ("he did n't hear a gunshot", "would not release any details") left the stories of its
    predicate, and CoNLL F1 fell 0.722 → 0.720."""
    p, chain = claim.predicate, claim.attribution.chain
    cue = chain[-1].cue if chain else None
    if p is None or cue is None or not cue.start_char <= p.start_char < cue.end_char \
            or not claim.start_char <= p.start_char <= claim.end_char:
        return False
    return bool(_NOT_BEFORE.search(claim.text[:p.start_char - claim.start_char]))


def _negated_state(claim: Claim) -> bool:
    """The claim has no event and its own predicate is a participle or adjective right after a
    negated copula that opens the claim's main clause (no subordinator before it): "ISIS is not
    defeated" (Lindsey Graham, Wikinews, 8 October 2019; new-user trial 16: it supported the
    White House statement "US troops had defeated ISIS"). It says the state does not hold; as
    a negation (:func:`negation_only`) it contradicts only a story of the same predicate."""
    p = claim.predicate
    if claim.event is not None or p is None or p.text.endswith("ing") \
            or not claim.start_char < p.start_char < claim.end_char:
        return False  # "What is so sad for me is not seeing the punishment" (trial 16) is no state
    before = claim.text[:p.start_char - claim.start_char]
    return bool(_COPULA_NOT_BEFORE.search(before)) and not _SUBORDINATOR.search(before)


#: A negated copula right before a claim's predicate ("is not", "wasn't", "are not fully").
_COPULA_NOT_BEFORE = re.compile(r"\b(?:is|are|was|were)(?:\s+(?:not|never)|n['’]t)(?:\s+(?:really|fully))?\s*$", re.I)
#: Predicates after a negated copula that say an event named in its subject did not take place
#: ("the report was not true"): only these deny that event (:func:`_negated_event`).
OCCURRENCE_PREDICATES = frozenset({"true", "real", "accurate", "correct"})
#: A negated copula ("is not", "wasn't") between an event named in the subject and the predicate.
_COPULA_NOT = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:not|never)\b|\b(?:is|are|was|were)n't\b", re.I)
#: A negation bounded in time ("did not immediately endorse another candidate at the time",
#: Wikinews, 16 April 2020; "has not yet", "so far"): it says the event had not happened then,
#: which a later report of it does not contradict.
_FOR_NOW = re.compile(r"(?:\b(?:not|never|no)|n't)\s+(?:\w+\s+)?(?:immediately|yet)\b|"
                      r"\b(?:at the time|at that time|at first|initially|so far|as yet)\b")
#: What follows "no evidence" when it says evidence was not made public ("no evidence linking
#: the camps with al-Shabab has been publicly released", VOA, 2 April 2021): a statement about
#: disclosure, which establishes no opposite.
_UNDISCLOSED = re.compile(r"^[^,;.]*?\b(?:been|be|is|was|were)\s+(?:\w+\s+)?(?:released|made public|"
                          r"published|disclosed|presented|provided|produced|shown|shared|offered)\b")

#: An existential that says something does not exist ("there is no separation between…"), also
#: after a relative pronoun and a verb of showing that the claim keeps ("which shows there is no
#: separation between the executive and legislative branches", VOA, 14 March 2025: new-user trial
#: 16, where it corroborated "The constitution says there is separation between government branches").
_NONE_EXISTS = re.compile(r"(?:\W*\w+,\s*)?(?:(?:which|that)\s+(?:shows|showed|proves|proved|means|meant|"
                          r"confirms|confirmed|demonstrates|demonstrated)\s+(?:that\s+)?)?"
                          r"there\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:no|not\s+any)\b")


def _says_false(low: str, phrase: str) -> bool:
    """Whether the claim text ``low`` (case-folded) holds the refutation ``phrase`` as a word or
    words, outside a relative clause about something else ("on espionage charges which
    Washington has dismissed as baseless" calls the charges baseless, not the claim)."""
    for m in re.finditer(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])", low):
        if phrase == "no evidence" and _UNDISCLOSED.search(low[m.end():]):
            continue
        if not re.search(r"\b(which|who|whom|whose)\b[^,;.]*$", low[:m.start()]):
            return True
    return False


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


# --------------------------------------------------------------------------------------------
# Pair scores and clustering


def _ranges_overlap(a, b, slack_days: int = 1) -> bool:
    """The day ranges ``a`` and ``b`` overlap, give or take ``slack_days`` when one is a single
    day (a date reported across a time zone); two periods get no slack: "in the 2020
    calendar year" and "for 2021" (VOA, 2 April 2021) are apart, not a day apart."""
    if a[0] != a[1] and b[0] != b[1]:
        slack_days = 0
    return a[0] - dt.timedelta(days=slack_days) <= b[1] and b[0] - dt.timedelta(days=slack_days) <= a[1]


#: Days between two articles' publication beyond which their claims are two events unless
#: their own event times overlap. Emergent's rumours (train, claims with two or more articles
#: dated by their URLs): 138 of 139 spread over at most 82 days (median 1); one over 976 days.
MAX_STORY_DAYS = 365


def pair_score(a: ClaimRef, b: ClaimRef, cosine: float) -> Optional[float]:
    """How well two claims match as reports of one event; ``None`` when they cannot.

    Starts from the text ``cosine`` and applies the signature:

    * ``None`` (never the same event): one is conditional/threatened and the other actual,
      their articles are more than :data:`MAX_STORY_DAYS` apart and their event times do not
      overlap, or they happen in different countries (the claim's places, or for a claim that names
      none its article's :func:`main_countries`) — unless one of them
      contradicts the other, or, in one article, they state different money amounts or
      percentages (:func:`_other_amounts`);
    * event types differ: −0.12 (not for a contradicting claim, whose event is often
      missing or a denial verb);
    * event-anchored times that cannot overlap (±1 day): −0.2; overlapping day-precise
      times: +0.05;
    * countries shared (places or participants): +0.03;
    * same actor or target name: +0.05 each; shared proper names: + 0.2 × Jaccard;
    * shared content-word stems: + 0.3 × Jaccard; same trigger stem: +0.1;
    * articles in different topics: − :data:`TOPIC_PENALTY`;
    * claims of one article whose predicates name other objects (:func:`_other_objects`), or
      the later of which adds "also" before their one predicate (:func:`_another_act`):
      − :data:`OBJECT_PENALTY`;
    * two reports (or two denials) whose events have other parties in one role
      (:func:`_other_parties`): − :data:`PARTICIPANT_PENALTY`.

    The weights and :data:`THRESHOLD` were set on the ECB+ train topics
    (``benchmarks/track.py ecbplus --split train --sweep``), never on dev.

    Returns:
        the adjusted score (roughly in [−0.5, 1.3]) or ``None``.
    """
    sa, sb = a.signature, b.signature
    contra = a.contra is not None or b.contra is not None
    if sa.irrealis != sb.irrealis and not contra:
        return None
    pa, pb = a.article.published, b.article.published
    if pa and pb and abs((pa - pb).days) > MAX_STORY_DAYS and not (
            sa.days and sb.days and not _apart_in_time(sa, sb)):
        return None       # reports a year apart are of two events unless their times meet
    score = cosine
    if sa.event_type and sb.event_type and sa.event_type != sb.event_type and not contra:
        score -= 0.12
    if sa.days and sb.days:
        if _apart_in_time(sa, sb):
            score -= 0.2
        elif any(x[0] == x[1] and y[0] == y[1] and _ranges_overlap(x, y) for x in sa.days for y in sb.days):
            score += 0.05
    where_a, where_b = sa.countries or a.region, sb.countries or b.region
    if where_a and where_b and not where_a & where_b and not contra:
        return None       # placed in different countries (a claim naming none: its article's)
    if not contra and _other_amounts(a, b):
        return None       # other sums ("$94 million" / "$5.2 billion")
    if (sa.countries | sa.parties) & (sb.countries | sb.parties):
        score += 0.03
    if sa.actor and sa.actor == sb.actor:
        score += 0.05
    if sa.target and sa.target == sb.target:
        score += 0.05
    if sa.names and sb.names:
        score += 0.2 * len(sa.names & sb.names) / len(sa.names | sb.names)
    if sa.words and sb.words:
        score += 0.3 * len(sa.words & sb.words) / len(sa.words | sb.words)
    if sa.trigger and sa.trigger == sb.trigger:
        score += 0.1
    if a.topic >= 0 and b.topic >= 0 and a.topic != b.topic:
        score -= TOPIC_PENALTY
    if not contra and (_other_objects(a, b) or _another_act(a, b)):
        score -= OBJECT_PENALTY
    if _other_parties(a, b):
        score -= PARTICIPANT_PENALTY
    return score


def _other_parties(a: ClaimRef, b: ClaimRef) -> bool:
    """Two reports, or two denials, of acts of other parties (:func:`_other_participants`); a
    denial and the report it denies have other actors by nature."""
    return (a.contra is None) == (b.contra is None) and _other_participants(a.signature, b.signature)


def _other_participants(sa: Signature, sb: Signature) -> bool:
    """The two events have different parties in one role: both have an actor (or both a
    target) and the two are not one party (:func:`_one_party`). "The Afghan Taliban have
    rejected Pakistan's allegation" and "“We strongly reject the baseless allegations made by
    Pakistan,” Indian foreign ministry spokesperson Randhir Jaiswal told reporters" (VOA, 13-14
    March 2025) are two rejections; "snipers killed suicide bombers" and "they killed people
    on the train" (VOA, 13 March 2025) two killings."""
    return any(x is not None and y is not None and not _one_party(x, y)
               for x, y in ((sa.actor_party, sb.actor_party), (sa.target_party, sb.target_party)))


def _one_party(x: Party, y: Party) -> bool:
    """Two participants may be one party: not when their sectors differ (civilians and rebels:
    "people on the train" and "suicide bombers"), else when of one country ("the Pakistan
    military", "Pakistani officials"), else unless both are proper names with no word in
    common ("Afghan Taliban", "Randhir Jaiswal"). Descriptions ("the gunman", "the suspect")
    may name anyone."""
    if x.sectors and y.sectors and not x.sectors & y.sectors:
        return False
    if x.country and y.country:
        return x.country == y.country
    return not (x.named and y.named) or bool(x.words & y.words)


def _apart_in_time(sa: Signature, sb: Signature) -> bool:
    """Both signatures have event times and none of them can overlap (±1 day)."""
    return _apart(sa.days, sb.days)


def _apart(a: tuple, b: tuple) -> bool:
    """Both have day ranges and none of them can overlap (±1 day)."""
    return bool(a and b) and not any(_ranges_overlap(x, y) for x in a for y in b)


def _not_one_time(a: ClaimRef, b: ClaimRef, explicit: bool = True) -> bool:
    """A supporting claim cannot report the event of ``b``: their event times cannot overlap,
    or, when neither has one, the :data:`RECENT_DAYS` before their articles' publication cannot
    (:func:`event_days`). One dated and one undated claim can be one event ("executed in
    March", reported in June) unless the date spans more than :data:`AGGREGATE_DAYS`.
    Contradictions are exempt: a refutation may come long after the report it refutes. With
    ``explicit=False`` two explicit times apart do not count (the text comparison only lowers
    their score, :func:`pair_score`; ECB+ train B³ F1 0.785 with the veto there, 0.787 without)."""
    if a.contra is not None or b.contra is not None:
        return False
    if bool(a.signature.days) != bool(b.signature.days):
        dated, undated = (a, b) if a.signature.days else (b, a)
        # a count over a long span ("In 2024, the BLA killed nearly 400 people", "since 2009")
        # sums many events: it is no report of the recent incident an undated claim of a dated
        # article reports (of an undated article, nothing says the claim is recent)
        return undated.article.published is not None and all(
            (last - first).days > AGGREGATE_DAYS for first, last in dated.signature.days)
    if a.signature.days and not explicit:
        return False
    return _apart(a.when, b.when)


def _contra_ok(a: ClaimRef, b: ClaimRef) -> bool:
    """A contradicting claim joins only a story it shares a name or a participant with."""
    sa, sb = a.signature, b.signature
    return bool(sa.names & sb.names) or bool(sa.target and sa.target in (sb.target, sb.actor))


def _alleges(denial: ClaimRef, story: Sequence[ClaimRef]) -> bool:
    """A denial that refers to allegations (:data:`ALLEGATION_NOUNS`) contradicts only a
    story that alleges something: one of its supporting claims states an actual event (not
    irrealis) and, when it is of the denial's own article, alleges (:func:`_allegation`). A demand, an expectation, a condition or a threat alleges nothing: "“We strongly
    reject the baseless allegations made by Pakistan,” Indian foreign ministry spokesperson
    Randhir Jaiswal told reporters" (VOA, 14 March 2025) rejects Pakistan's charge of backing
    militants, not its demand that Afghanistan "deny use of its soil for terrorist activities
    against Pakistan" (VOA, 13 March 2025). Other contradictions are not judged here.
    ``benchmarks/track.py``: ECB+ dev CoNLL unchanged (0.709; 9 ECB+ claims name an
    allegation), Emergent headline stance accuracy 0.593 -> 0.594."""
    if denial.contra != "denial" or not ALLEGATION_NOUNS.search(denial.claim.text):
        return True
    return any(m.contra is None and not m.signature.irrealis
               and (m.article.id != denial.article.id or _allegation(m)) for m in story)


def _allegation(ref: ClaimRef) -> bool:
    """What a denial of "the accusations" in the same article can contest (another outlet's
    claim is that outlet's allegation, whatever its form: Emergent's headlines state rumours as
    fact; headline stance accuracy 0.593 when this applied across articles too, 0.595 without
    it): a source's claim about others
    (Pakistan's "handlers of Tuesday's attack are based in Afghanistan"), an accusation (PLOVER
    ``ACCUSE``, a ``alleged`` label) or a claim that names one (:data:`ALLEGATION_NOUNS`). A
    fact the author states in a relative clause ("…, who is leading Zamora's international legal
    team") or a source speaking of itself in the first person ("We're very troubled by what's
    happening in Zamora's case") alleges nothing, so "Zamora's legal team has rejected all the
    accusations" (VOA, 13 March 2025; new-user trial 12) contests neither."""
    claim = ref.claim
    if ref.signature.event_type == "ACCUSE" or ALLEGATION_NOUNS.search(claim.text) \
            or any(s.factuality.label == "alleged" for s in claim.attribution.chain):
        return True
    return not _stated_as_fact(ref) and bool(claim.attribution.chain) and not _FIRST_PERSON.match(claim.text) \
        and not _own_act(ref)


def _own_act(ref: ClaimRef) -> bool:
    """The claim's event is an act of its own innermost source (the event's actor and the
    source share a name word): a source announcing what it does alleges nothing of anyone. "In
    announcing the sanctions on Sali Berisha…, U.S. Secretary of State Antony Blinken said…"
    (VOA, 22 May 2021; new-user trial 13): Berisha's "rejected the allegations" answers Blinken's
    charge of corruption, not the sanctions Blinken imposes."""
    chain, actor = ref.claim.attribution.chain, ref.signature.actor_party
    return bool(chain) and actor is not None and bool(actor.words & content_stems(chain[-1].name))


def _self_denial(denial: ClaimRef, story: Sequence[ClaimRef]) -> bool:
    """Whether ``denial`` is a source's denial set against that same source's own report in
    the same article: every supporting claim of ``story`` comes from the denial's article and
    is reported from a source (its innermost link) who is also a denying link of the denial.
    A source does not contradict itself within one article: "Exantus described the jailbreak
    as 'deplorable'" and "Exantus told VOA he did not think the jailbreak would affect plans to
    hold elections" (VOA, 27 February 2021; new-user trial 12) are two statements of one
    person, not a report and its denial."""
    deniers = {s.name for s in denial.claim.attribution.chain if s.factuality.label == "denied"}
    support = [m for m in story if m.contra is None]
    return bool(deniers) and bool(support) and all(
        m.article.id == denial.article.id and m.claim.attribution.chain
        and m.claim.attribution.chain[-1].name in deniers for m in support)


def _other_predication(denial: ClaimRef, story: Sequence[ClaimRef]) -> bool:
    """Whether ``denial``, a source's denial in the article of every supporting claim of
    ``story``, denies another predication than all of them: within one article the text says
    what a source denies, so a denial contests a claim of its own article only when it negates
    the same predicate (or CAMEO code), or names "the allegations" (:func:`_alleges` judges
    those). "I don't think that the audience in Albania is unaware of the degree of public
    corruption…," Countryman said (VOA, 22 May 2021; new-user trial 13) denies that the audience
    is unaware; it does not contest Blinken's "Berisha was involved in corrupt acts". Across
    articles the wording of a denial and of the report it answers differ too often (Emergent's
    "X denies reports that…"), so only the same article is judged. A denial of "claims that X"
    names its predication, as any other denial does: "Saudi Arabia initially denied all claims
    that Khashoggi was slain" (Wikinews, 2019; new-user trial 16) had contested Hatice Cengiz's
    "calling for the killers of Khashoggi to be brought to justice"."""
    if denial.contra != "denial" or _ALLEGATIONS_UNSAID.search(denial.claim.text):
        return False
    support = [m for m in story if m.contra is None]
    return bool(support) and all(m.article.id == denial.article.id and not _same_predication(denial, m)
                                 for m in support)


#: A modal of the future ("will", "won't", "'ll", "shall", "would", "going to").
_FUTURE = re.compile(r"\b(?:will|shall|would|going\s+to)\b|\bwon['’]t\b|\w['’]ll\b", re.I)


def future(claim: Claim) -> bool:
    """The claim's predicate follows a modal of the future (:data:`_FUTURE`) in its text: "I
    do not believe there will be Dodik's arrest" (predicate "arrest") tells what will or will
    not happen, not what did."""
    return bool(_FUTURE.search(_before_predicate(claim)))


def _other_tense(denial: ClaimRef, story: Sequence[ClaimRef]) -> bool:
    """Whether ``denial`` speaks of the future (:func:`future`) and no supporting claim of
    ``story`` does: a doubt that an event will happen denies no report that it was set in
    motion. Anto Nobilo's "I do not believe there will be Dodik's arrest" does not contest
    "Bosnian state prosecutors on Wednesday had ordered the arrest of Dodik" (VOA, 14 March
    2025; new-user trial 15): the order was given, whether the arrest will follow is another
    claim. ``benchmarks/track.py``: ECB+ dev CoNLL F1 unchanged; Emergent stance 0.602 with
    or without it; the other way round too (a denial of the past kept from a story told in the
    future) Emergent claim veracity fell 0.419 -> 0.407 (three Apple Watch claims)."""
    support = [m for m in story if m.contra is None]
    return future(denial.claim) and bool(support) and not any(future(m.claim) for m in support)


def _same_predication(a: ClaimRef, b: ClaimRef) -> bool:
    """The two claims share their predicate lemma or their specific CAMEO code."""
    sa, sb = a.signature, b.signature
    return bool(sa.predicate and sa.predicate == sb.predicate or sa.cameo and sa.cameo == sb.cameo)


def _stated_as_fact(ref: ClaimRef) -> bool:
    """The author states the claim as fact: label ``asserted``, with no source or through a
    factive one ("the attack shows that …", "officials confirmed that …")."""
    return ref.claim.factuality.label == "asserted"


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


def _other_subjects(a: ClaimRef, b: ClaimRef) -> bool:
    """Two claims whose predicate is a noun after a copula (:func:`copular_subject`) and whose
    subjects share no content word: a shared noun says nothing of what it is said of. Anto
    Nobilo's "This is a huge constitutional and legal and political crisis" and Marco Rubio's
    "The last thing the world needs is another crisis" (VOA, 14 March 2025) are two remarks,
    not one claim from two origins (new-user trial 15: the story was "corroborated")."""
    sa, sb = a.signature.subject, b.signature.subject
    return sa is not None and sb is not None and not sa & sb


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
