"""Where the clause that a temporal expression modifies lies in time (:func:`_tense`), which
places an underspecified weekday, month, month-day or holiday, as in HeidelTime's news-document
rules (Strötgen & Gertz 2013, tense-based anchoring to the document creation time), and the verb
above the expression (:func:`_governor`, which also decides its ``anchor``). From the dependency
parse: the nearest verb above the expression, its auxiliaries and tag, climbing through
infinitives and participles:

* future — the next occurrence (weekdays strictly after the publication day, months and days
  from the publication month or day on): "will" / "shall" / "is going to" and the modals of
  possibility and obligation ("may", "must", "can", "should"); a present-tense or present-perfect
  plan predicate ("plans to", "is scheduled for", "has been planned", "is due to", "is to be
  sentenced", ``lexicons/times.json``); an infinitival relative ("the election to be held on");
  a present tense on the expression's own verb ("the ban starts in March", "remain in place until
  March", "has until Feb. 4 to appeal"), unless it is a speech verb ("says") or a perfect;
* near — whichever occurrence is closer to the publication date (the later on a tie): future
  in the past ("would", "could", "was due to", "was scheduled for", "the debate, scheduled
  for"), a noun modified as planned ("an expected arrival of March 26"), "until" after a past action that is not a state ("extended its order until May 1",
  not "was envoy until December"), a plan predicate above a noun ("is scheduled to continue
  with the caucuses on February 22");
* past — the latest occurrence on or before the publication date: everything else, and always
  "since", "back in" and a time on a speech act ("said Sunday", "speaking on Monday").

A time that modifies a noun ("at Friday's meeting") takes its tense from the verb above only
through a future auxiliary or a plan; a present tense in a temporal clause ("as they march
Thursday", "when he arrives on Tuesday") takes the main clause's; a temporal participle of another clause ("Encouraged by
... in January, leaders are going all out") does not take a present tense from it. "last" /
"next" force the direction (:func:`.dates._relative`).

Input: a span of a Doc parsed by the English pipeline (tagger, parser); output: ``past``,
``near`` or ``future`` (:func:`_tense`), or a token (:func:`_governor`). Word lists:
``lexicons/times.json`` (plan predicates and adjectives, planned modifiers, durative predicates)
and the cue lexicon's neutral reporting verbs. Sets nothing.
"""
from __future__ import annotations

from spacy.tokens import Span

from newstrace.components.times.words import _LEX, _PREPS, _REPORT

_FUT_PRED = set(_LEX["future_predicates"])
_FUT_ADJ = set(_LEX["future_adjectives"])
_PLANNED = set(_LEX["planned_modifiers"])
_TEMPORAL_MARKS = {"as", "while", "when", "whenever", "after", "before", "once", "until", "till"}
_SPEECH = (_REPORT - _FUT_PRED) | {"speak", "talk"}  # a time on the speech act itself is past
_DURATIVE = set(_LEX["durative_predicates"])
_FUT_AUX = {"will", "'ll", "’ll", "shall", "wo", "can", "ca", "may", "might", "must", "should",
            "ought"}
_NEAR_AUX = {"would", "could", "'d", "’d"}
_HAVE = {"have", "has", "had", "'ve", "’ve"}
_PRESENT = {"is", "are", "am", "'s", "’s", "'re", "’re", "has", "have", "'ve", "’ve", "do", "does"}
_PAST = {"was", "were", "had", "did"}


def _governor(span: Span):
    """The nearest verb above ``span`` (the sentence root when there is none); a bare day right
    after a reporting verb belongs to it ("said Sunday Israel will ...")."""
    doc = span.doc
    if span.start > 0 and span[0].lower_ not in _PREPS and doc[span.start - 1].lemma_ in _REPORT \
            and doc[span.start - 1].pos_ == "VERB":
        return doc[span.start - 1]
    tok = span.root
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _nominal(span: Span, verb) -> bool:
    """True when ``span`` modifies a noun on its way up to ``verb`` ("Friday's meeting", "the
    report in March") rather than the verb itself ("met on Friday", "said Monday")."""
    tok = span.root
    while tok.i != verb.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.i != verb.i and tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return True
    return False


def _planned_noun(span: Span, verb) -> bool:
    """True when a noun between ``span`` and ``verb`` is modified as planned or expected ("an
    expected arrival of March 26", "the scheduled vote on Friday"): the time is the plan's,
    not the verb's (new-user trial, VOA 2025-03-14: "reporting its destination as Bandar Abbas
    with an expected arrival of March 26" was dated 2024)."""
    tok = span.root
    while tok.i != verb.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "amod" and c.lower_ in _PLANNED
                                                 for c in tok.children):
            return True
    return False


def _tense(span: Span) -> str:
    """Where the clause that ``span`` modifies lies in time: ``past``, ``future`` or ``near``
    (either side of the publication date: "would", past-tense plans, "until" after a past
    action); rules in the module docstring."""
    verb = _governor(span)
    nominal = _nominal(span, verb)
    prep = span[0].lower_ if span[0].lower_ in _PREPS else None
    if prep == "since" or (span.start > 0 and span.doc[span.start - 1].lower_ == "back"):
        return "past"  # "since March", "back in February"
    if nominal and _planned_noun(span, verb):
        return "near"  # "with an expected arrival of March 26"
    prospective = False  # the clause is the complement of a plan ("due to meet", "to be held")
    direct = not nominal  # ``span`` modifies ``verb`` itself
    for _ in range(12):
        aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
        finite = [a for a in aux if a != "to"]
        perfect = any(a in _HAVE for a in finite)
        if verb.dep_ == "xcomp" and verb.head.lower_ == "going":  # "is going to resign"
            return "future"
        if any(a in _FUT_AUX for a in finite):  # "will start on Monday", "may cause ... by August"
            return "past" if perfect else "future"
        if any(a in _NEAR_AUX for a in finite):  # "would be out by September 11"
            return "past" if perfect else "near"
        present = verb.tag_ in ("VBZ", "VBP") or any(a in _PRESENT for a in finite)
        past = verb.tag_ == "VBD" or any(a in _PAST for a in finite)
        plan = verb.lemma_ in _FUT_PRED or any(
            c.dep_ in ("acomp", "attr") and c.lemma_ in _FUT_ADJ for c in verb.children)
        if direct and plan and past:  # "was scheduled for Monday", not "pledged on Wednesday"
            plan = any(c.dep_ == "auxpass" for c in verb.children) or verb.lemma_ == "be"
        if direct and verb.lemma_ in _SPEECH and verb.tag_ != "VB" and not (present and verb.tag_ == "VBG"):
            return "past"  # "said Sunday", "speaking on Monday", "told reporters Friday"
        temporal = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TEMPORAL_MARKS
                                                for c in verb.children)
        if present and not plan and temporal and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "chanted as they march in Khartoum Thursday": the main clause's time
            continue
        if present or past:
            if nominal and plan and not prospective:  # "is scheduled to continue with the caucuses on February 22"
                return "near"
            if plan or prospective:  # "is scheduled for", "has been planned", "was due to"
                return "future" if present else "near"
            if present and direct and verb.lemma_ not in _REPORT and not (perfect and verb.tag_ == "VBN"):
                return "future"  # "meet again on Tuesday", "has until Feb. 4", "is visiting on Monday"
            if past and prep in ("until", "till") and verb.lemma_ not in _DURATIVE:
                return "near"  # "extended its order until May 1"
            return "past"
        head = verb.head
        passive_inf = "to" in aux and ("be" in aux or verb.lemma_ == "be")
        if head.i == verb.i:  # a headline without a finite verb ("Masks to be mandatory from June 15")
            return "near" if prospective or passive_inf else "past"
        if "to" in aux and ((verb.dep_ == "xcomp" and head.lemma_ == "be")
                            or (verb.dep_ in ("acl", "relcl") and passive_inf)):
            prospective = True  # "is to present on ...", "the election to be held on August 9"
        elif verb.lemma_ in _FUT_PRED and verb.tag_ == "VBN" and not nominal:
            prospective = True  # "the debate, scheduled for November 20"
        elif verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lemma_ in _FUT_ADJ and not nominal:
            prospective = True  # "is due to meet"
        # "starting in" and an infinitive keep the time on the verb they hang from ("Starting in
        # September, the rules apply", "has until May 1 to appeal"); other clauses do not
        direct = direct and head.pos_ in ("VERB", "AUX") and (
            (verb.tag_ == "VBG" and verb.lemma_ in ("start", "begin"))
            or ("to" in aux and verb.dep_ in ("advcl", "xcomp")))
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            nominal = nominal or head.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            return "near" if prospective else "past"
        verb = head
    return "past"
