"""Which verbs report (:func:`is_reporting`), and the senses of reporting words that report
nothing: an order for goods (:func:`purchase`), an address to a hearer
(:func:`addresses_audience`), a plain act of finding (:func:`plain_finding`).
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.components.claims import naming_participle, prospective_showing
from newstrace.components.stance import plain_sense, REFLEXIVES
from newstrace.entities import is_role, source_words
from newstrace.lexicons import cues, learned_cues

from newstrace.components.speakers.words import DUMMY_SUBJECTS, PERSON_PRONOUNS


def is_reporting(tok: Token) -> bool:
    """A reporting verb: in the hand lexicon, or a verb that PolNeAR's training split shows to
    introduce attributions when it takes a clausal complement (``learned_cues``); not a naming
    participle ("a militia called the anti-Balaka": :func:`~newstrace.components.claims.naming_participle`)
    nor a plain act of finding (:func:`plain_finding`: "found itself playing host to…"), nor
    "relate to" ("charges relating to “transmitting of data messages”", VOA, new-user trial:
    it concerns, it does not tell; PolNeAR train without its held-out fifth: "relate(s/d/ing)
    to" 26 times, never a gold cue), nor an order for goods (:func:`purchase`) or another sense
    that reports nothing (:func:`~newstrace.components.stance.plain_sense`: "charged the campaign $3.7 million"), nor
    "address" with a hearer for object (:func:`addresses_audience`)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    lemma = tok.lemma_.lower()
    if lemma == "relate" and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children) or purchase(tok) \
            or plain_sense(tok) or addresses_audience(tok):
        return False
    return (lemma in cues()["report_neutral"] or (
        lemma in learned_cues() and any(c.dep_ == "ccomp" for c in tok.children))) and not naming_participle(tok) \
        and not plain_finding(tok) and not prospective_showing(tok)


#: Modifiers of quantity on what is ordered: goods in some amount ("ordered extra stock").
QUANTITY_WORDS = frozenset({"more", "extra", "additional", "bigger", "larger", "fewer", "smaller", "new"})


#: Endings of nouns of an act ("ordered an investigation", "the evacuation"): no goods.
ACT_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ure", "al")


def purchase(verb: Token) -> bool:
    """"order" for goods, a purchase and no directive: its object is a common noun bought from
    a supplier ("Coles ordered bigger packages from suppliers", Wikinews) or in some amount
    ("Woolworths ordered extra stock": a number or :data:`QUANTITY_WORDS`), no noun of an act
    (:data:`ACT_ENDINGS`: "ordered an investigation"), and the verb has no infinitive or
    clause after it ("ordered troops to withdraw", "ordered that the files be released"). A
    directive order is PolNeAR's cue (train without its held-out fifth: "order(s/ed/ing)" is a
    gold cue 14 times, never for goods: "ordered the release of …", "ordered such a
    quarantine", that-clauses, infinitives). New-user trial (Wikinews): the purchase was a demand
    attributed to the buyer."""
    if verb.lemma_.lower() != "order" or verb.pos_ != "VERB" or any(
            c.dep_ == "xcomp" or c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ or obj.lemma_.lower().endswith(ACT_ENDINGS):
        return False
    supplier = any(c.dep_ == "prep" and c.lower_ == "from" for c in [*verb.children, *obj.children])
    amount = any(c.dep_ == "nummod" or c.lower_ in QUANTITY_WORDS for c in obj.children)
    return supplier or amount


#: Hearers and gatherings a speaker addresses: as the object of "address" they name whom the
#: speaker spoke to, not what about (:func:`addresses_audience`).
AUDIENCE_NOUNS = frozenset({"audience", "crowd", "rally", "gala", "conference", "convention", "meeting",
                            "summit", "assembly", "nation", "reporter", "journalist", "student",
                            "attendee", "member", "delegate", "graduate", "lawmaker",
                            # people spoken to ("addressed the girls", "addressed voters")
                            "girl", "boy", "child", "voter", "family", "troop", "soldier", "worker",
                            "people", "public", "executive"})


def addresses_audience(verb: Token) -> bool:
    """"address" with a hearer or gathering for object ("addressed reporters in New York",
    "addressed the convention", "addressed the girls", "addressed him"), and no clause after it:
    the speech event took place, but it reports nothing and takes no stance; "addressed the
    issue" (a topic) stays a stance. A hearer is a noun of :data:`AUDIENCE_NOUNS`, a person's
    name, a personal pronoun or a role noun (:func:`~newstrace.entities.is_role`).
    PolNeAR train without its held-out fifth: "address" with such an object outside any gold
    content is a gold cue 2 times in 15 (before the people nouns, names, pronouns and roles
    were added: 1 in 14; the topic objects "issue", "concern", "controversy", "question": 9 in
    13); held-out fifth unchanged (attribution F1 0.761, cue F1 0.761). New-user trials: "Hatice Cengiz … addressed
    reporters in New York" (Wikinews 2019 no. 120) was her own report; "State Governor Bello
    Matawalle addressed the girls and said…" (VOA 6202743) reports only through "said".
    So does "brief" with a hearer and no topic ("on", "about") after it: "Kirkwood briefed
    reporters via videoconference from his home in Yangon" (VOA 6203525, new-user trial eleven:
    a report whose content was the reporters). PolNeAR train (held-out fifth included): "brief"
    with an object is a gold cue 0 times in 1 ("the CIA briefed the ambassador at the
    diplomatic facility", not in the fifth)."""
    lemma = verb.lemma_.lower()
    if lemma not in ("address", "brief") or verb.pos_ != "VERB" or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    if lemma == "brief" and any(c.dep_ == "prep" and c.lower_ in ("on", "about") for c in verb.children):
        return False  # "briefed reporters on the talks": the talks are what was told
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and (obj.lemma_.lower() in AUDIENCE_NOUNS or obj.ent_type_ == "PERSON"
                                or obj.lower_ in PERSON_PRONOUNS or is_role(obj))


#: Verbs of finding, which report a finding only with a clause ("found that…", "finds Clinton
#: ahead") or a researcher for subject (:func:`plain_finding`).
FINDING = frozenset({"find"})


def plain_finding(verb: Token) -> bool:
    """"found a receptive audience", "found a way to…", "found itself at the center of…": a
    verb of finding (``FINDING``) with a reflexive object or complement subject ("found
    himself embroiled", "found itself playing host"), or with a noun-phrase object, no clause
    or predicate after it and a subject that is no poll, study, organisation, outlet or expert
    ("A Quinnipiac poll found Mr. Trump about even", "the report found no evidence" are
    findings). A plain act the author states, with no content of anyone's. PolNeAR train
    without its held-out fifth, such "find" outside any gold content: a gold cue 9 times in 77
    (other "find": 71 in 95)."""
    kids = list(verb.children)
    if verb.lemma_.lower() not in FINDING:
        return False
    if any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES or c.dep_ in ("ccomp", "xcomp") and any(
            k.dep_ == "nsubj" and k.lower_ in REFLEXIVES for k in c.children) for c in kids):
        return True  # "found himself embroiled in…", "found itself playing host": where one ends up
    if not any(c.dep_ == "dobj" for c in kids):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") for c in kids):
        return False
    subj = verb
    while subj is not None and subj.pos_ in ("VERB", "AUX"):  # a conjunct's or relative's subject
        nsubj = next((c for c in subj.children if c.dep_ == "nsubj" and c.lower_ not in DUMMY_SUBJECTS), None)
        subj = nsubj or (subj.head if subj.dep_ in ("conj", "relcl", "acl") and subj.head is not subj else None)
    words = source_words()
    return subj is None or not (subj.ent_type_ == "ORG" or subj.lemma_.lower() in
                                words["document"] | words["media"] | words["expert"])
