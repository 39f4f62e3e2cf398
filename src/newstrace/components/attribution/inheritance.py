"""Content inheritance of the attribution stage: a clause that is no report of its own but lies in
another report's content (a conjunct, a participle, an infinitive, a reason clause the parse hung
on the reporting verb, a parenthetical or sentential report) takes that report's frame, and the
clauses that are the author's own (the author's reading, a gloss, a place or background clause,
a contrast) do not.

:class:`ContentInheritance` is a mixin of
:class:`newstrace.components.attribution.attributor._Attributor`:
:meth:`~ContentInheritance.inherit_content` reads the attributor's ``doc``, ``units`` and
``quotes`` and adds to the frames dict (unit head -> list of
:class:`~newstrace.units.SourceLink`) the links a unit inherits. The module-level tests take a
verb token and give a bool (or the head index of a content); the counts each rests on
(PolNeAR train without its held-out fifth, the held-out fifth) are in its docstring.
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.components.claims import rebuttal, hedged_gloss, report_or_stance, set_off_report
from newstrace.components.cue_rules import prep_report, TOPIC_NAMING
from newstrace.components.quotes import in_quotes
from newstrace.components.speakers import is_reporting, second_report, subject_of
from newstrace.units import SourceLink
from newstrace.components.attribution.frames import _sentential_report
from newstrace.components.attribution.governing import DASHES


ASIDE_MARKS = DASHES | {"("}


OWN_CONTENT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "attr", "oprd", "prep", "dative"})


def _authors_reading(verb: Token) -> bool:
    """A participle of a verb of saying or showing set off after a reported clause, with no
    one to say it (:func:`subject_of` None): "the Kremlin said that much remains to be done,
    signaling its reluctance" — the author's reading of the report, not part of it."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
        and is_reporting(verb) and subject_of(verb) is None


def _place_background(verb: Token, quotes) -> bool:
    """A non-restrictive relative clause on a place name, outside quotation marks ("An
    indictment described a plan to bring her from New York to Venezuela, which has close ties
    with Iran", VOA story 42): the author's background fact about the place, no part of the
    report it stands in. PolNeAR train without its held-out fifth, ", which/where" after one of
    80 common country, state and city names with the name inside a gold content, outside
    quotation marks: the relative clause is left out of that content 17 times in 21 (PolNeAR
    includes most relative clauses in the content, 64%, so only place names qualify). Held-out
    fifth: content exact 1752 -> 1754 (F1 0.553 -> 0.554), attribution F1 0.759 unchanged."""
    noun = verb.head
    return verb.dep_ == "relcl" and noun.ent_type_ in ("GPE", "LOC") and noun.pos_ == "PROPN" \
        and noun.i + 1 < verb.i and verb.doc[noun.i + 1].text == "," \
        and any(c.lower_ in ("which", "where") for c in verb.children) and not in_quotes(quotes, verb.idx)


def _gloss_on_quoted(verb: Token, quotes) -> bool:
    """A non-restrictive relative clause outside quotation marks on a noun inside the quotation
    that closed just before it: "Hotak also alleged the central government are "hiding … the
    Afghan forces", whose US-built armoured vehicle was used to breach the compound's defences"
    (Wikinews 2019 no. 16, new-user trial eleven: alleged by Hotak). The writer closed the
    source's words to add its own, as after a direct quotation ("…through California,” which
    votes June 7": the author's, :meth:`~newstrace.components.quote_pass.QuotePass.quote_speaker`)."""
    noun = verb.head
    return verb.dep_ == "relcl" and noun.i < verb.i and in_quotes(quotes, noun.idx) \
        and not in_quotes(quotes, verb.left_edge.idx) and any(t.is_quote for t in verb.doc[noun.i + 1:verb.left_edge.i])


def _gloss_on_topic(verb: Token) -> bool:
    """A relative clause set off by a comma on the topic of a verb that names what it is about
    (:data:`~newstrace.components.cue_rules.TOPIC_NAMING`, with its preposition of
    :func:`~newstrace.components.cue_rules.prep_report`):
    "Trump said things “should be wrapped up by Cleveland,” referring to the party's July
    convention, where Republicans will select a nominee", "…, speaking of the Republican
    National Convention, which will be held in Cleveland in July". The source named the topic;
    the clause is the author's gloss on it, no part of the content (PolNeAR train without its
    held-out fifth: fires 9 times, the clause in no gold content 8 times). Held-out fifth: no such clause,
    figures unchanged; taking every prep report (also "hoping for a large turnout, which “will
    help…”" inside a said-clause) added two attributions, none found."""
    noun, comma = verb.head, verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    prep = noun.head
    topic = prep.head
    return verb.dep_ == "relcl" and noun.i < verb.i and comma is not None and comma.text == "," \
        and noun.dep_ in ("pobj", "pcomp") and prep.dep_ == "prep" and topic.lemma_.lower() in TOPIC_NAMING \
        and prep_report(topic) == prep


def _loose_participle(verb: Token) -> bool:
    """An adverbial present participle with no subject of its own ("Trump said things should
    be wrapped up, referring to the convention", "insisted that he has expanded the party,
    claiming that…"): the act of the sentence's subject, whichever clause the parse hung it on,
    so no report inside the clause (:meth:`_Attributor.inherit_content`)."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _report_participle(verb: Token) -> bool:
    """A loose participle (:func:`_loose_participle`) of report or stance (``report_neutral``,
    ``stance_verbs``): with a link of its own ("…, pointing to the sale of city land", "He said
    that is a “distortion,” describing the security team as highly accomplished") it is a
    report of the sentence's subject, not part of the content of the clause the parse hung it
    on (:meth:`_Attributor.inherit_content`). PolNeAR train without its held-out fifth: such a
    participle after a gold cue's content lies outside that content and is a gold cue of its
    own 361 times in 465. Held-out fifth, with its source
    (:func:`~newstrace.components.speakers.subject_of`, the reporter): attribution F1 0.762 ->
    0.762 (matched 2420 -> 2423 of 3532), content partial F1 0.726 -> 0.727, cue F1 0.761 ->
    0.762 (matched 2403 -> 2406), source accuracy 0.913 (correct 2118 -> 2121). Giving every
    such participle a link of its own (not only those another rule gives one) added 16
    attributions, 13 of them spurious ("speaking by phone", "adding substantially to his
    lead"): left out."""
    return _loose_participle(verb) and report_or_stance(verb.lemma_.lower())


def _contrast_report(verb: Token) -> bool:
    """A report in a contrastive clause with a subject of its own after the clause it hangs on
    ("Martin said the evidence was circumstantial, while Perkins said…", VOA story 42): the
    author sets a second report beside the first, whichever clause the parse hung it on, so it
    nests in no report (:meth:`_Attributor.inherit_content`; new-user trial: Perkins came out as
    Martin's source). A "while" clause before its head is a concession inside that clause's
    report ("the poll finds that, while 37 percent say A, 39 percent blame B", PolNeAR train's
    held-out fifth) and is left alone. PolNeAR train without its held-out fifth, ", while/whereas
    X said/says/argued…": of 8 such verbs that are a gold cue, none lies in another report's gold
    content (the one "while" clause inside one, "38 percent said A, while 60 percent said B" in a
    poll's content, has no gold cue of its own). Held-out fifth, with :func:`_sentential_report`,
    :func:`_relayed_act` and :func:`~newstrace.components.claims.prospective_showing`: one more
    attribution found, none lost (2404 -> 2405 of 3532)."""
    return verb.dep_ == "advcl" and verb.i > verb.head.i and any(c.dep_ == "nsubj" for c in verb.children) \
        and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in verb.children)


#: Subordinators of a reason clause (:func:`_reason_clause`).
REASON_MARKS = frozenset({"because", "since"})


def _reason_clause(verb: Token) -> int | None:
    """The head of the reported content that a reason clause the parse hung on the reporting
    verb after that content gives the reason of ("Gowdy said that claim smacked of hypocrisy,
    because Democrats have been at the forefront of…"): the clause is part of the report, as
    PARC and PolNeAR annotate the whole complement of the cue. ``verb`` heads an adverbial
    clause with "because" or "since" after its head's clausal complement; None otherwise.
    PolNeAR train without its held-out fifth: in the gold content of the complement 15 times in
    15 (concessive "though", "although": 3 in 6; "while": 2 in 7, left alone)."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in REASON_MARKS for c in verb.children):
        return None
    frame = verb.head
    comp = next((c for c in frame.children if c.dep_ == "ccomp" and frame.i < c.i < verb.i), None)
    return comp.i if comp is not None and is_reporting(frame) else None


class ContentInheritance:
    def inherit_content(self, out: dict[int, list[SourceLink]], reported: set[int],
                        own: set[int] = frozenset()) -> None:
        """A unit nested in a reported content takes the content's chain.

        Input: ``out`` (unit head -> chain, as :meth:`frames` builds it) and ``reported`` (heads
        of the units that are the clausal complement of a reporting frame, or that a speaker
        tag interrupts: "The effects are hard to predict, economists say, because…", whose
        "because" clause is then part of the report; PolNeAR train's held-out fifth: two more
        attributions found, none lost). A unit with no chain
        of its own whose nearest enclosing unit (the first unit head among its head's ancestors)
        is a reported content, or nests in one, gets that content's chain in ``out``: a relative,
        adverbial or other clause inside what a source said ("Axelrod said the fading attention
        helped Clinton, who does not need to demonstrate…", "Obama noted that most were born
        after 1975, when the war ended") is part of the report. PARC 3.0 (Pareti 2016) and
        PolNeAR annotate the whole complement of the cue as one content. A unit under a frame
        itself (a relative clause on the source: "X, who was there, said…") is not in a content
        and keeps no chain. Likewise a unit inside the complement (object, open complement,
        prepositional object) of a verb that is its own unit's cue (``own``: "announced a plan,
        which would cost…", "refused to be a pawn and participate…"); a participle on that verb
        itself ("criticised the plan, blaming…") is no complement and keeps its own reading,
        and so does a unit set off from the verb by a dash or parenthesis, the author's aside
        ("suggested a third summit with Kim—the first, held in Singapore, went better").
        A unit inside a reported content that has a cue of its own after the content's cue ("X
        said he ran only because Y agreed to take part") keeps it, nested under the content's
        chain (``[X, Y]``); PolNeAR
        train's held-out fifth: 11 fewer spurious attributions, the same number found.
        So does a unit whose own cue verb, not the unit itself, lies in a reported content
        (:meth:`cue_verb`; the unit may be the complement of that verb): "They said he rated
        contestants … and talked about which ones he'd like…", "He said he wasn't worried
        because he doubted any court would enforce it", "the $18 million he says he raised";
        PolNeAR keeps the inner source and cue inside the outer content. Not when the inner
        source stands before the outer cue ("X said A and questioned B": X's second report of
        its own), nor for an adverbial participle with no subject (:func:`_loose_participle`);
        such a participle of report with a link of its own is never nested
        (:func:`_report_participle`: "He said that is a “distortion,” describing the team as…").
        PolNeAR train without its held-out fifth (its first 488 texts of 672): of 132 units so
        nested, the inner cue lies in a gold content 80 times and is a gold cue of its own 37
        (the subjectless adverbial participles left out: 5 of 5 gold cues of their own);
        held-out fifth: attribution F1 0.752 -> 0.753 (P 0.856 -> 0.861, R 0.671 -> 0.668; 17
        fewer spurious, 8 fewer found), cue F1 0.751 -> 0.750,
        content partial F1 0.716 -> 0.717.

        A reason clause the parse hung on the reporting verb after its content ("said that claim
        smacked of hypocrisy, because…", :func:`_reason_clause`) takes the content's chain too,
        and so do the units nested in it; held-out fifth: content exact 1731 -> 1732, the rest
        unchanged. A bare verb the parse made a conjunct of a verb with an infinitive
        complement ("wants to triple X, grow Y and create Z") is in that verb's complement: the
        parse repair ``parse_repairs.lower_bare_conjunct`` hangs it on the infinitive (session 32;
        the test here that did it, ``_infinitive_conjunct``, found nothing left to do on PolNeAR dev
        and the held-out fifth once the repair ran, and was deleted).

        A report in a relative clause set off on a noun of the content
        (:func:`~newstrace.components.claims.set_off_report`: "…'s email server, which he described
        as…", "…, a point Feinstein also acknowledged") is its subject's own, no part of the
        content, and neither are the units nested in it nor what it reports ("including 18% who
        say they would be dissatisfied": PolNeAR never nests attributions)."""
        doc = self.doc
        memo: dict[int, int | None] = {}
        framed = {h for h, chain in out.items() if chain}  # units with a chain of their own

        def content_of(head: int) -> int | None:
            # the reported unit whose content holds the unit headed by ``head``, or None
            if head in memo:
                return memo[head]
            memo[head] = None
            if head in reported:
                memo[head] = head
                return head
            reason = _reason_clause(doc[head])
            if reason in reported:  # "said A, because B": B is part of the report A
                memo[head] = reason
                return reason
            t = doc[head]
            while t.head.i != t.i:
                prev, t = t, t.head
                if t.i in own and prev.dep_ in OWN_CONTENT_DEPS and prev.i > t.i \
                        and not self.by_head[t.i].frame:  # a frame's words are no content
                    aside = any(x.text in ASIDE_MARKS for x in doc[t.i:doc[head].left_edge.i])
                    memo[head] = None if aside else t.i
                    break
                if t.i in self.by_head:
                    unit = self.by_head[t.i]
                    if not unit.frame and (t.i in reported or t.i not in framed) and set_off_report(t) is None \
                            and not _gloss_on_topic(t):
                        memo[head] = content_of(t.i)  # a set-off report and what it holds are no part of it
                    break
            return memo[head]

        for u in self.units:
            if u.frame or u.head in self.questions or _authors_reading(doc[u.head]) or second_report(doc[u.head]) \
                    or rebuttal(doc[u.head]) is not None or set_off_report(doc[u.head]) is not None \
                    or _place_background(doc[u.head], self.quotes) or _gloss_on_quoted(doc[u.head], self.quotes) \
                    or _sentential_report(doc[u.head]) or hedged_gloss(doc[u.head]) \
                    or _gloss_on_topic(doc[u.head]):  # "…, a charge X denied": the author's, no part of it
                continue  # "believe A and have been calling on Congress to…": no part of A
            own_participle = _report_participle(doc[u.head]) and out.get(u.head)  # "…, describing X as Y"
            src = None if u.head in reported or own_participle else content_of(u.head)
            inner = False  # the unit is found in a content through its own cue verb
            if src is None and out.get(u.head) and out[u.head][0].cue is not None:
                verb = self.cue_verb(out[u.head][0])
                if not _loose_participle(verb) and not _contrast_report(verb) and set_off_report(verb) is None:
                    src, inner = content_of(verb.i), True
            if src is None or src == u.head or not out.get(src):
                continue
            if inner and out[u.head][0].start_char < max((lk.cue[1] for lk in out[src] if lk.cue), default=0):
                continue  # "X said A and questioned B": X's own second report, no nested one
            if not out.get(u.head):
                out[u.head] = list(out[src])
            elif all(lk.cue and lk.cue[1] <= doc[u.tokens[0]].idx for lk in out[src]):
                # a unit with a cue of its own after the report's cue ("X said he ran only
                # because Y agreed to take part") nests under that report: [X, Y]
                out[u.head] = list(out[src]) + out[u.head]
