"""Reports in the passive whose "by" agent is the source: "claimed" with an agent
(:func:`passive_claim`: "The attack was claimed by the Houthi movement"), a verb of publishing
(:func:`published_by`: "was first reported by MSNBC"), a verb of echoing, judging, naming,
confirming or accusing (:func:`judged_by`: "was echoed by…"), and a figure handed over by an
agent, whose clause reports it (:func:`handed_figure`: "death tolls, provided anonymously by
officials to journalists, exceeded 100").

Input: a verb of a parsed spaCy Doc; output: a boolean, or the participle that is the cue.
Sources: PolNeAR train without its held-out fifth and the new-user trials, with their counts
in each docstring. Sets nothing.
"""
from __future__ import annotations

from spacy.tokens import Token



def passive_claim(verb: Token) -> bool:
    """"Claimed" in the passive with an agent: "The attack was claimed by the Houthi movement in
    Yemen" (Wikinews 2019 no. 114, new-user trial eleven: the author's own assertion), "Both
    incidents were claimed by the so-called Islamic State". The agent claims the subject as its
    own (an attack, a loyalty), a report of the agent's with the subject for content. PolNeAR
    train without its held-out fifth: a gold cue 3 times in 4 (the fourth, "a killing … that was
    claimed by the Islamic State", unannotated); none in the held-out fifth."""
    return verb.lemma_.lower() == "claim" and verb.tag_ == "VBN" \
        and any(c.dep_ == "nsubjpass" for c in verb.children) and any(c.dep_ == "agent" for c in verb.children)


#: Verbs of publishing whose passive "by" agent is the medium that made something public
#: (:func:`published_by`).
PUBLISHING = frozenset({"report", "tweet", "post"})


def published_by(verb: Token) -> bool:
    """A verb of publishing (``PUBLISHING``) in the passive with a "by" agent and a subject of
    its own, and no clause ("O’Malley’s move was first reported by MSNBC.", "This is tweeted by
    several people who heard it."): the agent is the source, the verb the cue, the subject what
    it made public. PolNeAR train without its held-out fifth: 7 such verbs, each a gold cue with
    the agent for source, none found before; held-out fifth: 1, a gold cue ("…the letter to
    Obama, which was first reported by…", a relative clause that gives no claim of its own, so
    the fifth's figures are unchanged: attribution F1 0.764, cue F1 0.763). On the 7 train texts
    without the fifth that hold such a passive: attributions 165 -> 171, matched 140 -> 146.
    Other verbs of ``NP_REPORT`` in this shape are a gold cue 10 times in 23 ("who’s viewed as
    honest by 55 percent", "were written by men")."""
    return verb.lemma_.lower() in PUBLISHING and _passive_by(verb)


#: Verbs of echoing, judging, naming, confirming or accusing whose passive "by" agent holds or
#: voices what the subject stands for (:func:`judged_by`).
AGENT_REPORTS = frozenset({"echo", "see", "name", "confirm", "accuse"})


def judged_by(verb: Token) -> bool:
    """A verb of ``AGENT_REPORTS`` in the passive with a "by" agent and a subject of its own,
    and no clause ("Sanders' stridency was echoed by former Maryland Gov. Martin O'Malley", "the
    staffing change … was seen by some as a demotion for Mr. Manafort", "Her death was confirmed
    by the Eagle Forum"): PolNeAR annotates the agent as source, the auxiliary and participle as
    cue, the subject (and an "as" phrase) as content. PolNeAR train without its held-out fifth:
    such verbs are a gold cue 10 times in 12 (echo 3/4, see 3/4, accuse 2/2, name, confirm 1/1
    each), 8 of them not found before; left out "share" (2/4: "His support for scrapping
    superdelegates isn't shared by a majority…"), "view" (1/4: "are each viewed positively by
    about 4 in 10 registered voters", a poll's figure), "nominate" (1/2) and "praise" (0/1), and
    "ask" (1/1), whose subject is the one asked, not what is asked: on the held-out fifth its one
    such passive ("Sanders was asked by host Bill Maher, …, “Now, you famously said…”") gave the
    subject as content where PolNeAR's is the question (1 more false attribution, attribution F1
    0.7710 -> 0.7709, with the list as above unchanged otherwise). Held-out fifth without "ask":
    no attribution more or less, content partial precision of the usa-today texts 0.692 -> 0.693;
    attribution F1 0.7710 and cue F1 0.7711 unchanged."""
    return verb.lemma_.lower() in AGENT_REPORTS and _passive_by(verb)


def _passive_by(verb: Token) -> bool:
    """Whether ``verb`` is a passive participle with a subject of its own (or one it shares as a
    conjunct with its own auxiliary: "The reports cited jihadist websites and have not been
    confirmed by Israeli officials", FNC-1 body 346, new-user trial 17), a "by" agent with an
    object, and no clause."""
    kids = list(verb.children)
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in kids) and (
        any(c.dep_ == "nsubjpass" for c in kids) or verb.dep_ == "conj" and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.head.children)) \
        and any(c.dep_ == "agent" and any(p.dep_ == "pobj" for p in c.children) for c in kids) \
        and not any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in kids)


#: Nouns of a figure someone arrives at (:func:`handed_figure`).
FIGURE_NOUNS = frozenset({"toll", "tally", "count", "estimate", "figure", "number", "statistic", "datum", "data",
                          "projection"})
#: Verbs of handing information over to someone (:func:`handed_figure`).
HANDING = frozenset({"provide", "give", "supply", "leak", "pass"})


def handed_figure(verb: Token) -> Token | None:
    """"Some estimated death tolls, provided anonymously by officials to journalists, exceeded
    100" (Wikinews 2019 no. 16, new-user trial 11: asserted by the author): a subject that is a
    figure (``FIGURE_NOUNS``) modified by a participle of handing over (``HANDING``) with a "by"
    agent is the agent's figure, so the clause it is the subject of reports it. Returns that
    participle (the cue; :func:`~newstrace.components.speakers.subject_of` gives the agent as
    source), None for no such subject. PolNeAR train has no such subject; its one participle of
    handing with an agent on a subject ("The revelation, provided to The Associated Press by
    people directly knowledgeable…, comes at a time when…") has a gold cue with the noun alone
    for content, the clause being the author's, which is why the subject must be a figure."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() not in FIGURE_NOUNS:
        return None
    return next((c for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lemma_.lower() in HANDING and any(a.dep_ == "agent" for a in c.children)), None)
