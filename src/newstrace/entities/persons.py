"""Common nouns of people: whether a noun names a person (:func:`person_noun`), introduces a
speaker without a name (:func:`_new_speaker`, :func:`one_of_a_nation`: an indefinite
description introduces a brand-new referent, Prince 1981), or a person the article does not name
(:func:`_unnamed_role`: a definite description with an establishing postmodifier, Vieira &
Poesio 2000). Input: a noun token; output: a boolean. Word classes of ``lexicons/sources.json``;
the verbs of saying of ``lexicons/cues.json`` (:data:`SAYING_CLASSES`).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newstrace.entities.gender import _other_gender
from newstrace.entities.titles import is_role
from newstrace.entities.words import source_words
from newstrace.lexicons import cues


def _unnamed_role(role: Token, gender: str | None) -> bool:
    """``role`` (a role noun subject, :func:`is_role`) introduces a person the article does not
    name: a definite description with a prepositional postmodifier that establishes its referent ("The head of
    the police's internal investigators told the court…"; definite descriptions with an
    establishing postmodifier are mostly discourse-new, Vieira & Poesio 2000, while "the Florida
    senator", "the justice" repeat a person named before), with no name in its phrase, and of
    no other gender than ``gender`` (:func:`_other_gender`)."""
    return not _other_gender(role, gender) and any(c.dep_ == "det" and c.lower_ == "the" for c in role.children) \
        and any(c.dep_ == "prep" and c.i > role.i for c in role.children) \
        and not any(t.ent_type_ == "PERSON" for t in role.subtree)


#: Cue classes of the verbs of saying (``lexicons/cues.json``) whose indefinite subject is a
#: speaker (:func:`_new_speaker`).
SAYING_CLASSES = ("report_neutral", "report_attitude", "report_factive", "report_alleging", "report_denying",
                  "report_speculating", "report_doubting")


@lru_cache(maxsize=None)
def _saying() -> frozenset[str]:
    """The lemmas of the verbs of saying (:data:`SAYING_CLASSES`)."""
    return frozenset().union(*(cues()[k] for k in SAYING_CLASSES))


def _new_speaker(noun: Token) -> bool:
    """``noun`` is an indefinite singular common noun ("a"/"an") of a person
    (:func:`person_noun`), subject of a verb of saying (:data:`SAYING_CLASSES`): a speaker
    introduced without a name, whom news goes on calling "he"/"she" ("An Islamic State fighter
    denied that al-Baghdadi's wife had been arrested. “I have checked with our leaders…,” he
    said", FNC-1 body 273, new-user trial 8: the "he" took Barack Obama, the subject of the
    paragraph before). An indefinite description introduces a new referent (Prince 1981:
    brand-new), so no person named before is the one it speaks of."""
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _saying() and (
        noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        and person_noun(noun) or one_of_a_nation(noun))


def one_of_a_nation(noun: Token) -> bool:
    """``noun`` is one person of a nation, named by the nationality word with "a"/"an" ("An
    American who is fighting in the ranks of the Kurds told Voice of Israel…", FNC-1 body 1976,
    new-user trial 14: typed an organisation, and the "he" who then spoke took Gill Rosenberg,
    a woman): an unnamed person the article introduces, no nation or group. PolNeAR train
    without its held-out fifth: 5 such subjects that are a gold source ("a New Hampshire Republican
    said", "an Iowa Democrat said"), each one person, typed an organisation
    before; fifth unchanged (attribution F1 0.771, source accuracy 0.916)."""
    return noun.ent_type_ == "NORP" and noun.tag_ in ("NN", "NNP") \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


#: Endings of agent nouns of people ("fighter", "strategist", "spokeswoman").
AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman")


def person_noun(noun: Token) -> bool:
    """``noun`` names a person: a role or source word of a person (:func:`is_role`, ``expert``
    and ``unnamed`` of ``lexicons/sources.json``) or an agent noun (:data:`AGENT_ENDINGS`),
    and no word of an outlet, document, post, government or organisation ("a paper", "a
    letter", "a company")."""
    words = source_words()
    lemma = noun.lemma_.lower()
    if any(lemma in words[k] for k in ("media", "document", "social", "government", "organization_words")) \
            or lemma in ("company", "firm", "agency", "board", "group", "family", "people", "others"):
        return False
    return is_role(noun) or lemma in words["expert"] or lemma in words["unnamed"] or lemma.endswith(AGENT_ENDINGS)
