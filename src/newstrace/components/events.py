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
  cyclone) is none (:func:`natural_actor`). A verbal attack (on a statement, an outlet, a
  named person or organisation, with no word of force) is a criticism (111), not an assault
  (VOA and Wikinews news of the nu7 and nu8 trials; PLOVER GSR type accuracy unchanged at 0.798).
  A threat noun with no one who threatens ("there was a security threat") is a danger, no event;
  a show of strength ("to demonstrate the Quad's naval strength") is CAMEO 150, MOBILIZE. A
  demand noun with no demander ("called the demand 'unprecedented'": buyers' demand) is no
  request, and a verb with an object predicate ("called X Y") no light verb; a fight "for" a
  person or group with no opponent is advocacy, no assault (:func:`advocacy`).
  New-user trials 12 and 13 (VOA, Wikinews, FNC-1 news; PLOVER GSR type accuracy unchanged at
  0.798, actor F1 0.906 -> 0.909, target F1 0.716 -> 0.725): tear gas, rubber bullets or stun
  grenades fired at people are CAMEO 175, violent repression, not a firearms fight; a vehicle
  as actor is a road accident, no event (:func:`vehicle`); an alert raised over a disease or
  the weather is no military alert (:func:`hazard_alert`); "a demonstration of our commitment"
  is a display (:func:`display`); "attended the hearing" and "postponed the order" name no
  event (postponed talks and visits are 160); a relative clause, parsed as one or not ("some of
  whom threw rocks"), gives neither the claim's event nor, under a source's demand, a demand
  (:func:`relative_clause`); "should be seen as" demands nothing (:func:`regarded`).
* CAMEO's own readings (codes 03x, 12x, 13x, 10x): threaten + X → THREATEN; refuse/decline + X →
  REJECT; promise/offer/agree + X → AGREE (vow/pledge + a conflictual X → THREATEN); a planned
  ("will visit", "plans to", "will convene a meeting") cooperative event → AGREE, a planned
  conflictual one → THREATEN, unless wished ("we hope we'll round up the cartels" stays COERCE); a
  negated future cooperative one ("will not resume talks") → REJECT; an attempt ("has been trying
  to seize the town") is the act tried, under way (:func:`attempted`); "X said Y must…" → REQUEST;
  a content whose source's cue is an event verb ("X warned that Y…") → that speech act; a
  warning is a threat only when its content is the source's own act (:func:`source_threatens`).
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
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Token

from newstrace.actors import (PERSONAL, PLURAL, ParticipantResolver, aiming_participle, is_participant, lemmas,
                              lexicon, noun_agent, subject, target, theme_of, verb_keys)
from newstrace.components import ext  # noqa: F401
from newstrace.components.stance import NATURAL_FORCES
from newstrace.records import Event, EventParticipant, Span
from newstrace.units import ClaimUnit, passive, text_of

CONFLICT = ("SANCTION", "COERCE", "ASSAULT", "PROTEST")


def plover(cameo: str) -> tuple[str, Optional[str]]:
    """PLOVER (type, mode) of a CAMEO code (its longest listed prefix). Raises KeyError."""
    table = lexicon()[2]
    for n in range(len(cameo), 1, -1):
        if cameo[:n] in table:
            return table[cameo[:n]]
    raise KeyError(cameo)


@dataclass
class Found:
    """A coded predicate: ``trigger`` names it, ``verb`` anchors its clause, ``theme`` is its
    object or patient, ``nominal`` when the event is a noun."""

    cameo: str
    trigger: Token
    verb: Optional[Token]
    theme: Optional[Token] = None
    nominal: bool = False


def mods(noun: Token) -> set[str]:
    """Lemmas of the noun's compound and adjective modifiers ("missile testing site")."""
    out, todo = set(), [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
    while todo:
        t = todo.pop()
        out.update(lemmas(t))
        todo.extend(c for c in t.children if c.dep_ in ("compound", "amod", "npadvmod"))
    return out


def heads_of(noun: Token) -> list[Token]:
    """The noun, what "of" leads to after a quantity or carrier ("tons of aid", "state of
    emergency"), and its conjuncts."""
    out = [noun]
    if noun.lemma_.lower() in lexicon()[1]["of_heads"]:
        out += [g for c in noun.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return out + [c for t in out for c in t.children if c.dep_ == "conj"]


def in_class(noun: Optional[Token], cls: Optional[str]) -> bool:
    """Whether an object belongs to an object class of ``events_patterns.json`` by its head (or
    what "of" leads to) or, when it names no event itself, by a modifier ("missile testing site",
    not "drone strikes")."""
    if noun is None:
        return False
    words = lexicon()[1]["object_classes"][cls] if cls else None
    return cls is None or any(set(lemmas(n)) & words or (mods(n) & words and noun_code(n) is None)
                              for n in heads_of(noun))


def resolve_ordinal(n: Token) -> Token:
    """"the first" (an ordinal standing for a noun named before) → that event noun."""
    if n.lower_ in lexicon()[1]["ordinals"]:
        return next((t for t in reversed(n.doc[n.sent.start:n.i]) if noun_code(t)), n)
    return n


def noun_event(n: Token, light: Optional[Token] = None) -> Optional[tuple[str, Token]]:
    """(CAMEO code, event noun) of a noun naming an event ("hunger strike", "talks"), through a
    quantity or carrier head ("tons of aid", "a mediation effort", "an attempt to kill"), or None."""
    triggers, pats, _ = lexicon()
    if n.pos_ != "NOUN" or display(n):
        return None
    for h in heads_of(n)[:2]:
        m = mods(h)
        if "strike" in lemmas(h):
            code = next((c for c, words in pats["strike_modifiers"].items() if m & set(words)), None)
            if code or (light is not None and set(verb_keys(light)) & pats["protest_light_verbs"]):
                return code or "143", h
        for lem in lemmas(h):
            hit = next((triggers[(f"{x}_{lem}", "NOUN")] for x in sorted(m) if (f"{x}_{lem}", "NOUN") in triggers), None)
            hit = hit or triggers.get((lem, "NOUN"))
            if hit and not unowned_threat(h, hit[0], light):
                return hit[0], h
        if h.lemma_.lower() in pats["carrier_heads"]:
            for c in h.children:
                f = code_token(c) if c.dep_ == "compound" or (c.dep_ == "acl" and c.tag_ in ("VB", "VBG")) else None
                if f is not None:
                    return f.cameo, (c if c.dep_ == "acl" else h)
    return None


def display(n: Token) -> bool:
    """Whether a protest noun (``display_nouns``) names a display of something, no protest: "of"
    and a thing, not a person or group ("This is a demonstration of our commitment to using those
    instruments", VOA 6206085: a show of resolve; CAMEO 141 is people demonstrating or rallying,
    "a demonstration of farmers" stays one)."""
    return n.lemma_.lower() in lexicon()[1]["display_nouns"] and any(
        g.dep_ == "pobj" and not is_participant(g) for c in n.children if c.lower_ == "of" for g in c.children)


def unowned_threat(n: Token, cameo: str, light: Optional[Token]) -> bool:
    """Whether a threat or demand noun (CAMEO 13x, 10x) names no one who threatens or demands:
    no light verb ("issued a threat", "made demands"), possessor, "by"/"from" agent or national
    modifier. "there was a security threat" (VOA 2025-03-14), "real threat of part of the
    building collapsing" (Wikinews 2019) are a danger, no event; "called the demand
    'unprecedented'" (Wikinews 2020-03-13, toilet paper sales; new-user trial 10) is buyers'
    demand, no request."""
    return cameo.startswith(("13", "10")) and light is None and noun_agent(n) is None and not any(
        c.dep_ == "prep" and c.lower_ == "from" for c in n.children)


def noun_code(n: Token, light: Optional[Token] = None) -> Optional[str]:
    """CAMEO code of an event noun, or None (see :func:`noun_event`)."""
    hit = noun_event(n, light)
    return hit[0] if hit else None


def verb_code(v: Token, theme: Optional[Token]) -> Optional[Found]:
    """Code a verb by its object and preposition patterns, as a light verb, or alone."""
    triggers, pats, _ = lexicon()
    keys = verb_keys(v)
    if verbal_attack(v, theme):
        return Found(pats["verbal_attack"]["cameo"], v, v, theme)
    if advocacy(v, theme):
        return None
    for p in object_patterns(v, theme):
        if not (p.get("only_without_target") and aimed(v, theme)):
            return Found(p["cameo"], v, v, theme) if p["cameo"] else None
    for p in pats["verb_prep"]:
        if set(keys) & set(p["verbs"]) and any(
                c.dep_ in ("prep", "dative") and c.lower_ in p["prep"] and in_class(g, p["object"])
                for c in v.children for g in c.children if g.dep_ == "pobj"):
            return Found(p["cameo"], v, v, theme) if p["cameo"] else None
    prt = [f"{v.lemma_.lower()}_{c.lower_}" for c in v.children if c.dep_ == "prt"]
    naming = any(c.dep_ == "oprd" for c in v.children)  # "called the demand unprecedented": no light verb
    if theme is not None and not naming and set(prt or lemmas(v)) & pats["light_verbs"]:
        noun = resolve_ordinal(theme)
        hit = noun_event(noun, v)
        if hit:
            return Found(hit[0], hit[1], v, hit[1], nominal=True) if noun == theme else Found(hit[0], v, v, theme, nominal=True)
    for k in keys:
        hit = triggers.get((k, "VERB"))
        if hit and needs_ok(v, theme, hit[1]):
            return Found(hit[0], v, v, theme)
    return None


def object_patterns(v: Token, theme: Optional[Token]) -> list[dict]:
    """The ``verb_object`` patterns of ``events_patterns.json`` that verb ``v`` with object
    ``theme`` matches, in the file's order."""
    keys = set(verb_keys(v))
    return [p for p in lexicon()[1]["verb_object"] if keys & set(p["verbs"]) and in_class(theme, p["object"])]


def verbal_attack(v: Token, theme: Optional[Token]) -> bool:
    """Whether "attack" is a criticism (CAMEO 111), not an assault: its object is a statement or
    decision ("attacked the proclamation"), a news outlet (``media``) or a named person or
    organisation, and no word of force (``force_words``: troops, weapons, killing, armed
    attackers) is in the verb's clause. "Trump also attacked The Wall Street Journal newspaper …
    for refusing to support his tariff plans" (VOA 2025-03-13, nu8 trial) is 111."""
    rule = lexicon()[1]["verbal_attack"]
    if theme is None or not set(verb_keys(v)) & set(rule["verbs"]):
        return False
    outlet = any(in_class(theme, c) for c in rule["objects"]) or theme.ent_type_ in rule["entities"]
    return outlet and not any(set(lemmas(t)) & set(rule["force_words"]) for t in v.subtree)


def advocacy(v: Token, theme: Optional[Token]) -> bool:
    """Whether a fight (``advocacy_verbs``) is a campaign for someone's cause, no assault: a
    person or group after "for" and no opponent (no object, no "against" / "with" phrase). "we
    were not fighting for Makeda alone but all other children who are turned back from school"
    (VOA, a lawyer on a court case; new-user trial 10); not "fought rebels for control of the
    town"."""
    if theme is not None or not set(verb_keys(v)) & lexicon()[1]["advocacy_verbs"]:
        return False
    preps = {c.lower_: [g for g in c.children if g.dep_ == "pobj"] for c in v.children if c.dep_ == "prep"}
    return not {"against", "with"} & preps.keys() and any(is_participant(g) for g in preps.get("for", []))


def aimed(v: Token, theme: Token) -> bool:
    """Whether the launch or firing ``v`` of the weapon ``theme`` names a target: a preposition
    of aim ("fired missiles at X"; "into Israel", "in Syria"; "into the sea", "off its east coast"
    name none), or a participle of aiming on the weapon (``aiming_verbs``: "launched missiles
    targeting US troops", Wikinews 2020-01-08, Iran's strike on US bases in Iraq, which PLOVER
    codes ASSAULT, not the MOBILIZE of a test)."""
    heads = heads_of(theme)
    if any(aiming_participle(t) is not None for t in heads):
        return True
    return any(g.ent_type_ not in ("DATE", "TIME") and (c.lower_ in ("at", "on", "against", "toward", "towards")
                                                         or (is_participant(g) and g.ent_type_ not in ("GPE", "LOC", "FAC"))
                                                         or (c.lower_ in ("into", "in") and g.ent_type_ == "GPE"))
               for t in [v, *heads] for c in t.children if c.dep_ == "prep"
               for g in c.children if g.dep_ == "pobj")


def needs_ok(v: Token, theme: Optional[Token], needs: str) -> bool:
    """Whether a verb has what its lexicon entry needs: an object ("obj"), a person, group or
    place as object or with/to phrase ("who"), a group or place as object, never a person
    ("group": one recognizes a state, not a face), an infinitive ("xcomp"), neither an object
    nor a clause ("noobj": "Up to 100 ethnic Albanians demonstrated on Tuesday", PLOVER gold
    PROTEST; not "The arbitrary and secret shuttling of people … demonstrates a complete
    disregard for human dignity", VOA 8010057, a verb of showing: new-user trial 16)."""
    if needs == "obj":
        return theme is not None
    if needs == "noobj":
        return theme is None and not any(c.dep_ in ("ccomp", "dobj") for c in v.children)
    if needs == "group":  # "recognized Kosovo", "recognized the Taliban government"; not "recognized her"
        return is_participant(theme) and theme.ent_type_ != "PERSON" and PERSONAL.get(theme.lower_) != "PERSON"
    if needs == "who":  # "met Kim", "met with Kim", "the two met"; not "met with success"
        objs = [g for c in v.children if c.lower_ in ("with", "to") for g in c.children if g.dep_ == "pobj"]
        return is_participant(theme) or any(is_participant(g) for g in objs) or (theme is None and not objs)
    return needs != "xcomp" or any(c.dep_ == "xcomp" for c in v.children)


def code_token(t: Token) -> Optional[Found]:
    """Code a predicate token: a verb, the gerund of a misparsed "test-firing missiles", a noun."""
    if t.pos_ in ("NOUN", "PROPN"):
        gerund = next((c for c in t.children if c.dep_ == "amod" and c.tag_ == "VBG"), None)
        found = verb_code(gerund, t) if gerund is not None else None
        code = noun_code(t)
        return found or (Found(code, t, None, t, nominal=True) if code else None)
    return verb_code(t, theme_of(t)) if t.pos_ in ("VERB", "AUX") else None


def embedded(v: Token, inside: set[int]) -> Optional[Found]:
    """The event an uncoded or governing head passes to (see the module docstring)."""
    kids = [c for c in v.children if c.i in inside]
    for c in kids:
        uncoded = c.dep_ == "dobj" and any(p["cameo"] is None for p in object_patterns(v, c)[:1])
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and not uncoded and (code := noun_code(c)):
            return Found(code, c, None, c, nominal=True)  # not "attended the hearing": a pattern with no code
    for c in kids:
        marked = any(m.dep_ == "mark" for m in c.children)
        if c.dep_ == "advcl" and relative_clause(c):
            continue
        if c.dep_ in ("xcomp", "ccomp", "acomp") or (c.dep_ == "advcl" and not marked):
            if (f := code_token(c)) or (c.dep_ == "acomp" and (f := embedded(c, inside))):
                return f
        if c.dep_ == "dobj" and c.lemma_.lower() in lexicon()[1]["carrier_heads"]:
            act = next((t for t in c.subtree if t.dep_ == "acl" and t.tag_ == "VBG" and t.i in inside), None)
            if act is not None and (f := code_token(act)):
                return replace(f, verb=v)  # "posted a message … blaming Iran": the poster blames
        if c.dep_ == "prep" and c.lower_ in ("by", "to", "for", "in", "of"):
            obj = next((g for g in c.children if g.dep_ in ("pcomp", "pobj")), None)
            if obj is not None and (obj.dep_ == "pcomp" or (c.lower_ not in ("by", "of") and kind_of(v))) and (f := code_token(obj)):
                return f
    return None


def relative_clause(v: Token) -> bool:
    """Whether the clause of ``v`` is a relative clause, parsed as one or not: its subject is a
    relative pronoun or a part "of" one ("demonstrators, some of whom threw rocks at police", VOA
    6205674, parsed as an adverbial clause). It describes a participant: its act is not the
    claim's event."""
    subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    words = subjects + [g for c in subjects for p in c.children if p.lower_ == "of" for g in p.children]
    return v.dep_ == "relcl" or any(t.tag_ in ("WP", "WDT") for t in words)  # "who", "some of whom"


def kind_of(v: Token) -> Optional[str]:
    """"threat", "refuse", "intent" or "plan" for a governing verb or adjective, else None."""
    pats, keys = lexicon()[1], set(verb_keys(v))
    for kind, cls in (("threat", "threat_verbs"), ("refuse", "refuse_verbs"), ("intent", "intent_verbs"),
                      ("plan", "plan_verbs"), ("refuse", "refuse_adjectives"), ("intent", "intent_adjectives")):
        if keys & pats[cls] and (v.pos_ == "ADJ") == cls.endswith("adjectives"):
            return kind
    return None


def intent_code(cameo: str) -> str:
    """CAMEO 03x code of an intent to do ``cameo`` (cooperative)."""
    pats = lexicon()[1]
    return pats["intent_code_by_cameo"].get(cameo) or pats["intent_code"].get(plover(cameo)[0], "030")


def threat_code(cameo: Optional[str]) -> str:
    """CAMEO 13x code of a threat to do ``cameo`` (conflictual), "130" when unknown."""
    pats = lexicon()[1]
    if cameo is None:
        return "130"
    return pats["threat_code_by_cameo"].get(cameo) or pats["threat_code"].get(plover(cameo)[0], "130")


def negated(t: Optional[Token]) -> bool:
    """Whether ``t`` carries a negation ("not", "n't", "never"), or its subject or object the
    negative determiner "no" ("no other country had offered to take in the Uyghurs", VOA
    2025-03-11: nobody offered)."""
    return t is not None and any(
        c.dep_ == "neg" or (c.lower_ == "never" and c.dep_ == "advmod")
        or (c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
        for c in t.children)


def aux_in(t: Optional[Token], words) -> bool:
    """Whether ``t`` has an auxiliary among ``words`` ("will", "must")."""
    return t is not None and any(c.dep_ == "aux" and c.lower_ in words for c in t.children)


def cue_event(doc: Doc, unit: ClaimUnit, head: Token, people: "Participants") -> Optional[tuple[Token, Token, str]]:
    """(cue verb, source head, CAMEO code) when the unit's immediate source speaks through an
    event verb that governs the unit ("X warned that…") or demands ("X said Y must…"); a threat
    cue only when the source threatens (:func:`source_threatens`)."""
    pats = lexicon()[1]
    link = unit.chain[-1] if unit.chain else None
    if link is None or link.cue is None:
        return None
    cue = [t for t in doc.char_span(*link.cue, alignment_mode="expand") or [] if t.pos_ == "VERB"]
    src = doc.char_span(link.start_char, link.end_char, alignment_mode="expand")
    if not cue or src is None or not len(src) or cue[-1] not in head.ancestors:
        return None
    if any(relative_clause(t) for t in [head, *head.ancestors] if cue[-1] in t.ancestors):
        return None  # "insists that the budget include funding for the wall, which was one of his promises"
    code = pats["cue_events"].get(link.cue_lemma or "")
    if code and code.startswith("13") and not source_threatens(head, src, people):
        code = None
    return (cue[-1], src.root, "100") if aux_in(head, pats["must_modals"]) and not regarded(head) else (
        (cue[-1], src.root, code) if code else None)


def regarded(v: Token) -> bool:
    """Whether ``v`` is a passive verb of regarding (``regard_verbs``: "It should be seen as a
    clear signal", VOA 6206085): "should" there gives the speaker's reading of an act, no demand
    that anyone act (CAMEO 10x demands an action of a target)."""
    return passive(v) and bool(set(lemmas(v)) & lexicon()[1]["regard_verbs"])


def source_threatens(head: Token, src, people: "Participants") -> bool:
    """Whether a warning's content is an act of its source, a threat (CAMEO 13x): the content's
    subject is the source itself ("Iran warned that it would retaliate") or a first person, its
    act has no named doer (a passive: "warned that protesters would be punished"), or it is
    conditional ("warned that if…"). "Ochieng warns that countries … could become future
    targets for IS Sahel militants" (VOA 2025, new-user trial 10) warns of a danger: no threat."""
    subj = subject(head)
    if subj is None or any(m.lower_ in ("if", "unless") for c in head.children if c.dep_ == "advcl"
                           for m in c.children if m.dep_ == "mark"):
        return True
    if subj.lower_ in ("i", "we"):
        return True
    ante = people.people.antecedent(subj) if subj.pos_ == "PRON" else subj
    return ante is not None and (src.start <= ante.i < src.end or ante.lower_ == src.root.lower_)


_NAMED = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT")
_NUMERIC = ("CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL")


def time_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens that say when, not who: the article's time expressions
    (``doc._.nt_times``), spaCy's DATE / TIME entities, and weekday, month and calendar-unit
    words ("Tuesday", "March", "week") outside a name ("Fridays for Future", "Theresa May")."""
    words = lexicon()[1]["time_words"]
    out = {t.i for t in doc if t.ent_type_ in ("DATE", "TIME")}
    out.update(t.i for t in doc if t.lower_ in words and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in _NAMED)
    for t in doc._.nt_times or []:
        sp = doc.char_span(t.start_char, t.end_char, alignment_mode="expand")
        out.update(tok.i for tok in sp or [] if tok.pos_ not in ("ADP", "SCONJ", "PUNCT"))
    return frozenset(out)


def wished(v: Token) -> bool:
    """Whether ``v`` is, or is the complement of, a verb of wishing ("We hope we'll round up the
    cartels", VOA 2025-03-09). A wish threatens no one: a wished conflictual act keeps its own
    code (COERCE 173), where a plan or a bare "will" makes it a threat (13x)."""
    wish = lexicon()[1]["wish_verbs"]
    return bool(set(verb_keys(v)) & wish) or (v.dep_ in ("ccomp", "xcomp") and bool(set(verb_keys(v.head)) & wish))


def attempted(v: Token) -> bool:
    """Whether ``v`` is a verb of attempt (``attempt_verbs``: "has been trying to seize the town",
    FNC-1 body 219) with an infinitive and no future auxiliary. CAMEO codes an attempt as an act
    of the kind tried (185 "attempt to assassinate" is an ASSAULT, CAMEO2PLOVER-2021), neither a
    threat (13x) nor an intent (03x): the attempt is under way."""
    pats = lexicon()[1]
    return bool(set(verb_keys(v)) & pats["attempt_verbs"]) and not aux_in(v, pats["future_aux"]) and any(
        c.dep_ == "xcomp" for c in v.children)  # "seeking assistance from Russia" asks for it


def expletive(t: Token) -> bool:
    """"it" as a dummy subject: "It was a mistake to support…", "it is too big to put out"."""
    if t.lower_ != "it":
        return False
    if t.dep_ == "expl":
        return True
    h = t.head
    preds = [h] + [c for c in h.children if c.dep_ in ("acomp", "attr")]
    return t.dep_ in ("nsubj", "nsubjpass") and h.lemma_ in ("be", "seem", "appear", "become", "remain") and any(
        c.dep_ in ("xcomp", "ccomp", "csubj") and c.i > t.i for p in preds for c in p.children)


class Participants:
    """Who may be an actor or target (CONVENTIONS.md "Events"): a name or a noun phrase for a
    person, group, organisation, country or thing acted upon, never a time ("Tuesday's attack",
    "suspended by March 13", "extended by two weeks"), a bare number ("1,217 pledged delegates"),
    a pronoun the article does not resolve ("it", "this", "we") or an expletive "it"; a "they"
    actor must stand for people, not things ("they" → "weeks"). A phrase that runs on into a time
    loses it ("Malawi's High Court on Jan. 14" → "Malawi's High Court", "Saturday Sirhan Sirhan"
    → "Sirhan Sirhan")."""

    def __init__(self, doc: Doc):
        self.doc, self.people, self.times = doc, ParticipantResolver(doc), time_tokens(doc)

    def _bare_number(self, t: Token) -> bool:
        if not (t.pos_ == "NUM" or t.ent_type_ in _NUMERIC or t.like_num):
            return False
        return not any(g.dep_ == "pobj" and is_participant(g) for c in t.children if c.lower_ == "of" for g in c.children)

    def head_ok(self, t: Optional[Token], role: str) -> bool:
        """Whether the head token ``t`` may fill ``role`` (``actor`` or ``target``)."""
        if t is None or t.i in self.times or self._bare_number(t) or expletive(t):
            return False
        if t.pos_ != "PRON":
            return True
        low = t.lower_
        ante = self.people.antecedent(t) if (low in PERSONAL or low in PLURAL) else None
        if ante is None or ante.i == t.i or ante.pos_ == "PRON":
            return False
        if ante.i in self.times or self._bare_number(ante):
            return False
        return role != "actor" or low not in PLURAL or is_participant(ante) or any(
            is_participant(g) for c in ante.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj")

    def describe(self, t: Optional[Token], role: str) -> Optional[EventParticipant]:
        """The participant headed by ``t``, or None when it may not fill ``role``."""
        if not self.head_ok(t, role):
            return None
        return self.trim(self.people.describe(t), t)

    def trim(self, p: EventParticipant, head: Token) -> EventParticipant:
        """``p`` without a time its phrase runs into, before or after its head."""
        span = self.doc.char_span(p.start_char, p.end_char, alignment_mode="expand")
        if span is None or head.i not in range(span.start, span.end) or not any(t.i in self.times for t in span):
            return p
        lo, hi = span.start, span.end
        for t in span:
            if t.i not in self.times:
                continue
            top = t  # the child of the head whose subtree holds the time
            while top.head.i != head.i and top.head.i != top.i and span.start <= top.head.i < span.end:
                top = top.head
            if top.head.i != head.i:
                top = t
            if t.i < head.i:
                lo = max(lo, top.right_edge.i + 1)
            else:
                hi = min(hi, top.left_edge.i)
        toks = [t for t in self.doc[lo:hi] if lo <= t.i < hi]
        while toks and (toks[-1].is_punct or toks[-1].dep_ in ("cc", "case") or toks[-1].is_space):
            toks.pop()
        while toks and (toks[0].is_punct or toks[0].tag_ == "POS" or toks[0].is_space):
            toks.pop(0)
        if not toks or head.i not in {t.i for t in toks}:
            return p
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        text = text_of(self.doc)[start:end]
        name = text if p.name == p.text else p.name
        return p.model_copy(update={"text": text, "start_char": start, "end_char": end, "name": name})


def code_unit(doc: Doc, unit: ClaimUnit, people: Participants) -> Optional[Event]:
    """The Event of one claim unit, or None (rules in the module docstring)."""
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
