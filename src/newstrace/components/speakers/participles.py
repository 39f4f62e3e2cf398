"""Participles, gerunds and relative clauses with no subject of their own: the signs that
:func:`~newstrace.components.speakers.subjects.subject_of` reads to find who acts in them (the
verb a gerund hangs on through a span of time or an adjective, a fronted perfect participle, the
one who asks an embedded question, the people a participle follows, a relative "which" that
stands for a clause, the issuer of a message, the sender of a message received).
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.components.claims import SHOWING
from newstrace.entities import is_role

from newstrace.components.speakers.reporting import is_reporting
from newstrace.components.speakers.words import is_sourcelike, PERSON_PRONOUNS, _speaker_noun


def _span_of_time(verb: Token) -> Token | None:
    """The verb a prepositional gerund hangs on through a span of time ("After weeks of denying
    it was planning to repatriate…, Thailand abruptly turned 40 of them over", VOA, new-user
    trial 7: the denial was lost and "it" became the planner; "after years of saying…"): the
    verb of the phrase whose object, a DATE entity, the "of" of the gerund modifies. The one
    who spent that time doing it is that verb's subject, as for the gerund right on a
    preposition (:func:`subject_of`). PolNeAR train without its held-out fifth: 12 "…ing"
    words after a span of time ("months of trying to sideline…", "decades of backing…"), none
    with a reported clause; held-out fifth attribution F1 0.763 -> 0.763. None otherwise."""
    time = verb.head.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ != "of" \
            or time.ent_type_ != "DATE" or time.dep_ != "pobj" or time.head.head.pos_ not in ("VERB", "AUX"):
        return None
    return time.head.head


def _perfect_participle(verb: Token) -> bool:
    """A perfect participle set off by a comma or opening its sentence ("Having announced that he
    would not send me to prison, Judge Berman proceeded…", "Clinton also misjudged Assad, having
    referred to him as a reformer"): it shares the subject of the clause it hangs on, as an
    "-ing" participle does. PolNeAR train without its held-out fifth: 1 such verb of report,
    a gold cue with that subject its gold source (held-out fifth: 1 of 1; "as having choked",
    not set off, stays out)."""
    start = verb.left_edge.i
    set_off = start == verb.sent.start or verb.doc[start - 1].text == ","
    return set_off and verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)


def _gerund_clause(prep: Token) -> Token | None:
    """The verb whose subject does the act of a gerund after ``prep`` when the preposition hangs
    on an adjective or adverb rather than on the verb: "Trump has been the most aggressive … in
    denouncing the media", "he was back to boasting about…", "half of the address was devoted
    to criticizing…" (the parse takes "devoted" for an adjective). Walks up from ``prep``
    through adjectives, adverbs and prepositions to a verb; None at a noun ("a reputation for
    putting…", "months of refusing…": nouns lead to other people's clauses), at a passive verb
    (its agent is no gerund's subject: "in addition to worrying…, Mrs. Clinton is hemmed in by
    her record") and for "with" ("with about three in 10 saying…": its object is the subject).
    PolNeAR train without its held-out fifth: 4 such gerunds with a cue probability >= 0.6,
    all gold cues with that subject their gold source."""
    if prep.lower_ == "with":
        return None
    t = prep.head
    while t.head != t and (t.pos_ in ("ADJ", "ADV") and t.dep_ in ("advmod", "acomp", "attr", "amod")
                           or t.pos_ == "ADP" and t.dep_ == "prep"):
        t = t.head
    if t.pos_ not in ("VERB", "AUX") or any(c.dep_ == "auxpass" for c in t.children):
        return None
    return t


#: Words that open an embedded question ("described how the attack unfolded").
QUESTION_WORDS = frozenset({"how", "why", "whether", "what"})


def _question_embedder(verb: Token) -> Token | None:
    """The word that embeds the question a participle set off by a comma hangs on ("An
    eyewitness described … how the attack unfolded, stating, “I was crossing…”", new-user trial,
    Wikinews): the verb that asks or tells it, or the noun the parser hung it on as a relative
    clause (a wh-question is no relative clause). The participle continues the one who tells,
    not the question's subject ("the attack" states nothing). None when ``verb`` follows no
    comma or its head opens with no question word (:data:`QUESTION_WORDS`). PolNeAR train
    without its held-out fifth: a reporting participle so placed once, "Mr. Trump questioned
    why Mr. Khan's wife did not speak…, implying that she was forbidden…", gold source Mr.
    Trump."""
    clause = verb.head
    if verb.i == 0 or verb.doc[verb.i - 1].text != "," or clause.dep_ not in ("ccomp", "relcl") \
            or not any(c.lower_ in QUESTION_WORDS and c.i < clause.i for c in clause.children):
        return None
    return clause.head


def _participle_noun(verb: Token) -> Token | None:
    """The people a participle of report right after them speak for when the parse hung the
    participle on the clause's verb instead of on them: "Syria's constitution is facing
    criticism from legal experts and political groups arguing that its loopholes could…"
    (VOA story 2, new-user trial: "arguing" parsed as an adverbial of "facing", so the
    constitution argued). ``verb`` is a reporting participle (:func:`is_reporting`) with no
    comma before it, the word before it is (the last conjunct of) a noun that names someone
    who can speak (:func:`_speaker_noun`), and the clause's subject is no such noun, name or
    personal pronoun, so it cannot be the one who argues. Returns the first conjunct of that
    noun. PolNeAR train without its held-out fifth, reporting participles parsed so with no
    comma after a noun: the clause's subject is the gold source 14 times, the noun before 3
    times, 5 other; this rule changes none of the 22."""
    if verb.dep_ != "advcl" or not is_reporting(verb) or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or not _speaker_noun(noun):
        return None
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or _speaker_noun(subject) or subject.pos_ == "PROPN" \
            or subject.lower_ in PERSON_PRONOUNS:
        return None
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun


def _sentential_which(verb: Token) -> bool:
    """A relative "which" clause with a verb of showing (``SHOWING``) after a comma that hangs
    on a noun able to speak (:func:`_speaker_noun`), a place or a date: "the president gets to
    pick 20 percent of members of the transitional parliament, which shows there is no
    separation…" (VOA story 2, new-user trial), "Clinton released her medical records in July,
    which showed she was fit for duty" (PolNeAR train). A person, body, place or time shows
    nothing: "which" stands for the clause before, the inference is the speaker's, and the
    relative clause names no source. PolNeAR train without its held-out fifth: 3 such clauses,
    1 a gold cue (the "July" sentence, gold source "which")."""
    which = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "which"), None)
    if verb.lemma_.lower() not in SHOWING or which is None or which.i == 0 \
            or which.doc[which.i - 1].text != ",":
        return False
    head = verb.head
    return _speaker_noun(head) or head.ent_type_ in ("GPE", "LOC", "DATE", "TIME")


def _issuer(noun: Token) -> Token | None:
    """Who issued the message a noun names when it is the object of a verb with a named
    subject: "Pyongyang issued a series of warnings demanding …" → "Pyongyang" (the warnings
    are no one). None for a noun that names a source itself (a person, an outlet, a document:
    "a letter announcing …") or when the subject is no name."""
    if noun.pos_ == "PROPN" or is_role(noun) or is_sourcelike(noun):
        return None
    t = noun
    while t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ == "NOUN":
        t = t.head.head  # "a series of warnings"
    if t.dep_ != "dobj" or t.head.pos_ != "VERB":
        return None
    subject = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return subject
    return None


#: Verbs of receiving a message whose participle of report is the message's (:func:`_received_message`).
RECEIVING = frozenset({"receive", "get"})


def _received_message(verb: Token) -> Token | None:
    """Who tells in a participle of report that follows a message someone received: "when she
    received a text message from a friend and fellow journalist in November 2024, telling her
    the Taliban had banned her book, she was shocked" (VOA 8011004, new-user trial 19: the one
    who received the message had become the teller). ``verb`` is a reporting participle
    (:func:`is_reporting`) hung as an adverbial on a verb of receiving (``RECEIVING``) with an
    object; the teller is the "from" phrase's noun on that verb or its object, else the object
    (the message itself). None otherwise. PolNeAR train: no "received …, telling/saying" (a
    text search); dev unchanged."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.lemma_.lower() not in RECEIVING or not is_reporting(verb):
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None:
        return None
    sender = next((p for h in (head, obj) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                   for p in c.children if p.dep_ == "pobj"), None)
    return sender if sender is not None else obj
