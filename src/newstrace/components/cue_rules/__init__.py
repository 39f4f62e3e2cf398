"""Which words are attribution cues, and what their content is: the lexical and syntactic
decisions the attribution component (``components/attribution/``) makes about one verb,
adjective or noun, apart from finding its speaker (``components/speakers/``). Its modules, by kind:

* :mod:`.words`: the word lists the others share: noun-phrase reports (``NP_REPORT``),
  intentions with an infinitive (``INTENT``), calls for action (``CALL_FOR``), the prepositions
  of a topic, and the clause-taking verbs of PolNeAR train/;
* :mod:`.classifier`: the learned cue classifier (:func:`cue_features`, :func:`cue_probability`;
  logistic regression trained on PolNeAR train/ by ``training/train_cue_model.py``);
* :mod:`.non_reports`: verbs that look like reports but state a plain act ("claimed 20 lives",
  "rejected the request", "did not reply", "responded to the attack by destroying…"), and acts that did not take place;
* :mod:`.clausal`: reporting verbs with a clausal complement (:func:`content_cue`), the learned
  classifier limited by :func:`attitude_content`, and a verb outside the lexicons framing its
  clause (:func:`learned_report`);
* :mod:`.passives`: reports in the passive whose "by" agent is the source ("was first reported
  by MSNBC");
* :mod:`.verb_frames`: verbs with another content: judging something as something
  (:func:`judges_as`), calls for action (:func:`calls_for_clause`), estimates, pro-form answers,
  and a verb of speaking or thinking with the preposition of its topic ("talked about the
  economy": :func:`prep_report`);
* :mod:`.questions`: a question put by no one named (:func:`unattributed_question`,
  :func:`passive_question`);
* :mod:`.lead_ins`: phrases that name a clause's source ("In a new poll, …", "Under the law, …",
  "To X, …", "according to which…");
* :mod:`.acts`: a verb of saying or intending inside another clause, recorded as a stance
  (:func:`learned_stance`);
* :mod:`.adjectives`: stance adjectives predicated of a holder (:func:`adjective_cue`), and agent
  nouns of a stance ("is a supporter of…": :func:`agent_noun_cue`);
* :mod:`.nouns`: stance nouns with a holder and a that-clause or infinitive
  (:func:`noun_cue_holder`, :func:`noun_cue_content`), and a speech act named by a verb's object
  ("issued a statement condemning…": :func:`speech_act_noun`; "issued a statement saying…": :func:`document_issuer`).

Reads parsed spaCy tokens only; sets nothing. The names below are the ones other modules
import; a name with a leading underscore is shared only between the package's modules.
"""
from newstrace.components.cue_rules.words import CALL_FOR, CONTENT_PREPS, INTENT, NP_REPORT
from newstrace.components.cue_rules.classifier import cue_features, cue_probability, logistic, MODEL_THRESHOLD, np_class
from newstrace.components.cue_rules.non_reports import (answers_event, anonymity, death_toll, intention_participle,
                                                        possession_claim, realis_act, reciprocal_dispute,
                                                        reports_in_person, shows_record)
from newstrace.components.cue_rules.clausal import (aspect_infinitive, attitude_content, content_cue, declined_report,
                                                    infinitive_clause, learned_report, PERCEPTION)
from newstrace.components.cue_rules.passives import handed_figure, judged_by, passive_claim, published_by
from newstrace.components.cue_rules.adjectives import adjective_cue, agent_noun_cue, COPULAS, modifier_adjective_cue
from newstrace.components.cue_rules.verb_frames import (as_much, calls_for_clause, estimate, infinitive_report,
                                                        judges_as, prep_report, pro_form_answer, PRO_FORMS,
                                                        talks_about_clause, TOPIC_NAMING)
from newstrace.components.cue_rules.questions import passive_question, question_clause, question_topic
from newstrace.components.cue_rules.lead_ins import (according_to_manner, according_to_relative, legal_lead_in,
                                                     perspective_lead_in, poll_in_clause, poll_lead_in)
from newstrace.components.cue_rules.acts import CUE_P_BLOCKS, learned_stance, stance_blocks
from newstrace.components.cue_rules.nouns import (displayed_attitude, document_issuer, document_participle,
                                                  noun_cue_content, noun_cue_holder, says_clause,
                                                  speech_act_noun, unheld_noun_cue)
# Imported from here by attribution and content_splits, as from the one module this package was.
from newstrace.components.speakers import DUMMY_SUBJECTS

__all__ = [
    "CALL_FOR", "CONTENT_PREPS", "COPULAS", "CUE_P_BLOCKS", "DUMMY_SUBJECTS", "INTENT", "MODEL_THRESHOLD",
    "NP_REPORT", "PERCEPTION", "PRO_FORMS", "TOPIC_NAMING",
    "according_to_manner", "according_to_relative", "adjective_cue", "agent_noun_cue", "answers_event", "anonymity",
    "as_much",
    "aspect_infinitive", "attitude_content", "calls_for_clause", "content_cue", "cue_features", "cue_probability",
    "death_toll", "declined_report", "displayed_attitude", "document_issuer", "document_participle", "estimate",
    "handed_figure", "infinitive_clause",
    "infinitive_report", "intention_participle", "judged_by", "judges_as", "learned_report", "learned_stance",
    "legal_lead_in", "logistic", "modifier_adjective_cue", "noun_cue_content", "noun_cue_holder", "np_class",
    "passive_claim", "passive_question", "perspective_lead_in", "poll_in_clause", "poll_lead_in", "possession_claim",
    "prep_report", "pro_form_answer", "published_by", "question_clause", "question_topic", "realis_act",
    "reciprocal_dispute", "reports_in_person", "says_clause", "shows_record", "speech_act_noun",
    "stance_blocks", "talks_about_clause", "unheld_noun_cue",
]
