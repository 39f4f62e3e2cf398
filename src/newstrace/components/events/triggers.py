"""Event triggers: which verb or noun names an event, and its CAMEO code.

A verb is coded by the ``verb_object`` and ``verb_prep`` patterns of
``lexicons/events_patterns.json`` (tried in the file's order; a pattern with no code names no
event and stops the verb's own coding), as a light verb with an event noun ("carried out a
strike"), or alone (``lexicons/events_triggers.csv``, lemma → CAMEO, with what the verb needs:
an object, a person or group, an infinitive, no object). A noun is coded by itself or its
modifiers ("hunger strike"), through a quantity or carrier head ("tons of aid", "a mediation
effort"). Nouns and verbs call each other (an object class is tested on a noun that may name an
event; a carrier noun passes to the verb of its participle), so both live here.

Input: parsed spaCy tokens. Output: :class:`Found` (CAMEO code, trigger, anchoring verb, theme)
or None; sets nothing. Sources: CAMEO 1.1b3 code descriptions (via CAMEO2PLOVER-2021), and the
cases named in each docstring. Used by :mod:`.governing` and :mod:`.coder`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Token

from newstrace.actors import PERSONAL, aiming_participle, is_participant, lemmas, lexicon, noun_agent, theme_of, verb_keys


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
    organisation, and no word of force (``armed_forces``: troops, militants, armed attackers,
    missiles; ``force_words``: weapons, killing) is in the verb's clause. "Trump also attacked
    The Wall Street Journal newspaper … for refusing to support his tariff plans" (VOA
    2025-03-13, nu8 trial) is 111."""
    pats = lexicon()[1]
    rule = pats["verbal_attack"]
    if theme is None or not set(verb_keys(v)) & set(rule["verbs"]):
        return False
    outlet = any(in_class(theme, c) for c in rule["objects"]) or theme.ent_type_ in rule["entities"]
    force = pats["armed_forces"] | set(rule["force_words"])
    return outlet and not any(set(lemmas(t)) & force for t in v.subtree)


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
