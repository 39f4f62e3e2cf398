"""Which clause a mention is the subject of, as pronoun resolution ranks candidates (Lappin &
Leass 1994: subject emphasis): the main clause (:func:`_is_subject`; a name the parser left
unattached before the verb, :func:`unattached_subject`), an adverbial clause fronted before it
(:func:`_fronted_clause_subject`), the clause its main verb reports (:func:`_content_subject`),
or any clause (:func:`_clause_subject`). Input: a name's head token (or a verb); output: a
boolean (or the name token).
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.entities.words import source_words


SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")


def unattached_subject(verb: Token) -> Token | None:
    """A person's name that opens ``verb``'s clause, set off by a comma, which the parser left
    unattached (``dep``/``intj``/``npadvmod``) and took a common noun of the aside after it
    for the subject, or none: "Trump, in a taped interview with Fox News' show, dodged …"
    (subject "show"). None when there is no such name or the subject is a name or pronoun."""
    doc = verb.doc
    name = next((c for c in verb.children if c.dep_ in ("dep", "intj", "npadvmod") and c.i < verb.i
                 and c.ent_type_ == "PERSON" and c.i + 1 < len(doc) and doc[c.i + 1].text == ","), None)
    if name is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.pos_ == "NOUN" and subject.ent_type_ != "PERSON" \
            and subject.lower_ not in source_words()["official"]:
        return name
    return None


def _is_subject(tok: Token) -> bool:
    """``tok`` (a name's head or a pronoun) is the subject of its sentence's main verb, or of a
    content fronted before it ("Cruz is endorsing Trump, he announced"), not of a clause inside
    it ("expects Clinton to recover"). A name that modifies a common noun is no subject, the
    noun is ("What al-Shabab person has a child, she asked", VOA story 63: the "person", not
    al-Shabab, labelled PERSON, is the subject of "has")."""
    while tok.dep_ == "compound":
        if tok.pos_ == "PROPN" and tok.head.pos_ == "NOUN":
            return False
        tok = tok.head
    verb = tok.head
    if verb.dep_ == "ROOT" and unattached_subject(verb) == tok:
        return True
    if tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass") and tok.ent_type_ == "PERSON" \
            and tok.head.ent_type_ != "PERSON":
        # "Somalia's ambassador to Kenya, Mohamud Ahmed Nur, accuses …"; "Like Lutnick, Kevin
        # Hassett, …, emphasized" (the parser took "Lutnick", labelled a place, as the subject)
        tok = verb
        verb = tok.head
    root = tok.sent.root
    conj_of_place = tok.dep_ == "conj" and tok.head.dep_ == "pobj" and tok.head.ent_type_ != "PERSON"
    if (tok.dep_ in ("appos", "dep", "intj", "npadvmod") or conj_of_place) and tok.i < root.i \
            and root.pos_ in ("VERB", "AUX") and tok.ent_type_ == "PERSON" \
            and not any(c.dep_ in SUBJECT_DEPS for c in root.children):
        # "Like Lutnick, Kevin Hassett, director of …, emphasized …": the parser hung the name on
        # another and left the verb with no subject; the last person named before it is one. So
        # is a name taken for a second object of a fronted phrase: "In Abidjan, Willy Neth,
        # coordinator for the International Federation for Human Rights…, says…" (VOA 6203896,
        # new-user trial 18: the "He expects…" after it went to Gbagbo, named two sentences back)
        return not any(t.ent_type_ == "PERSON" and t.dep_ != "compound" for t in tok.doc[tok.i + 1:root.i])
    if tok.dep_ == "pobj" and verb.lower_ == "for" and verb.i > 0 and tok.doc[verb.i - 1].lower_ == "as" \
            and verb.i - 1 == tok.sent.start:
        return True  # "As for Banjai, he hopes…": the topic the sentence opens with
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT" or (
        verb.dep_ in ("ccomp", "parataxis") and verb.head.dep_ == "ROOT" and verb.i < verb.head.i)


def _fronted_clause_subject(tok: Token) -> bool:
    """``tok`` (a name's head) is the subject of an adverbial clause that opens its sentence
    before the main verb ("Before Ishiba was elected, …", "When Mbewe heard the news, …")."""
    while tok.dep_ == "compound":
        tok = tok.head
    verb = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "advcl" and verb.head.dep_ == "ROOT" \
        and verb.i < verb.head.i


def _content_subject(tok: Token) -> bool:
    """``tok`` (a name's head) is the subject of the clause reported by its sentence's main
    verb, after it ("PBS revealed that in December, Crown Prince Mohammad bin Salman accepted
    responsibility…"), or of a conjunct of that clause."""
    while tok.dep_ == "compound":
        tok = tok.head
    verb = tok.head
    while verb.dep_ == "conj":
        verb = verb.head
    return tok.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" \
        and verb.i > verb.head.i


def _clause_subject(tok: Token, pronoun: Token | None = None) -> bool:
    """``tok`` (a name's head) is the subject of a clause of any kind (a relative, adverbial or
    complement clause: "the first time Flynn made a public speech"); with ``pronoun`` (in the
    same sentence), of a clause whose verb dominates the pronoun ("in which Geza said that he
    would mobilize…, citing … what he called…", VOA, new-user trial: Geza, the one whose report
    holds the pronoun; binding). A subject outranks an object or a passive's agent in the same
    sentence (Lappin & Leass 1994: subject emphasis), so in a sentence whose main clause has no
    person subject, a clause's subject is the antecedent before a person of an earlier
    sentence (:func:`_person_antecedent`). A name that modifies a common noun is no subject
    ("The Sanders campaign was the first time she…"). PolNeAR train without its held-out
    fifth: the rule changed the antecedent of 114 subject "he"/"she" (before the common-noun
    exclusion); read by hand, about 77 to the right person ("Mr. Trump was prompted to say, ''…''
    He was eventually challenged", "Clinton made two campaign stops in Florida. She was in"),
    about 23 away from it (6 of them through a name modifying a noun, now excluded), the rest
    unclear or wrong both ways."""
    while tok.dep_ == "compound":
        if tok.pos_ == "PROPN" and tok.head.pos_ == "NOUN":
            return False  # "The Sanders campaign was the first time she…": the campaign is the subject
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and (pronoun is None or tok.head in pronoun.ancestors)
