"""Origins: which independent source each report of a story counts toward.

Ten outlets that relay "according to Yonhap" are one origin, not ten (the Emergent notion of
a claim's source, Ferreira & Vlachos, "Emergent: a novel data-set for stance classification",
NAACL 2016; and the "circular reporting" check of verification handbooks: Silverman (ed.),
*Verification Handbook*, 2014, ch. 3). A report counts toward

1. the last source of its attribution chain that names one ("according to Yonhap, citing an
   unnamed official" → Yonhap; "South Korean officials" → none, so on to 2.);
2. else the wire service credited in the article ("SEOUL (AP) —", "(Reuters)", "Reuters
   contributed to this report"; wire names from ``lexicons/outlets.csv``, kind ``wire``);
3. else the article's outlet (or, with none, the article itself: ``article:<id prefix>``);
4. but an outlet that names one source for the story's claim in its reports does not become
   an origin of its own by repeating the claim with no source in another, nor an article by
   citing unnamed sources beside the one source it names: within a story, such reports count
   toward the source named (:func:`own_reports_to_named_origin`);
5. and the bodies and officials of one state are one origin: "Nigeria's army" and "Nigeria's
   chief of defence staff, Alex Badeh" speak for one government and cannot corroborate each
   other (:func:`state_of`, :func:`one_state_one_origin`);
6. and one name written longer in one article than in another is one origin: "ISIS Militant
   Jihadi John" (an Emergent headline) and "Jihadi John" are one person
   (:func:`one_name_one_origin`). Within an article the name stage gives a person's canonical
   name without the description the NER ran into it ("Screenwriter Aaron Sorkin" → "Aaron
   Sorkin", :mod:`newstrace.components.descriptions`); across articles only the spellings it
   cannot tell are left to this rule.

Names are canonical: outlet aliases from ``lexicons/outlets.csv`` ("Yonhap News Agency" →
"Yonhap", "AP" → "Associated Press"), case and a leading "the" ignored.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from newstrace.lexicons import outlets
from newstrace.records import Article, Claim, Source, StoryReport

#: Labels of a party that does not commit to the claim: its report counts toward no origin.
_NON_COMMITTAL = {"unknown", "speculated"}
#: Source types that never name an independent source on their own.
_UNNAMED_TYPES = {"unnamed", "unnamed official"}
_GENERIC_HEADS = {
    "agency", "news agency", "newspaper", "paper", "report", "reports", "media", "state media",
    "officials", "official", "sources", "source", "government", "military", "police", "analysts",
    "experts", "witnesses", "residents", "authorities", "spokesman", "spokeswoman", "spokesperson",
    "ministry", "statement", "he", "she", "they", "it", "we", "i", "people",
}


#: A document named after its author ("the NISA statement", "Yonhap's report"): the author is
#: the origin. The name before it must have a capitalised word.
_DOCUMENT = re.compile(r"^(?P<author>.*?\b[A-Z][\w.\-]*)(?:['\u2019]s)?\s+(?:statement|report|"
                       r"press release|news release|communiqu[eé]|announcement|website|bulletin|"
                       r"dispatch)s?$")


#: A name that opens with a possessive proper noun before another capitalised word ("Malawi's
#: High Court", "Kenya's Interior Ministry"): the same body as the name without "'s" ("Malawi
#: High Court"), which one article may also use (new-user trial, VOA: the two counted as two
#: independent origins of one ruling).
_POSSESSIVE_PLACE = re.compile(r"^([A-Z][\w.\-]*)['\u2019]s\s+(?=[A-Z])")


def canonical(name: Optional[str]) -> Optional[str]:
    """The canonical form of a source or outlet name: the ``outlets.csv`` name for a known
    outlet or alias, otherwise the name with spaces collapsed and a leading "the" dropped
    (case kept); a document named after its author is its author ("the NISA statement" →
    "NISA"); a possessive proper noun before a capitalised name loses its "'s" ("Malawi's High
    Court" → "Malawi High Court"). ``None`` for an empty name."""
    if not name or not name.strip():
        return None
    n = _POSSESSIVE_PLACE.sub(r"\1 ", " ".join(name.split()))  # "Malawi's High Court" = "Malawi High Court"
    doc = _DOCUMENT.match(n)
    if doc:                       # "the NISA statement", "Yonhap's report": the party behind it
        return canonical(re.sub(r"^an?\s+", "", doc.group("author"), flags=re.I))
    low = n.casefold()
    table = outlets()
    for key in (low, low[4:] if low.startswith("the ") else low):
        if key in table:
            return table[key]["name"]
    for suffix in (" news agency", " news service", " news", " agency"):
        if low.endswith(suffix) and low[: -len(suffix)] in table:
            return table[low[: -len(suffix)]]["name"]
    # "South Korean news agency Yonhap" / "the Korean Central News Agency (KCNA)"
    for word in re.findall(r"[A-Za-z][\w\-]*", n)[::-1]:
        row = table.get(word.casefold())
        if row and row["kind"] in {"wire", "state media"} and word[:1].isupper():
            return row["name"]
    return n[4:] if low.startswith("the ") else n


#: A lower-case descriptor right before a proper name that runs to the end of a source's name
#: (small words allowed inside it): "Recycled toilet paper producer Who Gives a Crap"
#: (Wikinews, 13 March 2020) names the company, whatever type the source was given.
_DESCRIBED_NAME = re.compile(r"\b(?P<head>[a-z][a-z\-]+)\s+(?P<name>[A-Z][\w'.&\-]*"
                             r"(?:\s+(?:(?:a|an|the|of|and|for|&)\s+)?[A-Z][\w'.&\-]*)*)$")


def described_name(name: str) -> Optional[str]:
    """The proper name a descriptor introduces at the end of ``name`` ("producer Who Gives a
    Crap" → "Who Gives a Crap"), or None: a preposition or determiner before the capitals
    ("an aide to President Biden", "a source close to the Kremlin") introduces no name of the
    source (spaCy's English stop words)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    m = _DESCRIBED_NAME.search(" ".join(name.split()))
    return m.group("name") if m and m.group("head") not in STOP_WORDS else None


def names_source(src: Source) -> bool:
    """Whether a chain element names a source one could check: not an unnamed type (unless a
    descriptor introduces a proper name, :func:`described_name`: new-user trial 10 gave "its
    chain (Recycled toilet paper producer Who Gives a Crap) names no source by name" and
    credited the company's claim to ALDI) and its name has a capitalised word that is not a
    generic head ("the agency", "officials")."""
    name = " ".join(src.name.split())
    if src.type in _UNNAMED_TYPES:
        name = described_name(name)
        if name is None:
            return False
    low = name.casefold()
    low = low[4:] if low.startswith("the ") else low
    if low in _GENERIC_HEADS or not any(w[:1].isupper() for w in name.split()):
        return False
    if canonical(name) in {r["name"] for r in outlets().values()}:
        return True
    words = [w for w in name.split() if w[:1].isupper() and w.casefold() not in _GENERIC_HEADS]
    return bool(words) and not all(w.casefold() in {"south", "north", "korean", "american",
                                                      "chinese", "u.s.", "us", "state"}
                                   for w in words)


@lru_cache(maxsize=1)
def _wire_patterns() -> list[tuple[re.Pattern, str]]:
    pats = []
    names = sorted({k for k, row in outlets().items() if row["kind"] == "wire"}, key=len, reverse=True)
    for key in names:
        row = outlets()[key]
        alt = re.escape(key)
        pats.append((re.compile(r"\(\s*(?:the\s+)?" + alt + r"\s*\)", re.I), row["name"]))
        pats.append((re.compile(r"\b(?:the\s+)?" + alt + r"\s+contributed\b", re.I), row["name"]))
        pats.append((re.compile(r"\b(?:from|via|by)\s+(?:the\s+)?" + alt + r"\s*\.?\s*$", re.I), row["name"]))
    return pats


def wire_credit(text: str) -> Optional[str]:
    """The wire service an article credits: a dateline credit "SEOUL (AP) —", "(Reuters)", or
    a footer "Reuters contributed to this report" / "Material from the AP". ``None`` when the
    text credits none. Looks only at the first 300 and the last 400 characters, where
    credits stand, so "Reuters reported" inside the body is not a credit."""
    head, tail = text[:300], text[-400:]
    for pat, name in _wire_patterns():
        if pat.search(head) or pat.search(tail):
            # a "contributed" credit must be in the tail, a parenthesised one anywhere there
            return name
    return None


#: Source types that speak for a state (``records.SourceType``).
_STATE_TYPES = {"government", "official"}
#: Sectors of the actor list that are a state's (``lexicons/events_sectors.json`` classes).
_STATE_SECTORS = {"government", "military", "police", "judiciary", "legislature"}
#: A country named by the words that open a source's mention: a possessive ("Nigeria's army")
#: or a demonym ("the Nigerian military", "Kenyan police").
_OPENING = re.compile(r"^(?:the\s+)?(?P<word>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)(?P<poss>['\u2019]s)?\s")


def state_of(src: Optional[Source]) -> Optional[str]:
    """The state (ISO 3166-1 alpha-3) whose body or official ``src`` is, or None: a source of a
    state type (government, official) that the actor list places in a state sector ("the
    Pentagon" → USA), or whose mention opens with its country ("Nigeria's chief of defence
    staff, Alex Badeh", "the Nigerian army" → NGA; ``gazetteer.country`` /
    ``gazetteer.country_of_demonym``)."""
    from newstrace import gazetteer as gz
    from newstrace.actors import listed

    if src is None or src.type not in _STATE_TYPES:
        return None
    row = listed(src.name)
    if row is not None:
        return row[1] if row[2] in _STATE_SECTORS else None
    m = _OPENING.match(" ".join(src.mention.split()))
    if m is None:
        return None
    if m.group("poss"):
        entry = gz.country(m.group("word"))
        return entry.country if entry else None
    return gz.country_of_demonym(m.group("word"))


def origin_source(claim: Claim) -> Optional[Source]:
    """The element of ``claim``'s chain that names its origin (rule 1): the last that names a
    source (:func:`names_source`), or None."""
    return next((src for src in reversed(claim.attribution.chain) if names_source(src)), None)


def report_origin(claim: Claim, article: Article, credit: Optional[str] = None) -> Optional[str]:
    """The origin a report of ``claim`` in ``article`` counts toward (module docstring).

    Args:
        claim: the claim (its ``attribution.chain`` is read).
        article: its article (outlet and id).
        credit: the article's :func:`wire_credit`, when already computed.

    Returns:
        a canonical origin name; ``None`` when the report does not support the claim as
        anyone's statement (the innermost party's label is ``unknown`` or ``speculated``:
        "did not confirm X", "analysts wondered whether X").
    """
    chain = claim.attribution.chain
    innermost = chain[-1].factuality.label if chain else claim.factuality.label
    if innermost in _NON_COMMITTAL or claim.factuality.label == "unknown":
        return None
    src = origin_source(claim)
    if src is not None:
        return canonical(src.name) or src.name
    if credit is None:
        credit = wire_credit(article.text)
    if credit:
        return credit
    return canonical(article.outlet) or f"article:{article.id[:12]}"


def own_reports_to_named_origin(reports: Sequence[StoryReport]) -> list[StoryReport]:
    """``reports`` (one story's) where a supporting report that names no source at all and
    counts toward its own outlet (rule 3) is given, instead, the origin the same outlet names
    in its other supporting reports of the story — when it names exactly one (rule 4 of the
    module docstring). A report citing unnamed sources ("security sources said") keeps its
    own origin: the outlet has a source of its own for it — unless its words are those of a
    report the same outlet gives a named source ("It's a no-signal area," the railway official
    said / "It's a no signal area," Imran Hayat said, in two VOA stories): an outlet repeating
    a quotation is one statement, and counts toward the named speaker. Within one article, a
    report that counts toward the article's own outlet (unsourced or citing unnamed sources)
    counts toward the one named origin that article gives the story, when it gives exactly one:
    an article does not corroborate itself (the seed blog post relays "South Korean officials"
    and "The New York Times, citing a South Korean paper": one report, one origin).

    Returns:
        a new list, same order; reports not affected are the same objects.
    """
    named: dict[str, set[str]] = {}
    in_article: dict[str, set[str]] = {}  # article id -> the named origins its reports give
    quoted: dict[tuple[str, str], str] = {}  # (outlet, wording) -> the named origin it was given
    own = set()
    for r in reports:
        if r.relation != "supports" or not r.origin:
            continue
        outlet = canonical(r.outlet) or r.outlet or f"article:{r.article_id[:12]}"
        if (canonical(r.origin) or r.origin) == outlet:  # "voanews.com" is "Voice of America"
            own.add(id(r))
        else:
            in_article.setdefault(r.article_id, set()).add(r.origin)
            if r.outlet:
                named.setdefault(outlet, set()).add(r.origin)
                quoted.setdefault((outlet, _wording(r.text)), r.origin)
    out = []
    for r in reports:
        if id(r) in own:
            outlet = canonical(r.outlet) or r.outlet
            names = named.get(outlet, set())
            here = in_article.get(r.article_id, set())
            wording = _wording(r.text)
            same = quoted.get((outlet, wording)) if len(wording.split()) >= MIN_QUOTE_WORDS else None
            if same is not None and r.chain:
                r = r.model_copy(update={"origin": same})
            elif len(names) == 1 and not r.chain:
                r = r.model_copy(update={"origin": next(iter(names))})
            elif len(here) == 1:
                r = r.model_copy(update={"origin": next(iter(here))})
        out.append(r)
    return out


def one_state_one_origin(reports: Sequence[StoryReport]) -> list[StoryReport]:
    """``reports`` (one story's, in order) where a supporting report whose origin speaks for a
    state (``origin_state``, :func:`state_of`) counts toward the first origin of that state in
    the story (rule 5 of the module docstring): "Nigeria's army announced a ceasefire" and "when
    Nigeria's chief of defence staff, Alex Badeh, announced a truce" (FNC-1 body 1588, new-user
    trial 11) are one origin, the army, not two that corroborate each other.

    Returns:
        a new list, same order; reports not affected are the same objects.
    """
    first: dict[str, str] = {}
    out = []
    for r in reports:
        if r.relation == "supports" and r.origin and r.origin_state:
            origin = first.setdefault(r.origin_state, r.origin)
            if origin != r.origin:
                r = r.model_copy(update={"origin": origin})
        out.append(r)
    return out


def one_name_one_origin(reports: Sequence[StoryReport]) -> list[StoryReport]:
    """``reports`` (one story's, in order) where a supporting report whose origin ends with
    another origin of the story that has two or more words counts toward that shorter name
    (rule 6 of the module docstring): two spellings of one name across articles, one with words
    before the name that the name stage cannot tell from a name ("ISIS Militant Jihadi John",
    an Emergent headline in title case, and "Jihadi John" in others: the only such pair of
    ``benchmarks/track.py emergent``, none in ECB+ dev). They are one origin, not two that
    corroborate each other. A name the NER ran a description into at a sentence's start
    ("Screenwriter Aaron Sorkin", FNC-1 body 1019, beside "Aaron Sorkin" of body 945, six
    bodies of one headline) reaches the tracker as the name already
    (:mod:`newstrace.components.descriptions`). A one-word origin is no one's ("America",
    "Bank of America").

    Returns:
        a new list, same order; reports not affected are the same objects.
    """
    names = {r.origin for r in reports if r.relation == "supports" and r.origin}

    def shortest(origin: str) -> str:
        ends = [n for n in names if len(n.split()) >= 2 and len(n.split()) < len(origin.split())
                and origin.casefold().endswith(" " + n.casefold())]
        return min(ends, key=len) if ends else origin

    return [r.model_copy(update={"origin": shortest(r.origin)})
            if r.relation == "supports" and r.origin and shortest(r.origin) != r.origin else r
            for r in reports]


#: Words a report must have for the same outlet's same words to be one statement (shorter ones,
#: "The train was attacked", are common phrasings of a fact).
MIN_QUOTE_WORDS = 5


def _wording(text: str) -> str:
    """The words of a report, lower case, without punctuation ("It's a no-signal area" and
    "It's a no signal area" are one wording)."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def independent_origins(reports: Sequence[StoryReport]) -> list[str]:
    """The distinct origins of the supporting ``reports``, in order of first appearance."""
    seen: dict[str, None] = {}
    for r in reports:
        if r.relation == "supports" and r.origin:
            seen.setdefault(r.origin, None)
    return list(seen)


def first_report(reports: Sequence[StoryReport]) -> Optional[StoryReport]:
    """The earliest published supporting report (ties: the first in ``reports``), or None."""
    dated = [r for r in reports if r.relation == "supports" and r.published is not None]
    if not dated:
        return next((r for r in reports if r.relation == "supports"), None)
    return min(dated, key=lambda r: r.published)
