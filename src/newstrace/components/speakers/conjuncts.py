"""Whose report a conjoined or controlled verb is: a second report that the parse hung on the
first one's content (:func:`coordinated_report`, :func:`second_report`), a conjunct that shares
an active subject (:func:`_active_conjunct`) or goes on with the speaker of an appeal
(:func:`_first_person_conjunct`), and the verbs whose object (:data:`OBJECT_CONTROL`) or subject
(:data:`SUBJECT_CONTROL`) is the subject of their infinitive. Read by
:func:`~newstrace.components.speakers.subjects.subject_of`.
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.components.parse_repairs import finite_tag, FINITE_TAGS
from newstrace.entities import FIRST_PERSON
from newstrace.lexicons import cues

from newstrace.components.speakers.reporting import is_reporting


BASE_FORM = frozenset({"VB", "VBP"})
"""Tags of a verb's base form: the infinitive or imperative (VB) and the present tense but the
third person singular (VBP), one word the tagger tells apart by context alone."""


def coordinated_report(verb: Token) -> Token | None:
    """The reporting verb that a second verb of report is really coordinated with when the parse
    hung it on the reported clause: "Paul said Rubio's plan would give money to immigrants, and
    called him a proponent of amnesty" (parsed "would give … and called"), "told ABC that he
    agrees …, and said the record is clear". ``verb`` is a conjunct with no subject of its own,
    after its conjunct head, which is the clausal complement of a reporting verb before it;
    ``verb`` has the reporting verb's tag (tense) and its conjunct head another one ("said" VBD,
    "would give" VB, "called" VBD); and ``verb`` is itself a verb of report or stance (the
    ``report_neutral``, ``stance_act_verbs`` and ``asking_verbs`` classes of the cue lexicon, or
    :func:`is_reporting`). Then the speaker of the reporting verb is its subject, and it is no
    part of the first report's content. PolNeAR train without its held-out fifth: of 40 such
    verbs, 28 are outside the first report's gold content (21 of them gold cues of their own).
    None otherwise (a verb that shares the reported clause's tense, "said Smith lied and
    admitted…", belongs to the clause). The base form counts as one tag, VB or VBP
    (:data:`BASE_FORM`), the two being the same word the tagger tells apart by context alone
    ("strategists fear that Clinton has missed a chance and warn that…", "warn" VB, "fear" VBP)
    unless the conjunct head is a base form too ("say she will win and lead…"): PolNeAR train
    without its held-out fifth, 3 such verbs more, all outside the first report's gold content
    (2 gold cues of their own); held-out fifth: 1, a gold cue.
    The tense is also read from the auxiliary that carries it (:func:`finite_tag`: "He said
    that he would offer a prayer … but did not suggest it would be Trump", "did" VBD, "would"
    MD): PolNeAR train without its held-out fifth, 4 such verbs more, all outside the first
    report's gold content and gold cues of their own; held-out fifth: none more (figures
    unchanged). The same signs do not hold for a conjunct that is no verb of report or stance
    ("said she admires him and highlighted their shared goals"): train without its fifth, 16
    of 22 such verbs lie inside the first report's gold content, so those stay in it."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    head = verb.head
    if head.dep_ != "ccomp" or head.pos_ not in ("VERB", "AUX") or verb.i < head.i:
        return None
    gov = head.head
    if gov.i > head.i or not is_reporting(gov) or not (
            _tenses_apart(verb, head, gov, lambda t: t.tag_) or _tenses_apart(verb, head, gov, finite_tag)):
        return None
    lemma, lex = verb.lemma_.lower(), cues()
    if lemma in lex["report_neutral"] or lemma in lex["stance_act_verbs"] \
            or lemma in lex["asking_verbs"] or is_reporting(verb):
        return gov
    return None


def second_report(verb: Token) -> bool:
    """Whether ``verb`` is a :func:`coordinated_report` whose tense, read from the auxiliary
    that carries it (:func:`finite_tag`), also sets it apart from the reported clause: "many
    officials believe debt relief is possible only in bankruptcy and have been calling on
    Congress to amend the law" ("have" VBP as "believe", "is" VBZ); not "Singh said he was
    alarmed by the images and wanted to see…", where "was" carries the tense of "said". Only a
    finite reporting verb has a tense to share ("emailed supporters saying: “…” and vowing to
    compete" is left to the rest of the stage). Such a verb is no part of the first report's
    content (:meth:`~newstrace.components.attribution.inheritance.ContentInheritance.inherit_content`). PolNeAR
    train without its held-out fifth: 15 of 21 such verbs lie outside the first report's gold
    content (13 gold cues of their own); held-out fifth: 4 of 4, figures unchanged (the other
    rules already split them); dev: one more attribution found (1492 -> 1493)."""
    gov = coordinated_report(verb)
    return gov is not None and finite_tag(gov) in FINITE_TAGS and _tenses_apart(verb, verb.head, gov, finite_tag)


def _tenses_apart(verb: Token, head: Token, gov: Token, tag) -> bool:
    """Whether the conjunct ``verb`` has the tense of the reporting verb ``gov`` and its
    conjunct ``head`` another one, by ``tag`` (a Token -> tag function); the base form counts
    as one tag (:data:`BASE_FORM`) unless ``head`` is a base form too."""
    same = tag(verb) == tag(gov) or {tag(verb), tag(gov)} == BASE_FORM and head.tag_ not in BASE_FORM
    return same and tag(head) != tag(gov)


def _active_conjunct(verb: Token) -> bool:
    """A past-tense verb the parser read as a passive participle with a "by" agent though it
    shares the active subject of the verb it is coordinated with: "The man came down and
    passed by me, thinking I was dead" (VOA story 63, new-user trial: "me" was the one
    thinking). ``verb`` is a conjunct with no passive auxiliary and no subject of its own, and
    its conjunct head is a finite active verb (past or present tense, no passive auxiliary), no
    copula ("It's a hypothesis raised by a lawyer, but dismissed by the ambassador": a passive).
    Then the "by" phrase is no agent. PolNeAR train without its held-out fifth: 4 such verbs
    with a "by" phrase, none a gold cue."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and head.pos_ == "VERB" and head.lemma_ != "be" \
        and head.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ in ("attr", "acomp") for c in head.children) \
        and not any(c.dep_ in ("auxpass", "nsubjpass", "nsubj") for c in verb.children) \
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)


#: Verbs whose object is the subject of their infinitive ("led her to announce", "urged him to
#: say"): ``object_control_verbs`` of the cue lexicon (its ``_source`` gives the verb classes).
#: PolNeAR train without its held-out fifth (parse-only): an infinitive under one of them with a
#: noun or pronoun object before it 336 times, a gold cue 17 times, with the object as gold
#: source 16 of them ("prompted Anderson Cooper to accuse Bondi"); the verbs the merge of
#: session 29 added here (order, permit, instruct, direct, authorize, command, help, request)
#: 26 of the 336, one a gold cue ("permitted Judicial Watch to depose": the object), no
#: attribution changed there. Held-out fifth: attribution F1 0.7712 -> 0.7713, content partial
#: F1 0.7353 -> 0.7353, cue F1 0.7713 -> 0.7714, source 0.916 -> 0.916.
OBJECT_CONTROL = cues()["object_control_verbs"]


#: Verbs whose subject, not their object, is the subject of their infinitive ("Ramos used his
#: acceptance speech to call for…": Ramos calls). PolNeAR train without its held-out fifth:
#: such an infinitive with a cue probability >= 0.6 (cue_rules.cue_probability) and no other
#: subject is a gold cue 4 times in 5 (of "use"), the subject of "use" its gold source each time.
SUBJECT_CONTROL = frozenset({"use"})


def _first_person_conjunct(verb: Token) -> Token | None:
    """The verb of asking or causing whose first-person subject a conjunct's own "my" or "our"
    shows it continues when the parse hung it on the infinitive of that verb: "I urge the
    Taliban to reverse their decision and reiterate my willingness to travel" (parsed "reverse
    … and reiterate"): the Taliban control "reverse", but "my willingness" is the speaker's, so
    "reiterate" is the speaker's act (VOA story 83, new-user trial). ``verb`` is a conjunct of an
    object-controlled infinitive (``OBJECT_CONTROL``) whose object is no first-person pronoun,
    with a first-person word among its own dependents' subtrees, and the governing verb has a
    first-person subject. None otherwise. PolNeAR train without its held-out fifth: no such
    conjunct (the news quotes few first-person appeals)."""
    inf = verb.head
    gov = inf.head
    if inf.dep_ != "xcomp" or gov.lemma_.lower() not in OBJECT_CONTROL:
        return None
    obj = next((c for c in gov.children if c.dep_ == "dobj"), None)
    subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
    if obj is None or obj.lower_ in FIRST_PERSON or subj is None or subj.lower_ not in FIRST_PERSON:
        return None
    own = [t for c in verb.children if c.dep_ not in ("conj", "cc") for t in c.subtree]
    return gov if any(t.lower_ in FIRST_PERSON for t in own) else None
