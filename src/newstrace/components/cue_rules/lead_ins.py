"""Prepositional phrases that name the source of a clause: a sentence-opening "In a poll…",
"Under the law…" and "To X, …" (:func:`poll_lead_in`, :func:`legal_lead_in`,
:func:`perspective_lead_in`), an "in" phrase naming one poll inside a clause
(:func:`poll_in_clause`), and the "according to" that names no source ("according to its
radical vision": :func:`according_to_manner`) or a relative one ("according to which…":
:func:`according_to_relative`).

Input: a preposition (or "according", or a clause's verb) of a parsed spaCy Doc; output: the
source's token, the clause head and its antecedent, or None. Counts: PolNeAR train without its
held-out fifth, in the docstrings. Sets nothing.
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.components.quotes import doc_regions, in_quotes
from newstrace.components.speakers import is_reporting, subject_of
from newstrace.lexicons import cues

from newstrace.components.cue_rules.classifier import np_class


#: Nouns of an opinion poll that a sentence-opening "in" phrase names as the source of its
#: clause (:func:`poll_lead_in`).
POLL_NOUNS = frozenset({"poll", "survey", "polling", "average"})


def poll_lead_in(prep: Token) -> Token | None:
    """The poll that a sentence-opening "in" phrase on a verb names as the source of its
    clause, like "according to" ("In an NBC News poll released Monday, 50 percent chose
    Clinton", "In the new Post-ABC poll, the real estate mogul wins about 1 in 3 voters"):
    ``prep`` is "in", the first word of its sentence, followed by a clause (a verb after the
    phrase: not "In the polls, anyway."), with a ``POLL_NOUNS`` object, on whatever head the
    parse gives it ("In the most recent YouGov/Economist survey, 71 percent of Sanders
    supporters approved…" hangs "In" on "percent"). PolNeAR train without its held-out fifth:
    such a phrase is the gold cue of its clause 16 times in 20 (14 in 18 on a verb: the 2 on a
    noun and the 1 the parse made a root are gold), the poll its source; held-out fifth 3 of 3
    (with the other rules of this branch, held-out fifth attribution F1 0.764 -> 0.765). "in" + a
    poll anywhere else in the sentence only 33 times
    in 135 ("Trump leads in the polls", "trails in most surveys": the author's statement of
    the race), on a verb of standing in the race (lead, trail, take, be…) 19 in 47. Returns the
    poll noun, or None."""
    if prep.lower_ != "in" or prep.dep_ not in ("prep", "ROOT") or prep.i != prep.sent.start \
            or not any(t.pos_ in ("VERB", "AUX") for t in prep.doc[prep.right_edge.i + 1:prep.sent.end]):
        return None
    return next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in POLL_NOUNS), None)


#: Legal texts that a sentence-opening "under" phrase names as the source of its clause
#: (:func:`legal_lead_in`); words of the ``document`` class of ``lexicons/sources.json``.
LEGAL_TEXTS = frozenset({"law", "act", "regulation"})


def legal_lead_in(prep: Token) -> Token | None:
    """The law that a sentence-opening "under" phrase names as the source of its clause, what
    the law provides ("Under Missouri law, candidates trailing by less than 0.5 percent of votes
    cast have the right to a recount", "Under the new regulation …, most salaried workers …
    must receive time-and-a-half"): ``prep`` is "under", the first word of its sentence, with a
    ``LEGAL_TEXTS`` object. PolNeAR annotates the law as the source (a document), "Under" as
    the cue and the clause as the content. PolNeAR train without its held-out fifth: such a
    phrase is the gold cue of its clause 4 times in 5 (not "Under federal law, U.S. lobbyists
    must declare…"); with "rules", "plan", "agreement" or "contract" 0 in 6; held-out fifth:
    none. Returns the law's head noun, or None."""
    if prep.lower_ != "under" or prep.dep_ != "prep" or prep.i != prep.sent.start:
        return None
    return next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in LEGAL_TEXTS), None)


#: Pronouns of a group whose view a sentence-opening "To X," phrase gives (:func:`perspective_lead_in`).
GROUP_PRONOUNS = frozenset({"many", "others", "some", "most", "anyone", "everyone", "few"})


def perspective_lead_in(prep: Token) -> Token | None:
    """The holder of the view that a sentence-opening "To X," phrase gives its clause ("To
    Frank, issues of racial and class justice get attention from Democrats…", "But to others,
    he's a citizen journalist…", "To them, it signals the arrival of a new phase…"): ``prep``
    is "to", the first word of its sentence after a conjunction, on a verb, its phrase followed
    by a comma and outside quotation marks (a quoted "To those who support Mr. Trump, I
    understand…" addresses them); its object a person, organisation or name (:func:`np_class`)
    or a group pronoun (``GROUP_PRONOUNS``) with no possessive ("To no one's surprise", "To
    Anthony's credit"); not when the verb is a reporting verb with a person subject, who is then
    the speaker ("To that, Kasich joked…", "To a person, they don't want…"). PolNeAR annotates
    the object as the source, "To" as the cue and the clause as the content. PolNeAR train
    without its held-out fifth: 8 such phrases, all 8 gold cues; of the other sentence-opening
    "to" phrases (38 in all) 1 is gold ("To Florida consultant Wilson," which the parse leaves
    with no object); held-out fifth 1 of 1 ("To Ms. Gil, skateboarding represents…").
    Returns the object, or None."""
    if prep.lower_ != "to" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    opener = next(t for t in prep.sent if not (t.is_space or t.is_punct or t.dep_ == "cc"))
    end = prep.right_edge.i + 1
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if opener != prep or obj is None or end >= len(prep.doc) or prep.doc[end].text != "," \
            or in_quotes(doc_regions(prep.doc), prep.idx) or any(c.dep_ == "poss" for c in obj.children):
        return None
    if not (np_class(obj) in ("person", "org", "name") or obj.lower_ in GROUP_PRONOUNS):
        return None
    if is_reporting(prep.head) and np_class(subject_of(prep.head)) == "person":
        return None
    return obj


def poll_in_clause(verb: Token) -> tuple[Token, Token] | None:
    """``(prep, poll)`` of an "in" phrase inside a clause that names one poll as where the
    clause's figures come from ("he fell to 10 percent in the latest CNN/ORC poll released
    Wednesday", "Cruz had 38 percent support in a Fox poll"): an "in" that is no sentence's
    first word, on the clause's head ``verb`` (a VERB with no possessive: "his worst showing in
    the survey" is a noun phrase) or on a noun of its predicate (not of its subject: "voters in
    the poll said…" report what the voters said), whose object is a singular "poll" or "survey"
    (tag NN). PolNeAR annotates the poll as the source, "in" as the cue and the clause as the
    content. PolNeAR train without its held-out fifth: such a phrase is the gold cue of its
    clause 17 times in 29 (on the verb 13 in 22; the others "voters surveyed in a new poll",
    "participated in this survey", "tied for fifth at 5% in the poll"); plural polls ("leads
    in the polls", "trails in most surveys": the author's own statement of the race) 5 in 48,
    "in" on a noun of the subject 1 in 10: both left out. With the rule, train without the
    fifth gives 20 more attributions, 15 of them at a gold cue; held-out fifth: 1 more found, 1
    more false, attribution F1 0.7587 -> 0.7588. Returns None when there is none."""
    if verb.pos_ != "VERB" or any(c.dep_ == "poss" for c in verb.children):
        return None
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i == prep.sent.start:
            continue
        poll = next((c for c in prep.children if c.dep_ == "pobj" and c.tag_ == "NN"
                     and c.lemma_.lower() in ("poll", "survey")), None)
        head = prep.head
        while poll is not None and head != verb:
            if head.pos_ in ("VERB", "AUX") or head.dep_ in ("nsubj", "nsubjpass") or head.head == head:
                poll = None
            head = head.head
        if poll is not None:
            return prep, poll
    return None


def according_to_manner(according: Token) -> bool:
    """"according to" + a noun of a guiding idea, wish or norm (``according_to_manner_nouns``
    of ``lexicons/cues.json``) says how a thing is done, not who says so: "al-Baghdadi's group,
    which is seeking to reshape the Middle East according to its radical vision of Islam"
    (FNC-1 273, new-user trial 8: the vision was made the source of the group's aim, under
    Obama's "vowed"). PolNeAR train without its held-out fifth: see the lexicon's note (2 of the
    25 "according to" that are no gold cue, none of the 327 that are; held-out fifth, which has
    none: attribution F1 0.764 -> 0.765 with the other rules of its session). False for any other word."""
    doc, i = according.doc, according.i
    if according.lower_ != "according" or i + 1 >= len(doc) or doc[i + 1].lower_ != "to":
        return False
    obj = next((c for c in [*doc[i + 1].children, *according.children] if c.dep_ == "pobj"), None)
    return obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() in cues()["according_to_manner_nouns"]


def according_to_relative(according: Token) -> tuple[Token, Token] | None:
    """``(clause head, antecedent)`` of a relative "according to which/whom" ("Turkey and Libya
    signed an agreement, according to which a section … would cross the Turkish zone",
    Wikinews; "the police questioned a witness, according to whom the car was red"): the
    relative pronoun stands for its antecedent, the source, and the clause after it is the
    content, a claim of its own (CONVENTIONS.md: a relative clause that states its own fact).
    The clause head is the verb after the pronoun that is the ``pcomp`` of "to" or above it (the
    parse hangs the clause on "to" or "according", or makes it a relative clause of the noun);
    the antecedent is the noun the relative clause modifies, or the noun right before the
    comma. New-user trial
    (Wikinews): the source was "which" and the sentence one claim. No case in PolNeAR train.
    None for any other word."""
    doc, i = according.doc, according.i
    if according.lower_ != "according" or i + 3 >= len(doc) or doc[i + 1].lower_ != "to" \
            or doc[i + 2].lower_ not in ("which", "whom"):
        return None
    to = doc[i + 1]
    clause = next((a for a in [*to.children, *to.ancestors] if a.pos_ in ("VERB", "AUX") and a.i > i + 2
                   and (a.dep_ == "pcomp" or a.is_ancestor(to))), None)
    if clause is None:
        return None
    if clause.dep_ == "relcl":
        return clause, clause.head
    before = next((t for t in reversed(doc[:i]) if not (t.is_punct or t.is_space)), None)
    if before is None or before.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return clause, before
