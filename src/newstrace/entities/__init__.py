"""Who a mention is: canonical names and source types within one article.

Method: in-document name resolution, as news coreference baselines do (Haghighi & Klein 2009's
head-match sieve): a short or titled mention ("Mr. Kim", "Kim") resolves to the first longer name
of the article that contains it ("Kim Jong Un"); an outlet short form ("the Times") resolves to
an outlet named earlier whose name ends with it ("the New York Times"), and outlet names to the
packaged outlet list (``lexicons/outlets.csv``). Source types (CONVENTIONS.md) come from the
named-entity label, the outlet list and the head noun (``lexicons/sources.json``).
Its modules, by kind:

* :mod:`.words`: the source lexicon (``lexicons/sources.json``) and the written form of names;
* :mod:`.places`: which names are places and which country a word names;
* :mod:`.gender`: a person's gender by honorific, pronoun, the text and the first-name table;
* :mod:`.titles`: a person's titles and roles (official, expert, role nouns);
* :mod:`.names`: people's names the NER missed, mislabelled or ran into other words;
* :mod:`.index`: :class:`EntityIndex`, the canonical names of one article;
* :mod:`.subjects`: which clause a mention is the subject of;
* :mod:`.persons`: common nouns of people, and speakers introduced without a name;
* :mod:`.antecedents`: what a pronoun, a definite group noun or a generational epithet refers to;
* :mod:`.media`: news outlets, publications and documents as sources;
* :mod:`.bodies`: bodies of a state, armed groups and organisations named by their kind;
* :mod:`.source_types`: :func:`source_type`, the CONVENTIONS.md type of a source phrase.

The names below are the ones other modules import; a name with a leading underscore is shared
only between the package's modules.
"""
from newstrace.entities.words import FIRST_PERSON, source_words, strip_titles
from newstrace.entities.places import PLACE_PREPOSITIONS, is_country
from newstrace.entities.gender import SAYING, other_gender
from newstrace.entities.titles import CAPITALISED_TITLES, is_role, role_qualifiers
from newstrace.entities.names import no_name, trailing_name
from newstrace.entities.index import EntityIndex
from newstrace.entities.subjects import unattached_subject
from newstrace.entities.persons import one_of_a_nation, person_noun
from newstrace.entities.antecedents import generational_person, group_antecedent, pronoun_antecedent, window_start
from newstrace.entities.media import PUBLICATION_NOUNS, RECORD_NOUNS
from newstrace.entities.source_types import source_type

__all__ = [
    "CAPITALISED_TITLES", "EntityIndex", "FIRST_PERSON", "PLACE_PREPOSITIONS", "PUBLICATION_NOUNS", "RECORD_NOUNS", "SAYING",
    "generational_person", "group_antecedent", "is_country", "is_role", "no_name", "one_of_a_nation",
    "other_gender", "person_noun", "pronoun_antecedent", "role_qualifiers", "source_type", "source_words",
    "strip_titles", "trailing_name", "unattached_subject", "window_start",
]
