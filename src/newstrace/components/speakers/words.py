"""Word lists and small noun tests that the speaker modules share: nouns of groups
(:data:`GROUP_NOUNS`), subjects that stand for no one (:data:`DUMMY_SUBJECTS`), personal pronouns;
whether a noun can name a source (:func:`is_sourcelike`) or someone who speaks
(:func:`_speaker_noun`); the text of a run of tokens as written (:func:`doc_text`).
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.entities import source_words
from newstrace.units import text_of


#: Nouns by which news repeats an organisation named before ("the group said", "the militant
#: group claimed", "the trade body said", "the bloc", "the watchdog", "the company"):
#: :func:`~newstrace.entities.group_antecedent`. Not "agency", which news also uses for the wire
#: service a story comes from ("…, the agency said, citing local officials"). PolNeAR train
#: without its held-out fifth, sources "the (…) company/union": 19, none named before, 7 of them
#: given a person by the role path ("company" is a role word); now 9 named right ("Exxon Mobil",
#: "Monsanto", "the United Steelworkers union"), 4 wrong, 6 unnamed; held-out fifth unchanged.
#: "The banned separatist militant outfit said…" after "The Baloch Liberation Army, or BLA"
#: (VOA 8006651, new-user trial 14: an unnamed source); "outfit" heads no source in PolNeAR train.
GROUP_NOUNS = frozenset({"group", "organization", "organisation", "movement", "militia", "faction",
                         "body", "bloc", "watchdog", "alliance", "coalition", "union", "company", "firm",
                         "outfit"})


#: Subjects that stand for no one who could speak: dummies, demonstratives and relatives.
DUMMY_SUBJECTS = frozenset({"it", "this", "that", "there", "which", "what", "these", "those"})


PERSON_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "you", "who", "me", "us", "him", "her", "them",
                             "whom"})


def is_sourcelike(noun: Token) -> bool:
    """A common noun that can name a source (a person, group, organisation, outlet, document
    or post: a word of ``lexicons/sources.json``, or part of a name): "citing officials",
    "per the report"; not "citing economic issues", "per capita"."""
    words = source_words()
    lemma = noun.lemma_.lower()
    return noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or any(
        lemma in words[k] or noun.lower_ in words[k]
        for k in ("media", "official", "expert", "document", "social", "government", "unnamed", "roles"))


def _speaker_noun(noun: Token) -> bool:
    """A noun that names someone who can speak: a person, organisation or group name, or a
    word of an official, expert, government, outlet, role, unnamed person or group
    (``lexicons/sources.json``, :data:`GROUP_NOUNS`); not a document or post, which speak
    only for their authors."""
    words = source_words()
    lemma = noun.lemma_.lower()
    return noun.ent_type_ in ("PERSON", "ORG", "NORP") or lemma in GROUP_NOUNS or any(
        lemma in words[k] for k in ("media", "official", "expert", "government", "unnamed", "roles",
                                    "civil_society_words"))


def doc_text(toks: list[Token]) -> str:
    """The text of the tokens ``toks`` (in order, one run) as written, from the first one's start
    to the last one's end, with the spaces and marks between them ("VOA’s" as it stands)."""
    return text_of(toks[0].doc)[toks[0].idx:toks[-1].idx + len(toks[-1].text)]
