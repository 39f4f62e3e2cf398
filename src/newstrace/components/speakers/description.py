"""Who a source phrase is: :func:`describe` gives its mention, canonical name and source type,
a joint source typed by :func:`joint_type`. The resolution of pronouns, definite nouns and names
it draws on lives in :mod:`.pronouns`, :mod:`.definites` and :mod:`.mentions`.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from newstrace.entities import (EntityIndex, generational_person, group_antecedent, is_country, is_role, person_noun,
                                pronoun_antecedent, PUBLICATION_NOUNS, role_qualifiers, source_type, source_words,
                                strip_titles, trailing_name)
from newstrace.units import ents_of, ents_within, text_of

from newstrace.components.speakers.definites import (_earlier_mention, _earlier_role, _named_next, _outlet_before,
                                                     _repeated_body, _role_phrase_before)
from newstrace.components.speakers.mentions import (_apposed_name, _apposed_outlet, _mention_tokens, _name_run,
                                                    _outlet_reporter, _owner_state, _owning_outlet, _post_author,
                                                    _role_led, _role_of_another, _role_then_name)
from newstrace.components.speakers.pronouns import (_body_before, _conjunct_object, _plural_subject,
                                                    _quotation_start, _relative_host_subject, _reporter_of_clause,
                                                    _subject_before, _unnamed_speaker)
from newstrace.components.speakers.words import doc_text, GROUP_NOUNS, is_sourcelike


def describe(head: Token, index: EntityIndex, exclude: Token | None = None) -> tuple[int, int, str, str]:
    """``(start_char, end_char, canonical name, source type)`` of a source phrase headed by
    ``head`` (less the subtree of ``exclude``, see :func:`_mention_tokens`). Pronouns resolve
    to their antecedent; names to their canonical form; a definite role ("the minister") to the
    person named before with that title (:meth:`EntityIndex.titled_person`). Names and pronouns
    in coordination ("She and Lockyear both urged the council…") are one joint source: the
    mention spans them, the name lists each one's name once, each described without the others
    ("Catherine Russell and Christopher Lockyear"; "Bugti and Chaudhry" is "Sarfraz Bugti and
    Ahmed Sharif Chaudhry", not "Bugti and Chaudhry and Ahmed Sharif Chaudhry"), the type is
    the members' (:func:`joint_type`), a person's as the article types them anywhere (new-user
    trial, VOA: the second speaker was dropped; two officials typed unnamed; "ICE and DHS"
    typed by ICE alone)."""
    parts = [head] + [c for c in head.conjuncts if c.i > head.i]
    named = {p.i: _role_then_name(p) for p in parts}
    last = _roles_of_one(parts)
    if last is not None:
        # "terror expert and Director at the Asia Pacific Foundation Sajjan M. Cohel said" (FNC-1
        # body 1192, new-user trial 15): two roles of one person, not "terror expert and Sajjan M. Cohel"
        return head.left_edge.idx, last.end_char, index.add_person(last.text), \
            source_type(head, list(head.doc[head.left_edge.i:last.end]), None, None)
    if len(parts) == 1 or not all(p.pos_ in ("PROPN", "PRON") or named[p.i] or _member(p, head) for p in parts) \
            or all(p.pos_ == "NOUN" for p in parts) or not any(
            c.dep_ == "cc" and c.lower_ in ("and", "&") for p in parts for c in p.children):
        # "The Baloch Liberation Army, or BLA, …": an alias, one source
        start, end, name, kind = _describe_one(head, index, exclude)
        return start, end, name, _common_joint_type(parts, exclude) or kind
    found = [_describe_one(p, index, exclude, alone=True) if named[p.i] is None else
             (p.left_edge.idx, named[p.i].end_char, index.add_person(named[p.i].text),
              source_type(p, list(p.subtree), "PERSON", None)) for p in parts]
    names: list[str] = []
    for f in found:  # a first name may span the coordination already ("Britain and France")
        if not any(f[2] in n for n in names):
            names.append(f[2])
    name = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    # the joint name is no one's, so the per-person typing passes it by: each member's own
    kinds = [(index.person_type(f[2]) or f[3]) if f[3] == "person" else f[3] for f in found]
    return found[0][0], max(f[1] for f in found), name, joint_type(kinds)


def _describe_one(head: Token, index: EntityIndex, exclude: Token | None = None,
                  alone: bool = False) -> tuple[int, int, str, str]:
    """:func:`describe` of one source, not a coordination; ``alone``: one conjunct of one,
    without the conjuncts the parse hung on it ("Bugti" of "Bugti and Chaudhry")."""
    doc = head.doc
    toks = _mention_tokens(head, exclude, alone)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    text = text_of(doc)[start:end]
    if head.pos_ == "PRON":
        matrix = _reporter_of_clause(head)
        if matrix is not None:  # "a top Air Force general said he is expecting …": the general
            return (start, end) + describe(matrix, index)[2:]
        plural = _relative_host_subject(head) or _conjunct_object(head) or _plural_subject(head) \
            if head.lower_ == "they" \
            else _body_before(head) or _subject_before(head)
        if plural is not None:  # "The G7 ministers met in Canada. They called on China to…"
            return (start, end) + describe(plural, index)[2:]
        ante = pronoun_antecedent(head, index, _quotation_start(head) if head.lower_ == "they" else 0)
        if ante:
            name, label = ante
            return start, end, name, source_type(head, toks, label, (index.outlet(name) or (None, None))[1])
        speaker = _unnamed_speaker(head)
        if speaker is not None:  # "“…,” a JetBlue pilot lamented… He agreed with…": the pilot
            return (start, end) + describe(speaker, index)[2:]
        return start, end, text, "unnamed"
    # data as source: "figures from the National Motorists Board"
    for t in toks if head.lemma_.lower() in source_words()["document"] else []:
        if t.dep_ == "pobj" and t.head.lower_ in ("from", "by", "of") and t.head.head == head \
                and t.ent_type_ in ("ORG", "GPE", "PERSON"):
            sub = _mention_tokens(t)
            named = sub[1:] if sub[0].lower_ == "the" and len(sub) > 1 else sub
            name = text_of(doc)[named[0].idx:named[-1].idx + len(named[-1].text)]  # "VOA’s", as written
            found = index.outlet(name)
            row = found[1] if found else _owning_outlet(t, index)
            return start, end, (found[0] if found else name), source_type(t, sub, t.ent_type_, row)
    author = _post_author(head)
    if author is not None:  # "a tweet on Monday by US Secretary of State Mike Pompeo": Mike Pompeo's post
        return start, end, index.person(author), source_type(head, toks, None, None)
    if head.lemma_.lower() in source_words()["document"]:
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ in ("PROPN", "NOUN") and owner.ent_type_ not in ("DATE", "TIME"):
            # "the ministry's report" → the ministry; "This year's data report" names no owner
            _, _, name, _ = describe(owner, index)
            return start, end, index.org(name), "document"
    state = _owner_state(head)
    if state is not None:  # "his U.N. mission" after "Iran’s U.N. ambassador": Iran’s U.N. mission
        return start, end, state + " " + doc_text([t for t in toks if t.dep_ != "poss"]), "government"
    ents = [e for e in ents_within(doc, toks[0].i, toks[-1].i + 1)
            if not (e.label_ == "ORG" and _role_led(doc[e.start:e.end]))]
    outlet = _apposed_outlet(toks, index)
    if outlet is not None:
        return start, end, outlet[0], source_type(head, toks, "ORG", outlet[1])
    named = _apposed_name(toks)
    if named is not None and head.pos_ != "PRON":
        end = named.end_char
        return start, end, index.add_person(named.text), source_type(head, toks, "PERSON", None)
    tail = next((e for e in ents if e.label_ == "PERSON" and e.end == toks[-1].i + 1 and e.start > head.i), None)
    if tail is not None and is_role(head) and not _role_of_another(toks):
        # "U.N. Resident Coordinator for Myanmar Andrew Kirkwood said": a role, then the name
        name = trailing_name(tail)
        return start, end, index.person(name.text if name is not None else tail.text), \
            source_type(head, toks, "PERSON", None)
    appos = [c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    if appos and head.tag_ in ("NNS", "NNPS"):
        # a plural noun is the people of the list apposed to it, not its first ("three members
        # of the U.S. Senate — Chuck Grassley, Jeanne Shaheen and Jim Risch — …", VOA 8010418,
        # new-user trial 15: the senators' letter, and its "they wrote", were Chuck Grassley's)
        return start, end, doc_text(list(doc[appos[0].left_edge.i:appos[0].right_edge.i + 1])), \
            source_type(head, toks, "PERSON", None)
    if appos:
        ents = [e for e in ents_of(doc) if e.start <= appos[0].i < e.end] or ents
    reporter = _outlet_reporter(head, index)
    if reporter is not None:  # "The BBC's Tomi Oladipo in Lagos says", the NER's organisation
        return start, end, index.add_person(reporter), source_type(head, toks, "PERSON", None)
    # an outlet that names a person's employer ("BBC's Jonathan Marcus", "CNN anchor Jake Tapper")
    # is no source of its own: the person named is (new-user trial, Wikinews)
    journalist = head.ent_type_ == "PERSON" and not any(
        index.outlet(e.text) and e.start <= head.i < e.end for e in ents)
    found = None if journalist else index.outlet(text) or next(
        (index.outlet(e.text) for e in ents if index.outlet(e.text)), None)
    if found:
        return start, end, found[0], source_type(head, toks, "ORG", found[1])
    kin = generational_person(head, index)
    if kin:  # "the younger Lai": the son, not the father the article named first
        return start, end, kin, source_type(head, toks, "PERSON", None)
    person = next((e for e in ents if e.label_ == "PERSON" and (e.start <= head.i < e.end or appos)), None)
    known = index.known_person(text)
    if person is None and known:
        return start, end, known, source_type(head, toks, "PERSON", None)
    if person is not None:
        name = index.person(person)
        return start, end, name, source_type(head, toks, "PERSON", None)
    name_run = _name_run(toks)
    if name_run and not index.outlet(name_run) and not _role_of_another(toks):
        kind = source_type(head, toks, "PERSON", None)
        return start, end, index.person(name_run), kind
    own = next((e for e in ents if e.root == head or head.i in range(e.start, e.end)
                # the name after its kind, parsed a verb: "Media watchdog Reporters Without Borders"
                or e.label_ == "ORG" and e.start == head.i + 1 and head.is_lower and head.pos_ == "VERB"), None)
    label = own.label_ if own is not None else None
    described = doc[toks[0].i:own.start] if label == "ORG" and own.end == toks[-1].i + 1 else []
    if any(t.is_lower and (t.pos_ == "NOUN" or t == head or t.lower_ in PUBLICATION_NOUNS) for t in described) and all(
            t.is_lower or t.pos_ == "DET" or t.ent_type_ == "NORP" or t.is_sent_start for t in described):
        text = own.text  # "The media watchdog Reporters Without Borders": the name, less what it is
    places = tuple(e.text for e in ents if e.label_ in ("GPE", "NORP"))
    definite = toks[0].lower_ == "the" or any(c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP")
                                                for c in head.children)
    # a definite role: not a body ("the company" is no person, though "company" leads names of roles)
    role = label is None and head.text.islower() and is_role(head) and definite and head.lemma_.lower() not in GROUP_NOUNS
    if role:
        # "the minister", "the U.S. leader", "Russia's envoy" → the person named before with that title
        named = index.titled_person(head.lemma_, toks[0].i, places, qualifiers=role_qualifiers(head))
        if named:
            return start, end, named, source_type(head, toks, "PERSON", None)
    earlier = _earlier_role(head) if role else None
    if earlier is not None:  # "The head of MSF" after "The head of Doctors Without Borders (MSF)" → Lockyear
        return (start, end) + describe(earlier, index)[2:]
    earlier = _earlier_mention(head) if label is None and not ents and toks[0].lower_ == "the" else None
    earlier = earlier or (_role_phrase_before(head) if role else None)
    if earlier is not None:  # "A VOA reporter in the town said …" … "The reporter said" → VOA
        return (start, end) + describe(earlier, index)[2:]
    if label is None and not ents and toks[0].lower_ == "the" and head.lemma_.lower() in GROUP_NOUNS \
            and head.tag_ == "NN":  # "the rights groups" repeat no one organisation's name
        group = group_antecedent(head, index)  # "the group" → "al-Shabab" named before
        if group is not None:  # typed by its own name: "the agency" may be a government's
            return start, end, index.org(group.text), source_type(group.root, list(group), "ORG", None)
    outlet = _outlet_before(head, index) if label is None and not ents and toks[0].lower_ == "the" else None
    if outlet is not None:  # "The industry publication stated…" after "The Aviation Herald reported…"
        name, row = index.outlet(outlet.text) or (outlet.text, None)
        return start, end, name, source_type(outlet.root, list(outlet), "ORG", row)
    body = _repeated_body(head, toks, index) if label is None and not ents else None
    if body is not None:  # "the commission" → "The National Telecommunications Commission" named before
        return start, end, body.text, source_type(body.root, list(body), "ORG", None)
    named = _named_next(head, index) if role else None
    if named:  # "Russia's envoy dismissed accusations. “…,” Vassily Nebenzia told the council"
        return start, end, named, source_type(head, toks, "PERSON", None)
    words = strip_titles(text.split()) if label == "PERSON" else text.split()
    bare_name = label is None and head.pos_ == "PROPN"
    name = index.org(" ".join(words)) if (label == "ORG" or bare_name) and len(words) <= 2 else " ".join(words)
    if bare_name and name != " ".join(words):
        label = "ORG"  # "ECOWAS", unlabelled, after "the Economic Community of West African States (ECOWAS)"
    kind = "government" if label == "ORG" and is_country(name) else source_type(head, toks, label, None)
    full = next((e for e in ents_of(doc) if e.label_ == "ORG" and e.text == name), None) \
        if label == "ORG" and name != " ".join(words) else None
    if full is not None and kind == "organization":  # "DHS": typed as "the Department of Homeland
        kind = source_type(full.root, list(full), "ORG", None)  # Security" it stands for, a government
    return start, end, name, kind  # "The DPRK" → a country's full name: a government


def _roles_of_one(parts: list[Token]) -> Span | None:
    """The name of the one person two coordinated roles describe, when only the second ends
    with a name (a person the NER labelled, or :func:`~newstrace.entities.trailing_name`) and the first is a bare singular
    noun of a person (:func:`~newstrace.entities.person_noun`) with no determiner, possessive
    or name of its own ("terror expert and Director at … Sajjan M. Cohel", "author and activist
    Jane Doe"); None otherwise. A benchmark of source mentions is unchanged (the mention spans
    both roles either way)."""
    if len(parts) != 2:
        return None
    first, second = parts
    if first.tag_ != "NN" or first.ent_type_ or not person_noun(first) \
            or any(c.dep_ in ("det", "poss") for c in first.children) or second.ent_type_ or not is_role(second):
        return None
    end = second.right_edge.i + 1
    return next((e for e in ents_of(second.doc) if e.label_ == "PERSON" and e.end == end and e.start > second.i),
                None) or trailing_name(second.doc[second.i:end])


def _member(part: Token, head: Token) -> bool:
    """Whether ``part`` may stand in a joint source beside names (:func:`describe`): a common
    noun that names a source (:func:`is_sourcelike`) with a possessive or determiner ("Trump
    and his supporters claimed…", Wikinews 2020 no. 118, new-user trial: the supporters were
    dropped), or the source's head whatever its tag (the tagger took that "Trump" for a verb).
    PolNeAR train without its held-out fifth: a reporting verb's subject of this kind 20 times,
    a gold source over every member 14 times, no gold source at all the other 6 ("she and her
    supporters doubted"); held-out fifth: figures unchanged (attribution F1 0.761, source
    0.914). Without :func:`is_sourcelike`, "the AFL-CIO's pending endorsement" joined a speaker
    there. A bare plural counts too ("The United States, United Nations and international rights
    groups strongly condemned Thailand… They say…", VOA, new-user trial 7: "they" was the United
    States alone); the benchmark scores the mention, which spans the conjuncts either way
    (held-out fifth: source 0.914 -> 0.914)."""
    return part == head or part.pos_ == "NOUN" and is_sourcelike(part) \
        and (part.tag_ == "NNS" or any(c.dep_ in ("poss", "det") for c in part.children))


def _common_joint_type(parts: list[Token], exclude: Token | None) -> str | None:
    """The :func:`joint_type` of coordinated common nouns ("legal experts and political groups",
    VOA, "Analysts see flaws in Syria's temporary constitution": each conjunct typed on its own,
    the experts' type no longer standing for the groups; new-user trial, fourth: typed expert).
    None unless ``parts`` are two or more common nouns joined by "and"."""
    if len(parts) < 2 or not all(p.pos_ == "NOUN" for p in parts) or not any(
            c.dep_ == "cc" and c.lower_ == "and" for p in parts for c in p.children):
        return None
    return joint_type([source_type(p, _mention_tokens(p, exclude, alone=True), None, None) for p in parts])


#: Source types from the most official to the least: a joint source whose members differ in
#: type takes the first of theirs in this order (:func:`joint_type`).
JOINT_TYPE_ORDER = ("government", "official", "unnamed official", "state media", "wire service",
                    "media outlet", "organization", "expert", "person", "document",
                    "social media post", "unnamed")


MEDIA_TYPES = frozenset({"state media", "wire service", "media outlet"})


def joint_type(kinds: list[str]) -> str:
    """The source type of a joint source whose members have the types ``kinds``: their common
    type when all agree ("ICE and DHS", two agencies: government); else the most official of
    them (:data:`JOINT_TYPE_ORDER`): a report made jointly with a government, an official or
    state media carries that party's word, so "Human Rights Watch and the State Department"
    is a government source and "Smith and Senator Jones" an official one (newstrace's rule,
    after the official / non-official divide of news sourcing, Sigal 1973; CONVENTIONS.md says
    nothing of joint sources). Outlets of different kinds are together a ``media outlet``, the
    kind that holds them all ("Reuters and NBC News": a wire service and a broadcaster; new-user
    trial, Wikinews, where the pair was a wire service).
    Held-out fifth: two joint sources retyped ("Donald Trump, Paul Ryan and Reince Priebus"
    person -> official, "Hillary Clinton and the State Department" official -> government);
    its figures and dev unchanged (the benchmark scores no source type)."""
    if len(set(kinds)) > 1 and set(kinds) <= MEDIA_TYPES:
        return "media outlet"
    return min(kinds, key=JOINT_TYPE_ORDER.index)
