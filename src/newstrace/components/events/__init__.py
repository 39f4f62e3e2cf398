"""Events: the PLOVER 2021 event a claim reports (CONVENTIONS.md "Events").

Reads ``doc._.nt_claims`` after the factuality component; sets ``unit.event`` (a
:class:`~newstrace.records.Event`, or None) on every non-frame unit. A dictionary-and-dependency
coder in the manner of PETRARCH2 (Norris, Schrodt & Beieler 2017), on spaCy's dependency parse:

* Trigger: the head verb (or the gerund of a misparsed "test-firing missiles") by a verb + object
  pattern ("withdrew sanctions" → 085), a verb + preposition pattern ("sent to labour camps" →
  173), a light verb with an event noun ("carried out a strike", passive "the first, held in…"
  with the ordinal read as the event noun before it), the verb alone. A head naming no event
  passes to an event noun among its arguments ("the execution of X shocked…"), then to a coded
  complement inside the unit ("took a train to meet X", "responded by rebuilding…") or a participle
  on a carried message, whose sender is the actor ("posted a message on Twitter blaming Iran"). A pattern
  with no code names no event and stops the verb's own coding: evidence offered, deaths "in the
  crash" (an accident has no actor), "hail from", obligations violated (CAMEO 196 is a ceasefire
  violation), "suspended rescue" (a halted operation), "injured his right ankle" (a hurt body part,
  no attack). A conflict event whose actor is a force of nature ("was struck by Chido", the
  cyclone) is none (:func:`.coder.natural_actor`). A verbal attack (on a statement, an outlet, a
  named person or organisation, with no word of force) is a criticism (111), not an assault
  (VOA and Wikinews news of the nu7 and nu8 trials; PLOVER GSR type accuracy unchanged at 0.798).
  A threat noun with no one who threatens ("there was a security threat") is a danger, no event;
  a show of strength ("to demonstrate the Quad's naval strength") is CAMEO 150, MOBILIZE. A
  demand noun with no demander ("called the demand 'unprecedented'": buyers' demand) is no
  request, and a verb with an object predicate ("called X Y") no light verb; a fight "for" a
  person or group with no opponent is advocacy, no assault (:func:`.triggers.advocacy`).
  New-user trials 12 and 13 (VOA, Wikinews, FNC-1 news; PLOVER GSR type accuracy unchanged at
  0.798, actor F1 0.906 -> 0.909, target F1 0.716 -> 0.725): tear gas, rubber bullets or stun
  grenades fired at people are CAMEO 175, violent repression, not a firearms fight; a vehicle
  as actor is a road accident, no event (:func:`.coder.vehicle`); an alert raised over a disease or
  the weather is no military alert (:func:`.coder.hazard_alert`); "a demonstration of our commitment"
  is a display (:func:`.triggers.display`); "attended the hearing" and "postponed the order" name no
  event (postponed talks and visits are 160); a relative clause, parsed as one or not ("some of
  whom threw rocks"), gives neither the claim's event nor, under a source's demand, a demand
  (:func:`.governing.relative_clause`); "should be seen as" demands nothing (:func:`.speech_acts.regarded`).
* CAMEO's own readings (codes 03x, 12x, 13x, 10x): threaten + X → THREATEN; refuse/decline + X →
  REJECT; promise/offer/agree + X → AGREE (vow/pledge + a conflictual X → THREATEN); a planned
  ("will visit", "plans to", "will convene a meeting") cooperative event → AGREE, a planned
  conflictual one → THREATEN, unless wished ("we hope we'll round up the cartels" stays COERCE); a
  negated future cooperative one ("will not resume talks") → REJECT; an attempt ("has been trying
  to seize the town") is the act tried, under way (:func:`.governing.attempted`); "X said Y must…" → REQUEST;
  a content whose source's cue is an event verb ("X warned that Y…") → that speech act; a
  warning is a threat only when its content is the source's own act (:func:`.speech_acts.source_threatens`).
  The actor of a governing verb of refusal, intent or threat is its subject ("Zelensky declined
  Honcharuk's offer": Zelensky), not the embedded event noun's possessor.
* Actor: the subject, climbing through conjuncts, infinitives, participial and "by" clauses (a
  relative pronoun → its noun; "urged X to" → X); passive → the "by" agent or None; an event noun
  → its possessor, "by" agent or national modifier. Target: the object (passive: the subject);
  for a thing or event noun ("sanctions against X", "a US offer", "an attack by soldiers") its
  against/on/with/to… phrase, the object of a participle of aiming on a weapon ("missiles
  targeting US troops", ``aiming_verbs``; "the sea" names no one and is none), then the verb's,
  a dative, the noun's possessor, agent (not the "by" agent after a light verb: "joined the calls
  by UK officials asking the US": the officials call with the subject) or national modifier, the
  object of a participle on an event noun ("calls … asking the United States"); an
  infinitive's object, a clausal object's or until-clause's subject; for actions on
  a place (protests, curfews, attacks) the place "in" which they happen. Names, countries,
  sectors: :mod:`newstrace.actors`.
* Who may be a participant (:class:`Participants`): never a time (the article's TIMEX3
  expressions, DATE/TIME entities, weekday, month and calendar-unit words), a bare number, an
  unresolved or dummy pronoun, or a "they" actor standing for things; a phrase that runs into a
  time is cut before (or after) it.
* ``negated``: a negation on the trigger or its governing verb, or the author's ``denied``;
  ``modality``: threatened (threaten/warn), conditional (if/unless), planned, else actual.

Lexicons (sources in their headers): ``lexicons/events_triggers.csv`` (lemma → CAMEO),
``events_patterns.json`` (constructions), ``events_cameo2plover.csv`` (CAMEO2PLOVER-2021 table).

Its modules, by kind:

* :mod:`.triggers`: which verb or noun names an event and its CAMEO code (object and preposition
  patterns, light verbs, event nouns, the verbs and nouns that name none), :class:`Found`;
* :mod:`.governing`: a head that governs another event (threat, refusal, intent, plan, wish,
  attempt), the event it passes to, CAMEO's 13x / 03x codes for it, and :func:`plover`, the
  CAMEO2PLOVER-2021 lookup;
* :mod:`.speech_acts`: the source's cue verb as the event ("X warned that…", "X said Y must…");
* :mod:`.participants`: who may be an actor or target (:class:`Participants`);
* :mod:`.coder`: the event of one unit (:func:`code_unit`: type, mode, trigger, actor, target,
  negation, modality; the conflict events that are none) and the component :func:`code_events`
  with its factory :func:`make_events`.

The names below are the ones other modules import (``benchmarks/events.py`` reads
:func:`plover`); the others are imported from their module.
"""
from newstrace.components.events.triggers import Found
from newstrace.components.events.governing import plover
from newstrace.components.events.participants import Participants
from newstrace.components.events.coder import code_events, code_unit, make_events

__all__ = ["Found", "Participants", "code_events", "code_unit", "make_events", "plover"]
