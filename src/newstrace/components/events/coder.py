"""The event of one claim unit (:func:`code_unit`) and the component that sets it on every unit
(:func:`code_events`, factory ``newstrace_events``).

Puts the package's parts together: the head's own trigger (:mod:`.triggers`) or the event it
passes to (:mod:`.governing`), else the source's speech act (:mod:`.speech_acts`); the readings
of a governing head (threat, refusal, plan, intent, attempt, future); ``negated`` (a negation on
the trigger or its governing verb, or the author's ``denied``) and ``modality`` (threatened,
conditional, planned, else actual); the actor and target (:mod:`newstrace.actors`, filtered by
:mod:`.participants`); and the events that are none: a conflict event whose actor is a force of
nature (:func:`natural_actor`) or a vehicle (:func:`vehicle`), an alert over a hazard
(:func:`hazard_alert`).

Input: a Doc after ``newstrace_factuality`` (``doc._.nt_claims`` with chains and labels).
Output: ``unit.event`` (a :class:`~newstrace.records.Event`, or None) on every non-frame unit.
Sources: PLOVER 2021 and CAMEO2PLOVER-2021 (``lexicons/events_cameo2plover.csv``); the cases
named in each docstring.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Token

from newstrace.actors import is_participant, lemmas, lexicon, noun_agent, subject, target, theme_of, verb_keys
from newstrace.components import ext  # noqa: F401
from newstrace.components.events.governing import (attempted, aux_in, embedded, intent_code, kind_of, plover,
                                                   threat_code, wished)
from newstrace.components.events.participants import Participants
from newstrace.components.events.speech_acts import cue_event
from newstrace.components.events.triggers import Found, code_token
from newstrace.components.stance import NATURAL_FORCES
from newstrace.records import Event, Span
from newstrace.units import ClaimUnit, text_of

CONFLICT = ("SANCTION", "COERCE", "ASSAULT", "PROTEST")


def negated(t: Optional[Token]) -> bool:
    """Whether ``t`` carries a negation ("not", "n't", "never"), or its subject or object the
    negative determiner "no" ("no other country had offered to take in the Uyghurs", VOA
    2025-03-11: nobody offered)."""
    return t is not None and any(
        c.dep_ == "neg" or (c.lower_ == "never" and c.dep_ == "advmod")
        or (c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
        for c in t.children)


def code_unit(doc: Doc, unit: ClaimUnit, people: Participants) -> Optional[Event]:
    """The Event of one claim unit, or None (rules in the package docstring)."""
    pats = lexicon()[1]
    inside, head = set(unit.tokens), doc[unit.head]
    if head.lemma_ == "be":  # "is opposed to X", "is ready to X"
        head = next((c for c in head.children if c.dep_ in ("acomp", "attr") and kind_of(c)), head)
    kind = kind_of(head)
    own = code_token(head) if head.pos_ != "ADJ" else None
    inner = None
    if own is not None and own.nominal and own.verb == head:
        own, inner = None, own  # a light verb: the noun names the event
    elif kind or own is None:
        inner = embedded(head, inside)
    ev, cue = own or inner, cue_event(doc, unit, head, people)
    if ev is None and cue is None:
        return None
    ev = ev or Found(cue[2], cue[0], head, theme_of(head))
    cameo, trigger, modality = ev.cameo, ev.trigger, "actual"
    typ, itype = plover(cameo)[0], plover(inner.cameo)[0] if inner else None
    neg = negated(head) or negated(ev.verb)
    if kind == "threat":
        cameo, trigger, modality = threat_code(inner.cameo) if inner else (own.cameo if own else "130"), head, "threatened"
    elif kind == "refuse":
        cameo, trigger = pats["refuse_code"].get(itype) or (own.cameo if own else "120"), head
    elif kind == "plan" and inner is not None and attempted(head):
        cameo, trigger = inner.cameo, inner.trigger
    elif kind in ("intent", "plan") and inner is not None:
        conflict = itype in CONFLICT and (kind == "plan" or set(verb_keys(head)) & pats["conflict_intent_verbs"])
        if conflict and wished(head):
            conflict, cameo = False, inner.cameo
        cooperative = itype in pats["intent_code"]
        cameo = threat_code(inner.cameo) if conflict else intent_code(inner.cameo) if cooperative or kind == "intent" else cameo
        trigger, modality = (head if own is not None else inner.trigger), "planned"
    elif kind == "intent" or ((aux_in(head, pats["future_aux"]) or aux_in(ev.verb, pats["future_aux"]))
                              and getattr(subject(ev.verb or head), "pos_", "") in ("NOUN", "PROPN", "PRON", "NUM")):
        modality = "planned"
        if neg and typ in pats["refuse_code"] and kind != "intent":  # "had not offered to": no refusal
            cameo, neg, modality = pats["refuse_code"][typ], False, "actual"
        elif typ in pats["intent_code"] or (typ in CONFLICT and not wished(head)):
            cameo = threat_code(cameo) if typ in CONFLICT else intent_code(cameo)
    if modality != "threatened" and any(
            c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children if m.dep_ == "mark")
            for t in {head, ev.verb or head} for c in t.children):
        modality = "conditional"
    args = inner if inner is not None and (kind or ev == inner) else ev
    actor_tok = None
    if kind and head.pos_ != "ADJ":  # the one who refuses, plans, threatens: "declined X's offer"
        actor_tok = subject(head)
    elif ev.verb is not None:
        actor_tok = subject(ev.verb)
    if actor_tok is None and head.pos_ == "ADJ":
        actor_tok = subject(head.head)
    if actor_tok is None and ev.nominal and ev.verb is None:
        actor_tok = noun_agent(ev.trigger)
    typ = plover(cameo)[0]
    target_tok = target(args.theme, args.verb, typ, actor_tok) or (
        target(ev.theme, ev.verb, typ, actor_tok) if args != ev else None)
    if target_tok is None and actor_tok is not None and typ in pats["reciprocal_types"]:  # "X and Y agreed…"
        target_tok = next((c for c in actor_tok.children if c.dep_ == "conj" and is_participant(c)), None)
    actor = people.describe(actor_tok, "actor")
    if cue is not None and kind is None:  # the source's own speech act
        cue_type = plover(cue[2])[0]
        cameo = threat_code(cameo) if cue_type == "AGREE" and typ in CONFLICT else cue[2]
        if cue_type in ("REQUEST", "ACCUSE") or (cue_type == "THREATEN" and target_tok is None):
            target_tok = actor_tok
        trigger, actor = cue[0], people.describe(cue[1], "actor")
        modality = "threatened" if plover(cameo)[0] == "THREATEN" else modality
    typ, mode = plover(cameo)
    if trigger.i not in inside and ev.verb is not None and ev.verb.i in inside:
        trigger = ev.verb
    first = doc[trigger.i - 2] if trigger.i >= 2 and doc[trigger.i - 1].text == "-" and doc[trigger.i - 2].lower_ == "test" else trigger
    last = doc[trigger.i + 1] if trigger.i + 1 < len(doc) and doc[trigger.i + 1].dep_ == "prt" else trigger  # "round up"
    end = last.idx + len(last.text)
    span = Span(text=text_of(doc)[first.idx:end], start_char=first.idx, end_char=end)
    if typ in CONFLICT and actor is not None and (natural_actor(actor.name) or vehicle(actor_tok)):
        return None
    if cameo.startswith(("151", "152")) and hazard_alert(trigger):
        return None
    tgt = people.describe(target_tok, "target")
    if tgt is not None and actor is not None and (tgt.start_char == actor.start_char or tgt.name == actor.name):
        tgt = None
    return Event(type=typ, mode=mode, cameo=cameo, trigger=span, actor=actor, target=tgt,
                 negated=neg or (unit.label == "denied" and typ != "REJECT"), modality=modality)


def natural_actor(name: str) -> bool:
    """The actor's name has a word of a force of nature (``stance.NATURAL_FORCES``, a plural
    read as its singular): "Cyclones Chido" (VOA 8009719, new-user trial 11: "Malawi … was struck
    by Chido in December", the name resolved to "Cyclones Chido" named before). Weather is no
    actor of a conflict event: PLOVER codes what political actors do, and EM-DAT (CRED) files
    storms and floods as natural hazards."""
    words = re.findall(r"[a-z]+", name.casefold())
    return any(w in NATURAL_FORCES or w.endswith("s") and w[:-1] in NATURAL_FORCES for w in words)


def vehicle(t: Optional[Token]) -> bool:
    """Whether the actor is a vehicle: a vehicle noun (``vehicles``) or a name that moves without
    an object (``vehicle_motion``: "was struck by a Volvo XC90 driving on the wrong side of the
    road", Wikinews 2019-137). A road accident has no political actor (as with
    :func:`natural_actor`); "a man driving a truck" keeps his object and stays a person."""
    pats = lexicon()[1]
    return t is not None and (bool(set(lemmas(t)) & pats["vehicles"]) or any(
        c.dep_ == "acl" and set(lemmas(c)) & pats["vehicle_motion"] and not any(d.dep_ == "dobj" for d in c.children)
        for c in t.children))


def hazard_alert(trigger: Token) -> bool:
    """Whether an alert (CAMEO 151/152, raising police or military alert status) is raised over a
    hazard: a word of disease or weather (``hazard_words``; not a verb: "storm parliament") in
    its sentence ("Barely 48 hours after the World Health Organization declared mpox a global
    health emergency, Nigeria went on high alert Friday", VOA 7746511). A health alert
    mobilises no force."""
    words = lexicon()[1]["hazard_words"]
    return any(t.pos_ != "VERB" and (t.lower_ in words or t.lemma_.lower() in words) for t in trigger.sent)


def code_events(doc: Doc) -> Doc:
    """Set ``unit.event`` on every non-frame unit of ``doc``. A unit whose parse the rules cannot
    follow gets no event rather than failing the article (DESIGN.md: a batch never dies)."""
    people = Participants(doc)
    for unit in doc._.nt_claims or []:
        try:
            unit.event = None if unit.frame else code_unit(doc, unit, people)
        except (KeyError, IndexError, ValueError, TypeError, AttributeError, RecursionError):
            unit.event = None
    return doc


@Language.factory("newstrace_events")
def make_events(nlp: Language, name: str):
    """Factory of the events component (runs after ``newstrace_factuality``)."""
    return code_events
