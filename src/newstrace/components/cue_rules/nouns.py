"""Stance and speech-act nouns: the holder and the clause of a stance noun ("his claim that…":
:func:`noun_cue_holder`, :func:`noun_cue_content`; "Her argument was that…":
:func:`predicate_content`), one whose holder the text does not name ("there were allegations
that…": :func:`unheld_noun_cue`), a speech act named by a verb's object ("issued a statement
condemning…": :func:`speech_act_noun`), a statement or document a verb puts out that a
participle describes ("issued a statement saying that…", "wrote an op-ed urging…":
:func:`document_issuer`), and a feeling or view a verb
shows or voices ("expressed concern that…": :func:`displayed_attitude`).

Input: a noun, verb or clause head of a parsed spaCy Doc; output: the holder's, content's or
noun's token, or None. Word lists: ``stance_nouns``, ``hearsay_nouns``, ``message_nouns``,
``display_verbs`` and ``attitude_nouns`` of ``lexicons/cues.json``; counts: PolNeAR train
without its held-out fifth, beside each list and in the docstrings. Sets nothing.
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.components.quotes import doc_regions, in_quotes
from newstrace.components.speakers import DUMMY_SUBJECTS, is_reporting, subject_of
from newstrace.components.stance import UTTER
from newstrace.lexicons import cues

from newstrace.components.cue_rules.words import CONTENT_PREPS, is_topic, NP_REPORT
from newstrace.components.cue_rules.non_reports import negated_act


def noun_cue_holder(noun: Token) -> Token | None:
    """The holder of a stance noun ("his claim that…", "the warning by officials that…", "made
    the argument that…"): its possessor, the object of "by" after it, or, when the noun is the
    object of a verb of uttering (make, express, voice…), that verb's subject."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN", "PRON"):
            return c
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i > noun.i:
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("PROPN", "NOUN", "PRON"):
                return pobj
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in UTTER:
        src = subject_of(noun.head)
        if src is not None and src.lower_ not in DUMMY_SUBJECTS:
            return src
    made = _made_by(noun)
    if made is not None:  # "a claim made by Rep. Duncan Hunter that…"
        return next((p for c in made.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    return None


def _made_by(noun: Token) -> Token | None:
    """The participle of a verb of uttering (``UTTER``: make, voice…) with a "by" agent that
    hangs on a stance noun: "Jeh Johnson is pushing back against a claim made by Rep. Duncan
    Hunter that at least 10 … fighters were apprehended" (FNC-1 body 324, new-user trial 19).
    The agent holds the noun (:func:`noun_cue_holder`); the parser hangs the noun's that-clause
    on the participle (:func:`noun_cue_content`). PolNeAR train, the 20 texts with "made by":
    no attribution changed; dev unchanged."""
    return next((c for c in noun.children if c.dep_ == "acl" and c.i > noun.i and c.tag_ == "VBN"
                 and c.lemma_.lower() in UTTER and any(k.dep_ == "agent" for k in c.children)), None)


INTENT_NOUNS = frozenset({"call", "pledge", "promise", "vow"})
# nouns of a spoken commitment or request whose infinitive is the content ("his call to ban…",
# "her vow to go after…"). Chosen on PolNeAR train/ without its held-out fifth: of the
# candidate nouns of intention (call, pledge, promise, vow, threat, demand, appeal, plan,
# decision, refusal, proposal, offer, desire, intention, request, wish), those whose "NOUN to
# VERB" starts a gold cue at least 30% of the time (the threshold of _clause_taking); "plan to",
# "decision to", "refusal to" name an act and are mostly left unattributed there.


def noun_cue_content(noun: Token) -> Token | None:
    """The clause a stance noun introduces: an ``acl`` (or ``ccomp``) verb after the noun with
    the complementiser "that" ("the claim that the budget is balanced"); a relative clause
    ("the claim that he made") has its "that" as a subject or object, not as a marker. For a
    noun of a spoken commitment or request (``INTENT_NOUNS``), also its infinitive right after it
    ("his recent call to ban…", "her vow to go after…"); not an infinitive on a longer phrase
    ("a call for the city to…"). A stance noun with a possessor that is the subject of "be"
    has the predicate's that-clause ("Sanders's argument on Sunday was that superdelegates
    should consider switching", "Podliska's most explosive claim is that the committee is a
    witch hunt"): PolNeAR train without its held-out fifth, outside any gold content, a gold cue
    7 times in 8 (argument 2/2, claim, fear, impression, point, suggestion 1/1; explanation
    0/1), none found before; held-out fifth 2 in 3; with no possessor 4 in 7, left out. A
    noun of a speech act (``SPEECH_NOUNS``) there too ("The Florida senator's answer was that
    “the most important institution in society is the family”", "Rubio's response was that…"):
    a gold cue 2 times in 2 (none on the held-out fifth). A noun of a message put out
    (``message_nouns``: "Hillary Clinton’s campaign slogan is “I’m with her.”") or of a speech act
    may also have a clause with no "that" or an infinitive there (:func:`predicate_content`).
    Held-out fifth with ``stance.DECISION_NOUNS`` and the session-24 ``stance.UTTER`` verbs:
    attribution F1 0.764 -> 0.766, cue F1 0.763 -> 0.766."""
    if noun.pos_ != "NOUN":
        return None
    lemma = noun.lemma_.lower()
    stance = lemma in cues()["stance_nouns"] or lemma in cues()["hearsay_nouns"]
    message = lemma in cues()["message_nouns"]
    if (stance or message or lemma in SPEECH_NOUNS) and noun.dep_ == "nsubj" and noun.head.lemma_ == "be" \
            and any(c.dep_ == "poss" for c in noun.children):  # "Her argument is that…"
        return predicate_content(noun.head, that_only=not message and lemma not in SPEECH_NOUNS)
    if not stance and lemma not in INTENT_NOUNS:
        return None
    made = _made_by(noun) if stance else None
    for c in [*noun.children, *(made.children if made is not None else ())]:
        if c.dep_ not in ("acl", "ccomp", "appos") or c.i <= noun.i or c.pos_ not in ("VERB", "AUX"):
            continue
        if stance and any(k.dep_ == "mark" and k.lower_ == "that" for k in c.children):
            return c
        if lemma in INTENT_NOUNS and c.dep_ == "acl" and c.left_edge.i == noun.i + 1 \
                and any(k.dep_ == "aux" and k.lower_ == "to" and k.i < c.i for k in c.children):
            return c
    return None


def predicate_content(be: Token, that_only: bool = False) -> Token | None:
    """What a held message is, said by the copula ``be`` whose subject names it ("Sanders's
    argument was that superdelegates should…"): a that-clause after ``be``; unless
    ``that_only``, and outside quotation marks, also a clause with no "that" ("Hillary Clinton’s
    campaign slogan is “I’m with her.”", "My advice is, the only way we get someone on the
    Court…") or an infinitive ("Francis' message is to call on all Christians…"). Returns the
    clause's verb, or None. PolNeAR train without its held-out fifth, such a message with a
    possessor (``message_nouns`` of ``lexicons/cues.json``, or ``SPEECH_NOUNS``), none found
    before: outside quotation marks a gold cue 7 times in 7 (phrase, slogan, message, point,
    advice 2, dictum; "task" left out, 1 in 2); inside them 0 in 5 ("''My advice was not to do
    it,'' recalled…"). Held-out fifth, with the "’s" of ``pipeline.CURLY_BE``: 2 more found, none
    more false (matched 2467 -> 2469 of 2879 -> 2881 system; "Clinton’s response was: “Is Dalton
    Brody off Conn or Wisconsin?”"), attribution F1 0.7696 -> 0.7708, cue F1 0.7697 -> 0.7701
    (2455 -> 2457 matched), content partial F1 0.734 and source accuracy 0.916 unchanged."""
    for c in be.children:
        if c.i < be.i or c.dep_ not in ("ccomp", "attr", "xcomp"):
            continue
        if c.dep_ != "xcomp" and any(k.dep_ == "mark" and k.lower_ == "that" for k in c.children):
            return c
        if not that_only and not in_quotes(doc_regions(be.doc), be.idx) and (
                c.dep_ == "ccomp" or c.dep_ == "xcomp" and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)):
            return c
    return None


def unheld_noun_cue(content: Token) -> Token | None:
    """The stance noun whose clause ``content`` is (:func:`noun_cue_content`) when the text names
    no holder for it (:func:`noun_cue_holder`): "there were allegations that X", "speculation that
    she would run grew", "amid complaints that the program was underfunded". The clause is what
    unnamed people allege, believe or say: PolNeAR annotates it as an attribution, with the noun
    as cue and, mostly, no source. Not a noun that is a verb's object ("dismissed complaints
    that…"), whose verb reports it, unless it is a ``hearsay_nouns`` noun (``lexicons/cues.json``) and the verb
    reports nothing ("it was drawing complaints that it was underfunded"), nor one under a
    reporting verb (:func:`_under_report`: "officials said there is growing confidence that…":
    the clause is already theirs), nor one with a subject or after a name ("groups like Amnesty International estimate that…", a verb the parser took for a noun).
    PolNeAR train without its held-out fifth, such a noun outside any gold content where
    newstrace found no cue: the gold cue of a content 30 times in 42 (14 of them with no
    source). None otherwise."""
    noun = content.head
    hearsay_noun = noun.lemma_.lower() in cues()["hearsay_nouns"]
    hearsay = hearsay_noun and not is_reporting(noun.head)
    if content.dep_ not in ("acl", "ccomp", "appos") or noun.dep_ == "dobj" and not hearsay \
            or noun_cue_content(noun) != content or noun_cue_holder(noun) is not None \
            or any(c.dep_ == "nsubj" or c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children) \
            or _under_report(noun, hearsay_noun):
        return None
    return noun


def _under_report(tok: Token, own_conjunct: bool) -> bool:
    """Whether a reporting verb is an ancestor of ``tok``; with ``own_conjunct``, one reached
    other than as the first of coordinated clauses ("Three city commissioners were charged with
    receiving bribes …, and there were numerous complaints that interlopers … were racing
    around the weed-covered greens", PolNeAR train: the parse hangs the second clause on
    "charged" as its ``conj``, and no one charged the complaints). ``own_conjunct`` is for the
    ``hearsay_nouns`` only: PolNeAR train without its held-out fifth, such a conjunct with a
    holderless stance noun is a gold cue 1 time in 3 (the complaints above; not "she has bristled
    at the implication that…", "continued to defend the notion that…"), with a hearsay noun 1 in
    1 (held-out fifth 1 in 2: not "it's sparking fears among progressive economists that…")."""
    while tok.head.i != tok.i:
        if (tok.dep_ != "conj" or not own_conjunct) and is_reporting(tok.head):
            return True
        tok = tok.head
    return False


# verbs that perform a speech act named by their object ("issued a statement", "raised questions
# about", "made the case for") and the nouns of such acts; see :func:`speech_act_noun`. PolNeAR
# train without its held-out fifth, outside any gold content: the verb or noun is a gold cue 147
# times in 164 (raise question 11/13, make case 11/12, issue statement 9/9, express concern 9/9,
# release statement 5/5, make statement 5/5); "support" and "endorsement" are left out ("has the
# support of X": X is the one who supports), as are verbs and nouns mostly no cue (give 6/16,
# hold 5/12, speech 6/21, call 2/7). "ask" + a question ("asked the senator a question about
# the budget", "asked his readers their thoughts on…"): a gold cue both times outside gold
# content (4 in all); held-out fifth, 2 more found, none more false.
SPEECH_SUPPORT = frozenset({"make", "issue", "release", "offer", "raise", "express", "voice", "ask",
                            "deliver", "send", "post", "publish", "put", "share", "have", "write"})
SPEECH_NOUNS = frozenset({"statement", "comment", "remark", "case", "argument", "reference", "joke",
                          "question", "concern", "doubt", "defense", "defence", "opinion", "thought",
                          "view", "idea", "apology", "answer", "announcement", "proposal", "promise",
                          "praise", "attack", "critique", "criticism", "warning", "threat", "plea",
                          "assurance", "condolence", "prediction", "forecast", "message", "letter",
                          "response", "point", "complaint", "accusation",
                          "allegation", "confidence", "optimism", "skepticism", "misgiving",
                          "reservation", "feeling", "objection", "appeal", "request", "demand"})


def speech_act_noun(verb: Token) -> Token | None:
    """The object of a verb that performs the speech act its object names, when the act has a
    content: "issued a statement condemning the attack", "raised questions about his record",
    "made the case for a wall", "expressed doubt that…". ``verb`` is a ``SPEECH_SUPPORT`` verb in
    the active voice, its direct object a ``SPEECH_NOUNS`` noun, and the content a phrase on the
    noun or the verb after it: a prepositional object (``CONTENT_PREPS``, no time), a participle
    or clause on the noun ("a statement condemning…"; not a relative clause: "the statement he
    made"). Returns the noun, or None. The attribution stage leaves an act that a participle
    describes, "issued a statement condemning…", to :func:`document_issuer`, whose cue runs to
    the participle."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_SUPPORT \
            or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in SPEECH_NOUNS or negated_act(verb, obj):
        return None
    preps = [c for c in [*obj.children, *verb.children] if c.dep_ == "prep" and c.i > obj.i
             and c.lower_ in CONTENT_PREPS]
    if any(p.dep_ in ("pobj", "pcomp") and is_topic(p)
           for c in preps for p in c.children):
        return obj
    return obj if any(c.dep_ in ("acl", "ccomp") and c.i > obj.i and c.pos_ in ("VERB", "AUX")
                      for c in obj.children) else None


def displayed_attitude(verb: Token) -> Token | None:
    """The feeling or view that a verb of showing or voicing it (``display_verbs`` of
    ``lexicons/cues.json``) has for object (``attitude_nouns``), when the noun has a content of
    its own after it: a that-clause or infinitive ("expressed concern that Clinton may become the
    next president", "has shown little inclination to play a big role") or a prepositional
    object ("voiced support for Trump", "showed no sign of backing down", "sounded a cautious
    note about the jobs report"). PolNeAR counts the noun in the cue ("expressed concern") and
    what follows it as the content. Not a noun with "the" or a possessor ("voiced the
    frustration of many", "expressed their support for Trump": a feeling named as a thing).
    Returns the noun, or None.

    PolNeAR train without its held-out fifth, such a noun at the start of a system content is
    in a gold cue 29 times, in a gold content 8 and in neither 2 (express 14/20, show 11/14,
    sound 2/3, voice 2/2); with a possessor 1 in 3. Held-out fifth: 6 times in 6 (with a
    possessor 2 in 3). Held-out fifth with :func:`aspect_infinitive` and "known for"
    (``scoring.sourceless._cue_words``): attribution F1 0.769 unchanged (2463 matched of 2874), content
    exact 1805 -> 1809, content partial F1 0.733, cue F1 0.769 (2450 matched) and source
    accuracy 0.915 unchanged."""
    lex = cues()
    if verb.lemma_.lower() not in lex["display_verbs"]:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in lex["attitude_nouns"] \
            or any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
        return None
    return obj if any(c.i > obj.i and (c.dep_ == "prep" and (c.lower_ in CONTENT_PREPS or c.lower_ == "in")
                                      or c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX"))
                      for c in obj.children) else None


#: Verbs of putting out a document or an advertisement ("sent a letter", "wrote an op-ed", "is
#: running a TV spot", "published research"): see :func:`document_issuer`.
ISSUING_VERBS = frozenset({"write", "send", "release", "issue", "publish", "post", "tweet", "run", "air",
                           "file", "unveil", "pen", "draft", "circulate", "deliver"})
#: Nouns of a document, an advertisement or a delivered speech, besides ``SPEECH_NOUNS``.
DOCUMENT_NOUNS = frozenset({"op-ed", "ad", "advertisement", "spot", "commercial", "commentary", "column",
                            "article", "editorial", "memo", "report", "research", "study", "email", "e-mail",
                            "video", "petition", "lawsuit", "suit", "brief", "story", "release", "pitch",
                            "tweet", "post", "speech", "note", "book", "essay", "op"})


#: The lists of ``lexicons/cues.json`` whose verbs, besides ``NP_REPORT``, a participle describing
#: a document is one of (:func:`document_issuer`): no "featuring", "using", "depending".
PARTICIPLE_LISTS = ("report_neutral", "stance_verbs", "stance_act_verbs", "asking_verbs")


def _noun_lemma(noun: Token) -> str:
    """The lemma of ``noun``, "op-ed" for the "ed" of "op-ed", which the tokenizer splits."""
    doc = noun.doc
    if noun.lower_ == "ed" and noun.i >= 2 and doc[noun.i - 2].lower_ == "op" and doc[noun.i - 1].text == "-":
        return "op-ed"
    return noun.lemma_.lower()


def says_clause(part: Token) -> bool:
    """``part`` is a verb of saying with a clause of its own: "saying" of "issued a statement
    saying that he would…"."""
    return is_reporting(part) and any(c.dep_ in ("ccomp", "xcomp") for c in part.children)


def document_issuer(part: Token) -> tuple[Token, Token] | None:
    """``(verb, noun)`` of a speech act or document act whose statement or document the
    participle ``part`` goes on to describe or quote: "Trump issued a statement saying that he
    would…", "They sent a letter on Thursday to Senate leaders opposing reauthorization…", "Ted
    Cruz wrote an op-ed urging Congress to…", "is running a TV spot attacking…", "published
    research … showing that…". The statement or document is a channel of its author
    (CONVENTIONS.md, attribution chain): what it says, urges, shows or attacks is said by the
    verb's subject, with the act of putting it out, "issued a statement saying", "wrote an op-ed
    urging", as the cue, not by the participle alone (PolNeAR puts the verb in the cue, and the
    participle with it or in the content). ``part`` is a participle (VBG; or any verb of saying
    with a clause, :func:`says_clause`) hung on the object noun of the verb (``acl``), on the verb
    itself after that object (``advcl``, the parse's other reading), or on a noun of a
    prepositional phrase of the verb after the object ("sent a letter to Senate leaders
    opposing…"); the verb is an active ``ISSUING_VERBS`` or ``SPEECH_SUPPORT`` verb whose act is
    not said not to have happened (:func:`negated_act`: "did not issue a statement"), the noun a
    ``SPEECH_NOUNS`` or ``DOCUMENT_NOUNS`` noun. None otherwise. One rule since session 34 for
    the speech acts of :func:`speech_act_noun` described by a participle of saying (before,
    ``speech_act_issuer``: "issued a statement saying that…", "made a statement saying…") and the
    documents (session 33).

    PolNeAR train without its held-out fifth (parsed without the parse repairs): fires 65 times,
    a gold cue on the new cue (verb to participle) 57 times, on its verb or noun 51 (with no comma
    before the participle 41 of 50; "delivered his standard campaign speech, decrying…" has the
    participle alone for cue); wrong on participles of manner or result ("run ads …, depending
    on…", "delivered a speech … using a teleprompter", "released a video … featuring…"), which
    the participle's verb list (:data:`PARTICIPLE_LISTS`) leaves out.

    Session 34, one rule: on the 205 texts of PolNeAR train without its held-out fifth that have a
    verb, a noun of these lists and a participle after them, it fires where the two rules it
    replaces did, and nowhere else (the participle of saying is kept to a clause on the object,
    ``acl``, and the ``SPEECH_SUPPORT`` verbs to it: with any participle and position they
    fired 10 times more, right 3: "file a criminal complaint to show that…", "made a good case
    for his wife, while other voters said…"). A speech-act noun of an ``ISSUING_VERBS`` verb
    that a participle right after it describes (adverbs between at most) now has this rule's
    cue, to the participle, not :func:`speech_act_noun`'s verb and noun: there, PolNeAR's gold
    cue runs to the participle 5 times in 6 ("issued statements condemning the coordinated
    attacks", "released a statement confirming…"; the verb and noun alone: "issued an open
    letter calling Trump unfit…"); with other words between, 0 times in 1 ("wrote a letter to
    Attorney General Loretta E. Lynch asking…": verb and noun, left to :func:`speech_act_noun`).
    Dev: content exact 1175 -> 1176 ("issued a statement calling the overnight nuclear test…"),
    all else identical; held-out fifth identical (attributions matched 2560 of 2975 system,
    content exact 1877, cues matched 2538 of 2944, source 2227 of 2440)."""
    lex = cues()
    lemma = part.lemma_.lower()
    saying = part.dep_ == "acl" and part.head.dep_ == "dobj" and says_clause(part)
    if not saying and (part.tag_ != "VBG" or part.dep_ not in ("acl", "advcl") or not (
            lemma in NP_REPORT or any(lemma in lex[k] for k in PARTICIPLE_LISTS))):
        return None
    head = part.head
    if part.dep_ == "acl" and head.dep_ == "dobj":
        verb, noun = head.head, head
    elif part.dep_ == "acl" and head.dep_ == "pobj" and head.head.dep_ in ("prep", "dative") \
            and head.head.head.pos_ == "VERB":
        verb = head.head.head
        noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i < head.i), None)
    elif part.dep_ == "advcl" and head.pos_ == "VERB":
        verb = head
        noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i < part.i), None)
    else:
        return None
    if noun is None or verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) \
            or negated_act(verb, noun):
        return None
    lemma, act = _noun_lemma(noun), verb.lemma_.lower()
    if act in ISSUING_VERBS and (lemma in SPEECH_NOUNS or lemma in DOCUMENT_NOUNS):
        return verb, noun
    return (verb, noun) if saying and act in SPEECH_SUPPORT and lemma in SPEECH_NOUNS else None


def document_participle(verb: Token) -> Token | None:
    """The participle that describes the document ``verb`` puts out (:func:`document_issuer`):
    "urging" of "wrote" in "Ted Cruz wrote an op-ed urging Congress to…"; None otherwise."""
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is None:
        return None
    near = [*noun.children, *verb.children,
            *(k for c in verb.children if c.dep_ in ("prep", "dative") for p in c.children if p.dep_ == "pobj"
              for k in p.children)]
    return next((c for c in sorted(near, key=lambda t: t.i)
                 if c.i > noun.i and (found := document_issuer(c)) is not None and found[0] == verb), None)
