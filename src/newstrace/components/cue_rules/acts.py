"""Acts of saying or intending recorded as stances: a verb with no clausal content that is no
unit's cue ("After the governor refused to sign the bill, …": :func:`learned_stance`), the
conditions that turn it down (:func:`stance_blocks`, read as features by the learned act
classifier of ``components/learned_acts.py`` but for :data:`CUE_P_BLOCKS`), who may hold it,
its thresholds on the cue classifier's probability (:data:`LEARNED_STANCE_THRESHOLD`,
:data:`LEARNED_ACT_THRESHOLD`, :data:`NOUN_HOLDER_THRESHOLD`), and a subject presenting itself
as something (:func:`self_description`).

Input: a verb of a parsed spaCy Doc; output: the character range of what the act is directed
at, or None; the names of the conditions that hold. Thresholds chosen and counted on PolNeAR
train and its held-out fifth (in the docstrings). Sets nothing.
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.components.speakers import addresses_audience, is_sourcelike, purchase, subject_of
from newstrace.components.stance import (act_content, is_stance_verb, message_participle, natural_force,
                                         physical_attack, plain_sense, REFLEXIVES, stance_content, VENUE_NOUNS)
from newstrace.lexicons import cues

from newstrace.components.cue_rules.words import _clause_taking, INTENT, NP_REPORT
from newstrace.components.cue_rules.classifier import cue_probability, np_class
from newstrace.components.cue_rules.non_reports import (anonymity, death_toll, negated_act, PLAIN_WITH_OBJECT,
                                                        realis_act, shows_record)
from newstrace.components.cue_rules.clausal import ASPECTUAL


#: Cue probability (:func:`cue_probability`) from which :func:`learned_stance` records an act;
#: chosen on PolNeAR train's held-out fifth of 0.2-0.4 (attribution F1 0.7544 at 0.2, 0.7545 at
#: 0.3, 0.7538 at 0.4). Session 26 (both classifiers fitted without the fifth): the verbs of
#: 0.2-0.3 are gold cues 47 times in 182 on train without the fifth; held-out fifth attribution
#: F1 0.7690 at 0.3, 0.7687 at 0.2 (5 more found for 15 more), 0.7681 at 0.4 (8 fewer for 14 fewer).
LEARNED_STANCE_THRESHOLD = 0.3
#: Cue probability from which :func:`learned_stance` also records the act of a verb outside
#: PolNeAR's lemma lists ("President Obama has deemed certain releases a reasonable trade-off").
#: Chosen on PolNeAR train's held-out fifth of 0.5-0.8, before :func:`issues_medium` (attribution
#: F1 0.7573 at 0.5, 0.7574 at 0.6, 0.7569 at 0.7, 0.7562 at 0.8; cue F1 0.7555, 0.7561, 0.7557,
#: 0.7550; before the gate 0.7565, 0.7553; with it at 0.6, 0.7580 and 0.7567). Session 26 (both
#: classifiers fitted without the fifth): held-out fifth attribution F1 0.7690 at 0.6, 0.7684 at
#: 0.5 (9 more found for 28 more; cue F1 0.7689 -> 0.7683); the verbs of 0.5-0.6 it would admit
#: are gold cues 19 times in 40 there, 122 in 179 on train without the fifth (in sample).
LEARNED_ACT_THRESHOLD = 0.6
#: Cue probability from which :func:`learned_stance` also takes a common noun or a proper noun
#: the NER left unlabelled for the holder ("rivals see opening in New Hampshire", "Time magazine
#: named him on its list…"). With the classifier fitted without PolNeAR train's held-out fifth,
#: such verbs of the fifth with no cue from newstrace are gold cues 19 times in 33 at 0.6 or more.
#: Held-out fifth, with the holder limited as :func:`_may_hold` says: attribution F1 0.761 ->
#: 0.762 (matched 2418 -> 2422, system 2819 -> 2829), cue matched 2401 -> 2407 (system 2780 ->
#: 2790, F1 0.761), content partial 0.726 and source 0.913 unchanged. Any common noun: 8 more
#: found for 20 more attributions. Lowered from 0.6 to 0.4 in session 26 (both classifiers fitted
#: without the fifth): on train without the fifth, the verbs of 0.4-0.6 it admits are gold cues
#: 80 times in 133, 35 in 45 where newstrace had no span ("Jewish leaders consider qualms…",
#: "candidates who pledged their support…"); of 0.3-0.4 only 28 in 68, so not lower. Held-out
#: fifth, 0.6 -> 0.5 -> 0.4: attribution matched 2463 -> 2465 -> 2466 (system 2874 -> 2877 ->
#: 2879, F1 0.7690 -> 0.7692 -> 0.7693), cues matched 2450 -> 2452 -> 2454 (system 2841 -> 2844
#: -> 2846, F1 0.7689 -> 0.7691 -> 0.7695), content partial F1 0.7328 -> 0.7332 at 0.4, source
#: accuracy 0.9150 -> 0.9147. With the act classifier refitted too (its threshold stays 0.65):
#: matched 2466 of 2877 (F1 0.770), cues 2454 of 2844 (F1 0.770), content partial F1 0.733,
#: source accuracy 0.915 (2157 of 2357).
NOUN_HOLDER_THRESHOLD = 0.4


def learned_stance(verb: Token) -> tuple[int, int] | None:
    """Character range of what a verb of saying or intending is directed at, when it has no
    clausal content and is no unit's cue: "After the governor refused to sign the bill, …",
    "…, whom Trump refused to endorse", "by promising to impose tariffs", "Republicans, who
    have discussed the plan with donors". PolNeAR annotates the act as an attribution (source
    = the subject, cue = the verb, content = its object or infinitive); the attribution stage
    records it beside the author's claim as a stance, as it does the lexicon's stance verbs
    (``components/stance/``).

    Input: a verb of a parsed Doc. Output: the range of :func:`~newstrace.components.stance.act_content`
    (the object complements, else the infinitive), or None unless all hold: the verb is one of
    PolNeAR's clause-taking cue verbs (:func:`_clause_taking`) or of the noun-phrase report and
    intention lists (``NP_REPORT``, ``INTENT``) or presents its subject as something
    (:func:`self_description`), or else the learned classifier gives it at least
    :data:`LEARNED_ACT_THRESHOLD`, its object no medium of an utterance (:func:`issues_medium`:
    "issued a statement saying…" is the statement's report) and the act not denied
    (:func:`negated_act`: "made no comment on the ruling"); the learned
    classifier gives it at least :data:`LEARNED_STANCE_THRESHOLD`; its subject (:func:`~newstrace.components.speakers.subject_of`)
    is a person, role, pronoun or organisation (:func:`np_class`), or a common noun that holds
    an intention with its infinitive (:func:`_held_intention`), or a common or unlabelled proper
    noun where the classifier gives at least :data:`NOUN_HOLDER_THRESHOLD`; the act took place
    (:func:`realis_act`: "did not want to", "never intended to" name none, nor does a refusal
    of a request); it is no stance verb (handled by ``stance_content``), opinion, hedge or
    aspect verb, "add" with an object, physical attack (:func:`~newstrace.components.stance.physical_attack`), death toll, order for goods (:func:`~newstrace.components.speakers.purchase`)
    nor address to a hearer (:func:`~newstrace.components.speakers.addresses_audience`),
    its subject no force of nature, and it
    lies in no other stance's content (:func:`_within_stance`).

    Evidence: PolNeAR train without its held-out fifth, such a verb outside any gold content is
    a gold cue 1344 times in 1560 (call 167/180, say 93/99, ask 49/53, cite 45/46, decline
    40/43, promise 31/32, refuse 30/32), most of them already found as reports; where newstrace
    had found no cue, about 200 times in 290. The learned classifier alone on any verb with a
    human subject and an object or infinitive ("offered $30 billion", "descended an escalator",
    "delivered a keynote address") gained nothing on the held-out fifth: attribution F1
    0.754-0.755 at thresholds 0.3-0.7, at 0.3 113 more found for 299 more attributions. Held-out fifth: attribution F1 0.7537 ->
    0.7547 (22 more found, 28 more false), content partial F1 0.718 -> 0.719, cue F1 0.750 ->
    0.755. The stricter gate for the other verbs (:data:`LEARNED_ACT_THRESHOLD`): PolNeAR train
    without its held-out fifth (the classifier fitted without the fifth, so on its own texts),
    such a verb outside any gold content is a gold cue 303 times in 345, 139 in 169 where
    newstrace had found no cue (release 9/12, see 11/12, focus 7/11, lay 8/8, name 6/7, nominate
    4/4); with a medium for object 25 in 29, mostly as part of the statement's own cue ("issued a
    statement saying…", found on the statement). Held-out fifth: attribution F1 0.7565 -> 0.7580 (P 0.857 ->
    0.855, R 0.677 -> 0.681; 13 more found, 22 more attributions), content partial F1 0.720 ->
    0.722, cue F1 0.7553 -> 0.7567 (P 0.862 -> 0.860, R 0.672 -> 0.676); without the medium
    exclusion 5 more false ("released a statement", "issued a statement saying…").
    """
    if verb.pos_ != "VERB" or next(stance_blocks(verb), None) is not None:
        return None
    return act_content(verb)


def stance_blocks(verb: Token):
    """The names of the conditions by which :func:`learned_stance` turns down the verb ``verb``,
    lazily and in the order it tests them (it stops at the first): ``unlisted`` (outside the
    lemma lists and no :func:`self_description`, below :data:`LEARNED_ACT_THRESHOLD`), ``medium``, ``negated``, ``opinion``,
    ``hedge``, ``aspect``, ``plain`` (``PLAIN_WITH_OBJECT``, :func:`~newstrace.components.stance.plain_sense`), ``stance_verb``, ``attack``, ``irrealis``, ``toll``,
    ``record`` (:func:`shows_record`), ``force``, ``purchase``, ``audience``, ``anonymity``, ``message``, ``holder`` (not
    :func:`_may_hold`), ``cue_p`` (below :data:`LEARNED_STANCE_THRESHOLD`), ``within_stance``.
    The learned act classifier (``components/learned_acts.py``) reads them as features
    (:data:`CUE_P_BLOCKS` left out: they test the cue classifier's probability)."""
    lemma = verb.lemma_.lower()
    lex = cues()
    image = self_description(verb)
    if lemma not in _clause_taking() | NP_REPORT | INTENT and not image:
        if cue_probability(verb) < LEARNED_ACT_THRESHOLD:
            yield "unlisted"
        if issues_medium(verb):
            yield "medium"
        if any(negated_act(verb, c) for c in verb.children if c.dep_ == "dobj"):
            yield "negated"
    tests = (("opinion", lambda: lemma in lex["opinion_verbs"]), ("hedge", lambda: lemma in lex["hedge_speculative_verb"]),
             ("aspect", lambda: lemma in ASPECTUAL),
             ("plain", lambda: lemma in PLAIN_WITH_OBJECT or plain_sense(verb)),
             ("stance_verb", lambda: is_stance_verb(verb)), ("attack", lambda: physical_attack(verb)),
             ("irrealis", lambda: not realis_act(verb, image)), ("toll", lambda: death_toll(verb)),
             ("record", lambda: shows_record(verb)),
             ("force", lambda: natural_force(verb)), ("purchase", lambda: purchase(verb)),
             ("audience", lambda: addresses_audience(verb)), ("anonymity", lambda: anonymity(verb)),
             ("message", lambda: message_participle(verb)), ("holder", lambda: not _may_hold(verb)),
             ("cue_p", lambda: cue_probability(verb) < LEARNED_STANCE_THRESHOLD),
             ("within_stance", lambda: _within_stance(verb)))
    yield from (name for name, test in tests if test())


#: The conditions of :func:`stance_blocks` that test the cue classifier's probability (directly
#: or, ``holder``, for a common-noun subject): no feature of the learned act classifier, whose
#: training texts are in-sample for the cue classifier.
CUE_P_BLOCKS = frozenset({"unlisted", "holder", "cue_p"})


def _may_hold(verb: Token) -> bool:
    """Whether the subject of ``verb`` (:func:`~newstrace.components.speakers.subject_of`, found
    once) may hold the act :func:`learned_stance` records: a person, role, pronoun or
    organisation (:func:`np_class`); a common noun holding an intention (:func:`_held_intention`);
    or, where the classifier gives at least :data:`NOUN_HOLDER_THRESHOLD`, a proper noun the NER
    left unlabelled (``name``: "Time magazine") or a common noun that may name people: one that
    can name a source (:func:`~newstrace.components.speakers.is_sourcelike`) or a plural
    ("rivals", "students"; not "The new road distanced the village from the coast")."""
    subj = subject_of(verb)
    cls = np_class(subj)
    if cls in ("person", "org") or _held_intention(verb):
        return True
    people = cls == "name" or cls == "noun" and (is_sourcelike(subj) or subj.tag_ in ("NNS", "NNPS"))
    return people and cue_probability(verb) >= NOUN_HOLDER_THRESHOLD


def _held_intention(verb: Token) -> bool:
    """An intention with its infinitive (``INTENT``) whose holder is a common noun
    (:func:`np_class` ``noun``: "senators who wanted to attend the convention", "a rich
    supporter who wants to give more", "the outlets agreeing to apply domestic laws"): the
    infinitive says what someone means to do, so a plain noun holds it as a person or
    organisation does. PolNeAR train without its held-out fifth, such a verb with a ``noun``
    subject outside any gold content and with no cue from newstrace, before the classifier's
    threshold: a gold cue 43 times in 61 ("a debate that threatened to…" is one of the others).
    Held-out fifth, together with :func:`_as_phrase`: 5 more found (3 of them intentions:
    "seeking to consolidate conservatives"), 2 more false ("Democratic activists sought to move
    the party left"), attribution F1 0.7587 -> 0.7595 (P 0.8570 -> 0.8567, R 0.6806 ->
    0.6821); content partial, cue F1 and source accuracy unchanged at three decimals."""
    return verb.lemma_.lower() in INTENT and np_class(subject_of(verb)) == "noun" \
        and any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in verb.children)


def issues_medium(verb: Token) -> bool:
    """The object of ``verb`` is the occasion or medium of an utterance
    (:data:`~newstrace.components.stance.VENUE_NOUNS`: "issued a statement saying…", "released a
    video"): what is said is the content of the statement, not the act of issuing it."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in VENUE_NOUNS for c in verb.children)


def _within_stance(verb: Token) -> bool:
    """``verb`` lies in what a stance verb above it is about ("attacked the union for refusing
    to support the toll": the refusal is the union's, part of the attack's content)."""
    for a in verb.ancestors:
        span = stance_content(a) if a.pos_ in ("VERB", "AUX") else None
        if span is not None and span[0] <= verb.idx < span[1]:
            return True
    return False


def self_description(verb: Token) -> bool:
    """``verb`` presents its subject as something: a reflexive object with "as" after it ("She
    falsely presents herself as a practicing physician", "voters who identify themselves as
    independents", "Trump has postured himself as the law and order candidate"). PolNeAR
    annotates the act as the subject's attribution, the content "herself as a practicing
    physician". :func:`learned_stance` takes it as it takes the verbs of its lemma lists, the
    reflexive object no sign of an act that did not take place (:func:`realis_act`). PolNeAR
    train without its held-out fifth (both classifiers fitted without it), such verbs outside
    every attribution of newstrace's: a gold cue with the gold content 16 times in 24, 7 in 12
    of those :func:`learned_stance` then records ("establishing himself as an objective
    political observer", "offer himself as a consensus candidate" are not). Held-out fifth:
    unchanged, attribution F1 0.771 (matched 2474, system 2884), content partial F1 0.735, cue
    F1 0.771 (matched 2462, system 2852), source accuracy 0.916."""
    kids = list(verb.children)
    refl = next((c for c in kids if c.dep_ == "dobj" and c.lower_ in REFLEXIVES), None)
    return refl is not None and any(c.dep_ == "prep" and c.lower_ == "as" and c.i > refl.i for c in kids)
