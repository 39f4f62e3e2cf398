"""Questions put by no one named: a participle of an asking verb with no subject or agent
("Asked whether the mayor would run, …": :func:`unattributed_question`), the clause of its
question (:func:`question_clause`) or its topic ("Asked about the tunnel, the mayor said…":
:func:`question_topic`), and an asking verb in the passive with no agent ("after he was asked
about the Islamic State's claim": :func:`passive_question`).

Input: a verb of a parsed spaCy Doc; output: a boolean, or the head of the question's clause.
Counts: PolNeAR train without its held-out fifth, in the docstrings. Sets nothing.
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.lexicons import cues

from newstrace.components.cue_rules.clausal import content_cue


def unattributed_question(verb: Token) -> bool:
    """"Asked whether X, …", "when asked why X, …": a participle of an asking verb
    (``asking_verbs`` of the cue lexicon) with no subject and no agent; its clausal complement
    is a question whose asker the text does not name."""
    return verb.lemma_.lower() in cues()["asking_verbs"] and verb.tag_ in ("VBN", "VBD") \
        and verb.dep_ == "advcl" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass") for c in verb.children)


def question_clause(verb: Token) -> Token | None:
    """The clause of the question an :func:`unattributed_question` puts ("Asked whether the
    mayor would run", "when asked if she believed X": the verb's clausal complement after it,
    "would run", "believed"), or None."""
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.pos_ in ("VERB", "AUX")),
                None) if unattributed_question(verb) else None


QUESTION_TOPIC_PREPS = frozenset({"about", "for", "on", "over"})


def question_topic(verb: Token) -> bool:
    """"Asked about the tunnel, the mayor said…", "…, she said when pressed on the budget": an
    :func:`unattributed_question` whose question is no clause but a topic (a preposition of
    :data:`QUESTION_TOPIC_PREPS` after the participle), on a verb that reports (:func:`content_cue`:
    the answer). PolNeAR train without its held-out fifth: such participles are a gold cue 10
    of 17 times, each time with no source (3 of 6 on a verb that does not report; 1 of 2 with
    an infinitive, "when asked to resign")."""
    return unattributed_question(verb) and not any(c.dep_ == "ccomp" for c in verb.children) and any(
        c.i > verb.i and c.dep_ == "prep" and c.lower_ in QUESTION_TOPIC_PREPS for c in verb.children) \
        and content_cue(verb.head)


def passive_question(verb: Token) -> bool:
    """"…after he was asked about the Islamic State's claim", "When Trump was questioned about
    the dispute on ABC News, his response focused on…": an adverbial clause whose verb is an
    asking participle (``asking_verbs`` of the cue lexicon, not "interview": being interviewed
    puts no question, ``scoring.sourceless.NO_QUESTION``) in the passive with a subject of its own and no
    agent, with a topic (a preposition of :data:`QUESTION_TOPIC_PREPS` after it) or a question
    clause after it. The asker is no one named; PolNeAR annotates the question as an
    attribution with no source (cue = the auxiliary, the participle and its preposition). PolNeAR
    train without its held-out fifth: such participles are a gold cue 7 times in 8, 6 of them
    with no source (5 of them not found before; the one that is not, "as much as it was
    questioned on humanitarian and legal grounds", is a manner, not a topic). Held-out fifth,
    with ``scoring.sourceless._agentless_passive``'s agent "by" of the same change: attribution F1 0.7708 ->
    0.7710 (matched 2472 -> 2473, system 2882 -> 2883), cue F1 0.7709 -> 0.7711, content partial
    F1 0.735 and source accuracy 0.916 unchanged at three decimals."""
    return verb.lemma_.lower() in cues()["asking_verbs"] - {"interview"} and verb.tag_ == "VBN" \
        and verb.dep_ == "advcl" and any(c.dep_ == "auxpass" for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children) and any(
            c.i > verb.i and (c.dep_ == "ccomp" or c.dep_ == "prep" and c.lower_ in QUESTION_TOPIC_PREPS)
            for c in verb.children)
