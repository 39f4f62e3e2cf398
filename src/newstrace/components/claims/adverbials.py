"""Adverbial clauses (``advcl``) and absolute "with" clauses that state a fact of their own,
beyond the subordinators that :func:`~newstrace.components.claims.heads.is_unit_head` reads
(a concessive or causal clause states its own fact, a temporal or conditional one restricts its
main clause):

* :func:`quoted_comma_report`: a participle of report or stance set off by a comma inside
  closing quotation marks ("…,” adding that…");
* :func:`judged_passive`: an agentless passive of judging, announcing, knowing or demanding
  (``judged_passives`` of ``lexicons/cues.json``: "as she was announced the winner"), whose
  time or condition clause is a unit of its own and whose participle the factuality stage
  records as the claim's cue;
* ``_temporal_since``: a "since" clause that dates a perfect verb, which stays in its clause;
* :func:`as_act`: an "as" clause in which its subject says or takes a stance ("…, as he urges
  conservatives to unite");
* :func:`hedged_absolute` and :func:`reported_absolute`: an absolute "with" clause that hedges
  its fact ("with some 2,000 civilians reportedly killed") or is its subject's report ("with
  officials reporting…"), through :func:`absolute_subject` and :func:`relay_hedged`.

Input: tokens of a parsed spaCy Doc and the cue lexicon; output: booleans, a class name or a
token; sets nothing. Counts: PolNeAR train without its held-out fifth and the fifth, FNC-1 and
Wikinews stories of new-user trials, as each docstring says.
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.components.claims.reports import is_reporting, report_or_stance, VERBAL
from newstrace.lexicons import cue_classes, cues


def quoted_comma_report(tok: Token) -> bool:
    """A participle of report or stance set off by a comma that the quotation before it closed
    over (``…,'' accusing it of…``, ``…,” adding that…``: American style puts the comma inside the
    quotation marks): a report of its own, like a participle after a bare comma. PolNeAR train
    without its held-out fifth: such a participle (a verb of ``report_neutral`` or
    ``stance_verbs``) after a gold content lies outside that content and is its own gold cue 26
    times in 34; other verbs there only 0 of 13, so they stay in their clause. Held-out fifth:
    attribution F1 0.761 -> 0.762 (matched 2418 -> 2420 of 3532), content partial F1 0.726,
    cue F1 0.761 (matched 2401 -> 2403), source accuracy 0.913 (correct 2116 -> 2118)."""
    i = tok.left_edge.i - 1
    if i < 1 or not tok.doc[i].is_quote or tok.doc[i - 1].text != ",":
        return False
    return tok.pos_ in VERBAL and report_or_stance(tok.lemma_.lower())


def judged_passive(verb: Token) -> str | None:
    """The class (``judging``, ``announcing``, ``knowing``, ``demanding``) of ``verb`` when it is
    an agentless passive of the ``judged_passives`` of ``lexicons/cues.json`` ("Mr. Sanders is
    seen as empowering regular voters", "The walk-off is considered one of the largest in company
    history", "On Thursday, the dissolution of the club was announced", "The list of wishes was
    widely known", "States were required to test students…"), else None. Signs: a participle (tag
    VBN) with an ``auxpass`` (or the ``acomp`` of "be") and no ``agent``, with the word its entry names after it ("see as":
    a prepositional "as"; "require to": an infinitive), not "known to" a person ("is known to
    police" names who knows), nor a dummy "it" with a that-clause ("it was revealed that X": X is
    what is revealed, a claim of its own). People not named judge, announce, know or demand what
    the clause says: the factuality component records the participle as the claim's cue
    (``reported`` for judging and announcing, ``asserted`` for knowing and demanding), and a time
    or condition clause on it is a claim of its own (:func:`~.heads.is_unit_head`). Moved from the PolNeAR
    adapter's text patterns (sessions 27-30, ``scoring.sourceless.JUDGED_PASSIVES``), which PolNeAR
    annotates as an attribution with no source, cue the passive. PolNeAR train without its
    held-out fifth (both learned models fitted without it), every attribution with no source
    whose cue holds such a participle (not "expected/reported to", 60 of 66, an older rule): a
    gold cue 91 times in 115 (the text patterns before: 91 in 115): seen 13/17, viewed 4/4,
    regarded 1/2, billed, portrayed, identified 1/1 each, considered 7/10, deemed 2/2, projected
    3/3, expected 2/2, reported 4/6, named 5/7, announced 5/7, known 20/25 (with "known as/for"),
    recognized 3/3, revealed 2/3, shown 6/7, challenged 2/3, intended 4/6, requested 2/2,
    required 3/3. A time or condition clause on one (on the parse): 12 clauses, the participle a
    gold cue 9 times ("as she was announced the winner", "Even before the identities … were
    known"; not "once the report was revealed to be a hoax"). Held-out fifth, with
    ``scoring.starts._sourceless_start``'s subordinator: attribution F1 0.7727 -> 0.7733 (matched 2485 ->
    2489 of system 2900 -> 2905), content partial F1 0.7369 -> 0.7375, cue F1 0.7725 -> 0.7731,
    source accuracy 0.9143 -> 0.9139."""
    kids = list(verb.children)
    passive = any(c.dep_ == "auxpass" for c in kids) or verb.dep_ == "acomp" and verb.head.lemma_ == "be"
    if verb.tag_ != "VBN" or not passive or any(c.dep_ == "agent" for c in kids):
        return None  # "is well known among…": the parser makes the participle the copula's acomp
    if any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in kids) and any(c.dep_ == "ccomp" for c in kids):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "to" and c.i == verb.i + 1 for c in kids):
        return None  # "is known to police": the one who knows is named
    lemma = verb.lemma_.lower()
    for cls, entries in cue_classes("judged_passives").items():
        for entry in entries:
            word, _, follow = entry.partition(" ")
            if word == lemma and (not follow or _followed_by(verb, follow)):
                return cls
    return None


def _followed_by(verb: Token, word: str) -> bool:
    """Whether ``verb`` has the prepositional ``word`` ("as") among its dependants or right after
    it ("is seen as far more capable of…", where the parser hangs "as" on the adjective) or, for
    "to", an infinitive (``xcomp`` with "to")."""
    if word == "to":
        return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   for c in verb.children)
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return any(c.dep_ == "prep" and c.lower_ == word for c in verb.children) or nxt is not None and nxt.lower_ == word


def _temporal_since(tok: Token) -> bool:
    """A "since" clause that dates the perfect verb it hangs on ("has become noticeably
    overweight since he came to power", FNC-1 body 63, new-user trial 9, was a claim of its own
    "since he came to power"): a temporal clause, which restricts its main clause like "until",
    not a causal one. PolNeAR train without its held-out fifth: of the 13 gold contents that hold
    such a clause, all 13 hold its main verb too (after any other "since" clause: 27 of 30).
    Held-out fifth, with the gerund-pair rule (:func:`~.conjuncts._shares_complements`) and
    ``parse_repairs.restore_conjoined_clause``: attribution F1 0.764 -> 0.765."""
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in tok.children) and any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in tok.head.children)


def as_act(verb: Token) -> bool:
    """An "as" clause (``advcl``, the marker before the verb) in which its subject (no dummy "it"
    or "there") says or takes a stance toward an object or clause of its own, on a verb of report
    or stance or a verb with a direct object ("effectively acknowledged some plagiarism even as
    he defended Melania Trump and the campaign", "Ted Cruz is highlighting his Iowa win … as he
    urges conservatives to unite behind him", "Even as he accused the Justice Department of
    giving Clinton special treatment, Giuliani wouldn't directly speculate about…"): the
    clause's verb is of :func:`report_or_stance` or the lexicon's ``stance_act_verbs`` and has a
    ``dobj``, ``ccomp`` or ``xcomp`` that is no "it" (for "tell" a ``ccomp`` or ``xcomp``: "as X
    told the AP, “…”" names an addressee and, like "as X puts it" and "as Reuters reported",
    cues the clause it hangs on, ``_Attributor.as_report``); "as" is its only marker, not "as
    if" or "as though", and the verb it hangs on has no "as" of a comparison ("as far as I
    think"). PolNeAR annotates such a clause as an attribution of its own, outside the content
    of the act it hangs on, where the stance pass (which runs only in units with no source) left
    it in that content. PolNeAR train without its held-out fifth: the verb is a gold cue 24
    times in 32 (9 in 16 where it was no cue of ours); held-out fifth: 9 in 10 (3 in 3). On any
    verb (a passive, an intransitive: "Protest is set as Jewish leaders consider…", where the
    stance pass finds the act already) 48 in 64, but 11 in 23 where it was no cue of ours."""
    acts, host = cues()["stance_act_verbs"], verb.head
    if verb.dep_ != "advcl" or verb.pos_ != "VERB" \
            or not (report_or_stance(verb.lemma_.lower()) or verb.lemma_.lower() in acts):
        return False
    if not (report_or_stance(host.lemma_.lower()) or host.lemma_.lower() in acts
            or any(c.dep_ == "dobj" for c in host.children)):
        return False  # "Protest is set as Jewish leaders consider…": the stance pass finds it
    kids = list(verb.children)
    marks = [c for c in kids if c.dep_ == "mark"]
    if [c.lower_ for c in marks] != ["as"] or marks[0].i > verb.i or verb.doc[marks[0].i + 1].lower_ in ("if", "though") \
            or any(c.lower_ == "as" and c.dep_ in ("advmod", "prep") for c in verb.head.children):
        return False  # "as if he's proposing…", "as far as I think…": a comparison, no act
    said = ("ccomp", "xcomp") if verb.lemma_.lower() == "tell" else ("dobj", "ccomp", "xcomp")
    return any(c.dep_ == "nsubj" and c.lower_ not in ("it", "there") for c in kids) \
        and any(c.dep_ in said and c.lower_ != "it" for c in kids)


def hedged_absolute(tok: Token) -> bool:
    """An absolute "with" clause that hedges its own fact ("Boko Haram has been fighting an
    insurgency since 2009, with some 2,000 civilians reportedly killed this year", FNC-1 body
    1588, new-user trial 11: the toll was asserted by the author): a verb under "with" with a
    subject of its own and a hedge of report or allegation (``hedge_reported``,
    ``hedge_alleged``) is a claim of its own, so that the hedge is the author's commitment to it
    and not lost in the main clause. PolNeAR train without its held-out fifth: no such clause;
    held-out fifth: 2, each a gold attribution of its own ("With … Bloomberg reportedly
    considering a presidential run…": cue "reportedly", content the clause)."""
    return absolute_subject(tok) is not None and relay_hedged(tok)


def reported_absolute(tok: Token) -> Token | None:
    """The participle of report on the subject of an absolute "with" clause ("Reuters reported
    Monday's attack the deadliest since…, with officials reporting at the time 150 security
    forces … killed", Wikinews 2019 no. 16, new-user trial 11: the parse hangs "reporting" on
    "officials" and makes "killed" the clause's verb): the clause is a claim of its own, the
    report of that subject, whose participle is the cue. None for no such clause. PolNeAR train
    without its held-out fifth: 1 such clause, a gold cue with that content ("…, with polls
    showing Clinton's once formidable lead having evaporated", which the system had cut at
    "lead")."""
    subj = absolute_subject(tok)
    return next((c for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBG" and is_reporting(c)),
                None) if subj is not None else None


def absolute_subject(tok: Token) -> Token | None:
    """The subject of ``tok`` when it is the verb of an absolute "with" clause ("with some 2,000
    civilians reportedly killed", "with officials reporting …"); None otherwise."""
    if tok.head.lower_ != "with" or tok.pos_ not in VERBAL:
        return None
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def relay_hedged(verb: Token) -> bool:
    """Whether ``verb`` has an adverb that relays it from elsewhere ("reportedly", "allegedly":
    ``hedge_reported``, ``hedge_alleged`` of ``lexicons/cues.json``)."""
    lex = cues()
    return any(c.dep_ == "advmod" and c.lower_ in lex["hedge_alleged"] | lex["hedge_reported"]
               for c in verb.children)
