"""Stance acts: a clause whose verb takes a stance toward a noun phrase ("Jeb Bush endorsed Cruz",
"Beck called Palin a 'clown'", "Trump has pandered to the alt-right").

Two conventions meet here. newstrace's (CONVENTIONS.md, "What one claim is"; the seed gold's
"has repeatedly defended Kim"): such a clause is a claim the author states, with an empty
attribution chain: the author vouches that the act happened. PARC 3.0 (Pareti 2016) and PolNeAR
(Newell, Margolin & Ruths 2018) annotate the same clause as an attribution of a stance: the
subject is its source, the verb its cue, the object its content. newstrace keeps its own chain
and records the stance beside it (``Claim.stance``), so both readings are in the output.

Which verbs: those of taking a position toward someone or something (``stance_act_verbs`` of
``lexicons/cues.json``: judgment, admiration, support and opposition, accusing, denying, urging
verbs). The learned cue classifier of the attribution stage, which PolNeAR's annotation of any
verb with a noun-phrase content taught, was tried first: it found more of PolNeAR's attributions
(held-out fifth of train, attribution F1 0.705 against 0.690) but a new-user read of VOA and
PolNeAR articles judged only 15 of its 54 stances right ("passed the Senate", "signed the
legislation", "enjoyed support"); a stance must be one. It is used only on verbs of saying
or intending inside another clause (``cue_rules.learned_stance``: "after the governor refused
to sign the bill"), with :func:`act_content`. A noun that names such an act with its
holder as possessor ("Sanders' attacks on Clinton", ``stance_act_nouns``: :func:`noun_stance`)
is recorded the same way, and so is one that the subject of a receiving verb meets with ("Cruz
won the endorsement of Pence": :func:`received_stance`, holder Pence), and so is the support a
group gives ("Clinton's deep support among black voters": :func:`support_among`, holder the
voters). Reads the parse only.

The attribution component records what these rules find (``components/attribution/stances.py``);
the cue rules, the speakers, ``content_splits``, ``learned_acts`` and ``export`` read their word
lists and content rules. The package's modules, by kind:

* :mod:`.circumstances`: what around an act of saying or of a stance is no part of its content
  (its time, occasion or medium, its setting: :func:`circumstance`, :func:`setting`,
  :func:`less_circumstances`; ``VENUE_NOUNS``, ``MEDIA_NOUNS``), and which prepositional phrase
  can be a stance's content;
* :mod:`.senses`: stance and reporting verbs in a sense that takes no stance (a force of nature:
  :func:`natural_force`; "attack" used of force: :func:`physical_attack`; "charged $3.7 million",
  "called off a deal": :func:`plain_sense`);
* :mod:`.verbs`: which verbs take a stance (:func:`is_stance_verb`, :func:`calls_for`,
  :func:`phrasal_stance`), a message's participle and its holder (:func:`message_stance`), and
  verbs that take none there (:func:`fronted_gerund`, :func:`undone`);
* :mod:`.content`: what a stance verb or an act is about (:func:`stance_content`,
  :func:`act_content`), a passive stance's holder (:func:`passive_holder`), a content cut before
  a named reporter's report inside it (:func:`less_set_off_report`), and :func:`char_range`;
* :mod:`.received`: stances someone else gives (:func:`received_stance`: "won the endorsement
  of Pence"; :func:`support_among`: "support among black voters");
* :mod:`.nouns`: stances a noun names, held by its possessor (:func:`noun_stance`,
  :func:`decision_stance`), by the subject of a verb uttering it (:func:`uttered_stance`) or by
  the subject it is said of (:func:`held_stance`).

Reads parsed spaCy tokens only; sets nothing. The package re-exports every public name of the
one module it was; a name with a leading underscore is shared only between its modules.
"""
from newstrace.components.stance.circumstances import (ADDITIVE_ADVERBS, circumstance, less_circumstances, MEDIA_NOUNS,
                                                        OBJECT_DEPS, PLACE_ENTS, setting, SETTING_PREPS, TIME_ENTS,
                                                        VENUE_NOUNS)
from newstrace.components.stance.senses import (natural_force, NATURAL_FORCES, OFF_PHRASAL, physical_attack,
                                                PHYSICAL_SENSE, plain_sense)
from newstrace.components.stance.verbs import (CALL_FOR_VERBS, calls_for, CLAUSAL_DEPS, DIRECTIVES, fronted_gerund,
                                               is_stance_verb, message_participle, message_stance, PHRASAL,
                                               phrasal_stance, position_phrase, POSITION_PHRASES, REFLEXIVES, undone)
from newstrace.components.stance.content import (act_content, ADJUNCT_PREPS, char_range, less_set_off_report,
                                                 passive_holder, REASON_PREPS, stance_content)
from newstrace.components.stance.received import (HAVING_SUPPORT, RECEIVING, received_stance, support_among,
                                                  SUPPORT_NOUNS, TARGET_PREPS)
from newstrace.components.stance.nouns import (ATTITUDE_NOUNS, DECISION_NOUNS, decision_stance, held_stance, HOLDING,
                                               NOUN_PREPS, noun_stance, UTTER, uttered_stance, VIEW_NOUNS, VIEW_PREPS)

__all__ = [
    "ADDITIVE_ADVERBS", "ADJUNCT_PREPS", "ATTITUDE_NOUNS", "CALL_FOR_VERBS", "CLAUSAL_DEPS", "DECISION_NOUNS",
    "DIRECTIVES", "HAVING_SUPPORT", "HOLDING", "MEDIA_NOUNS", "NATURAL_FORCES", "NOUN_PREPS",
    "OBJECT_DEPS", "OFF_PHRASAL", "PHRASAL", "PHYSICAL_SENSE", "PLACE_ENTS", "POSITION_PHRASES", "REASON_PREPS",
    "RECEIVING", "REFLEXIVES", "SETTING_PREPS", "SUPPORT_NOUNS", "TARGET_PREPS", "TIME_ENTS", "UTTER",
    "VENUE_NOUNS", "VIEW_NOUNS", "VIEW_PREPS",
    "act_content", "calls_for", "char_range", "circumstance", "decision_stance", "fronted_gerund", "held_stance",
    "is_stance_verb", "less_circumstances", "less_set_off_report", "message_participle", "message_stance",
    "natural_force", "noun_stance", "passive_holder", "phrasal_stance", "physical_attack", "plain_sense",
    "position_phrase", "received_stance", "setting", "stance_content", "support_among", "undone",
    "uttered_stance",
]
