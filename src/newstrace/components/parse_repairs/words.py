"""Parse repairs of words the tagger misread, so that the parser built the wrong tree around them
(:mod:`newstrace.components.parse_repairs`):

* a right single quotation mark after a plural taken for a closing quotation mark is a
  possessive again (:func:`restore_plural_possessive`);
* a reporting verb taken for an auxiliary heads its gerund again (:func:`restore_reporting_aux`),
  and a name taken for a modal ("Will believes…") is a name again (:func:`restore_modal_name`),
  as is a surname taken for a closed-class word ("but So said…": :func:`restore_surname_subject`);
* a verb taken for a plural noun in a verb's place ("lists Saha … and states it runs…") is a
  verb again (:func:`retag_verb_conjunct`);
* a clitic "'s" taken for the "is" of a passive before a reporting verb is "has" again and its
  subject the verb's (:func:`restore_perfect_clitic`);
* a sentence run on past a final initialism ("…into the U.S. Sheinbaum sent…") is cut there
  (:func:`split_after_initialism`);
* "think tank" with "think" taken for a verb is a noun again, and the subject the verb took
  the subject of the sentence's verb (:func:`restore_think_tank`);
* a headline's verb of ordering read as a plural noun inside its subject's name ("Malawi High
  Court Orders Schools to Allow Dreadlocks") is the headline's verb again
  (:func:`restore_headline_control_verb`);
* a headline's or telegraphic sentence's verb of report or stance read as a plural noun after
  its speaker ("Trump predicts that…", "The nearly 90-second ad slams Kasich…", "Trump demands
  Ginsburg resign…") is the sentence's verb again (:func:`restore_headline_verb`), and so is
  such a verb closing its sentence after a name read as an adjective (", Mashable reports.":
  :func:`restore_closing_name_tag`);
* a reported clause read as a noun phrase, a name and a past verb before the reporting verb's
  object ("said Adamowicz required/VBN resuscitation"), is a clause again
  (:func:`restore_named_clause`).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newstrace.components.claims import is_reporting, report_or_stance, RELAYING_PASSIVES
from newstrace.components.truecase import title_case_lines
from newstrace.lexicons import cues, regular_stems
from newstrace.components.parse_repairs.tree import SUBJECT_DEPS, FINITE_TAGS, NOUN_TAGS, take_place


#: Dependencies of a noun that heads its own phrase, the possessor :func:`restore_plural_possessive` hands on.
PHRASE_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "appos", "conj", "attr", "npadvmod"})


def restore_plural_possessive(doc: Doc) -> None:
    """Make a right single quotation mark after a word ending in "s" the possessive it is when
    the tagger read it as a closing quotation mark: "Kevin Hassett … emphasized the fentanyl
    issue in an interview on ABC News’ “This Week” program" (VOA story 8004380, new-user trial
    nine) tags "’" as ``''`` and hangs "program" on "emphasized" as a second object, so the
    reported content ran to the programme's name. Signs: "’" tagged ``''``, right after (no
    space) a noun ending in "s" that heads its phrase (:data:`PHRASE_DEPS`), with a space after
    and no "‘" open before it in the sentence; the first noun after it that hangs before it is
    the possessed noun, unless the possessor already hangs below it (the tree would loop). The
    noun takes the possessor's place; the possessor becomes its ``poss``, the mark its ``case``
    (``POS``). PolNeAR train without its held-out fifth: it
    fires 32 times, every one a possessive ("Breitbart News’ Washington Political Editor",
    "Sanders’ “political revolution”", "Congress’ most zealous advocate"). Held-out fifth (with
    speakers.mentions._owner_state, which never fires there): attribution F1 0.768 -> 0.768 (matched
    2461 -> 2461, system 2877 -> 2878: "Gennifer Flowers’ bombshell allegations that he coerced
    her", no gold), cue F1 0.767 -> 0.767, source 0.912 -> 0.912."""
    for mark in doc[1:-1]:
        if mark.text != "’" or mark.tag_ != "''":
            continue
        owner = doc[mark.i - 1]
        if owner.whitespace_ or not mark.whitespace_ \
                or not owner.lower_.endswith("s") or owner.pos_ not in ("NOUN", "PROPN") \
                or owner.dep_ not in PHRASE_DEPS or "‘" in doc[mark.sent.start:mark.i].text:
            continue
        owned = next((t for t in doc[mark.i + 1:mark.sent.end] if t.head.i < mark.i), None)
        if owned is None or owned.pos_ not in ("NOUN", "PROPN") or owned.is_ancestor(owner):
            continue  # "editorial boards’ disdain": the possessor already hangs below its noun
        owned.head, owned.dep_ = owner.head, owner.dep_
        owner.head, owner.dep_ = owned, "poss"
        mark.head, mark.dep_, mark.tag_, mark.pos_ = owner, "case", "POS", "PART"


#: Modals that are also names ("columnist George Will", "Theresa May").
MODAL_NAMES = frozenset({"Will", "May"})


def restore_modal_name(doc: Doc) -> None:
    """Make a name that the tagger took for a modal a name again: in "With the heightened
    security concerns following the Paris terrorist attacks, Will believes Christie has been
    presented with…" (the columnist George Will) "Will" is parsed as an auxiliary of "believes",
    so the belief had no holder. Signs: a capitalized modal of ``MODAL_NAMES`` inside its
    sentence, hung as ``aux`` on a verb after it in a finite form (VBD, VBZ) or a participle
    with no auxiliary of its own ("Will wrote", tagged VBN), which no modal governs. The word
    becomes a proper noun, the verb's subject, or, when the verb has a subject right after it
    ("Will Estrada, the chairman…, said"), part of that name. PolNeAR train without its held-out
    fifth: fires on 10 words, each the name of the columnist George Will, 8 of them the subject
    of a gold cue (on that text, attributions matched 5 -> 12 of 17 gold, system 10 -> 14);
    held-out fifth: on 1, a name ("Will Estrada … said"; that text's figures unchanged)."""
    for word in doc:
        if word.text not in MODAL_NAMES or word.dep_ != "aux":
            continue
        verb = word.head
        if word.i == word.sent.start or verb.i < word.i \
                or not (verb.tag_ in ("VBD", "VBZ") or verb.tag_ == "VBN"
                        and not any(c.dep_ in ("aux", "auxpass") and c != word for c in verb.children)):
            continue
        word.tag_, word.pos_, word.lemma_ = "NNP", "PROPN", word.text
        before, after = doc[word.i - 1], doc[word.i + 1]
        if after.pos_ == "PROPN" and after.dep_ in SUBJECT_DEPS | {"compound"}:
            word.head, word.dep_ = after, "compound"
            continue
        word.head, word.dep_ = verb, "nsubj"
        if before.pos_ == "PROPN" and before.head == verb and before.dep_ in SUBJECT_DEPS:
            before.head, before.dep_ = word, "compound"  # "George Will reignited…"


def restore_surname_subject(doc: Doc) -> None:
    """Make a surname that the tagger took for a closed-class word a name again: in "It has been
    rumored Kim … might have had ankle surgery, but So said that is incorrect." (FNC-1 body 40,
    new-user trial twelve; the ambassador So Se Pyong) "So" is an adverb of "said", so the
    denial had no speaker and went to a name before it; so did '"That is rumors, fabricated
    rumors," So said…'. Signs: a capitalised word inside its sentence after a lower-case word
    or a closing quotation mark, not tagged a noun, right before a finite verb with no
    subject that it hangs on; the word opens or ends a person's name of two or more words that
    the NER labelled in the Doc (:func:`~newstrace.components.names.extend_given_names` takes
    such a word into the name). The word becomes a proper noun, the verb's subject; inside the
    name ("but So Se Pyong, the … ambassador, told Reuters…") it becomes a proper noun of the name."""
    names = {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in (e[0], e[-1])}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[0].pos_ not in ("PROPN", "NOUN") and ent[0].head not in ent \
                and not ent[0].is_ancestor(ent[-1]):
            ent[0].tag_, ent[0].pos_, ent[0].lemma_, ent[0].dep_ = "NNP", "PROPN", ent[0].text, "compound"
            ent[0].head = ent[-1]
    for word in doc[1:-1]:
        verb = doc[word.i + 1]
        if word.text in names and word.is_title and (doc[word.i - 1].is_lower or doc[word.i - 1].tag_ == "''") \
                and word.pos_ not in ("PROPN", "NOUN") \
                and word.head == verb and verb.tag_ in FINITE_TAGS and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            word.tag_, word.pos_, word.lemma_, word.dep_ = "NNP", "PROPN", word.text, "nsubj"


def retag_verb_conjunct(doc: Doc) -> None:
    """Make a verb that the tagger took for a plural noun a verb again where the parser still
    gave it a verb's place: in "The Centre for Aviation's database of air carriers lists Saha as
    belonging to the Air Force and states it runs flights with Boeing 707s…" (Wikinews 2019,
    Karaj plane crash, new-user trial 7) "states" is tagged NNS and parsed as a conjunct of
    the verb "lists", and the clause "it runs flights…" right after it as a clausal complement
    of "lists", so "states" was no reporting verb and both predications made one claim. Signs:
    a common noun in -s that is a ``conj`` of a verb and is followed at once by a clausal
    complement (``ccomp``) with a subject of its own, of the noun or of that verb, which no noun
    takes. The noun becomes a verb of tag VBZ (its lemma, the singular, is the verb's base
    form) and the clause its complement. PolNeAR train: no such parse (held-out fifth
    included)."""
    for noun in doc:
        if noun.tag_ != "NNS" or noun.dep_ != "conj" or noun.head.pos_ != "VERB":
            continue
        comp = next((c for c in [*noun.children, *noun.head.children] if c.dep_ == "ccomp"
                     and c.left_edge.i == noun.i + 1 and any(k.dep_ in SUBJECT_DEPS for k in c.children)), None)
        if comp is not None:
            noun.pos_, noun.tag_ = "VERB", "VBZ"
            comp.head = noun


def restore_reporting_aux(doc: Doc) -> None:
    """Make a reporting verb that the parser took for an auxiliary the main verb again: in the
    headline "Iran admits downing Ukrainian jet, cites 'human error'" (Wikinews 2020 no. 8)
    "admits" is parsed as an auxiliary of "downing", so the admission became the author's own
    claim. No reporting verb (:func:`is_reporting`) is an auxiliary; one hung as ``aux`` on a
    gerund after it heads that gerund, as in the parse of "Iran admitted downing the jet" (the
    gerund its ``xcomp``), and takes over the gerund's place, its later conjuncts and their
    coordinator. The lemmatizer leaves such a word as it is ("admits"), so its lemma is the
    reporting verb that its -s/-es/-d/-ed ending was cut from. New-user trial (Wikinews); no
    such parse in PolNeAR train without its held-out fifth (no headlines)."""
    reporting = cues()["report_neutral"]
    for verb in doc:
        if verb.dep_ != "aux":
            continue
        gerund = verb.head
        if gerund.tag_ != "VBG" or gerund.i < verb.i:
            continue
        low = verb.lower_
        lemma = next((low[:-n] for n in (1, 2) if low.endswith(("s", "d")) and low[:-n] in reporting), None)
        if lemma is None:
            continue
        verb.lemma_, verb.pos_ = lemma, "VERB"
        root = gerund.dep_ == "ROOT"
        verb.head, verb.dep_ = (verb if root else gerund.head), gerund.dep_
        for c in [c for c in gerund.children if c.dep_ in ("conj", "cc") and c.i > gerund.i]:
            c.head = verb
        gerund.head, gerund.dep_ = verb, "xcomp"


#: Spellings of the clitic "'s", which is "is" or "has".
CLITIC_S = frozenset({"'s", "’s"})


def restore_perfect_clitic(doc: Doc) -> None:
    """Make a clitic "'s" that stands for "has" before a reporting verb an auxiliary of the perfect
    again where the parser took it for "is" of a passive: "He's said he gets his ideas about
    monetary policy from a pro-gold speech…" parses "He" as the passive subject of "said", which
    then had no speaker. Signs: "'s" hung on a reporting verb (:func:`is_reporting`) as
    ``auxpass``, that verb a participle (``VBN``/``VBD``) with a passive subject other than "it"
    or "what" ("it's said that…", "what's written on them" are passives) and a clausal complement,
    or an infinitive when the verb is none of the passives that relay a report
    (``RELAYING_PASSIVES``: "he's expected to win" is one). The clitic becomes ``aux`` (lemma
    "have"), the subject ``nsubj``. PolNeAR train without its held-out fifth: fires on 8
    sentences, the verb a gold cue and the subject its gold source 5 times ("While he's said
    he'll fight all the way to the convention…", "an office he's wanted to hold"); the other 3
    stand inside quotations, whose reports PolNeAR leaves unannotated ("“Time again, he's shown
    us he takes his positions out of convenience…”"). Held-out fifth unchanged (attribution F1
    0.771, content partial F1 0.735, cue F1 0.771, source 0.916)."""
    for aux in doc:
        if aux.dep_ != "auxpass" or aux.lower_ not in CLITIC_S:
            continue
        verb = aux.head
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subj is None or subj.lower_ in ("it", "what") or verb.tag_ not in ("VBN", "VBD") \
                or not is_reporting(verb) or not any(c.dep_ == "ccomp" or (
                    c.dep_ == "xcomp" and verb.lemma_ not in RELAYING_PASSIVES) for c in verb.children):
            continue
        aux.dep_, aux.lemma_ = "aux", "have"
        subj.dep_ = "nsubj"


INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")  # "U.S.", "U.K.", "U.N."


def split_after_initialism(doc: Doc) -> None:
    """Cut a sentence that the parser ran on past an initialism ending it: "…the flow of fentanyl
    into the U.S. Sheinbaum sent 10,000 troops to the border…" (VOA; new-user trial) parses
    "U.S. Sheinbaum" as one name and "sent" as a subjectless conjunct of the first sentence's
    verb, so the second sentence took the first one's source. Signs: an initialism ("U.S.")
    that the parser made a ``compound`` of the next word, a name that the NER does not join to
    it ("the U.S. Treasury said" is one organisation and stays whole), and right after that name
    a finite main verb (``VBD``, ``VBZ``, ``VBP``; no auxiliary: "U.S. officials have said")
    with no subject of its own.
    The name becomes the verb's subject, the verb the root of a new sentence, the initialism
    (with the determiner) what the name was to the word before, and the words after the cut
    that hung before it (the final stop) hang on the new root. PolNeAR train without its
    held-out fifth: no sentence (its texts keep their paragraph breaks, and its initialisms end
    no sentence before a name); fifth unchanged."""
    for abbr in doc[:-2]:
        if abbr.dep_ != "compound" or not INITIALISM.fullmatch(abbr.text):
            continue
        name, verb = doc[abbr.i + 1], doc[abbr.i + 2]
        if abbr.head != name \
                or name.tag_ != "NNP" or name.ent_iob_ == "I" or verb.tag_ not in FINITE_TAGS - {"MD"} \
                or verb.pos_ != "VERB" or verb.dep_ == "ROOT" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            continue
        end = abbr.sent.end
        for t in list(name.lefts):
            if t != abbr:
                t.head = abbr  # "the" goes with "U.S."
        abbr.head, abbr.dep_ = name.head, name.dep_
        verb.head, verb.dep_ = verb, "ROOT"
        name.head, name.dep_ = verb, "nsubj"
        for t in doc[verb.i + 1:end]:
            if t.head.i < name.i:
                t.head = verb


def restore_think_tank(doc: Doc) -> None:
    """Make "think" of the noun "think tank(s)" a noun again where the tagger read it as a verb:
    "Andrew Lebovich of the Dutch international affairs think tank Clingendael said these
    disrupted plots are indicative…" (VOA 8009027, new-user trial ten) parses "think" as a verb
    whose subject is "Lebovich", and the tank's name "Clingendael" as the subject of "said", so
    the source was "tank Clingendael" (typed government). Signs: "think" tagged as a verb right
    before "tank" or "tanks". "think" becomes a noun, the compound of "tank". When the verb had a
    subject and the tank's phrase (``compound`` up from "tank") is the subject of the verb
    "think" hung on, that subject is the verb's subject again, and the tank's phrase takes the
    place of the noun right before "think" ("affairs"), which becomes its compound. PolNeAR
    train (held-out fifth included): 19 "think tank(s)", 2 with "think" a verb (VBP
    ``compound`` in "Washington think tanks"; VB ``xcomp`` in "alluding to think tanks"), neither
    with a subject; both become nouns (the verb's object "tanks" takes the verb's place, or
    becomes the object of its "to", a preposition again), no report changes. Held-out fifth
    with the other rules of branch s25-rd10: attribution F1 0.768 -> 0.769 (matched 2461 ->
    2464), cue F1 0.767 -> 0.769, source 0.912 -> 0.915 (against the session-25 baseline)."""
    for think in doc[:-1]:
        if think.lower_ != "think" or think.pos_ not in ("VERB", "AUX"):
            continue
        tank = doc[think.i + 1]
        if tank.lower_ not in ("tank", "tanks"):
            continue
        subject = next((c for c in think.children if c.dep_ in SUBJECT_DEPS), None)
        verb, top = think.head, tank
        while top.dep_ == "compound" and top.head.i > top.i:
            top = top.head
        to = next((c for c in think.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if tank.head == think and to is not None:  # "alluding to think tanks": "to" a preposition
            to.head, to.dep_, to.tag_, to.pos_ = think.head, "prep", "IN", "ADP"
            tank.head, tank.dep_ = to, "pobj"
        elif tank.head == think:  # "tanks" the verb's object takes the verb's place
            tank.head, tank.dep_ = (think.head, think.dep_) if think.head != think else (tank, think.dep_)
        think.tag_, think.pos_, think.lemma_ = "NN", "NOUN", "think"
        think.head, think.dep_ = tank, "compound"
        before = doc[think.i - 1] if think.i else None
        if subject is None or top.dep_ not in SUBJECT_DEPS or top.head != verb \
                or before is None or before.tag_ not in NOUN_TAGS or before.head.i >= before.i:
            continue
        subject.head, subject.dep_ = verb, top.dep_
        top.head, top.dep_ = before.head, before.dep_
        before.head, before.dep_ = top, "compound"


def restore_headline_control_verb(doc: Doc) -> None:
    """Make a headline's verb of ordering or urging a verb again: in "Malawi High Court Orders
    Schools to Allow Dreadlocks" (VOA, new-user trial 10) the parser, even on the truecased line,
    reads "Orders" as a plural noun in the name "Malawi High Court Orders Schools", the subject of
    "to Allow", so the court is lost and the event's actor is that run-on name. Signs: a Title-Case
    line (:func:`~newstrace.components.truecase.title_case_lines`) whose root is an infinitive
    ("to" + ``VB``) with a noun subject, a ``compound`` in that subject tagged ``NNS`` whose lemma is
    an object-control verb (``object_control_verbs`` of the cue lexicon: order, urge, ask,
    force…) and a noun right before it. The plural becomes the root (``VBZ``), the noun before
    it its subject, the old subject its object and the infinitive its ``xcomp``. PolNeAR (train and
    dev): 3 Title-Case lines hold such a plural ("Urges Britain to Remain"); it fires on none."""
    control = cues()["object_control_verbs"]
    for start, end in title_case_lines(doc):
        for verb in doc[start + 1:end]:
            if verb.tag_ != "NNS" or verb.dep_ != "compound" or verb.lemma_.lower() not in control:
                continue
            subj, inf = verb.head, verb.head.head
            if (subj.dep_ != "nsubj" or inf.dep_ != "ROOT" or inf.tag_ != "VB"
                    or not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children)
                    or doc[verb.i - 1].pos_ not in ("NOUN", "PROPN") or doc[verb.i - 1].head != verb):
                continue
            verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBZ", "VERB"
            doc[verb.i - 1].head, doc[verb.i - 1].dep_ = verb, "nsubj"
            subj.head, subj.dep_ = verb, "dobj"
            inf.head, inf.dep_ = verb, "xcomp"
            return


#: Labels of the words of a noun phrase before its noun, the speaker's words that
#: :func:`restore_headline_verb` takes from the verb ("The nearly 90-second ad slams…").
NOUN_PHRASE_DEPS = frozenset({"det", "amod", "compound", "nmod", "nummod", "poss"})


#: Entity labels of places: "States" of "United States" is no verb.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})


def present_lemma(word: str) -> str | None:
    """The verb of report or stance (:func:`~newstrace.components.claims.report_or_stance`, or
    ``stance_act_verbs`` of the cue lexicon) whose third person "-s" form ``word`` (lower case)
    is: "predicts" -> "predict", "criticizes" -> "criticize", "denies" -> "deny"; None for any
    other word. The model's rule lemmatizer lemmatises such a word, tagged as a plural noun, as
    a noun ("predicts"), so its lemma says nothing of the verb."""
    if not word.endswith("s"):
        return None
    acts = cues()["stance_act_verbs"]
    return next((s for s in regular_stems(word) if report_or_stance(s) or s in acts), None)


def restore_headline_verb(doc: Doc) -> None:
    """Make a verb of report or stance that the tagger read as a plural noun in a headline or a
    telegraphic sentence the sentence's verb again: "Trump predicts that as Jeb Bush and other
    Republican candidates eventually drop out, many of their supporters will switch to his
    side." tags "predicts" ``NNS`` with "Trump" its ``compound``, so no cue rule saw a verb and
    the prediction had no source ("The nearly 90-second ad slams Kasich for…", "Al-Awlaki
    extols Nidal Hasan…", "Amid discord, Trump claims nomination;"); in "Trump talks to Megyn
    Kelly about bullying." and "Trump Calls On Obama To Resign." the name is the root (tagged
    ``NN`` or ``VB``) and the verb its object (all PolNeAR train). Signs: a word tagged ``NNS``,
    ``NNPS`` or ``NNP`` whose "-s" form is that of a verb of report or stance
    (:func:`present_lemma`), no possessor or number of its own, not inside a place's name
    ("United States"), no verb above it in the tree but the word before it (the sentence has no
    other main verb), a word after it in its sentence other than a closing mark (what it
    reports), and right before it the speaker: a noun or name hung on it or on its head as
    ``compound``, ``nmod`` or subject, or a capitalised root whose ``dobj`` it is. The word
    becomes a verb (``VBZ``) and the speaker its ``nsubj`` (:func:`_hang_speaker`); its first
    ``appos`` after it not in brackets becomes its object, a ``relcl`` after it its clausal
    complement. PolNeAR train without its held-out fifth: fires on 30 words, a gold cue 25
    times (12 of them found before by other rules, in Title-Case headlines: "Hillary Clinton
    Slams Donald Trump…"); no gold cue: "Paris Terror Attacks Highlight Threat…", "Trump Wants
    To Do Things…", "No clear path points to White House;", "Ben Carson Defends Himself Against
    Claims…" and "Donald Trump Denies Mike Tyson Invited…". Held-out fifth: fires on 6 words, a
    gold cue 5 times ("Super PAC blasts Trump for skipping debate."; not "Media Reports Reveal
    Reason…"; the place's name was found there: "in current United States dollars"); attribution
    F1 0.7716 -> 0.7719 (matched 2479 -> 2481, system 2894 -> 2896), content partial F1 0.7356
    -> 0.7360, cue F1 0.7713 -> 0.7717 (matched 2466 -> 2468), source accuracy 0.915 -> 0.915;
    train without the fifth (both learned models fitted without it): attribution F1 0.7823 ->
    0.7826 (matched 11742 -> 11752, system 13721 -> 13733), cue F1 0.7960 -> 0.7966.

    The speaker may also be a name the tagger read as an adjective (:func:`name_as_adjective`,
    hung on the verb as ``amod``; it becomes a proper noun), and the word after the verb may
    follow an adverb set off by commas (:func:`past_aside`): "Mashable notes, however, that the
    majority of ISIS recruits in Africa have come from countries…" (FNC-1 body 372, new-user
    trial 18: the author asserted it). A ``that``-clause hung on the noun as ``acl`` becomes the
    verb's complement too. PolNeAR dev: matched 1595 -> 1596, system 1844 -> 1845 ("Trump
    charges that countries that stand to benefit from the deal donated…", the clause now the
    complement of "charges")."""
    for verb in doc[1:-1]:
        if verb.tag_ not in ("NNS", "NNPS", "NNP") or verb.lower_.endswith("ss"):
            continue
        lemma = present_lemma(verb.lower_)
        subj, after = doc[verb.i - 1], doc[past_aside(verb)]
        root = subj.dep_ == "ROOT" and verb.head == subj and verb.dep_ == "dobj" and subj.is_title
        if lemma is None or subj.is_sent_end or after.is_sent_start or after.is_punct and not after.is_left_punct \
                or not (root or (subj.pos_ in ("NOUN", "PROPN") or name_as_adjective(subj))
                        and subj.dep_ in ("compound", "nmod", "nsubj", "amod") and subj.head in (verb, verb.head)) \
                or any(a.pos_ in ("VERB", "AUX") and a != subj for a in verb.ancestors) \
                or any(c.dep_ in ("poss", "nummod") for c in verb.children) \
                or verb.ent_iob_ == "I" and verb.ent_type_ in PLACE_LABELS:
            continue
        _hang_speaker(verb, subj)
        appos = next((c for c in verb.children if c.i > verb.i and c.dep_ == "appos"
                      and c.left_edge.nbor(-1).text != "("), None)  # "champions (some) working moms"
        if appos is not None and not any(c.dep_ == "dobj" for c in verb.children):
            appos.dep_ = "dobj"
        for c in verb.children:
            if c.i > verb.i and (c.dep_ == "relcl" or c.dep_ == "acl" and any(m.dep_ == "mark" for m in c.children)):
                c.dep_ = "ccomp"
        verb.tag_, verb.pos_, verb.lemma_ = "VBZ", "VERB", lemma
        if subj.pos_ == "ADJ":
            subj.tag_, subj.pos_, subj.lemma_ = "NNP", "PROPN", subj.text


def past_aside(verb: Token) -> int:
    """The index of the first word after ``verb`` past an adverb set off by commas that hangs on
    it ("Mashable notes, however, that…" -> "that"); the word right after it otherwise."""
    doc, i = verb.doc, verb.i + 1
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 2].text == "," \
            and doc[i + 1].pos_ == "ADV" and doc[i + 1].head == verb:
        return i + 3
    return i


def name_as_adjective(word: Token) -> bool:
    """Whether ``word`` is a name the tagger read as an adjective (``JJ``): capitalised, and no
    nationality or other group (``NORP``: "Russian reports…") nor any other entity's word. An
    unknown name ending like an adjective is tagged so: "Mashable notes, however, that…" (FNC-1
    body 372, new-user trial 18) parsed "Mashable" as the ``amod`` of a noun "notes"."""
    return word.tag_ == "JJ" and word.is_title and not word.ent_type_


def restore_closing_name_tag(doc: Doc) -> None:
    """Make a closing speaker tag whose name the tagger read as an adjective and whose verb as a
    plural noun the sentence's report again: "Multiple Iraqi and Kurdish media sources have
    claimed that some Islamic State (ISIS) militants … have contracted the deadly Ebola virus,
    Mashable reports." (FNC-1 body 372, new-user trial 18) tags "Mashable" ``JJ`` and "reports"
    ``NNS``, a ``conj`` of "contracted", so Mashable was left out of the chain (the same
    sentence with "Reuters reports" parses right). Signs: a word tagged ``NNS`` whose "-s" form
    is that of a verb of report or stance (:func:`present_lemma`), right after a name read as
    an adjective (:func:`name_as_adjective`) hung on it, that after a comma; nothing but
    punctuation after the word in its sentence; the sentence's root a verb before it. The word
    becomes the root (``VBZ``), the name its ``nsubj`` (``NNP``), the old root its ``ccomp``;
    the comma before the name and the punctuation after the word hang on it."""
    for verb in doc[2:]:
        if verb.tag_ != "NNS" or not name_as_adjective(doc[verb.i - 1]) or doc[verb.i - 2].text != ",":
            continue
        subj, root = doc[verb.i - 1], verb.sent.root
        lemma = present_lemma(verb.lower_)
        if lemma is None or subj.head != verb or root.pos_ not in ("VERB", "AUX") or root.i > verb.i \
                or any(not (t.is_punct or t.is_space) for t in doc[verb.i + 1:verb.sent.end]):
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        verb.tag_, verb.pos_, verb.lemma_ = "VBZ", "VERB", lemma
        subj.head, subj.dep_ = verb, "nsubj"
        subj.tag_, subj.pos_, subj.lemma_ = "NNP", "PROPN", subj.text
        root.head, root.dep_ = verb, "ccomp"
        for t in [doc[verb.i - 2]] + list(doc[verb.i + 1:verb.sent.end]):
            t.head = verb


def restore_named_clause(doc: Doc) -> None:
    """Make a reported clause that the parser read as a noun phrase, a name and a past verb
    modifying the verb's object, a clause again: "Brudziński said Adamowicz required
    resuscitation, and was in a "serious" condition" (Wikinews 2019 no. 11, new-user trial 18)
    parses "Adamowicz required resuscitation" as the object of "said" ("Adamowicz" its ``nmod``,
    "required" an ``amod`` tagged ``VBN``), so the claim held the speaker and the clause had no
    subject. Signs: a reporting verb (:func:`is_reporting`) whose only object is a noun with,
    right after the verb and in this order, a proper noun (``nmod``/``compound``, no words of
    its own) and a past form (``VBN``/``VBD``, ``amod``, no words of its own) before it; a
    hyphenated "Trump-backed" is no such pair (it has a hyphen between). The past form becomes
    the verb's ``ccomp`` (``VBD``), the name its ``nsubj`` and the noun its ``dobj``."""
    for part in doc[2:-1]:
        if part.dep_ != "amod" or part.tag_ not in ("VBN", "VBD") or part.n_lefts or part.n_rights:
            continue
        name, noun = doc[part.i - 1], doc[part.i + 1]
        verb = noun.head
        if part.head != noun or noun.dep_ != "dobj" or name.head != noun or name.pos_ != "PROPN" \
                or name.dep_ not in ("nmod", "compound") or name.n_lefts or name.n_rights \
                or verb.i + 1 != name.i or not is_reporting(verb):
            continue
        part.head, part.dep_, part.tag_ = verb, "ccomp", "VBD"
        name.head, name.dep_ = part, "nsubj"
        noun.head, noun.dep_ = part, "dobj"


def _hang_speaker(verb: Token, subj: Token) -> None:
    """Hang the speaker ``subj`` right before a headline's ``verb`` (:func:`restore_headline_verb`)
    on the verb as its ``nsubj``. When the speaker was the root, the verb takes its place and its
    words after the verb ("to Megyn Kelly"), and a name tagged as a verb is a proper noun again.
    When the verb was the ``compound`` of a noun after it ("Clinton Slams Donald Trump"), the verb
    takes that noun's place and the noun, with the words before the verb that hung on it, becomes
    its ``dobj``. The words before the speaker that hung on the verb ("The nearly 90-second ad
    slams…") hang on the speaker."""
    if verb.head == subj:
        take_place(verb, subj)
        for c in [c for c in subj.children if c.i > verb.i]:
            c.head = verb
        if subj.pos_ not in ("NOUN", "PROPN"):
            subj.tag_, subj.pos_, subj.lemma_ = "NNP", "PROPN", subj.text
    elif verb.head.i > verb.i:
        obj = verb.head
        take_place(verb, obj)
        for c in [c for c in obj.children if c.i < verb.i]:
            c.head = verb
        obj.head, obj.dep_ = verb, "dobj"
    for c in [c for c in verb.children if c.i < subj.i and c.dep_ in NOUN_PHRASE_DEPS]:
        c.head = subj
    subj.head, subj.dep_ = verb, "nsubj"
