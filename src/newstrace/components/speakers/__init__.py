"""Who a source phrase is: the source token of a reporting verb (its subject, agent, the name the
parser left elsewhere) and the mention, canonical name and type of the phrase it heads.

Used by the attribution component (``components/attribution/``) and ``components/cue_rules/``,
which decide which verbs report and which clauses are their contents; this package only finds
and describes the speaker of a verb it is given. Names and types come from :mod:`newstrace.entities`.
Its modules, by kind:

* :mod:`.words`: the word lists and small noun tests the others share;
* :mod:`.reporting`: which verbs report, and the senses of reporting words that report nothing;
* :mod:`.interviews`: the author's "I" and "we", an interview's answers and transcript labels;
* :mod:`.subjects`: :func:`subject_of`, the source token of a reporting verb, reading the signs of
  :mod:`.tags` (speaker tags, names the parser left off their verb), :mod:`.participles`
  (participles, gerunds and relative clauses with no subject of their own) and :mod:`.conjuncts`
  (conjoined reports, object and subject control);
* :mod:`.description`: :func:`describe`, the mention, name and type of a source phrase, reading
  :mod:`.mentions` (the phrase's extent and the names in it), :mod:`.pronouns` (pronoun
  antecedents) and :mod:`.definites` (what a definite noun or a bare role repeats).

The names below are the package's public ones; a name with a leading underscore is shared only
between its modules.
"""
from newstrace.components.speakers.words import DUMMY_SUBJECTS, GROUP_NOUNS, PERSON_PRONOUNS, doc_text, is_sourcelike
from newstrace.components.speakers.reporting import (ACT_ENDINGS, AUDIENCE_NOUNS, FINDING, QUANTITY_WORDS,
                                                     addresses_audience, is_reporting, plain_finding, purchase)
from newstrace.components.speakers.interviews import ANSWER_LABEL, TRANSCRIPT_LABEL, in_answer, is_author, transcript_labels
from newstrace.components.speakers.conjuncts import (BASE_FORM, OBJECT_CONTROL, SUBJECT_CONTROL,
                                                     coordinated_report, second_report)
from newstrace.components.speakers.participles import QUESTION_WORDS
from newstrace.components.speakers.subjects import REASON_OF_OBJECT, subject_of
from newstrace.components.speakers.pronouns import TIME_CLAUSE_MARKS
from newstrace.components.speakers.description import JOINT_TYPE_ORDER, MEDIA_TYPES, describe, joint_type
from newstrace.components.speakers.mentions import CITING
# Imported from here by cue_rules, as from the one module this package was.
from newstrace.entities import is_role

__all__ = [
    "ACT_ENDINGS", "ANSWER_LABEL", "AUDIENCE_NOUNS", "BASE_FORM", "CITING", "DUMMY_SUBJECTS", "FINDING",
    "GROUP_NOUNS", "JOINT_TYPE_ORDER", "MEDIA_TYPES", "OBJECT_CONTROL", "PERSON_PRONOUNS", "QUANTITY_WORDS",
    "QUESTION_WORDS", "REASON_OF_OBJECT", "SUBJECT_CONTROL", "TIME_CLAUSE_MARKS", "TRANSCRIPT_LABEL",
    "addresses_audience", "coordinated_report", "describe", "doc_text", "in_answer", "is_author", "is_reporting",
    "is_role", "is_sourcelike", "joint_type", "plain_finding", "purchase", "second_report", "subject_of",
    "transcript_labels",
]
