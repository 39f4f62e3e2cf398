"""A source phrase: its extent (:func:`_mention_tokens`) and the names in or right after it that
say who it is (an apposed name or outlet, a role then a name, a name the NER missed, an outlet's
reporter, a post's author, the outlet that owns a service, the state a pronoun-owned body
serves). Read by :mod:`.description`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newstrace.components.stance import VENUE_NOUNS
from newstrace.entities import EntityIndex, is_country, is_role, source_words, trailing_name, window_start
from newstrace.lexicons import cues
from newstrace.units import ents_of, token_set

from newstrace.components.speakers.words import doc_text


def _mention_tokens(head: Token, exclude: Token | None = None, alone: bool = False) -> list[Token]:
    """A source phrase: the head's subtree up to a comma, dash or parenthesis after the head,
    without relative clauses and clausal material, and without the subtree of ``exclude`` (the
    reporting verb of a relative clause on the source: "voters who said…" → "voters"; a stance
    adjective after it: "a grumpy Trump -- angry at…" → "a grumpy Trump"), nor a
    "per" phrase, which names who relays the source ("said Russell Zimmerman per ABC News",
    Wikinews, new-user trial: the source had become ABC News alone; the "per" link of the
    sentence is the outer one, author ← ABC News ← Russell Zimmerman), nor a participle of
    citing with its agent ("The security official cited by Reuters said…", FNC-1 body 1192,
    new-user trial 15: the source had become Reuters; the participle is the outer link,
    ``attribution.sentences.SentenceSources.sentence_links``; PolNeAR train: no source phrase holds one). ``alone``:
    without the head's conjuncts either (one member of a joint source). The apostrophe of a plural
    possessive is no quotation mark ("Thursday's edition of the Workers' Party newspaper", FNC-1
    body 1815, new-user trial 16: cut to "…of the Workers"). A phrase ends before a word of the
    head's governors: in "His work has focused on civil rights and criminal-justice reform, timely
    issues as the nation debates…" (PolNeAR dev, wash-post 2016-09-08) the parser hangs "timely
    issues…" on "work" as an appositive, and the source "His work" had run over its own verb to
    the end of the sentence (a source mention holding its cue, a content left empty)."""
    doc = head.doc
    skip = {c.i for c in head.children if c.dep_ in ("relcl", "acl") and c.i > head.i
            and doc[c.left_edge.i - 1].text in (",", "—", "–", "(") or c == exclude}
    skip |= {k.i for c in head.children if c.dep_ in ("relcl", "acl") for k in c.children
             if k.dep_ in ("conj", "cc")}  # "a woman who runs a stall and asked to be…"
    skip |= {c.i for c in head.children if c.dep_ == "prep" and any(
        p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in c.children)}  # "the government in 2016"
    skip |= {c.i for c in head.children if c.dep_ == "prep" and c.lower_ == "per" and c.i > head.i}
    skip |= {c.i for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > head.i
             and c.lemma_.lower() in CITING and any(k.dep_ == "agent" for k in c.children)}
    skip |= {c.i for c in head.children if _occasion_phrase(c, head)}
    skip |= {c.i for c in head.children if alone and c.dep_ in ("conj", "cc", "preconj")}
    idx = token_set(head, skip)
    toks = [doc[i] for i in idx]
    out = []
    above = {a.i for a in head.ancestors}
    for t in toks:
        if t.i > head.i and (t.text in (",", "—", "–", "(", ";", ":") or t.is_quote and t.tag_ != "POS"):
            break
        if out and any(i in above for i in range(out[-1].i + 1, t.i)):
            break  # the subtree jumps over the head's own verb: an appositive misparsed onto it
        out.append(t)
    while out and ((out[-1].is_punct or out[-1].is_space) and not out[-1].text.endswith(".")
                   and out[-1].text != "%"  # a share as source keeps its sign: "18%"
                   or out[-1].dep_ == "case" and out[-1].tag_ == "POS" and len(out) > 1):
        out.pop()  # a possessor as source: "the mayor's claim" -> "the mayor"
    while out and (out[0].is_punct or out[0].is_space):
        out.pop(0)
    return out or [head]


#: Verbs of citing a source: a participle with an agent names who relays it ("the official cited
#: by Reuters", "a diplomat quoted by AFP": :func:`_mention_tokens`); "cited Y that X" says what Y
#: said (``parse_repairs.restore_cited_complement``, ``attribution.frames``).
CITING = frozenset({"cite", "quote"})


def _occasion_phrase(prep: Token, head: Token) -> bool:
    """Whether ``prep`` is an "in" phrase after the source ``head`` that names the utterance or
    its occasion (a noun of ``VENUE_NOUNS`` or of ``stance_nouns`` in ``lexicons/cues.json``):
    "State TV in a rare admission on Thursday showed footage of Kim limping and admitted he is
    ill" (FNC-1 body 63, new-user trial nine: the parser hung the phrase on "TV", and the source
    was "State TV in a rare admission on Thursday"). The phrase tells how the source spoke, not
    who it is. Not "in charge (of…)", which says who the source is: "According to the officer in
    charge of the CIA's Benghazi base that night, …" (PolNeAR train, wash-post 2016-01-16: the
    source was "the officer" and the rest of the phrase ran into the content)."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return prep.dep_ == "prep" and prep.lower_ == "in" and prep.i > head.i and obj is not None \
        and obj.lower_ != "charge" \
        and (obj.lemma_.lower() in VENUE_NOUNS or obj.lemma_.lower() in cues()["stance_nouns"])


def _role_then_name(noun: Token) -> Span | None:
    """The person's name that ends the phrase of a role noun in a coordinated source ("Senate
    Minority Whip Dick Durbin and incoming chair of the House Intelligence Committee
    Represenative Adam Schiff both yesterday questioned…": the parser hangs the name on "of",
    the NER misses it; Wikinews 2019, new-user trial, where Schiff was dropped from the joint
    source): :func:`~newstrace.entities.trailing_name` of the phrase; None for any other word."""
    if noun.pos_ != "NOUN" or not is_role(noun):
        return None
    return trailing_name(noun.doc[noun.i:noun.right_edge.i + 1])


def _apposed_outlet(toks: list[Token], index: EntityIndex) -> tuple[str, dict | None] | None:
    """``(name, outlet row)`` of a listed outlet set off by commas right after a news noun
    phrase (``media`` of ``lexicons/sources.json``): "One news site, Znak.com, claims FSB sources
    have ascribed the explosion to terrorism" (Wikinews 2019 the Magnitogorsk collapse; new-user
    trial eight: named "One news site"); None when there is none."""
    doc, i = toks[0].doc, toks[-1].i + 1
    if toks[-1].lower_ not in source_words()["media"] or i + 2 >= len(doc) or doc[i].text != ",":
        return None
    close = next((j for j in range(i + 1, min(i + 6, len(doc))) if doc[j].text == ","), None)
    return index.outlet(doc[i + 1:close].text) if close is not None else None


def _apposed_name(toks: list[Token]):
    """A person's name set off by commas right after a role phrase ("Pakistan's permanent
    representative to the United Nations, Munir Akram, said…"), whatever the parse attached it
    to, when the verb follows the closing comma; None when there is none."""
    doc = toks[0].doc
    i = toks[-1].i + 1
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    ent = next((e for e in ents_of(doc) if e.start == i + 1 and e.label_ == "PERSON"), None)
    if ent is None and i + 2 < len(doc) and is_role(doc[i + 1]):
        ent = next((e for e in ents_of(doc) if e.start == i + 2 and e.label_ == "PERSON"), None)
    if ent is None and toks[-1].tag_ in ("NN", "NNS"):
        ent = _unlabelled_name(doc, i + 1)  # "Another passenger, Allah Ditta, told VOA"
    if ent is None or ent.end + 1 >= len(doc) or doc[ent.end].text not in (",", "—", "–"):
        return None
    after = doc[ent.end + 1]
    return ent if after.pos_ in ("VERB", "AUX") or (after.pos_ == "ADV" and after.head.pos_ == "VERB") else None


def _unlabelled_name(doc: Doc, i: int):
    """A run of two to four capitalised proper nouns from token ``i`` that the NER gave no
    person label ("Allah Ditta": "Ditta" tagged a place) and no single other entity covers
    ("Saudi Arabia" is a place), as a Span; else None."""
    j = i
    while j < len(doc) and j - i < 4 and doc[j].tag_ == "NNP" and doc[j].is_title and not is_role(doc[j]):
        j += 1
    if j - i < 2 or any(e.start <= i and j <= e.end for e in ents_of(doc)):
        return None
    return doc[i:j]


def _role_led(span) -> bool:
    """An entity that opens with a role word ("Nurse Halima Oduya") names a person."""
    return len(span) > 1 and is_role(span[0])


def _name_run(toks: list[Token]) -> str | None:
    """A person's name the NER missed or mislabelled: the trailing run of two or more
    capitalised proper nouns of a source phrase that opens with role words ("Fire Chief Maren
    Holt" → "Maren Holt", "Nurse Halima Oduya" → "Halima Oduya")."""
    run: list[Token] = []
    for t in reversed(toks):
        if t.tag_ == "NNP" and t.is_title and not is_role(t):
            run.insert(0, t)
        elif t.text in ("-", "‑") and run:
            run.insert(0, t)
        else:
            break
    lead = toks[:len(toks) - len(run)]
    if len(run) < 2 or not lead or not is_role(lead[-1]):
        return None
    return doc_text(run)


def _role_of_another(toks: list[Token]) -> bool:
    """The role phrase ``toks`` ends with a name as the one the role serves, not as its holder:
    an indefinite role ("A spokesman for Afghan President Ashraf Ghani rejected the
    accusations", VOA 6205629, new-user trial 14: the source was Ghani) with no name set off
    by a comma ("a spokesman for the ministry, John Smith,": the spokesman's name). A title
    before a name takes no "a" ("U.N. Resident Coordinator for Myanmar Andrew Kirkwood").
    PolNeAR train without its held-out fifth: 5 such source phrases ("A spokeswoman for Mr.
    Trump", "A representative for Mr. Pinchuk"), the gold source the whole phrase each time and
    the one speaking the role's holder, 5 of 5 (2 more in the fifth); fifth unchanged
    (attribution F1 0.771, source accuracy 0.916: the span was already the phrase)."""
    return toks[0].lower_ in ("a", "an") and not any(t.text == "," for t in toks)


def _outlet_reporter(head: Token, index: EntityIndex) -> str | None:
    """The name of an outlet's reporter that the NER took for an organisation: "The BBC's Tomi
    Oladipo in Lagos says…" (FNC-1 body 1588, new-user trial 11: the source was "BBC"). A head
    with a listed outlet for possessor (``lexicons/outlets.csv``) and two or three capitalised
    proper nouns, none a word of organisations (``organization_words`` of
    ``lexicons/sources.json``) nor itself an outlet, is a person the outlet employs, as
    "BBC's Jonathan Marcus" is when the NER labels him a person. None otherwise."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or head.ent_type_ == "PERSON" or not index.outlet(doc_text(
            [t for t in owner.subtree if t.dep_ != "case" and t.lower_ != "the"])):
        return None
    run = [t for t in head.children if t.dep_ == "compound" and t.i > owner.i] + [head]
    run.sort(key=lambda t: t.i)
    if not 2 <= len(run) <= 3 or run[-1].i - run[0].i != len(run) - 1 or not all(
            t.tag_ == "NNP" and t.is_title and t.is_alpha
            and t.lower_ not in source_words()["organization_words"] for t in run):
        return None
    name = doc_text(run)
    return None if index.outlet(name) else name


def _post_author(head: Token) -> Span | None:
    """The person a social media post is by ("according to a tweet on Monday by US Secretary
    of State Mike Pompeo", Wikinews, 23 January 2019): the PERSON entity of the object of a
    "by" on the post noun, else None. The post stays the source's type; its name is the
    author's, the origin its reports count toward (new-user trial 8: the origin was named
    after the whole phrase)."""
    if head.lower_ not in source_words()["social"] and head.lemma_.lower() not in source_words()["social"]:
        return None
    for by in head.children:
        if by.dep_ == "prep" and by.lower_ == "by":
            obj = next((c for c in by.children if c.dep_ == "pobj" and c.ent_type_ == "PERSON"), None)
            ent = next((e for e in ents_of(head.doc) if obj is not None and e.start <= obj.i < e.end), None)
            if ent is not None:
                return ent
    return None


def _owning_outlet(head: Token, index: EntityIndex) -> dict | None:
    """The outlet-list row of a listed outlet that owns the organisation ``head`` names, by a
    possessive ("a review by VOA’s Mandarin Service", VOA story 8010476: a service of Voice of
    America is a media outlet too; new-user trial, fourth: typed organization). None when no
    possessor is a listed outlet."""
    for c in head.children:
        if c.dep_ in ("poss", "compound") and any(g.dep_ == "case" for g in c.children):
            found = index.outlet(c.text)
            if found:
                return found[1]
    return None


def _owner_state(head: Token) -> str | None:
    """The country, as written, whose body a pronoun-owned ``government`` or
    ``diplomatic_posts`` noun (``lexicons/sources.json``) is: the country that modifies the
    nearest subject before the pronoun, a role or a body, in its sentence or the one before
    ("Iran’s U.N. ambassador participated in the meeting, but his U.N. mission criticized it":
    "Iran’s"; VOA 2025-03-12, story 8009004, new-user trial nine: an unresolved, unnamed "his U.N.
    mission"). A state's mission speaks for the state (:func:`~newstrace.entities.bodies.state_modified`).
    ``None`` when the nearest subject has no country. PolNeAR train texts: no such subject
    (it never fires)."""
    words = source_words()
    pron = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if pron is None or head.lemma_.lower() not in words["government"] | words["diplomatic_posts"]:
        return None
    doc = head.doc
    subject = next((t for t in reversed(doc[window_start(pron, 1):pron.i]) if t.dep_ in ("nsubj", "nsubjpass")
                    and (is_role(t) or t.lemma_.lower() in words["government"] | words["diplomatic_posts"])), None)
    country = next((c for c in subject.children if c.dep_ in ("poss", "compound", "amod") and c.i < subject.i
                    and is_country(c.text)), None) if subject is not None else None
    return None if country is None else doc_text(list(country.subtree))
