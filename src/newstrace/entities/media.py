"""News outlets, publications and documents as sources: a state's news outlet
(:func:`state_outlet`), a publication named by its kind (:data:`PUBLICATION_NOUNS`,
:func:`_publication_named`), a capitalised word inside an organisation's name that types nothing
(:func:`_name_goes_on`), the outlets whose reports a document noun names
(:func:`_reporting_outlet`), a document named by its title (:func:`named_document`), records that
show what they hold (:data:`RECORD_NOUNS`), and the type an apposition gives a name no list types
(:func:`_apposed_kind`). Input: a source phrase's head token or tokens; output: a boolean, a
token or a source type. Word classes of ``lexicons/sources.json`` (media, document,
state_media_modifiers, state_media_possessors, news_compound_heads).
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.entities.words import source_words


#: Nouns of ``media`` (``lexicons/sources.json``) that name a publication or broadcaster, and so
#: type the name they modify ("newspaper The Hindu reported", "the broadcaster RTE") as one.
PUBLICATION_NOUNS = frozenset({"paper", "newspaper", "daily", "magazine", "tabloid", "broadcaster",
                               "channel", "website", "newsletter", "weekly", "publication"})


def _name_goes_on(head: Token) -> bool:
    """``head`` is a capitalised word inside an organisation's name that goes on after it
    ("Reporters" of "Reporters Without Borders"): a word of the name, not a common noun that
    types the source ("reporters" are journalists, Reporters Without Borders a watchdog)."""
    doc = head.doc
    return head.is_title and head.ent_type_ == "ORG" and head.i + 1 < len(doc) and doc[head.i + 1].ent_iob_ == "I"


def _news_outlet_noun(t: Token) -> bool:
    """Whether ``t`` is a noun of a news outlet: a ``media`` word of ``lexicons/sources.json``
    ("newspaper", "channel") or a ``news_compound_heads`` word after "news" ("news agency")."""
    words = source_words()
    return t.lemma_.lower() in words["media"] or t.lemma_.lower() in words["news_compound_heads"] and any(
        c.dep_ == "compound" and c.lower_ == "news" for c in t.children)


def state_outlet(head: Token) -> bool:
    """Whether ``head`` names a news outlet of the state: the head, or the outlet noun the parse
    hung on a name ("news agency" of "news agency Fars"), has a ``state_media_modifiers`` word
    before it, as written ("state-owned Iranian news agency Fars", "semi-official news agency
    ISNA"), or a ``state_media_possessors`` possessor ("the government's National News Agency").
    New-user trial (sixth; Wikinews 2020-07-02, VOA Somali 2024 hotel siege): these three were
    typed unnamed, organization and government; CONVENTIONS.md types them state media."""
    words = source_words()
    nouns = [head] + [c for c in head.children if c.dep_ in ("compound", "appos") and c.i < head.i]
    for noun in filter(_news_outlet_noun, nouns):
        mods = [c for c in noun.children if c.i < noun.i and c.dep_ in ("amod", "compound", "npadvmod", "nmod")]
        written = "".join(t.text_with_ws for c in mods for t in c.subtree).lower()
        if set(written.split()) & words["state_media_modifiers"] or any(
                c.dep_ == "poss" and c.lemma_.lower() in words["state_media_possessors"] for c in noun.children):
            return True
    return False


def _publication_named(head: Token, tokens: list[Token]) -> bool:
    """A publication noun (:data:`PUBLICATION_NOUNS`) names the phrase's kind: as its compound
    or apposition, a lower-case word before its head ("Greek daily Kathimerini"), or the word
    right before the phrase ("…, newspaper The Hindu reported")."""
    before = head.doc[tokens[0].i - 1] if tokens[0].i else None
    return any((t.dep_ in ("compound", "appos") or t.is_lower and t.i < head.i) and _publication_noun(t)
               for t in tokens) or before is not None and before.lower_ in PUBLICATION_NOUNS or _publication_after(tokens[-1])


#: Words that make "network" a broadcaster's or publisher's ("media network", "news network"),
#: not any other network ("a terror network", "a smuggling network").
NETWORK_KINDS = frozenset({"media", "news", "television", "tv", "radio", "cable", "broadcasting"})


def _publication_noun(t: Token) -> bool:
    """A publication noun (:data:`PUBLICATION_NOUNS`), or "network" with a news word before it
    (:data:`NETWORK_KINDS`): "Kurdish media network Xendan reported…" (FNC-1 body 372, new-user
    trial 18: the NER took Xendan for a place, typed government; CONVENTIONS.md types a news
    network a media outlet)."""
    return t.lemma_.lower() in PUBLICATION_NOUNS or t.lemma_.lower() == "network" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in NETWORK_KINDS for c in t.children)


def _publication_after(last: Token) -> bool:
    """The phrase ending at ``last`` is followed by an apposition whose noun is a publication
    noun, however the parser hung it ("an article from the Diplomat, a magazine based in
    Tokyo, claimed…", FNC-1 body 40, new-user trial twelve: the apposition hung on "article")."""
    doc = last.doc
    if last.i + 2 >= len(doc) or doc[last.i + 1].text != ",":
        return False
    noun = next((t for t in doc[last.i + 2:last.i + 6] if t.pos_ not in ("DET", "ADJ")), None)
    return noun is not None and noun.is_lower and noun.lemma_.lower() in PUBLICATION_NOUNS


def named_document(tokens: list[Token]) -> bool:
    """Whether ``tokens`` name a document by its title: a capitalised last word of the name, past
    a trailing number ("Republic Act No. 3846", "the Radio Control Law"), is a ``document`` word
    of ``lexicons/sources.json``. New-user trial (fifth, Wikinews 2020-05-06): the act that
    "states" a ban was typed unnamed."""
    words = [t for t in tokens if not t.is_punct and not t.like_num and t.lower_.rstrip(".") not in ("no", "the")]
    return bool(words) and words[-1].is_title and words[-1].lemma_.lower() in source_words()["document"]


#: Records that show what they picture or hold, typed ``document`` as a source ("Photographs
#: showed the aircraft, sans wings", Wikinews 2019 the Karaj cargo plane crash; new-user trial
#: seven: typed person): kept out of the ``document`` list, whose words also make a phrase a
#: source of a participle ("photos showing a row of windows" is the author's evidence).
RECORD_NOUNS = frozenset({"photograph", "photo", "picture", "image", "video", "footage", "database"})


def _reporting_outlet(head: Token) -> Token | None:
    """The ``media`` word (``lexicons/sources.json``) that a document noun's compound makes the
    document's maker: "media" of "Local media reports say the death toll may be higher" (VOA
    8006503; new-user trial seven: typed document), "press reports". The reports are unnamed
    outlets' (a media outlet); the outlet word, not "reports", types the source."""
    if head.lemma_.lower() not in source_words()["document"]:
        return None
    return next((c for c in head.children if c.dep_ == "compound" and c.lower_ in source_words()["media"]), None)


def _apposed_kind(head: Token) -> str:
    """The type an apposition gives a name no list types: a ``document`` noun ("Airfleets, a
    database detailing the aircraft operated by commercial carriers, states…", Wikinews 2019 the
    Karaj cargo plane crash; new-user trial seven: typed unnamed) or a ``media`` noun
    (``lexicons/sources.json``) after the name; ``unnamed`` otherwise."""
    words = source_words()
    for c in head.children:
        if c.dep_ == "appos" and c.is_lower and c.lemma_.lower() in words["document"] | RECORD_NOUNS:
            return "document"
        if c.dep_ == "appos" and c.is_lower and c.lemma_.lower() in words["media"]:
            return "media outlet"
    return "unnamed"
