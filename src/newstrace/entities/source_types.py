"""The CONVENTIONS.md source type of a source noun phrase (:func:`source_type`): from the
named-entity label, the outlet list (``lexicons/outlets.csv``) and the head noun
(``lexicons/sources.json``), by the tests of :mod:`.titles`, :mod:`.bodies`, :mod:`.media`,
:mod:`.names`, :mod:`.persons` and :mod:`.places`. Input: the phrase's head token, its tokens, its
entity label and outlet row; output: a source type of CONVENTIONS.md.
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.entities.bodies import (_counted, _member_group, armed_group_name, insider, kind_of_body,
                                       listed_group_type, named_by_kind, state_force, state_modified, trader)
from newstrace.entities.media import (RECORD_NOUNS, _apposed_kind, _name_goes_on, _publication_named,
                                      _reporting_outlet, named_document, state_outlet)
from newstrace.entities.names import unintroduced_name
from newstrace.entities.persons import one_of_a_nation
from newstrace.entities.places import is_country
from newstrace.entities.titles import (civil_society_title, expert_title, expert_words, official_words,
                                       private_attorney, seated_in_government)
from newstrace.entities.words import source_words
from newstrace.lexicons import first_names


def source_type(head: Token, tokens: list[Token], ent_label: str | None, outlet_row: dict | None) -> str:
    """The CONVENTIONS.md source type of a source noun phrase.

    Args:
        head: the phrase's head token; tokens: all its tokens;
        ent_label: the named-entity label that names the source (PERSON, ORG, GPE…) or None;
        outlet_row: the outlet-list row when the phrase names a listed outlet.

    A thing (PRODUCT: a named ship, :func:`newstrace.components.names.relabel_by_context`)
    is a ``document``: it reports only through the records it transmits ("the Jairan reported
    no significant draught change", its AIS position reports; VOA story 8010476, new-user
    trial five: typed government).
    """
    words = source_words()
    if (counted := _counted(head)) is not None:  # "A number of Senators": the senators' type
        return source_type(counted, list(counted.subtree), counted.ent_type_ or None, None)
    lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    lemma = head.lemma_.lower()
    if head.lower_ in words["media"] or head.lower_ in words["social"]:
        lemma = head.lower_  # "media" is lemmatised to "medium"
    outlet = _reporting_outlet(head)
    if outlet is not None:  # "Local media reports say…": the reports of unnamed outlets
        lemma = outlet.lower_
    if lemma in RECORD_NOUNS and head.pos_ == "NOUN":
        return "document"  # "Photographs showed…", though the NER took the capitalised plural for a name
    if outlet_row:
        return {"state media": "state media", "wire": "wire service"}.get(outlet_row["kind"], "media outlet")
    if state_outlet(head):
        return "state media"
    if lemma in words["media"] and not _name_goes_on(head) and not (head.is_upper and len(head) > 2):
        # not a name in capitals: "the monitoring group SITE said…" (FNC-1 body 1976) is no website;
        # no source in PolNeAR train is such a word in capitals
        phrase = "".join(t.text_with_ws for t in tokens).lower()  # "government-run" is three tokens
        state = lemmas & words["state_media_modifiers"] or any(m in phrase for m in words["state_media_modifiers"] if "-" in m)
        return "state media" if state else "media outlet"
    if lemma in words["social"]:
        return "social media post"
    if ent_label == "PRODUCT":  # a vessel or device speaks through the records it sends: "the Jairan reported…"
        return "document"
    names = [t for t in tokens if t.pos_ == "PROPN"]
    if ent_label == "PERSON" and len(names) == 1 and names[0].is_upper and len(names[0]) > 2:
        ent_label = "ORG"  # "ALDI … called it unexpected": a name in capitals is an acronym or brand, no person's
    if ent_label == "PERSON" and unintroduced_name(head, tokens):
        ent_label = "ORG"  # "according to Gawker": no person is named by one word the article never introduces
    if ent_label in ("PERSON", "GPE") and _publication_named(head, tokens):
        # "Greek daily Kathimerini said", "Kurdish media network Xendan reported": the NER took the
        # outlet for a person or a place
        return "media outlet"
    if ent_label == "PERSON" and listed_group_type(tokens) == "organization":
        ent_label = "ORG"  # "Boko Haram has denied claims…" (FNC-1 body 1588): an armed group the NER took for a person
    if ent_label == "PERSON":
        if expert_title(tokens) or lemmas & words["expert"]:
            return "expert"
        official = official_words(tokens, lemmas) or seated_in_government(head)
        return "official" if official and not civil_society_title(tokens) else "person"
    if (listed := listed_group_type(tokens)) is not None:
        return listed
    if ent_label == "GPE" or ent_label == "ORG" and is_country(" ".join(t.text for t in tokens)):
        return "government"  # a country the NER took for an organisation ("Cameroon banned…")
    if lemma in words["official"] and not private_attorney([head]) and not (ent_label == "ORG" and head.pos_ == "PROPN") \
            or insider(head):  # "the Diplomat", a magazine's name, is no diplomat
        return "unnamed official"
    if lemma in words["expert"]:
        return "expert"
    if lemma in words["information_nouns"]:  # "intelligence shared by the U.N."; "U.S. intelligence" is the agencies
        return "government" if state_modified(head) else "document"
    if lemma in words["document"] or named_document(tokens):
        return "document"
    if lemma in words["organizer_nouns"]:
        return "organization"  # "Organizers of the rally said", who speak for the event
    if (lemma in words["government"] or lemma in words["diplomatic_posts"]) and state_modified(head) or state_force(head):
        return "government"  # "the U.S. Mission to the United Nations", "Iraqi special forces"
    if armed_group_name(head):
        return "organization"  # "the Baloch Liberation Army": an armed group, no state's army
    if lemma in words["government"]:  # an international body is no government: "the IEA"
        return "organization" if lemmas & words["intergovernmental_modifiers"] else "government"
    if kind_of_body(head) or named_by_kind(head) or trader(head):
        return "organization"
    if one_of_a_nation(head):
        return "unnamed"  # "An American who is fighting in the ranks of the Kurds told…"
    if ent_label == "NORP" and head.tag_ in ("NNS", "NNPS"):
        # people of a nation: "Many Nigerians", "Indonesians"; "the Egyptians" speak for Egypt
        return "government" if tokens[0].lower_ == "the" and len(tokens) == 2 else "unnamed"
    if ent_label in ("ORG", "NORP") or head.pos_ == "PROPN":
        names = [t.lower_ for t in names]
        described = tokens + [w for c in head.children if c.dep_ == "appos" for w in c.subtree]
        if ent_label is None and (expert_title(described) or expert_words(described)):
            return "expert"  # "Oh Ei Sun, senior fellow with the Singapore Institute…", unlabelled
        if names and names[-1] in words["outlet_name_words"] or _publication_named(head, tokens):
            return "media outlet"  # "the Harbor Gazette", "newspaper The Hindu": papers the list lacks
        if ent_label in ("ORG", "NORP"):
            return "organization"
        if len(names) > 1 and names[-1] in words["organization_words"]:
            # a name the NER left unlabelled ("Human Rights Watch said…") is no unnamed source
            return "government" if names[-1] in words["government"] else "organization"
        if ent_label is None and len(names) > 1 and names[0] in first_names():
            return "official" if seated_in_government(head) else "person"  # "Nino Galissa said…", unlabelled by the NER
    if (group := _member_group(head)) is not None:  # "Separatists belonging to the banned BLA"
        return source_type(group, list(group.subtree), group.ent_type_ or None, None)
    return _apposed_kind(head) if head.is_title else "unnamed"
