"""Stances of the attribution stage: attitudes that are no report of the unit's content but a
holder's stance towards it (a verb of wanting or deciding, a stance noun, a stance adjective
right after its holder: "Sanders fully supportive of Clinton", :func:`modifier_adjective_cue`),
and "…, as Reuters reported" (:meth:`~Stances.as_report`).

:class:`Stances` is a mixin of :class:`newstrace.components.attribution.attributor._Attributor`:
:meth:`~Stances.stance`, :meth:`~Stances.noun_stance` and :meth:`~Stances.adjective_stance`
take a claim unit and the verb, noun or adjective of the stance and append ``(link, content
token indices)`` to the unit's ``stances``; the unit's chain and factuality stay as they are
(the author states the stance). :meth:`~Stances.as_report` takes a verb and gives a bool. The
stance rules themselves are in :mod:`newstrace.components.stance`.
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.components.cue_rules import (DUMMY_SUBJECTS, agent_noun_cue, answers_event, learned_stance,
                                            modifier_adjective_cue, noun_cue_holder)
from newstrace.components.stance import (char_range, decision_stance, held_stance, less_set_off_report, message_stance,
                                         noun_stance, passive_holder, position_phrase, received_stance, stance_content,
                                         support_among, uttered_stance)
from newstrace.components.quotes import in_quotes
from newstrace.components.speakers import is_sourcelike, subject_of
from newstrace.units import ClaimUnit, passive


#: Verbs of reporting in "…, as Reuters reported" (:meth:`_Attributor.as_report`).
AS_REPORTS = frozenset({"say", "note", "report", "write", "explain", "point", "reveal", "observe",
                        "acknowledge", "mention", "speculate", "detail", "recount", "confirm",
                        "indicate", "argue", "predict", "warn", "suggest", "remind", "insist",
                        "claim", "recall", "document", "disclose"})


class Stances:
    def as_report(self, verb: Token) -> bool:
        """"…, as Reuters reported", "As the paper noted, …", "as Clinton supporters point out":
        an adverbial clause with the marker "as" whose verb is a verb of reporting (``AS_REPORTS``)
        with a subject and nothing reported of its own (no clausal complement, object or
        infinitive: the clause it hangs on is what was reported). Not the author ("as I said"),
        the saying "as they say", nor a comparison ("as bad as she said", the clause hanging on
        a word that has "as" of its own). PolNeAR train without its held-out fifth: 37 of 48
        such clauses are the gold cue of the clause they hang on (5 more cue a quotation
        next to them)."""
        if verb.dep_ != "advcl" or verb.pos_ != "VERB" or verb.lemma_.lower() not in AS_REPORTS:
            return False
        kids = list(verb.children)
        if not any(k.dep_ == "mark" and k.lower_ == "as" and k.i < verb.i for k in kids) \
                or any(k.dep_ in ("ccomp", "dobj", "xcomp") for k in kids):
            return False
        subj = next((k for k in kids if k.dep_ == "nsubj"), None)
        if subj is None or self.authorial(subj) or subj.lower_ in ("you", "one") \
                or subj.lower_ == "they" and verb.lemma_.lower() == "say":
            return False
        head = verb.head
        return head.pos_ in ("VERB", "AUX") and not any(
            k.lower_ == "as" and k.dep_ == "advmod" for k in head.children)

    def stance(self, unit: ClaimUnit, verb: Token) -> None:
        """Add to ``unit.stances`` the stance ``verb`` (a verb of the unit) takes toward a noun
        phrase ("endorsed Cruz", "…, blasting Trump"; :func:`~newstrace.components.stance.stance_content`),
        or a verb of saying or intending inside the unit its object or infinitive ("after the
        governor refused to sign the bill": :func:`~newstrace.components.cue_rules.learned_stance`):
        its subject as holder, the verb as cue. Only for a unit with no chain (a stance inside a
        report is part of what the source says, as PolNeAR annotates it); the chain stays empty
        (CONVENTIONS.md: the author states the act). A dummy subject ("it", "this") holds no
        stance, nor does the author ("I", "we" outside quotation marks: the author is never a
        listed source; PolNeAR train's held-out fifth: 2 fewer spurious, 1 fewer found). A
        message's participle ("her statement condemning the test":
        :func:`~newstrace.components.stance.message_stance`) is held by the message's possessor,
        the one who utters it (:func:`~newstrace.components.cue_rules.noun_cue_holder`), or else
        the message. The content ends before a report set off inside it
        (:func:`~newstrace.components.stance.less_set_off_report`)."""
        content = stance_content(verb) or learned_stance(verb)
        if content is None or answers_event(verb):  # "responded to the attack by destroying…": a deed
            return
        src = passive_holder(verb) if passive(verb) else subject_of(verb)  # a passive's subject holds nothing
        message = message_stance(verb)
        if message is not None:  # "her statement condemning the test": who issued the statement
            src = noun_cue_holder(message) or message
        if src is None or src.lower_ in DUMMY_SUBJECTS or self.authorial(src):
            return
        phrase = position_phrase(verb)  # "spoke out in favor of": the phrase is part of the cue
        if phrase and src.pos_ not in ("PROPN", "PRON") and not is_sourcelike(src):
            return  # "the popularity of dog meat stands in opposition to…": a contrast, no holder
        link = self.link(src, self.cue_tokens(verb) + phrase) if passive(verb) or message is not None \
            else self.frame_link(verb, phrase)
        if link is not None and not link.start_char <= content[0] < link.end_char:
            unit.stances.append((link, less_set_off_report(self.doc, content)))

    def noun_stance(self, unit: ClaimUnit, noun: Token) -> None:
        """Add to ``unit.stances`` the stance act a noun of the unit names with its possessor as
        holder ("Sanders' attacks on Clinton": :func:`~newstrace.components.stance.noun_stance`),
        the noun and its preposition as cue. As for :meth:`stance`: only for a unit with no
        chain, and not the author's own ("my", "our", "us", "me" outside quotation marks). Also
        a stance the verb's subject receives ("won the endorsement of Pence":
        :func:`~newstrace.components.stance.received_stance`), the noun its cue, and one the
        subject of a verb of uttering voices ("voiced support for Trump":
        :func:`~newstrace.components.stance.uttered_stance`), the verb, noun and preposition its
        cue; not the author's nor a dummy subject's; so is one said of the subject ("The editorial
        is a rousing defense of X", "Bernie has a particular critique of the economy":
        :func:`~newstrace.components.stance.held_stance`). A decision with its possessor as holder
        ("Trump's decision to skip the debate": :func:`~newstrace.components.stance.decision_stance`)
        has the noun as cue and the infinitive as content, and support a group gives ("Clinton's
        deep support among black voters": :func:`~newstrace.components.stance.support_among`)
        has the group as holder and "support" as cue."""
        found = noun_stance(noun)
        uttered = uttered_stance(noun) or held_stance(noun) if found is None else None
        if found is not None:
            holder, prep, content = found
            cue = [noun, prep]
        elif uttered is not None:  # "voiced support for": the verb's subject holds it
            verb, prep, content = uttered
            holder, cue = subject_of(verb), [verb, noun, prep]
            if holder is not None and (holder.lower_ in DUMMY_SUBJECTS or self.authorial(holder)):
                holder = None
        else:  # "won the endorsement of Pence", "Trump's decision to skip the debate": the noun is the cue
            holder, content = received_stance(noun) or decision_stance(noun) or support_among(noun) or (None, None)
            cue = [noun]
        if holder is None or content is None \
                or holder.lower_ in ("my", "our", "us", "me") and not in_quotes(self.quotes, holder.idx):
            return
        unit.stances.append((self.link(holder, cue), content))

    def agent_stance(self, unit: ClaimUnit, copula: Token) -> None:
        """Add to ``unit.stances`` the stance a copula's subject holds as the agent noun of its
        predicate ("Mr. Bannon has been a supporter of Mr. Trump's instincts": :func:`~newstrace.
        components.cue_rules.agent_noun_cue`): the subject as holder, the auxiliaries, copula, noun
        and preposition as cue, the prepositional object as content, as PolNeAR annotates it. The
        unit's chain stays empty: the author describes the holder ("Adamowicz was an early
        supporter of democracy", Wikinews 2019 no. 11, new-user trial 18: reported as Adamowicz's
        own words, the author's fact made his report; CONVENTIONS.md: an empty chain means the
        author states the claim). Not the author's own ("I am a supporter of…"). The content ends
        with the unit ("…'s pugilistic instincts, which the candidate has made clear…": the
        relative clause is a claim of its own)."""
        cue = agent_noun_cue(copula)
        subj = next((c for c in copula.children if c.dep_ == "nsubj"), None) if cue is not None else None
        if subj is None or self.authorial(subj):
            return
        prep = cue[-1]
        content = char_range(self.doc, prep.i + 1, prep.right_edge.i)
        end = unit.span(self.doc)[1]  # a relative clause split off the unit is no part of it
        if content is not None and content[0] < end:
            unit.stances.append((self.link(subj, cue), (content[0], min(content[1], end))))

    def adjective_stance(self, unit: ClaimUnit, adj: Token) -> None:
        """Add to ``unit.stances`` the attitude a stance adjective after its holder names
        ("investors hungry for earnings growth", "Those most willing to attack him":
        :func:`~newstrace.components.cue_rules.modifier_adjective_cue`): the modified word as
        holder, the adjective with its degree adverb and preposition as cue. As for
        :meth:`noun_stance`: only for a unit with no chain, and not the author's own."""
        holder, cue, content = modifier_adjective_cue(adj)
        if content is None or self.authorial(holder):
            return
        unit.stances.append((self.link(holder, cue, exclude=adj), content))  # "Republicans", not "…, concerned about…"
