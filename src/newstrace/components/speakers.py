"""Who a source phrase is: the source token of a reporting verb (its subject, agent, the name the
parser left elsewhere) and the mention, canonical name and type of the phrase it heads.

Used by the attribution component (``components/attribution.py``) and ``components/cue_rules.py``,
which decide which verbs report and which clauses are their contents; this module only finds
and describes the speaker of a verb it is given. Names and types come from :mod:`newstrace.entities`.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newstrace.components.claims import naming_participle, prospective_showing, report_or_stance, SHOWING
from newstrace.components.parse_repairs import FINITE_TAGS, after_quotation, finite_tag
from newstrace.components.quotes import doc_regions, in_quotes
from newstrace.components.stance import plain_sense, REFLEXIVES, VENUE_NOUNS
from newstrace.entities import (PUBLICATION_NOUNS, EntityIndex, generational_person, group_antecedent, is_country, is_role,
                                one_of_a_nation, person_noun, pronoun_antecedent, role_qualifiers, source_type, source_words, strip_titles,
                                trailing_name, unattached_subject, window_start)
from newstrace.lexicons import cues, learned_cues
from newstrace.units import ents_of, ents_within, text_of, token_set


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

#: Subjects that stand for no one who could speak: dummies, demonstratives and relatives.
DUMMY_SUBJECTS = frozenset({"it", "this", "that", "there", "which", "what", "these", "those"})


#: The label of an interview's answer paragraph ("A: I think his conclusory comment is correct.").
ANSWER_LABEL = re.compile(r"\s*(?:A|Answer)\s*:")


def in_answer(token: Token) -> bool:
    """Whether ``token`` lies in a paragraph that opens with an interview's answer label
    (``ANSWER_LABEL``): there "I" and "we" are the one interviewed, not the author. PolNeAR
    train without its held-out fifth: a first-person subject of a reporting verb with a clausal
    complement in such a paragraph ("A: … But I think [the] Dodd-Frank … went a long, long
    way.") is a gold cue with the pronoun for source 19 times in 26 (3 interviews; the 7 others
    all in one, whose annotator left its answers unattributed). On those 3 texts, every
    construction read with the rule (:meth:`~newstrace.components.attribution._Attributor.authorial`):
    attributions 59 -> 90, matched 38 -> 62 of 173 gold. The held-out fifth has no such
    paragraph (figures unchanged)."""
    text = text_of(token.doc)
    return ANSWER_LABEL.match(text, text.rfind("\n", 0, token.idx) + 1) is not None


def is_author(src: Token, regions: list[tuple[int, int]]) -> bool:
    """Whether a subject is the author: "I", "we", "me", "us" outside the quotations ``regions``
    (:func:`~newstrace.components.quotes.doc_regions`) and outside an interview's answers
    (:func:`in_answer`); the author is never a listed source."""
    return src.lower_ in ("i", "we", "me", "us") and not in_quotes(regions, src.idx) and not in_answer(src)


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
    content (:meth:`~newstrace.components.attribution._Attributor.inherit_content`). PolNeAR
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


#: Prepositions of a gerund phrase after a verb's object that says what the object did
#: ("criticized Trump for embracing debt", "accused him of lying"): the object is its subject
#: when it names someone (not "took heat for not condemning…"). PolNeAR train, huff-post
#: 2016-06-23: "Hillary Clinton has been criticizing Donald Trump for embracing debt" gave
#: Clinton a stance toward debt; held-out fifth: 2 spurious attributions fewer.
REASON_OF_OBJECT = frozenset({"for", "of"})


def _tag_before(verb: Token) -> Token | None:
    """The speaker tag a participle follows: a reporting verb set into the clause the
    participle hangs on, between that clause's verb and the participle, outside quotation marks
    ("“They should consider changing their name,” the spokesperson added, further describing
    the challenges as “baseless.”", VOA story 43: the parse hangs "describing" on "consider").
    The participle is the speaker's act, as after a tag verb of its own ("Clinton said X,
    adding…"), not an act of the quotation's subject; None when there is no such tag. Held-out
    fifth of PolNeAR train: unchanged (attribution F1 0.759, source accuracy 0.912)."""
    head = verb.head
    return next((c for c in head.children if c.dep_ == "parataxis" and head.i < c.i < verb.i
                 and is_reporting(c) and verb.doc[verb.left_edge.i - 1].text == ","
                 and not any(t.is_quote for t in verb.doc[c.i:verb.i])), None)


def subject_of(verb: Token) -> Token | None:
    """The source token of a reporting verb: its subject, its passive agent, the object of a
    governing cite/quote verb ("cited Y as saying"), the subject of the verb a prepositional
    gerund hangs on ("X angered many by saying…", also after a subordinator: "Since announcing
    that…, Biden has…"), a conjoined verb's subject, the controller of
    an infinitive whose governor has no object ("Rubio tried to rebuke the front-runner": Rubio;
    PolNeAR train's held-out fifth: 18 more attributions found, 14 more spurious, F1 0.703 ->
    0.705), the object of a verb of causing or asking for its infinitive (``OBJECT_CONTROL``:
    "led the chairwoman to announce that…"; the fifth: 3 more found, none spurious), the noun a
    relative clause or a gerund participle modifies ("a letter announcing that…", "those
    describing themselves as…"; the fifth, with the subordinator case: 3 more found, 1 more
    spurious), the passive subject of the clause a participle hangs on ("a lawsuit was filed in
    2012, alleging that…": the lawsuit; the fifth: 4 more found, none spurious), the subject
    of the verb an infinitive of purpose hangs on (:func:`_purpose_controller`: "appeared before
    reporters to discuss his strategy"), the one who asks or tells the question a participle
    follows (:func:`_question_embedder`), or the name before a subjectless finite verb
    (:func:`_stranded_subject`), right after a tag verb that follows a quotation
    (:func:`_inverted_tag_subject`) or the subject of a clause the parse hung before it
    (:func:`_clause_subject`), the reporter for a participle of report that the parse hung
    on a reported clause (:func:`_speaking_participle`), the subject of "use" for its infinitive
    (:data:`SUBJECT_CONTROL`), the clause's subject for a fronted perfect participle
    (:func:`_perfect_participle`) and for a gerund after an adjective's preposition
    (:func:`_gerund_clause`). These three and an infinitive of purpose with a clause of its own
    (:func:`_purpose_controller`), held-out fifth (cue model fitted without it): attributions
    matched 2428 -> 2431 (F1 0.763 -> 0.763), cues matched 2412 -> 2415 (F1 0.762 -> 0.763),
    sources right 2127 of 2327 -> 2129 of 2330, content partial F1 0.727 unchanged."""
    aside = unattached_subject(verb)
    if aside is not None:
        return aside
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    before = [c for c in subjects if c.i < verb.i]
    if len(before) > 1:
        # a verb has one subject; the parser gave it a second one before it, the nearest is
        # its own: a tag verb's inside the quotation before it ("…bodies laying at crash
        # site,” Taliban spokesman Zabihullah Mujahid tweeted"), a noun of a fronted phrase
        # ("Despite the impact…, the rising cost of housing…, Chinese migrants say…", VOA
        # story 87), the relative pronoun of "who many feel…". PolNeAR train without its
        # held-out fifth, verbs with two subjects before them that are a gold cue: the
        # nearest is the gold source 66 times, the first 1 time (35 both or neither); of
        # those the exceptions below leave, 65 and 1 (33 both or neither). The exceptions:
        # a speaker label ("VOA: Do you hope that…?", an interview: the speaker it names
        # speaks), and one phrase the parser cut in two: a name and the role right after it,
        # or set off by dashes or commas ("Al-Sharaa — leader of Hayat Tahrir al-Sham… —
        # said", VOA story 2), the parts of a hyphenated name ("Shafiq-ul-Rehaman said")
        doc = verb.doc
        first, last = before[0], before[-1]
        label = doc[first.i + 1].text == ":" and _speaker_noun(first)
        set_off = doc[first.i + 1].text in (",", "—", "–") and doc[verb.i - 1].text in (",", "—", "–")
        apposed = first.pos_ == "PROPN" and last.pos_ == "NOUN" and (set_off or all(
            t.head == last and not t.is_punct for t in doc[first.i + 1:last.i]))
        joined = not any(t.whitespace_ for t in doc[first.i:last.i])
        if not (label or apposed or joined):
            subjects = [last] + [c for c in subjects if c.i > verb.i]
    after = [c for c in subjects if c.i > verb.i]
    if before and after and any(t.is_quote for t in verb.doc[before[-1].i:verb.i]):
        # …and a second subject after an inverted tag verb ("“…Every single amendment,” said
        # Cruz"): the one after the verb speaks. PolNeAR train without its held-out fifth: that
        # one is the gold source of the verb 6 times in 7
        subjects = after[:1]
    for c in subjects:
        if c.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            # "an architect who said…"; not "…members of the parliament, which shows that…"
            return None if _sentential_which(verb) else verb.head
        if c.dep_ == "csubj" and c.tag_ == "VBG":
            return None  # "Raising taxes would show voters that…": an act is no one's voice
        return c
    for c in verb.children:
        if c.dep_ == "agent" and not _active_conjunct(verb):
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    content = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i]
    if content:  # inverted order after a quotation, the subject parsed as an object
        inverted = next((c for c in verb.children if c.dep_ in ("dobj", "npadvmod", "attr")
                         and c.i > verb.i and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if inverted is not None:
            return inverted
    after_quote = _inverted_tag_subject(verb)
    if after_quote is not None:
        return after_quote
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        gov = verb.head.head
        obj = next((c for c in gov.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.pos_ in ("ADP", "SCONJ") \
            and verb.head.lower_ != "as" and verb.head.head.pos_ not in ("VERB", "AUX"):
        clause = _gerund_clause(verb.head)
        if clause is not None:
            return subject_of(clause)  # "In addition to stating that…, Clinton has vowed…": Clinton
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.pos_ in ("ADP", "SCONJ") \
            and verb.head.lower_ != "as" and verb.head.head.pos_ in ("VERB", "AUX"):
        obj = next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)
        if obj is not None and verb.head.lower_ in REASON_OF_OBJECT and (
                obj.pos_ == "PROPN" or obj.lower_ in PERSON_PRONOUNS or is_sourcelike(obj)):
            return obj  # "criticized Trump for embracing debt": Trump embraced it
        return subject_of(verb.head.head)  # "Trump landed in hot water by saying that…"
    span = _span_of_time(verb)
    if span is not None:
        return subject_of(span)  # "After weeks of denying it was planning…, Thailand turned…"
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            # "It will be chaired by Ma, and Ryabkov and Gharibabadi are expected to attend": a
            # passive with no agent of its own names no holder (PolNeAR train without its
            # held-out fifth: "is expected to" has an empty gold source 50 times in 52); the
            # first conjunct's subject or agent is none of its (new-user trial, VOA)
            return None
        gov = coordinated_report(verb) or _first_person_conjunct(verb)
        return subject_of(gov if gov is not None else verb.head)
    if verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.pos_ in ("VERB", "AUX") \
            and (verb.head.lemma_.lower() in SUBJECT_CONTROL
                 or not any(c.dep_ in ("dobj", "dative") for c in verb.head.children)):
        return subject_of(verb.head)  # "Trump has sought to bolster…": the controller of "to"
    if verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp" \
            and (is_reporting(verb) or any(c.dep_ == "ccomp" for c in verb.children)):
        return _adjective_controller(verb.head)  # "Yellen is likely to say that…": Yellen
    if verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.pos_ == "VERB" \
            and verb.head.lemma_.lower() in OBJECT_CONTROL:
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i
                    and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
        if obj is not None:
            return obj  # "led Wasserman Schultz to announce…": the object controls "to"
    if (verb.tag_ == "VBG" or _perfect_participle(verb)) and verb.dep_ in ("advcl", "xcomp", "acl") \
            and verb.head.pos_ in ("VERB", "AUX"):
        asker = _question_embedder(verb)
        if asker is not None:  # "An eyewitness described how the attack unfolded, stating, “…”"
            return asker if asker.pos_ in ("NOUN", "PROPN", "PRON") else subject_of(asker)
        holder = _participle_noun(verb)
        if holder is not None:
            return holder  # "criticism from legal experts arguing that…": the experts
        tag = _tag_before(verb)
        if tag is not None:
            return subject_of(tag)  # "“…,” the spokesperson added, further describing…"
        reporter = _speaking_participle(verb)
        if reporter is not None:
            return reporter  # "He said that is a “distortion,” describing the team as…": He
        subject = subject_of(verb.head)  # "Clinton mocked the complaint, saying…"
        if subject is None and verb.dep_ == "advcl":  # "A lawsuit was filed, alleging…": the passive subject
            subject = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if subject is not None and not is_sourcelike(subject) and subject.pos_ != "PROPN" \
                and subject.lower_ not in PERSON_PRONOUNS and verb.head.dep_ == "ccomp":
            # "the Kremlin said that much remains to be done, signaling its reluctance": the
            # participle hangs on the reported clause, whose subject reports nothing; it is the
            # author's reading of the report
            return None
        return subject
    if verb.dep_ == "relcl":
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return None     # "His trial, which was estimated to last 80 days": what is reported
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.i < verb.i and (
            verb.head.pos_ in ("NOUN", "PROPN") or verb.head.lower_ in ("those", "one", "another", "others")):
        issuer = _issuer(verb.head)
        return issuer if issuer is not None else verb.head  # "a certified letter announcing that…"
    purpose = _purpose_controller(verb)
    return purpose if purpose is not None else _stranded_subject(verb) or _clause_subject(verb)


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


def _speaking_participle(verb: Token) -> Token | None:
    """The source of an adverbial participle of report or stance (``report_neutral``,
    ``stance_verbs``; no verb of showing, ``SHOWING``) that the parse hung on a reported clause:
    the reporter, the subject of the verb that clause is the complement of ("He said that is a
    “distortion,” describing the team as…": He; "Trump told Newsmax that Mitt Romney “had a
    crazy policy…,” adding…": Trump). None for another participle (:func:`subject_of`).
    PolNeAR train without its held-out fifth: of 38 such participles that are a gold cue, the
    reporter is the gold source 25 times, the reported clause's subject 10 times. (Where the
    reported clause has a subject of its own and the participle follows a comma outside
    quotation marks, the parse repair :func:`~newstrace.components.parse_repairs.raise_trailing_report`
    has already hung it on the reporting verb, its content leaving the clause; this covers the
    rest.)"""
    lemma = verb.lemma_.lower()
    if verb.dep_ != "advcl" or verb.head.dep_ != "ccomp" or lemma in SHOWING or not report_or_stance(lemma):
        return None
    return subject_of(verb.head.head)


#: Verbs whose subject, not their object, is the subject of their infinitive ("Ramos used his
#: acceptance speech to call for…": Ramos calls). PolNeAR train without its held-out fifth:
#: such an infinitive with a cue probability >= 0.6 (cue_rules.cue_probability) and no other
#: subject is a gold cue 4 times in 5 (of "use"), the subject of "use" its gold source each time.
SUBJECT_CONTROL = frozenset({"use"})


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


def _purpose_controller(verb: Token) -> Token | None:
    """The one who acts in an infinitive of purpose with no subject of its own ("Carson went on
    ABC to defend his staff shake-up", "Obama appeared before reporters to discuss his
    strategy"): the subject of the verb it hangs on, when that is a name, a personal pronoun or
    a source noun (:func:`is_sourcelike`: not "the arrest served as a warning to refrain…")
    whose phrase does not hold the infinitive. PolNeAR train without its held-out fifth: such
    an infinitive of a report or stance verb with an object, outside any gold content, is a
    gold cue 27 times in 37. The infinitive may have a clause of its own ("Tom Emanuel … stood
    at a Bush event here to say he was leaning toward…", "went on to explain what he likes…",
    "struggled on Tuesday to explain why…"): train without its fifth, 7 of 10 such verbs with a
    cue probability >= 0.6 are gold cues, the subject the gold source of all 7; held-out fifth,
    2 of 2."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or head.pos_ != "VERB" \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or any(c.dep_ in ("mark", "xcomp") for c in verb.children):
        return None
    subject = subject_of(head)
    if subject is None or not (subject.pos_ == "PROPN" or subject.lower_ in PERSON_PRONOUNS or is_sourcelike(subject)) \
            or subject.left_edge.i <= verb.i <= subject.right_edge.i:
        return None  # "a strategist who spoke on the condition of anonymity to speak candidly…"
    return subject


FIRST_PERSON = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours"})


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


def _adjective_controller(adj: Token) -> Token | None:
    """The subject of the copula an adjective with an infinitive of saying is predicated of
    ("Yellen is likely to say that…", "Sexton was quick to point out that…"): the one who would
    say it. None for a dummy or clausal subject ("it is
    hard to say", "Whether X wins is hard to predict") and for a degree phrase ("too close to
    call", "old enough to vote"). PolNeAR train without its held-out fifth: a reporting verb
    with such a subject, outside any gold content and no cue of newstrace, is a gold cue 19 times
    in 24 (likely 6/7, quick 5/5)."""
    if any(c.lower_ in ("too", "enough") for c in adj.children):
        return None
    subj = next((c for c in adj.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN", "PRON") \
            or subj.lower_ in DUMMY_SUBJECTS:
        return None
    return subject_of(adj.head)


def _inverted_tag_subject(verb: Token) -> Token | None:
    """The speaker of a tag verb set right after a quotation's closing mark, before its subject
    ("“…valuable,” said Skelly, explaining…", "“…very well!!” posted Sharon Powers Geyer",
    "\"The risk,\" said Edward Leamer, an economist…"), when the parser gave the verb no subject
    (the name read as an object or adverb of the verb, or hung on a word of the quotation): the
    noun phrase right after the verb, by its head. Only a finite past or present verb in lower
    case after a comma, question or exclamation mark and a closing mark (the guard it shares with
    :func:`~newstrace.components.parse_repairs.restore_inverted_tag`:
    :func:`~newstrace.components.parse_repairs.after_quotation`). PolNeAR train without
    its held-out fifth: the rule decides the subject of 12 verbs, each a gold cue with that
    phrase for gold source (6 of them no system cue before: "blared the front page of The
    Boston Herald", "wrote a man calling himself…", "posted Sharon Powers Geyer");
    held-out fifth: 3 of 3 (figures with the other rules of session 25:
    :meth:`~newstrace.components.attribution._Attributor.reports_anew`)."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ") or not verb.is_lower or verb.i + 1 >= len(doc) or not after_quotation(verb):
        return None
    t = doc[verb.i + 1]
    while t.dep_ in ("det", "amod", "compound", "nummod", "poss") and verb.i < t.head.i <= t.i + 3:
        t = t.head
    if t.pos_ in ("NOUN", "PROPN", "NUM") or t.ent_type_ in ("PERSON", "ORG") or t.text[:1].isupper():
        return t
    return None


def _stranded_subject(verb: Token) -> Token | None:
    """The subject of a finite main-clause verb that the parser left without one, hanging the
    name elsewhere ("But in a call on Dec. 2, Col. Steven Warren, a spokesman in Baghdad,
    said, …": "Warren" parsed as an apposition of "Dec."): walking up from the word just before
    the verb (past a comma) through its heads, the first person or organisation name, or role
    noun, that is no prepositional object ("a spokesman in Bergen") nor a conjunct of one ("the
    provincial head for the Red Cross and Red Crescent Society told VOA": the head, VOA story 69,
    new-user trial; PolNeAR held-out fifth and dev unchanged), before the verb in its sentence.
    None when the verb has any subject-like dependent, is not finite, or nothing qualifies.
    The verb's own adverbs between the name and the verb are passed over ("the campaign chief,
    Paul Manafort, bluntly suggested that…"): PolNeAR train without its held-out fifth, 3 verbs
    more, 2 of them gold cues (Manafort the gold source; "Mitt Romney, who …, suddenly insist",
    gold source the "who") and 2 attributions more in the full pipeline; held-out fifth
    unchanged (attribution F1 0.771, cue F1 0.771, content partial F1 0.735, source 0.916)."""
    if verb.dep_ not in ("ROOT", "ccomp") or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "agent", "auxpass") for c in verb.children):
        return None
    doc, start = verb.doc, verb.sent.start
    i = verb.i - 1
    while i >= start and (doc[i].is_punct or doc[i].is_space or doc[i].dep_ == "advmod" and doc[i].head == verb):
        i -= 1
    t = doc[i] if i >= start else None
    while t is not None and t.i < verb.i and t.i >= start:
        if t.pos_ in ("PROPN", "NOUN") and t.dep_ != "pobj" and not (t.dep_ == "conj" and t.head.dep_ == "pobj") \
                and (t.ent_type_ in ("PERSON", "ORG", "NORP") or is_role(t)):
            # the name's own head if the word is part of a longer name ("Steven H. Warren")
            while t.dep_ == "compound" and t.head.i < verb.i and t.head.ent_type_ == t.ent_type_:
                t = t.head
            if t.dep_ == "appos" and t.head.ent_type_ == "PERSON":
                t = t.head  # "Warren, a spokesman": the person, not the role
            return t
        if t.head == t or t.head == verb:
            return None
        t = t.head
    return None


def _clause_subject(verb: Token) -> Token | None:
    """The subject of a finite reporting verb that the parser hung, with the relative clause or
    apposition set off after it, on the verb as a clausal complement before it ("Mr. Slinker,
    whose latest start-up, Paradata, uses big data to help brands find suppliers, said Mr. Trump
    was…": "uses" parsed as a complement of "said", "Slinker" as the subject of "uses"), or
    the subject of a first clause the parse did not join to the verb ("Kasich jokingly offered
    the man a job…, then says he'll welcome advice"): the name or noun that opens that clause
    as its subject, when the verb has no subject of its own, a comma (past adverbs: ", also
    said") stands before it, the clause holds no quotation mark and the verb has a clausal
    complement after it (what is reported). PolNeAR train without its held-out fifth (parse
    only): the gold source of a gold cue 5 times in 5 (the fifth: 1 in 1); with a pronoun for
    that subject 0 in 3 ("He also had a voice…, said a former spokesman"), left out. Full
    pipeline, train without the fifth: 5 more gold cues matched, 1 more attribution found; the
    fifth with :func:`~newstrace.components.cue_rules.learned_report`: figures there. None
    otherwise."""
    if verb.dep_ not in ("ROOT", "ccomp") or verb.tag_ not in ("VBD", "VBZ", "VBP") or not is_reporting(verb) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "agent", "auxpass") for c in verb.children) \
            or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i), None)
    if clause is None or any(t.is_quote for t in clause.subtree):
        return None
    doc, i = verb.doc, verb.i - 1
    while i > clause.i and doc[i].pos_ == "ADV":
        i -= 1
    subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if doc[i].text != "," or subj is None or subj.left_edge.i != clause.left_edge.i \
            or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    return subj


def _mention_tokens(head: Token, exclude: Token | None = None, alone: bool = False) -> list[Token]:
    """A source phrase: the head's subtree up to a comma, dash or parenthesis after the head,
    without relative clauses and clausal material, and without the subtree of ``exclude`` (the
    reporting verb of a relative clause on the source: "voters who said…" → "voters"; a stance
    adjective after it: "a grumpy Trump -- angry at…" → "a grumpy Trump"), nor a
    "per" phrase, which names who relays the source ("said Russell Zimmerman per ABC News",
    Wikinews, new-user trial: the source had become ABC News alone; the "per" link of the
    sentence is the outer one, author ← ABC News ← Russell Zimmerman). ``alone``: without
    the head's conjuncts either (one member of a joint source)."""
    doc = head.doc
    skip = {c.i for c in head.children if c.dep_ in ("relcl", "acl") and c.i > head.i
            and doc[c.left_edge.i - 1].text in (",", "—", "–", "(") or c == exclude}
    skip |= {k.i for c in head.children if c.dep_ in ("relcl", "acl") for k in c.children
             if k.dep_ in ("conj", "cc")}  # "a woman who runs a stall and asked to be…"
    skip |= {c.i for c in head.children if c.dep_ == "prep" and any(
        p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in c.children)}  # "the government in 2016"
    skip |= {c.i for c in head.children if c.dep_ == "prep" and c.lower_ == "per" and c.i > head.i}
    skip |= {c.i for c in head.children if _occasion_phrase(c, head)}
    skip |= {c.i for c in head.children if alone and c.dep_ in ("conj", "cc", "preconj")}
    idx = token_set(head, skip)
    toks = [doc[i] for i in idx]
    out = []
    for t in toks:
        if t.i > head.i and (t.text in (",", "—", "–", "(", ";", ":") or t.is_quote):
            break
        out.append(t)
    while out and ((out[-1].is_punct or out[-1].is_space) and not out[-1].text.endswith(".")
                   and out[-1].text != "%"  # a share as source keeps its sign: "18%"
                   or out[-1].dep_ == "case" and out[-1].tag_ == "POS" and len(out) > 1):
        out.pop()  # a possessor as source: "the mayor's claim" -> "the mayor"
    while out and (out[0].is_punct or out[0].is_space):
        out.pop(0)
    return out or [head]


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


def _plural_subject(pron: Token, sentences: int = 2) -> Token | None:
    """The antecedent of "they": the nearest plural noun subject before it, in its sentence or
    the ``sentences`` before ("The G7 ministers met in Canada. They called…": the ministers, not
    Canada, which a locative names and which news repeats as "it"); a subject is plural when
    its head is tagged NNS/NNPS or has a conjunct ("Britain and France said…"). None when there
    is none (then :func:`~newstrace.entities.pronoun_antecedent` takes the nearest entity).
    Subjects are the most likely antecedents of a subject pronoun (the grammatical-role
    preference of centering theory, Grosz, Joshi & Weinstein 1995)."""
    doc = pron.doc
    first = window_start(pron, sentences)
    for tok in reversed(doc[first:pron.i]):
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN") and (
                tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)) and not _held(tok):
            return tok
    return None


def _held(noun: Token) -> bool:
    """A noun of something held or said, no one who holds or says it: a feeling or view
    (``attitude_nouns`` of ``lexicons/cues.json``: hopes, fears) or a statement (``stance_nouns``:
    claims, comments). No antecedent of "they" (FNC-1 body 1588, new-user trial 11: "Hopes were
    raised … “They've assured us they have the girls,” he said" gave the source "They (= Hopes)")."""
    lex = cues()
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lex["attitude_nouns"] | lex["stance_nouns"]


def _conjunct_object(pron: Token) -> Token | None:
    """The antecedent of "they", subject of a reporting verb conjoined to the verb before it:
    that verb's plural object or prepositional object naming people
    (:func:`~newstrace.entities.person_noun`): "I have checked with our leaders and they said it was false news" (FNC-1 273, new-user trial
    8: "they" took al-Baghdadi, the nearest name). The people just named in the same sentence
    are the likeliest "they" of its next clause (Hobbs 1978: the nearest fitting noun phrase of
    the sentence first). PolNeAR train (held-out fifth included): no such "they". None
    otherwise."""
    verb = pron.head
    if pron.dep_ != "nsubj" or verb.dep_ != "conj" or not is_reporting(verb):
        return None
    host = verb.head
    objs = [c for c in host.children if c.dep_ == "dobj"] + [
        g for c in host.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return next((o for o in reversed(objs) if o.tag_ in ("NNS", "NNPS") and o.i < pron.i and person_noun(o)), None)


def _relative_host_subject(pron: Token) -> Token | None:
    """The antecedent of "they", the subject of a reporting verb in a relative clause: the
    subject of the clause the relative clause hangs on, singular or plural ("…after the network
    didn't carry some of his campaign commercials, which they've said was due to a lack of
    airtime": the network, not the President named nearest; new-user trial, Wikinews 2020-05-06).
    PolNeAR train without its held-out fifth: the 2 "…, which they say/argue…" are the
    subject's report ("Progressives tend to favor … programs, which they argue spur demand";
    "They are also focused on …, which they say left a vacuum"). None when the clause has no
    noun or pronoun subject before the pronoun."""
    verb = pron.head
    if pron.dep_ != "nsubj" or verb.dep_ != "relcl" or not is_reporting(verb):
        return None
    clause = verb.head
    while clause.head != clause:
        clause = clause.head
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject if subject.i < pron.i and subject.pos_ in ("NOUN", "PROPN", "PRON") \
                and subject.lower_ not in ("which", "who", "that") else None
    return None


#: Subordinators of a time clause (:func:`_time_clause`; ``content_splits.TIME_MARKS`` holds the two that
#: date a report).
TIME_CLAUSE_MARKS = frozenset({"after", "before", "when", "once", "since", "until"})


def _time_clause(verb: Token) -> bool:
    """``verb`` heads an adverbial clause opened by a subordinator of time (``TIME_CLAUSE_MARKS``)."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_CLAUSE_MARKS for c in verb.children)


def _body_before(pron: Token) -> Token | None:
    """The antecedent of a subject "it" that a definite noun of a government or group
    (``government`` of ``lexicons/sources.json``, :data:`GROUP_NOUNS`) names before it in its
    sentence: "In immigration court, the burden of proof is on the government; it must show the
    person violated immigration laws" (VOA story 45: "it" was Louisiana, named a sentence
    before as where the court sits). The nearest such noun, singular, in no entity and inside
    quotation marks only if the pronoun is, for an "it" subject of its sentence's main verb
    (not "…similar to those adopted by the Baath government,” it said", VOA story 2, nor "if
    the state did not release… what it called…", story 28), or of a time clause on it ("…
    will come as a huge embarrassment for the Nigerian government after it said it had secured
    a ceasefire", FNC-1 body 1588, new-user trial eleven: "it" was Lagos, the correspondent's
    post named before); None when there is none (then
    :func:`~newstrace.entities.pronoun_antecedent` takes the nearest organisation or country)."""
    if pron.lower_ != "it" or pron.dep_ not in ("nsubj", "nsubjpass") or not (
            pron.head.dep_ == "ROOT" or _time_clause(pron.head)):
        return None
    words = source_words()["government"] | GROUP_NOUNS
    regions = doc_regions(pron.doc)
    quoted = in_quotes(regions, pron.idx)
    for tok in reversed(pron.doc[pron.sent.start:pron.i]):
        if tok.pos_ == "NOUN" and tok.tag_ == "NN" and not tok.ent_type_ and tok.lemma_.lower() in words \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                and in_quotes(regions, tok.idx) == quoted:
            return tok
    return None


def describe(head: Token, index: EntityIndex, exclude: Token | None = None) -> tuple[int, int, str, str]:
    """``(start_char, end_char, canonical name, source type)`` of a source phrase headed by
    ``head`` (less the subtree of ``exclude``, see :func:`_mention_tokens`). Pronouns resolve
    to their antecedent; names to their canonical form; a definite role ("the minister") to the
    person named before with that title (:meth:`EntityIndex.titled_person`). Names and pronouns
    in coordination ("She and Lockyear both urged the council…") are one joint source: the
    mention spans them, the name lists each one's name once, each described without the others
    ("Catherine Russell and Christopher Lockyear"; "Bugti and Chaudhry" is "Sarfraz Bugti and
    Ahmed Sharif Chaudhry", not "Bugti and Chaudhry and Ahmed Sharif Chaudhry"), the type is
    the members' (:func:`joint_type`), a person's as the article types them anywhere (new-user
    trial, VOA: the second speaker was dropped; two officials typed unnamed; "ICE and DHS"
    typed by ICE alone)."""
    parts = [head] + [c for c in head.conjuncts if c.i > head.i]
    named = {p.i: _role_then_name(p) for p in parts}
    if len(parts) == 1 or not all(p.pos_ in ("PROPN", "PRON") or named[p.i] or _member(p, head) for p in parts) \
            or all(p.pos_ == "NOUN" for p in parts) or not any(
            c.dep_ == "cc" and c.lower_ in ("and", "&") for p in parts for c in p.children):
        # "The Baloch Liberation Army, or BLA, …": an alias, one source
        start, end, name, kind = _describe_one(head, index, exclude)
        return start, end, name, _common_joint_type(parts, exclude) or kind
    found = [_describe_one(p, index, exclude, alone=True) if named[p.i] is None else
             (p.left_edge.idx, named[p.i].end_char, index.add_person(named[p.i].text),
              source_type(p, list(p.subtree), "PERSON", None)) for p in parts]
    names: list[str] = []
    for f in found:  # a first name may span the coordination already ("Britain and France")
        if not any(f[2] in n for n in names):
            names.append(f[2])
    name = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    # the joint name is no one's, so the per-person typing passes it by: each member's own
    kinds = [(index.person_type(f[2]) or f[3]) if f[3] == "person" else f[3] for f in found]
    return found[0][0], max(f[1] for f in found), name, joint_type(kinds)


def _member(part: Token, head: Token) -> bool:
    """Whether ``part`` may stand in a joint source beside names (:func:`describe`): a common
    noun that names a source (:func:`is_sourcelike`) with a possessive or determiner ("Trump
    and his supporters claimed…", Wikinews 2020 no. 118, new-user trial: the supporters were
    dropped), or the source's head whatever its tag (the tagger took that "Trump" for a verb).
    PolNeAR train without its held-out fifth: a reporting verb's subject of this kind 20 times,
    a gold source over every member 14 times, no gold source at all the other 6 ("she and her
    supporters doubted"); held-out fifth: figures unchanged (attribution F1 0.761, source
    0.914). Without :func:`is_sourcelike`, "the AFL-CIO's pending endorsement" joined a speaker
    there. A bare plural counts too ("The United States, United Nations and international rights
    groups strongly condemned Thailand… They say…", VOA, new-user trial 7: "they" was the United
    States alone); the benchmark scores the mention, which spans the conjuncts either way
    (held-out fifth: source 0.914 -> 0.914)."""
    return part == head or part.pos_ == "NOUN" and is_sourcelike(part) \
        and (part.tag_ == "NNS" or any(c.dep_ in ("poss", "det") for c in part.children))


def _common_joint_type(parts: list[Token], exclude: Token | None) -> str | None:
    """The :func:`joint_type` of coordinated common nouns ("legal experts and political groups",
    VOA, "Analysts see flaws in Syria's temporary constitution": each conjunct typed on its own,
    the experts' type no longer standing for the groups; new-user trial, fourth: typed expert).
    None unless ``parts`` are two or more common nouns joined by "and"."""
    if len(parts) < 2 or not all(p.pos_ == "NOUN" for p in parts) or not any(
            c.dep_ == "cc" and c.lower_ == "and" for p in parts for c in p.children):
        return None
    return joint_type([source_type(p, _mention_tokens(p, exclude, alone=True), None, None) for p in parts])


def _role_then_name(noun: Token) -> Span | None:
    """The person's name that ends the phrase of a role noun in a coordinated source ("Senate
    Minority Whip Dick Durbin and incoming chair of the House Intelligence Committee
    Represenative Adam Schiff both yesterday questioned…": the parser hangs the name on "of",
    the NER misses it; Wikinews 2019, new-user trial, where Schiff was dropped from the joint
    source): :func:`~newstrace.entities.trailing_name` of the phrase; None for any other word."""
    if noun.pos_ != "NOUN" or not is_role(noun):
        return None
    return trailing_name(noun.doc[noun.i:noun.right_edge.i + 1])


#: Source types from the most official to the least: a joint source whose members differ in
#: type takes the first of theirs in this order (:func:`joint_type`).
JOINT_TYPE_ORDER = ("government", "official", "unnamed official", "state media", "wire service",
                    "media outlet", "organization", "expert", "person", "document",
                    "social media post", "unnamed")
MEDIA_TYPES = frozenset({"state media", "wire service", "media outlet"})


def joint_type(kinds: list[str]) -> str:
    """The source type of a joint source whose members have the types ``kinds``: their common
    type when all agree ("ICE and DHS", two agencies: government); else the most official of
    them (:data:`JOINT_TYPE_ORDER`): a report made jointly with a government, an official or
    state media carries that party's word, so "Human Rights Watch and the State Department"
    is a government source and "Smith and Senator Jones" an official one (newstrace's rule,
    after the official / non-official divide of news sourcing, Sigal 1973; CONVENTIONS.md says
    nothing of joint sources). Outlets of different kinds are together a ``media outlet``, the
    kind that holds them all ("Reuters and NBC News": a wire service and a broadcaster; new-user
    trial, Wikinews, where the pair was a wire service).
    Held-out fifth: two joint sources retyped ("Donald Trump, Paul Ryan and Reince Priebus"
    person -> official, "Hillary Clinton and the State Department" official -> government);
    its figures and dev unchanged (the benchmark scores no source type)."""
    if len(set(kinds)) > 1 and set(kinds) <= MEDIA_TYPES:
        return "media outlet"
    return min(kinds, key=JOINT_TYPE_ORDER.index)


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


def _quotation_start(pron: Token) -> int:
    """Where an antecedent of ``pron`` may begin (a character offset): the opening of the
    quotation holding it when it is the subject of a verb in the simple present (VBP) there,
    else 0. The speaker's "they say" is the generic "they", no one the reporter named before the
    quotation: in "“In our religion, they say every Rasta has to keep dreadlocks,” said Jerefaya
    Mphomeya" (VOA 6183074, new-user trial ten) "they" is the religion's teachers, not "Jamaica"
    of the sentence before (typed government). A "they" of a past event keeps its antecedent
    ("…with the Baloch Liberation Army. “They said, ‘Come out quietly…’”", VOA, trial nine). The
    benchmark scores the mention, not the name it resolves to, so PolNeAR figures do not change."""
    if pron.head.tag_ != "VBP":
        return 0
    return next((s for s, e in doc_regions(pron.doc) if s <= pron.idx < e), 0)


def _describe_one(head: Token, index: EntityIndex, exclude: Token | None = None,
                  alone: bool = False) -> tuple[int, int, str, str]:
    """:func:`describe` of one source, not a coordination; ``alone``: one conjunct of one,
    without the conjuncts the parse hung on it ("Bugti" of "Bugti and Chaudhry")."""
    doc = head.doc
    toks = _mention_tokens(head, exclude, alone)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    text = text_of(doc)[start:end]
    if head.pos_ == "PRON":
        matrix = _reporter_of_clause(head)
        if matrix is not None:  # "a top Air Force general said he is expecting …": the general
            return (start, end) + describe(matrix, index)[2:]
        plural = _relative_host_subject(head) or _conjunct_object(head) or _plural_subject(head) \
            if head.lower_ == "they" \
            else _body_before(head) or _subject_before(head)
        if plural is not None:  # "The G7 ministers met in Canada. They called on China to…"
            return (start, end) + describe(plural, index)[2:]
        ante = pronoun_antecedent(head, index, _quotation_start(head) if head.lower_ == "they" else 0)
        if ante:
            name, label = ante
            return start, end, name, source_type(head, toks, label, (index.outlet(name) or (None, None))[1])
        speaker = _unnamed_speaker(head)
        if speaker is not None:  # "“…,” a JetBlue pilot lamented… He agreed with…": the pilot
            return (start, end) + describe(speaker, index)[2:]
        return start, end, text, "unnamed"
    # data as source: "figures from the National Motorists Board"
    for t in toks if head.lemma_.lower() in source_words()["document"] else []:
        if t.dep_ == "pobj" and t.head.lower_ in ("from", "by", "of") and t.head.head == head \
                and t.ent_type_ in ("ORG", "GPE", "PERSON"):
            sub = _mention_tokens(t)
            named = sub[1:] if sub[0].lower_ == "the" and len(sub) > 1 else sub
            name = text_of(doc)[named[0].idx:named[-1].idx + len(named[-1].text)]  # "VOA’s", as written
            found = index.outlet(name)
            row = found[1] if found else _owning_outlet(t, index)
            return start, end, (found[0] if found else name), source_type(t, sub, t.ent_type_, row)
    author = _post_author(head)
    if author is not None:  # "a tweet on Monday by US Secretary of State Mike Pompeo": Mike Pompeo's post
        return start, end, index.person(author), source_type(head, toks, None, None)
    if head.lemma_.lower() in source_words()["document"]:
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ in ("PROPN", "NOUN") and owner.ent_type_ not in ("DATE", "TIME"):
            # "the ministry's report" → the ministry; "This year's data report" names no owner
            _, _, name, _ = describe(owner, index)
            return start, end, index.org(name), "document"
    state = _owner_state(head)
    if state is not None:  # "his U.N. mission" after "Iran’s U.N. ambassador": Iran’s U.N. mission
        return start, end, state + " " + doc_text([t for t in toks if t.dep_ != "poss"]), "government"
    ents = [e for e in ents_within(doc, toks[0].i, toks[-1].i + 1)
            if not (e.label_ == "ORG" and _role_led(doc[e.start:e.end]))]
    outlet = _apposed_outlet(toks, index)
    if outlet is not None:
        return start, end, outlet[0], source_type(head, toks, "ORG", outlet[1])
    named = _apposed_name(toks)
    if named is not None and head.pos_ != "PRON":
        end = named.end_char
        return start, end, index.add_person(named.text), source_type(head, toks, "PERSON", None)
    tail = next((e for e in ents if e.label_ == "PERSON" and e.end == toks[-1].i + 1 and e.start > head.i), None)
    if tail is not None and is_role(head) and not _role_of_another(toks):
        # "U.N. Resident Coordinator for Myanmar Andrew Kirkwood said": a role, then the name
        name = trailing_name(tail)
        return start, end, index.person(name.text if name is not None else tail.text), \
            source_type(head, toks, "PERSON", None)
    appos = [c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    if appos:
        ents = [e for e in ents_of(doc) if e.start <= appos[0].i < e.end] or ents
    reporter = _outlet_reporter(head, index)
    if reporter is not None:  # "The BBC's Tomi Oladipo in Lagos says", the NER's organisation
        return start, end, index.add_person(reporter), source_type(head, toks, "PERSON", None)
    # an outlet that names a person's employer ("BBC's Jonathan Marcus", "CNN anchor Jake Tapper")
    # is no source of its own: the person named is (new-user trial, Wikinews)
    journalist = head.ent_type_ == "PERSON" and not any(
        index.outlet(e.text) and e.start <= head.i < e.end for e in ents)
    found = None if journalist else index.outlet(text) or next(
        (index.outlet(e.text) for e in ents if index.outlet(e.text)), None)
    if found:
        return start, end, found[0], source_type(head, toks, "ORG", found[1])
    kin = generational_person(head, index)
    if kin:  # "the younger Lai": the son, not the father the article named first
        return start, end, kin, source_type(head, toks, "PERSON", None)
    person = next((e for e in ents if e.label_ == "PERSON" and (e.start <= head.i < e.end or appos)), None)
    known = index.known_person(text)
    if person is None and known:
        return start, end, known, source_type(head, toks, "PERSON", None)
    if person is not None:
        name = index.person(person)
        return start, end, name, source_type(head, toks, "PERSON", None)
    name_run = _name_run(toks)
    if name_run and not index.outlet(name_run) and not _role_of_another(toks):
        kind = source_type(head, toks, "PERSON", None)
        return start, end, index.person(name_run), kind
    own = next((e for e in ents if e.root == head or head.i in range(e.start, e.end)
                # the name after its kind, parsed a verb: "Media watchdog Reporters Without Borders"
                or e.label_ == "ORG" and e.start == head.i + 1 and head.is_lower and head.pos_ == "VERB"), None)
    label = own.label_ if own is not None else None
    described = doc[toks[0].i:own.start] if label == "ORG" and own.end == toks[-1].i + 1 else []
    if any(t.is_lower and (t.pos_ == "NOUN" or t == head or t.lower_ in PUBLICATION_NOUNS) for t in described) and all(
            t.is_lower or t.pos_ == "DET" or t.ent_type_ == "NORP" or t.is_sent_start for t in described):
        text = own.text  # "The media watchdog Reporters Without Borders": the name, less what it is
    places = tuple(e.text for e in ents if e.label_ in ("GPE", "NORP"))
    definite = toks[0].lower_ == "the" or any(c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP")
                                                for c in head.children)
    # a definite role: not a body ("the company" is no person, though "company" leads names of roles)
    role = label is None and head.text.islower() and is_role(head) and definite and head.lemma_.lower() not in GROUP_NOUNS
    if role:
        # "the minister", "the U.S. leader", "Russia's envoy" → the person named before with that title
        named = index.titled_person(head.lemma_, toks[0].i, places, qualifiers=role_qualifiers(head))
        if named:
            return start, end, named, source_type(head, toks, "PERSON", None)
    earlier = _earlier_role(head) if role else None
    if earlier is not None:  # "The head of MSF" after "The head of Doctors Without Borders (MSF)" → Lockyear
        return (start, end) + describe(earlier, index)[2:]
    earlier = _earlier_mention(head) if label is None and not ents and toks[0].lower_ == "the" else None
    earlier = earlier or (_role_phrase_before(head) if role else None)
    if earlier is not None:  # "A VOA reporter in the town said …" … "The reporter said" → VOA
        return (start, end) + describe(earlier, index)[2:]
    if label is None and not ents and toks[0].lower_ == "the" and head.lemma_.lower() in GROUP_NOUNS \
            and head.tag_ == "NN":  # "the rights groups" repeat no one organisation's name
        group = group_antecedent(head, index)  # "the group" → "al-Shabab" named before
        if group is not None:  # typed by its own name: "the agency" may be a government's
            return start, end, index.org(group.text), source_type(group.root, list(group), "ORG", None)
    outlet = _outlet_before(head, index) if label is None and not ents and toks[0].lower_ == "the" else None
    if outlet is not None:  # "The industry publication stated…" after "The Aviation Herald reported…"
        name, row = index.outlet(outlet.text) or (outlet.text, None)
        return start, end, name, source_type(outlet.root, list(outlet), "ORG", row)
    body = _repeated_body(head, toks, index) if label is None and not ents else None
    if body is not None:  # "the commission" → "The National Telecommunications Commission" named before
        return start, end, body.text, source_type(body.root, list(body), "ORG", None)
    named = _named_next(head, index) if role else None
    if named:  # "Russia's envoy dismissed accusations. “…,” Vassily Nebenzia told the council"
        return start, end, named, source_type(head, toks, "PERSON", None)
    words = strip_titles(text.split()) if label == "PERSON" else text.split()
    bare_name = label is None and head.pos_ == "PROPN"
    name = index.org(" ".join(words)) if (label == "ORG" or bare_name) and len(words) <= 2 else " ".join(words)
    if bare_name and name != " ".join(words):
        label = "ORG"  # "ECOWAS", unlabelled, after "the Economic Community of West African States (ECOWAS)"
    kind = "government" if label == "ORG" and is_country(name) else source_type(head, toks, label, None)
    full = next((e for e in ents_of(doc) if e.label_ == "ORG" and e.text == name), None) \
        if label == "ORG" and name != " ".join(words) else None
    if full is not None and kind == "organization":  # "DHS": typed as "the Department of Homeland
        kind = source_type(full.root, list(full), "ORG", None)  # Security" it stands for, a government
    return start, end, name, kind  # "The DPRK" → a country's full name: a government


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


def _owner_state(head: Token) -> str | None:
    """The country, as written, whose body a pronoun-owned ``government`` or
    ``diplomatic_posts`` noun (``lexicons/sources.json``) is: the country that modifies the
    nearest subject before the pronoun, a role or a body, in its sentence or the one before
    ("Iran’s U.N. ambassador participated in the meeting, but his U.N. mission criticized it":
    "Iran’s"; VOA 2025-03-12, story 8009004, new-user trial nine: an unresolved, unnamed "his U.N.
    mission"). A state's mission speaks for the state (:func:`~newstrace.entities.state_modified`).
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


def _subject_before(pron: Token) -> Token | None:
    """The antecedent of "it" subject of a reporting verb: the subject of the main verb of the
    sentence before, when that is a singular proper noun or an organisation or country that is
    no person ("The Kurdish-led Autonomous Administration in north and east Syria, which is
    affiliated with the … SDF that controls nearly one-third of Syria’s territory, was the first
    to reject the constitution… “…,” it said": the administration, not Syria, the nearest
    country; new-user trial, VOA story 8011117); an "it" outside quotation marks (inside them
    "it says indict" is a report, no speaker) and no passive's ("it’s assumed the ruling…").
    PolNeAR train without its held-out fifth: 3 such "it", 2 resolved as before, 1 more fully
    ("The Post reported… It added": The Washington Post, not "Post"); the benchmark scores
    source mentions, not the names they resolve to. The subject of a reporting verb before
    may also be a common noun or a name tagged plural whose verb agrees in the singular, and
    the "it" may be the source of any cue ("The industry publication stated… It cited the Air
    Force…", not Payam, an airport named between; "Airfleets … states the aircraft uses… It
    does not, however, list any 707s", not Boeing: Wikinews, new-user trial 7): a speaker who
    goes on speaking (held-out fifth with this session's speaker rules: attribution F1 0.763 ->
    0.763, source 0.914 -> 0.914). The subject of the sentence before is the
    likeliest antecedent of a subject pronoun (the grammatical-role preference of centering
    theory, Grosz, Joshi & Weinstein 1995). None otherwise (then
    :func:`~newstrace.entities.pronoun_antecedent` takes the nearest organisation or country)."""
    doc = pron.doc
    if pron.lower_ != "it" or pron.dep_ != "nsubj" or pron.sent.start == 0 \
            or in_quotes(doc_regions(doc), pron.idx) or any(c.dep_ == "auxpass" for c in pron.head.children):
        return None
    before = doc[pron.sent.start - 1].sent.root
    reporter = is_reporting(before)
    subject = next((c for c in before.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    singular = subject is not None and (subject.tag_ in ("NN", "NNP") or reporter and before.tag_ == "VBZ")
    if not singular or subject.ent_type_ not in ("", "ORG", "GPE") \
            or any(c.dep_ == "conj" for c in subject.children) \
            or subject.text in {e[-1].text for e in ents_of(doc) if e.label_ == "PERSON"}:  # "Husted", a surname
        return None
    return subject if subject.pos_ == "PROPN" or subject.ent_type_ or reporter else None


def _unnamed_speaker(pronoun: Token, sentences: int = 2) -> Token | None:
    """The antecedent of a "he"/"she" that no person named before can be: the nearest singular
    common noun, in no entity, that is the subject of a reporting verb (:func:`is_reporting`)
    in the pronoun's sentence or the ``sentences`` before it. News introduces an unnamed
    speaker by a noun and goes on with "he" ("“I call it COVID-crazy,” a JetBlue pilot
    lamented… He agreed with President Joe Biden's recent remark", VOA story 62), or by a
    nationality word (:func:`~newstrace.entities.one_of_a_nation`: "An American … told Voice of
    Israel…. “…,” he said"); a speaker is someone. None otherwise."""
    if pronoun.lower_ not in ("he", "she"):
        return None
    doc = pronoun.doc
    for tok in reversed(doc[window_start(pronoun, sentences):pronoun.i]):
        if tok.dep_ == "nsubj" and (tok.tag_ == "NN" and not tok.ent_type_ or one_of_a_nation(tok)) \
                and is_reporting(tok.head):
            return tok
    return None


def _reporter_of_clause(pronoun: Token) -> Token | None:
    """For "he"/"she" subject of a clause reported by a person named only by a role ("a top U.S.
    Air Force general said he is expecting …", "the spokeswoman said she had …"): that role
    noun, the subject the pronoun is bound to (binding theory: a pronoun in the complement of a
    verb of saying refers to that verb's subject far more often than to anyone else), or by a
    name the NER left unlabelled, which :func:`pronoun_antecedent` cannot see ("Weaver told CNN
    that he believes…" after a sentence about Trump: Weaver, not Trump). PolNeAR train without
    its held-out fifth: 10 "he"/"she" subjects of a reported clause whose reporter is such a
    name; the reporter is the antecedent in the 8 outside quotation marks, not in the 2 inside
    them ("“…, she has so far refused to walk the walk,” Zaheed said": Clinton), which the rule
    leaves to :func:`pronoun_antecedent`; held-out fifth: see
    :func:`~newstrace.components.attribution._parenthetical_tag`. None otherwise (a labelled name is already the nearest
    subject of :func:`pronoun_antecedent`)."""
    if pronoun.lower_ not in ("he", "she") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    if clause.dep_ != "ccomp" or not is_reporting(clause.head):
        return None
    subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.pos_ == "PROPN" and not subject.ent_type_:
        # a name the NER left unlabelled ("Weaver told CNN that he believes…"), outside the
        # quotation marks when the pronoun is
        regions = doc_regions(pronoun.doc)
        return subject if in_quotes(regions, subject.idx) == in_quotes(regions, pronoun.idx) else None
    if subject.pos_ != "NOUN" or not (is_role(subject) or subject.lemma_.lower() in (
            source_words()["official"] | source_words()["expert"])):
        return None
    return subject


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


#: A speaker label of an interview transcript: at a paragraph's start or after a sentence-final
#: mark, a name of one to four capitalised words, optionally a role set off by a comma
#: ("Richard Armitage, former U.S. deputy secretary of state:", no sentence end inside it),
#: then a colon and a space.
TRANSCRIPT_LABEL = re.compile(r"(?:^|(?<=[.?!…\"”’)\]]) +)(?P<name>[A-Z][\w.’'\-]*(?: [A-Z][\w.’'\-]*){0,3})"
                              r"(?:, (?:[^:;?!.\"“”\n]|\.(?! [A-Z])){2,80}?)?(?P<cue>:) +(?=\S)", re.M)


def transcript_labels(doc: Doc, index: EntityIndex) -> list[tuple[int, int, int]]:
    """The speaker labels of an interview printed as a transcript, as (name start, name end,
    colon offset): a name the text gives to a person or organisation (the NER's person or
    organisation, an outlet, or the surname of a person named before: "Armitage:" after
    "Richard Armitage") in :data:`TRANSCRIPT_LABEL`'s shape, with no verb in the label. Labels
    count only where they alternate: two or more of them, by two speakers or more ("VOA: …?
    Armitage: …"); else none, so a lone "The key attractions: …" or "He added: …" is no label
    (VOA's 89 stories: the shape finds the 16 labels of the interview of story 84 and one
    other candidate, "WATCH:", no name and alone)."""
    text = text_of(doc)
    found, speakers = [], set()
    for m in TRANSCRIPT_LABEL.finditer(text):
        span = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
        if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
            continue
        name = span.text
        ent = next((e for e in ents_of(doc) if e.start == span.start and e.end == span.end), None)
        if ent is not None and ent.label_ == "PERSON" or index.known_person(name):
            speakers.add(index.person(name))
        elif ent is not None and ent.label_ == "ORG" or index.outlet(name):
            speakers.add((index.outlet(name) or (index.org(name),))[0])
        else:
            continue
        found.append((span.start_char, span.end_char, m.start("cue")))
    return found if len(found) >= 2 and len(speakers) >= 2 else []


def doc_text(toks: list[Token]) -> str:
    return text_of(toks[0].doc)[toks[0].idx:toks[-1].idx + len(toks[-1].text)]
