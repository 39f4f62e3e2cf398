"""A person's titles and roles: the words before a name that can be its title
(:func:`title_run`); whether title words make their holder an official (:func:`official_words`,
:func:`private_attorney`, :func:`seated_in_government`), an expert (:func:`expert_title`,
:func:`expert_words`, :func:`research_member`) or a leader of a movement or group
(:func:`civil_society_title`); whether a noun names a role (:func:`is_role`), with which
modifiers (:func:`role_qualifiers`), and whether a person's title words hold one of a role's
titles (:func:`_holds_title`). Input: tokens (a name's title words, a role noun); output:
booleans and word sets. Word classes of ``lexicons/sources.json`` (official, expert, titles,
roles, research_org_words, civil_society_words, outlaw_group_words).
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newstrace.entities.bodies import state_modified
from newstrace.entities.places import state_code
from newstrace.entities.words import source_words


#: Parts of speech that end the run of title words before a name (:func:`title_run`).
_CLAUSE_POS = frozenset({"VERB", "AUX", "PUNCT", "SCONJ", "PART", "PRON"})


def title_run(doc, start: int, most: int = 5) -> list[Token]:
    """The up to ``most`` words right before the name at token ``start`` that can be its title
    ("U.S. Secretary of State", "the Iranian American journalist and VOA host"): back to the
    first verb, punctuation mark, subordinator, particle or pronoun, within the sentence. A
    word of another clause is none of the name's titles: "Iranian officials allegedly offered
    to pay Alinejad's relatives" made the journalist an official (new-user trial, VOA; PolNeAR
    held-out fifth: source accuracy unchanged, 0.912)."""
    run: list[Token] = []
    for t in reversed(doc[max(0, start - most):start]):
        if t.pos_ in _CLAUSE_POS or t.sent != doc[start].sent:
            break
        run.insert(0, t)
    return run


def civil_society_title(tokens: list[Token]) -> bool:
    """Whether the title words among ``tokens`` head a movement, campaign or activist group ("the
    leader of the Bring Back Our Girls movement, Florence Ozor", "protest leader"):
    ``civil_society_words`` of ``lexicons/sources.json``; or a criminal group
    (``outlaw_group_words``: "the notorious leader of the Village de Dieu gang"). Such a
    leader is no official."""
    words = source_words()
    bodies = words["civil_society_words"] | words["outlaw_group_words"]
    for t in tokens:
        if t.lemma_.lower() in words["official"] or t.lower_ in words["official"]:
            phrase = list(t.subtree) + ([t.head] if t.dep_ in ("compound", "nmod") else [])
            if any(w.lemma_.lower() in bodies for w in phrase):
                return True
    return False


def expert_title(tokens: list[Token]) -> bool:
    """Whether a title word among ``tokens`` ("senior director", "Japan chair", "lecturer")
    holds it at a research body: a university, institute, think tank or foundation
    (``research_org_words`` of ``lexicons/sources.json``: "James Schoff, senior director at the
    Sasakawa Peace Foundation USA", "Ken Weinstein, Japan chair at Hudson Institute"). Such a
    person speaks as an expert (CONVENTIONS.md source type ``expert``), not as an official."""
    words = source_words()
    titles = words["official"] | words["expert"] | {"chair", "chairman", "fellow", "head", "president"}
    for t in tokens:
        if t.lemma_.lower() in titles or t.lower_ in titles:
            holder = t.head if t.dep_ == "conj" else t  # "co-founder and executive director of…"
            if research_body([w for w in holder.subtree if w.i > t.i]):
                return True
    return False


def research_body(tokens: list[Token]) -> bool:
    """Whether ``tokens`` name a research body: a word of ``research_org_words`` of
    ``lexicons/sources.json`` ("Hudson Institute") or the two-word "think tank(s)"."""
    words = source_words()["research_org_words"]
    return any(w.lemma_.lower() in words or w.lemma_.lower() == "tank" and w.i and w.nbor(-1).lower_ == "think"
               for w in tokens)


def research_member(ent: Span) -> bool:
    """Whether the person ``ent`` is given as one of a research body by a phrase of "of", "at"
    or "with" on the name ("Andrew Lebovich of the Dutch international affairs think tank
    Clingendael said…", VOA 8009027, new-user trial ten): such a person speaks as an expert
    (CONVENTIONS.md source type ``expert``) though no title is given."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "at", "with") and research_body(list(c.subtree))
               for c in ent.root.children)


def expert_words(tokens: list[Token], lemmas: set[str] | None = None) -> bool:
    """Whether ``tokens`` hold a word of experts (``expert`` of ``lexicons/sources.json``) or the
    noun "fellow" ("a senior fellow at the European Council…", not "a fellow Democrat");
    ``lemmas``, when given, are the tokens' lemmas as the caller normalised them."""
    lemmas = {t.lemma_.lower() for t in tokens} if lemmas is None else lemmas
    return bool(lemmas & source_words()["expert"]) or any(t.lower_ == "fellow" and t.pos_ == "NOUN" for t in tokens)


#: Head words of legislatures and governing bodies whose members are officials ("Vijay Goel, a
#: member of the Rajya Sabha", "a member of parliament"), beside ``government`` of
#: ``lexicons/sources.json``.
LEGISLATURES = frozenset({"parliament", "congress", "senate", "assembly", "house", "council", "cabinet",
                          "sabha", "knesset", "duma", "bundestag", "majlis", "diet", "legislature", "politburo"})


#: Modifiers that make an attorney a public prosecutor or government lawyer ("district
#: attorney", "state's attorney", "Crown attorney"; "U.S. attorney" by its country, :func:`state_code`).
PUBLIC_ATTORNEY_WORDS = frozenset({"district", "state", "county", "city", "crown", "prosecuting", "general"})


def private_attorney(tokens: list[Token]) -> bool:
    """Whether ``tokens`` call their holder an attorney and no more: "Caoilfhionn Gallagher, the
    attorney leading Lai's international legal team" (VOA story 8009044) is a lawyer in private
    practice, no official, as a "district attorney", a "U.S. attorney" or an "attorney general"
    are (:data:`PUBLIC_ATTORNEY_WORDS`). New-user trial (fourth): such lawyers were typed
    official. False when no attorney is named or one is public."""
    attorneys = [t for t in tokens if t.lemma_.lower() == "attorney"]
    return bool(attorneys) and not any(
        t.head.lower_ == "general" or any(c.dep_ in ("compound", "amod", "nmod", "poss") and (
            c.lower_ in PUBLIC_ATTORNEY_WORDS or state_code(c.text)) for c in t.children) for t in attorneys)


def official_words(tokens: list[Token], lemmas: set[str] | None = None) -> bool:
    """Whether ``tokens`` hold an official's title: a word of ``official`` (``lexicons/sources.json``),
    a title only when capitalised (:data:`CAPITALISED_TITLES`: "House Speaker Nancy Pelosi"), or
    "member of" a legislature (:data:`LEGISLATURES`; "a member of the Sierra Club" is none).
    ``lemmas``, when given, are the tokens' lemmas as the caller normalised them."""
    lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens} if lemmas is None else lemmas
    titles = lemmas & source_words()["official"]
    if private_attorney(tokens):
        titles -= {"attorney", "attorneys"}
    return bool(titles) \
        or any(t.lower_ in CAPITALISED_TITLES and t.is_title for t in tokens) \
        or any(t.lemma_.lower() == "member" and any(
            g.lower_ in LEGISLATURES for c in t.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj")
            for t in tokens)


#: Levels of government whose councils and assemblies seat officials ("provincial council").
GOVERNMENT_LEVELS = frozenset({"provincial", "municipal", "city", "state", "national", "regional", "district",
                               "county", "local", "federal", "town", "village"})


def seated_in_government(name: Token) -> bool:
    """Whether the person ``name`` heads sits on a council, assembly or committee of a level of
    government or of a state (:data:`LEGISLATURES`, "committee"; :data:`GOVERNMENT_LEVELS`,
    :func:`state_modified`), as the text puts it (:func:`_seats`): "Sharif Hotak, of the Maidan
    Wardak provincial council, described witnessing 35 bodies" (Wikinews 2019, the Maidan Wardak
    car bomb; new-user trial four: typed person); "Abdul Jami Jami, a provincial council member
    in Ghazni province" (VOA 6183227), "Faisal Ghazi, who is part of Iraq’s Health Committee"
    (new-user trial seven: both typed person). A council member is an official. "X, of the
    Council on Foreign Relations" names no level of government and stays as it is."""
    return any(o.lemma_.lower() in LEGISLATURES | {"committee"} and (state_modified(o) or any(
        m.lower_ in GOVERNMENT_LEVELS for m in o.children if m.dep_ in ("amod", "compound")))
        for o in _seats(name))


def _seats(name: Token) -> Iterator[Token]:
    """The bodies a person ``name`` is said to belong to: "of" a body after the name, and the
    body of a "member"/"part" apposition or "who is" relative, as its compound ("a provincial
    council member") or "of" phrase ("who is part of Iraq’s Health Committee")."""
    for c in name.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            yield from (o for o in c.children if o.dep_ == "pobj")
        elif c.dep_ in ("appos", "relcl"):
            role = next((a for a in c.children if a.dep_ == "attr"), c) if c.dep_ == "relcl" else c
            if role.lemma_.lower() in ("member", "part"):
                yield from (m for m in role.children if m.dep_ == "compound")
                yield from (o for p in role.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj")


def is_role(t: Token) -> bool:
    """``t`` is a word that names a person by office or role ("minister", "spokesperson",
    "head"): ``official``, ``titles`` or ``roles`` of ``lexicons/sources.json``."""
    words = source_words()
    return t.lower_ in words["official"] or t.lower_ in words["titles"] or t.lower_ in words["roles"]


#: Role nouns for whoever leads a body, whatever their title ("the head of MSF", its secretary
#: general): :meth:`EntityIndex.holds_other_role`.
HEAD_ROLES = frozenset({"head", "chief"})


#: Abbreviated titles and the role nouns they stand for (AP style abbreviations before names).
TITLE_ABBREVIATIONS = {"sen.": "senator", "gov.": "governor", "rep.": "representative",
                       "gen.": "general", "lt.": "lieutenant", "col.": "colonel", "supt.": "superintendent"}


def role_qualifiers(noun: Token) -> frozenset[str]:
    """The lower-cased modifiers of a role noun that say whose role it is ("military" of "the
    military spokesperson", "foreign ministry" of "the foreign ministry spokesperson"): its
    adjective and noun modifiers outside names (places and nationalities are matched apart)."""
    return frozenset(c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and not c.ent_type_)


def _holds_title(lemmas: set[str], words: list[str], titles: frozenset[str]) -> bool:
    """Whether the title words of a person's mention (:meth:`EntityIndex._title_words`: their
    ``lemmas`` and lower-cased ``words`` in order) hold one of ``titles``: a one-word title as a
    lemma or word, a title of several words as a run of the words ("secretary general")."""
    said = " ".join(words)
    return any(t in lemmas or " " in t and t in said for t in titles)


#: Words that are an official's title only when capitalised before a name ("House Speaker Nancy
#: Pelosi"); in lower case they are anyone ("a speaker at the rally said…").
CAPITALISED_TITLES = frozenset({"speaker"})
