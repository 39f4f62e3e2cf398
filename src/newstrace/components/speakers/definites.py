"""Whom a definite noun or a bare role repeats: an earlier role or mention of the same noun, an
outlet named before ("the paper"), an organisation by the last word of its name ("the
commission"), a person named in the next sentence. Read by :mod:`.description`.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from newstrace.entities import EntityIndex, PUBLICATION_NOUNS, source_type, source_words, window_start
from newstrace.units import ents_of

from newstrace.components.speakers.reporting import is_reporting
from newstrace.components.speakers.words import GROUP_NOUNS


def _earlier_role(role: Token) -> Token | None:
    """The earlier speaker a definite role of an organisation repeats ("The head of MSF told
    the council that he was in Sudan" after "The head of Doctors Without Borders (MSF) told the
    council…", VOA story 12, new-user trial): the nearest earlier subject of a reporting verb
    with the role's noun, whose phrase names the organisation the role's "of" phrase names (an
    entity with the same text: the name repeated, or its abbreviation given in parentheses).
    One organisation has one head, so the role refers to whoever the first phrase does (named
    in its next sentence: :func:`_named_next`). None otherwise."""
    doc = role.doc
    ofs = [p for p in role.children if p.dep_ == "prep" and p.lower_ == "of"]
    orgs = {e.text for p in ofs for e in ents_of(doc) if e.label_ == "ORG" and p.i < e.start <= p.right_edge.i}
    if not orgs:
        return None
    lemma = role.lemma_.lower()
    for tok in reversed(doc[:role.left_edge.i]):
        if tok.lemma_.lower() == lemma and tok.dep_ == "nsubj" and is_reporting(tok.head) and any(
                e.text in orgs for e in ents_of(doc) if tok.left_edge.i <= e.start and e.end <= tok.right_edge.i + 1):
            return tok
    return None


def _earlier_mention(head: Token, sentences: int = 5) -> Token | None:
    """The source a definite common noun repeats ("The reporter said" after "A VOA reporter in
    the town said"): the nearest earlier subject of a reporting verb, within ``sentences``
    sentences, headed by the same noun lemma, introduced by "a"/"an" and naming an entity in its
    phrase (the outlet, organisation or country that says who it is). None otherwise: a bare
    repeated noun ("the official" after "an official said") adds nothing to its own words.
    Definite descriptions repeat the most recent fitting mention (the recency preference of
    Hobbs 1978, as for pronouns and roles)."""
    doc = head.doc
    first = window_start(head, sentences)
    lemma = head.lemma_.lower()
    for tok in reversed(doc[first:head.left_edge.i]):
        if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass") \
                or not is_reporting(tok.head):
            continue
        words = list(tok.subtree)
        if words[0].lower_ in ("a", "an") and any(t.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") for t in words):
            return tok
    return None


def _role_phrase_before(role: Token) -> Token | None:
    """The fuller phrase of the same role earlier in the sentence that a bare definite role
    repeats ("the country’s information minister shared a video …, along with images of a letter
    the minister said the journalist had written", VOA 7836916, new-user trial, session 22: the
    minister went to a lawyer named next): the nearest earlier noun with the role's lemma and a
    possessor or modifier of its own. None when the role has modifiers itself or no such phrase
    precedes it. Never met on PolNeAR train without its held-out fifth; held-out fifth
    unchanged."""
    if any(c.dep_ in ("poss", "amod", "compound", "prep") for c in role.children):
        return None
    lemma = role.lemma_.lower()
    return next((t for t in reversed(role.sent[:role.left_edge.i - role.sent.start])
                 if t.lemma_.lower() == lemma and t.pos_ == "NOUN"
                 and any(c.dep_ in ("poss", "amod", "compound") for c in t.children)), None)


def _outlet_before(head: Token, index: EntityIndex, sentences: int = 3) -> Span | None:
    """The news outlet a definite publication noun repeats (:data:`~newstrace.entities.PUBLICATION_NOUNS`:
    "The industry publication stated…" after "The Aviation Herald reported…", Wikinews, new-user
    trial 7; "the paper said" after "The Washington Post reported"): the nearest name of an
    outlet (:meth:`EntityIndex.outlet`, or typed one by its words: "Herald"), an entity or the
    subject of a reporting verb the NER left unlabelled, in the noun's sentence or the
    ``sentences`` before it: the recency preference of Hobbs 1978, as for "the group"
    (:func:`~newstrace.entities.group_antecedent`). None for another noun or when no outlet is
    named there. The PolNeAR benchmark scores source mentions, not the names they resolve to
    (held-out fifth with this session's speaker rules: source accuracy 0.914 -> 0.914).
    "The agency" repeats a wire service when no agency is named between the two ("…, the
    Associated Press reported. …, the agency said.", FNC-1 body 219, new-user trial 13, where
    it was typed a government); after "the Environmental Protection Agency" it is that body
    (:func:`_repeated_body`). PolNeAR train has no "the agency" with a wire service before it."""
    lemma = head.lemma_.lower()
    if lemma not in PUBLICATION_NOUNS and lemma != "agency":
        return None
    doc = head.doc
    for tok in reversed(doc[window_start(head, sentences):head.left_edge.i]):
        ent = next((e for e in ents_of(doc) if e.end == tok.i + 1), None)
        if ent is None and tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and is_reporting(tok.head):
            ent = doc[tok.left_edge.i:tok.i + 1]
        if ent is None:
            continue
        listed = index.outlet(ent.text)
        kind = source_type(ent.root, list(ent), "ORG", listed[1] if listed else None)
        if lemma == "agency":
            if kind == "wire service" or "agency" in ent.text.lower():
                return ent if kind == "wire service" else None
        elif listed or kind in ("media outlet", "state media", "wire service"):
            return ent
    return None


def _repeated_body(head: Token, toks: list[Token], index: EntityIndex) -> Span | None:
    """The organisation named before that a bare definite noun repeats by the last word of its
    name ("the commission" for "The National Telecommunications Commission (NTC)": new-user
    trial, fifth, Wikinews 2020-05-06, typed unnamed), as the entity that names it
    (:meth:`~newstrace.entities.EntityIndex.org`); None for any other phrase or when no name
    ends with the noun. PolNeAR train without its held-out fifth: 14 such phrases, 13 right ("the
    department" for the Labor Department, "the court" for the Supreme Court, "the council" for
    the St. Paul City Council); the wrong one, "the police" for a headline the NER took for an
    organisation, is why officials' words ("police", unnamed officials) are left out."""
    if len(toks) != 2 or toks[0].lower_ != "the" or not head.is_lower or head.lemma_.lower() in GROUP_NOUNS \
            or head.lemma_.lower() in source_words()["official"]:
        return None
    name = index.org(head.text)
    return next((e for e in ents_of(head.doc) if e.label_ == "ORG" and e.text == name and e.end <= head.i), None) \
        if name != head.text else None


def _named_next(role: Token, index: EntityIndex) -> str | None:
    """The person a role phrase introduces before naming them ("Russia's envoy again dismissed
    accusations… "This is completely false," Vassily Nebenzia told the council"; "The U.N.
    special envoy for Syria is calling for… Geir Pedersen issued his appeal Friday"): the
    subject of the main verb or of a reporting verb in the next sentence (or the one after, the
    splitter cutting a quotation off its tag), when it is a person the article has not named
    before the role. News introduces a source by role and names them
    in the next sentence (new-user trial, session 15, VOA stories 3 and 85). A person titled
    with another role is someone else (:meth:`~newstrace.entities.EntityIndex.holds_other_role`:
    "the minister said…" then "The journalist's lawyer, Duch Piseth, told VOA…", VOA 7836916,
    new-user trial, session 22). None otherwise."""
    doc = role.doc
    earlier = {index.person(e) for e in ents_of(doc) if e.label_ == "PERSON" and e.end <= role.i}
    end = role.sent.end
    for _ in range(2):  # the next sentence, or the one after a quotation the splitter cut off
        if end >= len(doc):
            return None
        nxt = doc[end].sent
        for ent in (e for e in ents_of(doc) if e.label_ == "PERSON" and nxt.start <= e.start and e.end <= nxt.end):
            root = ent.root
            if root.dep_ == "nsubj" and (root.head.dep_ == "ROOT" or is_reporting(root.head)):
                name = index.person(ent)
                return name if name not in earlier and not index.holds_other_role(name, role.lemma_.lower()) else None
        end = nxt.end
    return None
