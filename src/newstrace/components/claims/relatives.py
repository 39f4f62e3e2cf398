"""Relative clauses that state a claim of their own. A restrictive relative ("the relief that
he needed") only picks out its noun and stays in its noun phrase's unit; these do not:

* :func:`nonrestrictive`: a relative or reduced relative set off by a comma, dash, parenthesis
  or semicolon (:data:`OPENERS`): "the union, which backed Kloppenburg";
* :func:`rebuttal`: an apposition that sums up a report and says who denies it ("…, a charge
  New Delhi quickly rejected");
* :func:`set_off_report`: a report or stance of the clause's own subject on a noun set off
  ("…, a point Feinstein also acknowledged"), and :func:`poll_share_saying`, the share of poll
  respondents who say something ("64 percent who say the same");
* :func:`relayed_relative`: a restrictive relative that relays, with no source named, what its
  noun is expected or said to do (:data:`RELAYING_PASSIVES`: "delegates who are expected to
  support…");
* :func:`hedged_gloss`: a reduced relative that glosses a noun as what it is thought to be
  ("…, thought to be a teacher"): the author's, no part of a report (read by the attribution
  and factuality stages, not by the unit heads).

Input: tokens of a parsed spaCy Doc and the cue lexicon (``lexicons/cues.json``); output:
booleans, or the token a unit starts from; sets nothing. Counts: PolNeAR train and its
held-out fifth, VOA and FNC-1 stories of new-user trials, as each docstring says.
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.components.claims.reports import report_or_stance
from newstrace.components.quotes import doc_regions, in_quotes
from newstrace.lexicons import cues


OPENERS = frozenset({",", "—", "–", "(", ";", "-"})


def _before(tok: Token) -> str:
    i = tok.left_edge.i - 1
    while i >= 0 and tok.doc[i].is_space:
        i -= 1
    return tok.doc[i].text if i >= 0 else ""


def nonrestrictive(tok: Token) -> bool:
    """A relative or reduced relative clause set off by a comma, dash, parenthesis or semicolon
    ("the union, which backed Kloppenburg"): it states its own fact; a restrictive one ("the
    people who comment on this") only picks out its noun."""
    return _before(tok) in OPENERS


def rebuttal(tok: Token) -> Token | None:
    """The allegation noun of an apposition that sums up a report and says who denies it:
    "accusing it of providing support to militants, a charge New Delhi quickly rejected" (VOA
    story 24), "complained that the contest had been rigged, a charge that Colorado Republican
    leaders strongly denied" (PolNeAR train): a relative clause whose verb is a denying verb
    (``report_denying``) with a subject, on an allegation noun (``allegation_nouns``) set off by
    a comma. The apposition is a claim of its own, the subject's denial of what the noun sums up.
    PolNeAR train without its held-out fifth has two such appositions (the one above and "…, a
    claim that Gowdy's office strongly disputes"), both annotated so: the subject the source,
    the verb the cue, the noun (or its "that") the content. None when ``tok`` heads no such
    clause. New-user trial: the denial was lost."""
    noun, lex = tok.head, cues()
    if tok.dep_ != "relcl" or tok.lemma_.lower() not in lex["report_denying"] \
            or noun.lower_ not in lex["allegation_nouns"] or _before(noun) != "," \
            or not any(c.dep_ == "nsubj" and c.lower_ not in ("that", "which") for c in tok.children):
        return None
    return noun


#: Relative pronouns: a relative clause whose subject is one of them reports nothing of its own
#: subject's ("who say the same": 21 of 46 gold cues, PolNeAR train without its held-out fifth).
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})


def set_off_report(tok: Token) -> Token | None:
    """A report or stance of its own in a relative clause that the author adds to a noun set
    off in a sentence: "Clinton's email server, which he described as “like an open orchid”",
    "…, a point Feinstein also acknowledged to Bloomberg", "…, a sentiment endorsed by the 10,000
    people in the arena" (PolNeAR train). Signs: a verb of report or stance
    (:func:`report_or_stance`) heading a relative clause whose subject is no relative pronoun
    (``relcl``), or a passive participle with an agent (``acl``); the clause or its noun after
    a comma, dash, parenthesis or semicolon; no "where"/"when" clause and no object of its own
    besides a relative pronoun ("the state, where both candidates claim ties"); no generic "you",
    modal or negation ("– something you wouldn’t know if…" is no report); outside
    quotation marks (a speaker's "…, which I think would have been…" is the speaker's). The
    clause is a claim of its own, its subject's report, and no part of a report around it
    (PolNeAR never nests attributions). Returns the token its unit starts from: the noun when
    only the noun is set off (an apposition that sums up what comes before), else ``tok``;
    None when ``tok`` heads no such clause. PolNeAR train without its held-out fifth: such a
    verb is a gold cue 111 times in 144, inside one of our contents 41 times in 56."""
    kids = list(tok.children)
    if tok.pos_ != "VERB" or not report_or_stance(tok.lemma_.lower()) \
            or any(c.dep_ == "neg" or c.tag_ == "MD" for c in kids) or in_quotes(doc_regions(tok.doc), tok.idx):
        return None
    if poll_share_saying(tok):
        return tok
    if any(c.lower_ in ("where", "when") or c.dep_ == "dobj" and c.lower_ not in RELATIVE_PRONOUNS for c in kids):
        return None
    own_subject = any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS | {"you"} for c in kids) \
        if tok.dep_ == "relcl" else tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in kids)
    if not own_subject:
        return None
    if nonrestrictive(tok):
        return tok
    return tok.head if _before(tok.head) in OPENERS else None


#: Participles whose agentless passive with an infinitive relays what no one named says or
#: expects ("is expected to win", "are said to be"): the claim's label is then ``reported``.
RELAYING_PASSIVES = frozenset({"believe", "think", "say", "report", "rumor", "expect"})


def hedged_gloss(verb: Token) -> bool:
    """A reduced relative set off by commas that says what something is held to be ("Shekau also
    claimed that the militants were holding a German national, thought to be a teacher, who was
    kidnapped…", FNC-1 body 1588, new-user trial 11): a passive participle of believing or
    saying (:data:`RELAYING_PASSIVES`) with "to be": the author's own hedged gloss on a noun of the
    report, no part of what the source said. The parser may tag it a past form conjoined to the
    verb before ("thought" VBD, a ``conj`` of "holding"); it has no subject of its own either way.
    PolNeAR train (held-out fifth included) has no such gloss."""
    first, doc = verb.left_edge.i, verb.doc
    return verb.dep_ in ("acl", "conj") and verb.tag_ in ("VBN", "VBD") and verb.lemma_.lower() in RELAYING_PASSIVES \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and first >= 2 \
        and doc[first - 1].text == "," and doc[first - 2].pos_ in ("NOUN", "PROPN", "ADJ") and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


def relayed_relative(tok: Token) -> bool:
    """A restrictive relative clause that relays, with no source named, what its noun is
    expected or said to do: "delegates who are expected to support candidates at the national
    convention", "Things that are expected to happen", "a role that is expected to be filled
    by House Speaker Paul Ryan" (PolNeAR train). PolNeAR annotates each as an attribution with
    no source (cue the passive, content the relative pronoun and the infinitive), as it does
    the same passive in a main clause; as part of its noun phrase the clause was no claim of its
    own, so no cue was found. Signs: a passive participle of :data:`RELAYING_PASSIVES` (tag VBN,
    an ``auxpass``) heading a ``relcl`` whose subject is a relative pronoun, with an infinitive
    (``xcomp``) and no agent, outside quotation marks (a speaker's words are the speaker's).
    PolNeAR train without its held-out fifth: 7 such clauses, the participle a gold cue 5 times
    (not: "an Obama nominee who is expected to be moderate", twice). The held-out fifth has no
    such clause; its figures with the other rules of this session's branch (quotes.tag_candidate,
    cue_rules.thinks_so): attribution F1 0.769 -> 0.770 (matched 2463 -> 2465), content partial
    F1 0.733 -> 0.733, cue F1 0.769 -> 0.769, source accuracy 0.915 -> 0.916.

    So is the reduced form, a participle (``acl``, VBN) with its infinitive, no auxiliary and no
    agent: "Jihadists believed to be loyal to ISIS had claimed…" (FNC-1 body 276, new-user trial
    17: the jihadists were the believers); no one named believes it (the claim is reported, its
    chain empty). PolNeAR dev has no such participle (figures unchanged)."""
    kids = list(tok.children)
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in RELAYING_PASSIVES:
        # the reduced form: "Jihadists believed to be loyal to ISIS had claimed…" (FNC-1 body 276,
        # new-user trial 17; the parse repair restore_reduced_relay makes "believed" the acl)
        relative = not any(c.dep_ in ("auxpass", "nsubj", "nsubjpass") for c in kids) and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in kids)
    else:
        relative = tok.dep_ == "relcl" and tok.tag_ == "VBN" and tok.lemma_.lower() in RELAYING_PASSIVES \
            and any(c.dep_ == "nsubjpass" and c.lower_ in RELATIVE_PRONOUNS for c in kids) \
            and any(c.dep_ == "auxpass" for c in kids) and any(c.dep_ == "xcomp" for c in kids)
    return relative and not any(c.dep_ == "agent" for c in kids) and not in_quotes(doc_regions(tok.doc), tok.idx)


def poll_share_saying(tok: Token) -> bool:
    """A restrictive relative clause of saying on a share of poll respondents, its subject the
    relative pronoun: "compared with 64 percent who say the same of Sanders", "including 18% who
    say they would be dissatisfied", "about the same number who said the party truly cares"
    (PolNeAR train). The share answers the poll's question: a report of its own, which PolNeAR
    annotates with "who" the source, "say" the cue. Signs: the verb "say" heading a ``relcl``
    whose subject is a relative pronoun, on a noun that spaCy's entity recogniser marks as a
    percentage or a number ("64 percent", "18%", "four in 10") or the noun "number". PolNeAR
    train without its held-out fifth: a gold cue 8 times in 9 (none of them ours before; not:
    "only 24 percent who said otherwise"); held-out fifth 3 in 4. Other verbs there are no such
    answer ("31 percent who view him unfavorably", "39 who back Sanders": 1 gold cue in 6).
    Held-out fifth: attribution F1 0.768 -> 0.768 (matched 2461 -> 2463, system 2877 -> 2881),
    cue matched 2444 -> 2446, content partial F1 0.731 -> 0.732, source accuracy 0.912."""
    noun = tok.head
    return tok.dep_ == "relcl" and tok.lemma_.lower() == "say" \
        and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in tok.children) \
        and (noun.ent_type_ in ("PERCENT", "CARDINAL") or noun.lemma_.lower() == "number")
