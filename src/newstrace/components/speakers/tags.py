"""Speaker tags, and speakers the parser left off their verb: the tag a participle follows
(:func:`_tag_before`), the subject of a tag verb right after a quotation
(:func:`_inverted_tag_subject`), a name hung elsewhere before a verb with no subject
(:func:`_stranded_subject`), the subject of a clause the parse hung before its reporting verb
(:func:`_clause_subject`). Read by :func:`~newstrace.components.speakers.subjects.subject_of`.
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.components.parse_repairs import after_quotation
from newstrace.entities import is_role

from newstrace.components.speakers.reporting import is_reporting


def _tag_before(verb: Token) -> Token | None:
    """The speaker tag a participle follows: a reporting verb set into the clause the
    participle hangs on, between that clause's verb and the participle, outside quotation marks
    ("“They should consider changing their name,” the spokesperson added, further describing
    the challenges as “baseless.”", VOA story 43: the parse hangs "describing" on "consider").
    The participle is the speaker's act, as after a tag verb of its own ("Clinton said X,
    adding…"), not an act of the quotation's subject; None when there is no such tag. Held-out
    fifth of PolNeAR train: unchanged (attribution F1 0.759, source accuracy 0.912)."""
    head = verb.head
    return next((c for c in head.children if c.dep_ == "parataxis" and head.i < c.i < verb.i
                 and is_reporting(c) and verb.doc[verb.left_edge.i - 1].text == ","
                 and not any(t.is_quote for t in verb.doc[c.i:verb.i])), None)


def _inverted_tag_subject(verb: Token) -> Token | None:
    """The speaker of a tag verb set right after a quotation's closing mark, before its subject
    ("“…valuable,” said Skelly, explaining…", "“…very well!!” posted Sharon Powers Geyer",
    "\"The risk,\" said Edward Leamer, an economist…"), when the parser gave the verb no subject
    (the name read as an object or adverb of the verb, or hung on a word of the quotation): the
    noun phrase right after the verb, by its head. Only a finite past or present verb in lower
    case after a comma, question or exclamation mark and a closing mark (the guard it shares with
    :func:`~newstrace.components.parse_repairs.restore_inverted_tag`:
    :func:`~newstrace.components.parse_repairs.after_quotation`). PolNeAR train without
    its held-out fifth: the rule decides the subject of 12 verbs, each a gold cue with that
    phrase for gold source (6 of them no system cue before: "blared the front page of The
    Boston Herald", "wrote a man calling himself…", "posted Sharon Powers Geyer");
    held-out fifth: 3 of 3 (figures with the other rules of session 25:
    :meth:`~newstrace.components.attribution.attributor._Attributor.reports_anew`)."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ") or not verb.is_lower or verb.i + 1 >= len(doc) or not after_quotation(verb):
        return None
    t = doc[verb.i + 1]
    while t.dep_ in ("det", "amod", "compound", "nummod", "poss") and verb.i < t.head.i <= t.i + 3:
        t = t.head
    if t.pos_ in ("NOUN", "PROPN", "NUM") or t.ent_type_ in ("PERSON", "ORG") or t.text[:1].isupper():
        return t
    return None


def _stranded_subject(verb: Token) -> Token | None:
    """The subject of a finite main-clause verb that the parser left without one, hanging the
    name elsewhere ("But in a call on Dec. 2, Col. Steven Warren, a spokesman in Baghdad,
    said, …": "Warren" parsed as an apposition of "Dec."): walking up from the word just before
    the verb (past a comma) through its heads, the first person or organisation name, or role
    noun, that is no prepositional object ("a spokesman in Bergen") nor a conjunct of one ("the
    provincial head for the Red Cross and Red Crescent Society told VOA": the head, VOA story 69,
    new-user trial; PolNeAR held-out fifth and dev unchanged), before the verb in its sentence.
    None when the verb has any subject-like dependent, is not finite, or nothing qualifies.
    The verb's own adverbs between the name and the verb are passed over ("the campaign chief,
    Paul Manafort, bluntly suggested that…"): PolNeAR train without its held-out fifth, 3 verbs
    more, 2 of them gold cues (Manafort the gold source; "Mitt Romney, who …, suddenly insist",
    gold source the "who") and 2 attributions more in the full pipeline; held-out fifth
    unchanged (attribution F1 0.771, cue F1 0.771, content partial F1 0.735, source 0.916)."""
    if verb.dep_ not in ("ROOT", "ccomp") or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "agent", "auxpass") for c in verb.children):
        return None
    doc, start = verb.doc, verb.sent.start
    i = verb.i - 1
    while i >= start and (doc[i].is_punct or doc[i].is_space or doc[i].dep_ == "advmod" and doc[i].head == verb):
        i -= 1
    t = doc[i] if i >= start else None
    while t is not None and t.i < verb.i and t.i >= start:
        if t.pos_ in ("PROPN", "NOUN") and t.dep_ != "pobj" and not (t.dep_ == "conj" and t.head.dep_ == "pobj") \
                and (t.ent_type_ in ("PERSON", "ORG", "NORP") or is_role(t)):
            # the name's own head if the word is part of a longer name ("Steven H. Warren")
            while t.dep_ == "compound" and t.head.i < verb.i and t.head.ent_type_ == t.ent_type_:
                t = t.head
            if t.dep_ == "appos" and t.head.ent_type_ == "PERSON":
                t = t.head  # "Warren, a spokesman": the person, not the role
            return t
        if t.head == t or t.head == verb:
            return None
        t = t.head
    return None


def _clause_subject(verb: Token) -> Token | None:
    """The subject of a finite reporting verb that the parser hung, with the relative clause or
    apposition set off after it, on the verb as a clausal complement before it ("Mr. Slinker,
    whose latest start-up, Paradata, uses big data to help brands find suppliers, said Mr. Trump
    was…": "uses" parsed as a complement of "said", "Slinker" as the subject of "uses"), or
    the subject of a first clause the parse did not join to the verb ("Kasich jokingly offered
    the man a job…, then says he'll welcome advice"): the name or noun that opens that clause
    as its subject, when the verb has no subject of its own, a comma (past adverbs: ", also
    said") stands before it, the clause holds no quotation mark and the verb has a clausal
    complement after it (what is reported). PolNeAR train without its held-out fifth (parse
    only): the gold source of a gold cue 5 times in 5 (the fifth: 1 in 1); with a pronoun for
    that subject 0 in 3 ("He also had a voice…, said a former spokesman"), left out. Full
    pipeline, train without the fifth: 5 more gold cues matched, 1 more attribution found; the
    fifth with :func:`~newstrace.components.cue_rules.learned_report`: figures there. None
    otherwise."""
    if verb.dep_ not in ("ROOT", "ccomp") or verb.tag_ not in ("VBD", "VBZ", "VBP") or not is_reporting(verb) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "agent", "auxpass") for c in verb.children) \
            or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i), None)
    if clause is None or any(t.is_quote for t in clause.subtree):
        return None
    doc, i = verb.doc, verb.i - 1
    while i > clause.i and doc[i].pos_ == "ADV":
        i -= 1
    subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if doc[i].text != "," or subj is None or subj.left_edge.i != clause.left_edge.i \
            or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    return subj
