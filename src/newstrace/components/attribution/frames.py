"""Reporting frames of the attribution stage (PARC, Pareti 2016): for each claim unit, the links of
the reports whose content it is ("X said that…", "“…,” warned X", a speech act named by a verb's
object, "talked about…", a verb the learned cue classifier :func:`cue_probability` accepts, a
stance adjective or agent noun, "X cited Y as saying…" giving ``[X, Y]``), with each frame's
cue (the verb with its particle, negation and auxiliaries).

:class:`Frames` is a mixin of :class:`newstrace.components.attribution.attributor._Attributor`:
:meth:`~Frames.frames` reads the attributor's ``doc``, ``units``, ``by_head``, ``quotes`` and
``noun_frames`` and gives a dict unit head -> list of :class:`~newstrace.units.SourceLink`
(immediate source first), marking the units that are only a frame (``frame``); it calls the
other mixins (:mod:`.governing`, :mod:`.tails`, :mod:`.stances`, :mod:`.inheritance`). Which words are cues,
and what content they take, is decided in :mod:`newstrace.components.cue_rules`; the learned
cue classifier is trained on PolNeAR train/ by ``training/train_cue_model.py``. The module-level
tests take a verb token and give a bool; their counts are in their docstrings.
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.components.claims import (naming_participle, negative_quantifier, no_one_reports, rebuttal, hedged_gloss,
                                         relay_hedged, reported_absolute, set_off_report)
from newstrace.components.cue_rules import (adjective_cue, answers_event, aspect_infinitive, declined_report,
                                            displayed_attitude, document_issuer, document_participle, passive_claim,
                                            anonymity, attitude_content, CALL_FOR,
                                            calls_for_clause, cue_probability, death_toll, reciprocal_dispute,
                                            shows_record, estimate, handed_figure, infinitive_report, INTENT, judges_as,
                                            judged_by, MODEL_THRESHOLD, modifier_adjective_cue, noun_cue_content,
                                            NP_REPORT, prep_report, pro_form_answer, published_by, says_clause,
                                            speech_act_noun)
from newstrace.components.stance import plain_sense
from newstrace.components.quotes import cut_off
from newstrace.components.speakers import CITING, is_reporting, is_sourcelike, subject_of
from newstrace.entities import FIRST_PERSON
from newstrace.lexicons import cues
from newstrace.units import ents_of, SourceLink, trim_edges


FIRST = frozenset({"first", "originally", "initially"})


def _event_subject(verb: Token) -> bool:
    """The subject of ``verb`` is a demonstrative pronoun standing for an event or a state of
    affairs ("the IAEA no longer monitors the deal, and that has raised many questions about…"),
    no speaker; a relative "that" stands for its antecedent and is not meant, nor is "it",
    which in news mostly stands for an organisation ("It issued a statement…"). PolNeAR train
    without its held-out fifth has no speech act of this kind with such a subject (VOA story 42
    has one)."""
    subj = subject_of(verb)
    return subj is not None and subj.lower_ in ("that", "this") and subj.dep_ == "nsubj" \
        and verb.dep_ != "relcl"


def _relayed_act(verb: Token) -> bool:
    """A verb of intending with an adverb that relays it from elsewhere ("allegedly",
    "reportedly": ``hedge_alleged``, ``hedge_reported``): "In 2018, Iranian officials allegedly
    offered to pay her relatives…, according to court documents" (VOA story 42). The offer is
    an act someone else says took place, its subject the actor of that event and no source
    (new-user trial: the officials came out as a link of the chain after the court documents);
    the adverb is the clause's factuality. PolNeAR train without its held-out fifth has no such
    verb with an infinitive; the one with an object ("Team Trump reportedly wants Mike Tyson…")
    is no gold cue."""
    return relay_hedged(verb)


def _sentential_report(verb: Token) -> bool:
    """A sentential relative clause with a reporting verb whose object is "which" ("Experts
    detailed transfers of arms to Russia in a report — which Moscow denied", VOA story 84; the
    parse makes it an adverbial clause): the subject's report on the whole clause before it,
    which the author states beside that clause, as with "…, a charge X denied"
    (:func:`~newstrace.components.claims.rebuttal`). It is no speaker tag of the clause (new-user
    trial: Moscow became the clause's source and the experts were lost) and no part of the
    clause's report."""
    return verb.dep_ == "advcl" and is_reporting(verb) and any(
        c.dep_ == "dobj" and c.lower_ == "which" for c in verb.children)


#: Wh-adverbs that open a subordinate clause ("That is why they want to kill her").
WH_ADVERBS = frozenset({"why", "how", "when", "where", "whenever", "wherever"})


def _parenthetical_tag(verb: Token) -> bool:
    """A speaker tag set into or after the clause it hangs on ("the closure, she fumed, had
    cost her…", "…, they say"): a reporting verb the parse made a parataxis or adverbial clause
    of that clause, with a subject and nothing reported of its own — no clausal complement,
    infinitive or subordinating marker (as :meth:`_Attributor.as_report`), no wh-adverb opening
    it as a clause of reason, manner, time or place ("That is why they want to kill her": the
    wanting is part of the claim, its infinitive its own content; new-user trial, VOA story 42,
    where "That is" came out as what "they want"), and no sentential relative
    (:func:`_sentential_report`). Held-out fifth, with the unlabelled-reporter rule of
    :func:`~newstrace.components.speakers.pronouns._reporter_of_clause`: attributions matched 2414 -> 2416
    of 3532 (F1 0.761, P .857 -> .858), partial F1 0.724 -> 0.725, cue F1 0.761 -> 0.760."""
    kids = list(verb.children)
    return verb.dep_ in ("parataxis", "advcl") and is_reporting(verb) and any(k.dep_ == "nsubj" for k in kids) \
        and not any(k.dep_ in ("ccomp", "xcomp", "mark") or k.dep_ == "advmod" and k.lower_ in WH_ADVERBS
                    for k in kids) and not _sentential_report(verb)


def _trailing_tag(head: Token) -> tuple[Token, Token] | None:
    """``(reporting verb, speaker)`` of a speaker tag after the content that the parser made a
    conjunct of it: "UNHCR programs are feeling the strain, Glenn Jusnes, a spokesperson for
    UNHCR Kenya, told VOA" ("told" a conjunct of "feeling", "Jusnes" of "strain"). The verb is a
    subjectless conjunct after ``head`` with no conjunction before it, set off by a comma, and
    the speaker the last person or organisation named between a comma and it. None otherwise."""
    doc = head.doc
    for verb in head.children:
        if verb.dep_ != "conj" or verb.i < head.i or not is_reporting(verb) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children) \
                or any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children) \
                or doc[verb.i - 1].text != ",":
            continue
        names = [e for e in ents_of(doc) if head.i < e.start and e.end < verb.i
                 and e.label_ in ("PERSON", "ORG") and doc[e.start - 1].text == ","]
        if names:
            return verb, names[-1].root
    return None


def _holds_content(unit, verb: Token) -> bool:
    """Whether ``unit`` (the claim unit of the reporting verb ``verb``) holds the verb's clausal
    content itself: a verb the claims stage did not know for a cue (the learned cue classifier
    found it: "The appeals court ruled that Ohio's practices could unjustifiably remove some
    eligible voters and are not in compliance with…", PolNeAR dev) keeps its complement in its
    own unit, a claim that spans the report. A conjunct of that complement with a unit of its
    own ("are not in compliance…") then finds the verb for its frame; marking the verb's unit a
    frame would drop the first conjunct with it, so it stays a claim. PolNeAR dev: 1585 -> 1586
    attributions matched; held-out fifth of train 2552 -> 2555 of 3532."""
    return any(c.dep_ == "ccomp" and c.i in unit.tokens for c in verb.children)


def _cited_source(verb: Token, clause: Token) -> Token | None:
    """The object of a verb of citing or quoting whose that-clause ``clause`` is: "The Daily
    Telegraph cited a security source that mental health may be a factor in the attack"
    (Wikinews 2020 no. 69, new-user trial 17; the parse repair
    :func:`~newstrace.components.parse_repairs.restore_cited_complement` gives "cited" its
    clause) says what the security source said, as "cited Y as saying X" does, so the chain is
    [the outlet, the source], both with the cue "cited" (as "…, citing Y" has "citing"). Only an
    object that can name a source (:func:`is_sourcelike`); None otherwise."""
    if verb.lemma_.lower() not in CITING or clause.dep_ != "ccomp" or clause.head != verb \
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj if obj is not None and is_sourcelike(obj) else None


def _discourse_marker(verb: Token, src: Token) -> bool:
    """"That said, …", "All told, …": a sentence-initial "that", "this" or "all" with "said" or
    "told" and a comma is a discourse marker ("nevertheless", "in all"), not a report. PolNeAR
    train without its held-out fifth: none of its 4 is a gold cue; the fifth: 2 spurious
    attributions."""
    doc = verb.doc
    return verb.lower_ in ("said", "told") and src.i == verb.i - 1 and src.is_sent_start \
        and src.lower_ in ("that", "this", "all") and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","


def ascription(verb: Token) -> bool:
    """A relative clause or participle that ascribes a description to its noun ("Amman, who was
    described as "knife-obsessed" by the police, sent…", Wikinews 2020 no. 15, new-user trial;
    "A Boeing 707 cargo plane, reported by local press as belonging to the Iranian military,
    crashed into houses…", Wikinews 2019, new-user trial 7): a ``relcl`` or ``acl`` with an
    "as" phrase, which reports only the description (a claim of its own, CONVENTIONS.md: a
    relative clause that states its own fact), not the sentence around it, so its agent is no
    sentence-wide source (:meth:`_Attributor.sentence_links`). PolNeAR train: no such relative
    clause, one such participle ("Gingrich — mentioned by Newsmax as the leading choice for…
    — told Bill O'Reilly…", no gold cue: Newsmax is no source of what Gingrich told), none in
    the held-out fifth. The parser may read the "as" as the marker of a participle clause instead
    ("the assailant, reported by The Guardian as convicted of assaults", Wikinews 2019 no. 11,
    new-user trial 18: The Guardian was put in the chain of the police spokesman's report).
    With a "by" agent the clause is the agent's report (:meth:`Frames.frames`: The Guardian's)."""
    return verb.dep_ in ("relcl", "acl") and any(
        c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "as" for m in c.children) for c in verb.children)


class Frames:
    def cue_tokens(self, verb: Token) -> list[Token]:
        """``verb`` with its particle, negation and auxiliaries, less a word that a quotation
        mark cuts off from it (:func:`~newstrace.components.quotes.cut_off`: "“Absolutely
        not,” he said"), and with the feeling it shows or voices (:func:`displayed_attitude`:
        "expressed concern that…") or the infinitive of its aspect (:func:`aspect_infinitive`:
        "continued to portray…")."""
        extra = [c for c in verb.children if c.dep_ in ("prt", "neg", "aux", "auxpass")
                 and c.lower_ not in ("has", "have", "had", "will") and not cut_off(c, verb)]
        shown = displayed_attitude(verb)
        return [verb, *extra, *aspect_infinitive(verb)] + ([shown] if shown is not None else [])

    def frame_link(self, verb: Token, more_cue: list[Token] = ()) -> SourceLink | None:
        """The link of a reporting ``verb``: its subject as source, the verb (with its particle,
        negation and auxiliaries, and ``more_cue``) as cue; None for no source. A participle on a
        statement or document put out ("Trump issued a statement saying that…", "wrote an op-ed
        urging…", :func:`document_issuer`) speaks for the issuer: source the subject of
        "issued", cue "issued a statement saying"."""
        declining = declined_report(verb)
        if declining is not None:
            return self.frame_link(declining)  # "declined to say whether…": one report, cue "declined"
        document = document_issuer(verb)
        if document is not None:  # "wrote an op-ed urging…": the op-ed's author, cue "wrote an op-ed urging"
            link = self.frame_link(document[0], [document[1], *self.cue_tokens(verb)])
            if link is not None:
                return link
        src = subject_of(verb)
        if src is None or src.lower_ in ("there", "you") or (src.lower_ == "it" and (
                verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.children)
                or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))):
            return None  # "it is said that…", "it is hard to say whether…": no source
        if _discourse_marker(verb, src):
            return None  # "That said, a loss would…": "nevertheless", no report
        if negative_quantifier(src) or no_one_reports(verb):
            return None  # "No organization claimed credit…": no one reported
        first = any(c.lower_ in FIRST for c in verb.children)
        return self.link(src, self.cue_tokens(verb) + list(more_cue),
                         exclude=verb if verb.dep_ in ("relcl", "acl") else None, first=first)

    def frames(self) -> dict[int, list[SourceLink]]:
        """Per unit head: the frame chain, outermost first."""
        out: dict[int, list[SourceLink]] = {}
        reported: set[int] = set()  # heads of units that are the clausal content of a frame
        own: set[int] = set()  # heads of units whose own verb is the cue ("announced a plan")
        for u in self.units:
            if u.head in self.questions:  # "Asked what he believed, …": the question is no one's report
                out[u.head] = []
                continue
            head = self.doc[u.head]
            chain, t = [], head
            for _ in range(4):
                gov = self.governing_frame(t)
                if gov is None:
                    break
                gov_unit = self.by_head.get(gov.i)
                if gov_unit is not None and (t.i == u.head or t.i not in self.by_head) \
                        and not _holds_content(gov_unit, gov):
                    gov_unit.frame = True
                    if gov.i < u.head:  # words after the content that the parse hung on the cue verb
                        u.tokens = trim_edges(self.doc, sorted(set(u.tokens) | set(self.cue_tail(gov, u))))
                src = subject_of(gov)
                if src is not None and src.lower_ in FIRST_PERSON and self.authorial(src):
                    u.kind = "opinion"  # "I think X": the author's own view, not a source
                    break
                outer = self.coordinated_frame(gov)
                if outer is not None:  # "said A and insisted B", the parse hanging "insisted" on A
                    src = subject_of(outer)
                    if src is not None:
                        chain.append(self.link(src, self.cue_tokens(gov)))
                    break
                link = self.frame_link(gov)
                if link is not None:
                    cited = _cited_source(gov, t)
                    if cited is not None:  # "cited a security source that X": the source after the outlet
                        chain.append(self.link(cited, [gov]))
                    chain.append(link)
                t = gov
            if chain:
                reported.add(u.head)
            aside = next((c for c in head.children if _parenthetical_tag(c)), None) \
                or next((c for c in head.children if self.as_report(c)), None)
            if not chain and aside is not None:  # "the closure, she fumed, had cost her…"
                link = self.frame_link(aside)
                if link is not None:
                    chain.append(link)
                    reported.add(u.head)  # its clauses ("…, she said, because…") are part of it
                    kept = {i for i in u.tokens if i not in {t.i for t in aside.subtree}}
                    u.tokens = trim_edges(self.doc, sorted(kept | set(self.aside_tail(u, aside))))
                    if aside.i in self.by_head:
                        self.by_head[aside.i].frame = True
            inverted = _trailing_tag(head) if not chain else None
            if inverted is not None:  # "X is so, Glenn Jusnes, a spokesperson for UNHCR, told VOA."
                verb, src = inverted
                chain.append(self.link(src, self.cue_tokens(verb)))
                cut = next(i for i in range(src.left_edge.i, head.i, -1) if self.doc[i].text == ",")
                u.tokens = trim_edges(self.doc, [i for i in u.tokens if i < cut]) or u.tokens
                if verb.i in self.by_head:
                    self.by_head[verb.i].frame = True
            if not chain and u.head in self.noun_frames:
                chain.append(self.noun_frames[u.head])
            elif chain and t.i != u.head and t.i in self.noun_frames:
                chain.append(self.noun_frames[t.i])  # "made it clear that he felt X": X's outer link
            adj_cue = adjective_cue(head) if not chain else None
            subj = next(c for c in head.children if c.dep_ == "nsubj") if adj_cue is not None else None
            if subj is not None and not self.authorial(subj):  # "I am not sure…": the author's own doubt
                chain.append(self.link(subj, adj_cue))
            if not chain:  # "Adamowicz was an early supporter of democracy": the author states the stance
                self.agent_stance(u, head)
            lemma = head.lemma_.lower()
            part = document_participle(head) if not chain else None
            named = speech_act_noun(head) if part is not None else None
            if named is not None and (says_clause(part) or any(
                    self.doc[k].pos_ != "ADV" for k in range(named.i + 1, part.i))):
                part = None  # "released a statement saying X": X is the statement's; "issued a statement on Monday condemning…"
            link = self.frame_link(part) if part is not None else None
            if link is not None:  # "wrote an op-ed urging…", "issued a statement condemning…": cue to the participle
                chain.append(link)
                own.add(u.head)
            act = speech_act_noun(head) if not chain else None
            if act is not None and (noun_cue_content(act) is not None or any(
                    says_clause(c) and document_issuer(c) is not None for c in act.children)):
                act = None  # the clause on the noun is reported: "issued a statement saying…"
            act = act or (prep_report(head) if not chain else None)
            if act is not None and _event_subject(head):
                act = None  # "that has raised many questions about…": an event, no speaker
            if act is not None:  # "issued a statement condemning…", "talked about the economy"
                link = self.frame_link(head, [act])
                if link is not None:
                    chain.append(link)
                    own.add(u.head)
            if not chain and head.pos_ in ("VERB", "AUX") and not naming_participle(head) and not anonymity(head) \
                    and not answers_event(head) and (
                    lemma in NP_REPORT and any(c.dep_ in ("dobj", "attr", "oprd") for c in head.children)
                    and not death_toll(head) and not shows_record(head) and not reciprocal_dispute(head)
                    and not plain_sense(head)
                    or judges_as(head) or estimate(head) or pro_form_answer(head) or rebuttal(head) is not None
                    or head.dep_ == "relcl" and set_off_report(head) is not None  # a participle: a stance
                    or published_by(head) or judged_by(head) or passive_claim(head)
                    or ascription(head) and any(c.dep_ == "agent" for c in head.children)
                    or lemma in INTENT and any(c.dep_ == "xcomp" for c in head.children) and not _relayed_act(head)
                    or lemma in CALL_FOR and not plain_sense(head) and any(  # not "called off … on Tuesday"
                        c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on")
                        and not any(p.ent_type_ in ("DATE", "TIME") for p in c.children) for c in head.children)
                    or calls_for_clause(head) or document_issuer(head) is not None
                    or attitude_content(head) and cue_probability(head) >= MODEL_THRESHOLD
                    and lemma not in cues()["hedge_speculative_verb"]):  # "They appear to have …": a hedge
                link = self.frame_link(head)
                if link is not None:
                    chain.append(link)
                    own.add(u.head)
            relayed = reported_absolute(head) if not chain else None
            if relayed is not None:  # "…, with officials reporting at the time 150 … killed"
                chain.append(self.link(relayed.head, [relayed], exclude=relayed))
            handed = handed_figure(head) if not chain else None
            if handed is not None:  # "death tolls, provided anonymously by officials, exceeded 100"
                link = self.frame_link(handed)
                if link is not None:
                    chain.append(link)
            inf = infinitive_report(head) if not chain and not naming_participle(head) else None
            if inf is not None:  # "attempted to portray the plan as a giveaway"
                link = self.frame_link(head, [inf])
                if link is not None:
                    chain.append(link)
                    own.add(u.head)
            if not chain and not u.frame and not hedged_gloss(head):  # "…, thought to be a teacher": no one's stance
                for i in u.tokens:
                    if modifier_adjective_cue(self.doc[i]) is not None:  # "Republicans, concerned about…"
                        self.adjective_stance(u, self.doc[i])
                    elif self.doc[i].pos_ == "VERB":
                        self.stance(u, self.doc[i])
                    elif self.doc[i].pos_ == "NOUN":
                        self.noun_stance(u, self.doc[i])
            out[u.head] = chain[::-1]
        self.inherit_content(out, reported, own)
        return out
