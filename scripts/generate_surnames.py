"""Generate curation/deid/text/surnames.txt (ranked surnames of the countries whose patients and staff the
reports name) and given_names_world.txt (their given names that first_names.txt lacks), from names-dataset.

names-dataset (PyPI, v3.3.1, Philippe Rémy; 983,826 surnames of 105 countries with a per-country popularity
rank) loads ~1 GB of pickles, so it is read once here, in a throwaway environment, never at run time:

    python3 -m venv /tmp/nd && /tmp/nd/bin/pip install names-dataset==3.3.1 wordfreq==3.1.1 \
        german-nouns==1.2.5 pyahocorasick
    cd /tmp && apt-get download hunspell-en-gb hunspell-en-med && mkdir -p hun \
        && for f in hunspell-*.deb; do dpkg-deb -x "$f" hun; done && cd -
    PYTHONPATH=. /tmp/nd/bin/python scripts/generate_surnames.py /tmp/hun/usr/share/hunspell

The output is a plain text file, one surname a line in its usual spelling, most frequent first (the order is
the best rank the name has in any of the countries below, ties by name); a name that is also a common noun or
word (a German noun with a gender in german-nouns, Wiktionary's noun list: "Bauer", "Nagel", "Fischer", "Koch";
a lower-case word of hunspell's en_GB dictionary: "Baker", "Park") carries a second, tab-separated field
"word". Lines starting with "#" are comments. Taken: the first 6,000 of each country where
the reports are written (DE, AT, CH, GB, US, IE) and the first 1,500 of the countries their patients and staff
commonly come from (Turkey, Poland, Czechia, the Balkans, Italy, France, Spain, Portugal, Mexico, the
Netherlands, Greece, Hungary, Russia, India, Pakistan, China, Japan, Korea, the Philippines, Nigeria, Ghana,
the Arab countries and Iran; Vietnam is not in the data set, its surnames stand in the US and DE lists). Latin
script only.

A list hit alone is never PHI: the name rules (curation/deid/text/unannounced.py) ask it only where the shape
of the text already suggests a person, and a "word" name only beside a given name. A clinical word is never on
the list: dropped are words of two letters or less, every word of the project's keep vocabulary (eponyms,
products, eponym surnames), every lower-case word of hunspell's English medical dictionary (en_med_glut),
the name rules' non-name words and the first-name list's clinical exclusions, the
clinical words of the non-held-out dev corpora (every capitalised word outside a marked PHI span), `_CLINICAL`
below (anatomy, findings and report words, Latin and German), and every very frequent word (zipf >= 4.0) that
is not among the first 1,000 surnames of a report country ("Kopf", "Leber", "Becken", "Long", "Field").
"""

from __future__ import annotations

import gzip
import pickle
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "curation" / "deid" / "text" / "surnames.txt"
GIVEN_OUT = ROOT / "curation" / "deid" / "text" / "given_names_world.txt"
_GIVEN_TOP = 2000
_HOME = {"DE": 6000, "AT": 6000, "CH": 6000, "GB": 6000, "US": 6000, "IE": 6000}
_ORIGIN = ("TR", "PL", "CZ", "RS", "HR", "SI", "AL", "IT", "FR", "ES", "PT", "MX", "NL", "GR", "HU", "RU", "IN",
           "CN", "JP", "KR", "PH", "NG", "GH", "EG", "MA", "DZ", "TN", "SA", "IQ", "SY", "JO", "LB", "IR", "PK")
_ORIGIN_TOP = 1500
_HOME_COMMON = 1000
# Latin script only (with its accents and the Vietnamese, Turkish and Slavic letters): reports spell names so.
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’-]+")
_ZIPF_DROP = 4.0
# Anatomy, findings and report words that names-dataset also holds as surnames somewhere (Latin and German).
_CLINICAL = """
costa costae vena venae arteria ductus bulbus corpus caput collum fossa bursa capsula cauda conus crista
lamina pars sinus septum talus tibia fibula femur radius ulna humerus scapula clavicula patella sacrum
coccyx ilium ischium pubis atlas axis dens carina lingula hilus hilum apex basis cortex medulla pons
oliva uncus vermis falx tentorium insula cuneus lobus lobulus segment segmente lappen lappens
leber milz niere nieren herz lunge magen darm blase hals kopf becken knie hüfte schulter rücken brust
rippe rippen wirbel bandscheibe knochen mark knochenmark sehne muskel fett gefäß gefäss
tumor tumour zyste erguss ödem oedem befund bild serie schicht kontrast dosis
mo di mi do fr sa so mon tue wed thu fri sat sun
ct mrt mri pet spect rx us dr prof med
riss kalk darm naht sturz bruch stein kern nagel schaft pfanne kopf haut fuss fuß zahn bauch hirn mund nase
ohr auge lid gaumen zunge kiefer kinn wange stirn schädel nacken hüfte leiste damm steiß gesäß ferse zehe finger
daumen elle speiche kahnbein mond würfel keil sporn dorn höcker kamm bogen loch spalt fuge knorpel meniskus
kreuzband seitenband sehne schleimbeutel erguss blutung infarkt narbe zyste polyp knoten herd fleck schatten
verschattung verdichtung spiegel stau stauung stenose enge weite lumen wand rand saum hof halo ring
fraktur luxation prothese schraube platte draht cerclage implantat katheter sonde drain port clip coil stent
lappen segment kammer vorhof klappe ast stamm wurzel pforte pol kelch
"""


def _clinical_words() -> set[str]:
    """Lower-cased words that must never be a surname by the list alone."""
    import sys

    sys.path.insert(0, str(ROOT))
    from curation.deid.text.keep import EPONYM_WORDS, EPONYMS, PRODUCTS
    from curation.deid.text.names import NOT_NAME_WORDS
    from scripts.generate_first_names import NOT_GIVEN_NAMES

    out = set(_CLINICAL.split()) | set(NOT_NAME_WORDS) | set(NOT_GIVEN_NAMES)
    for phrase in (*EPONYMS, *PRODUCTS, *EPONYM_WORDS):
        out.update(w.lower() for w in re.split(r"[\s'-]+", phrase) if w)
    # The dev corpora (never a held-out file): every capitalised word outside a marked PHI span.
    corpora = [*sorted((ROOT / "tests/curation/deid/text").glob("dev*_corpus.py")),
               ROOT / "tests/curation/deid/text/corpus_de_en.py", ROOT / "tests/dev14t/corpus.py",
               ROOT / "tests/dev14t/fresh.py"]
    for path in corpora:
        assert "heldout" not in path.name
        for line in path.read_text(encoding="utf-8").splitlines():
            if "{{" in line or "[[" in line:  # a marked excerpt (not the code, not a patient dictionary)
                line = re.sub(r"\[\[[A-Z]+:.+?\]\]", " ", line)
                out.update(w.lower() for w in re.findall(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]{2,}", line))
    return out


def _write_given(drop: set[str], nouns: object, wordfreq: object) -> None:
    """given_names_world.txt: the first 2,000 given names of each country above that gender-guesser's list
    (first_names.txt) does not hold, lower case, one a line; no clinical word, no lower-case English word, no
    German noun, no frequent word (zipf >= 4)."""
    import names_dataset

    data = Path(names_dataset.__file__).with_name("v3") / "first_names.pkl.gz"
    with gzip.open(data, "rb") as fh:
        first = pickle.load(fh)  # the package's own data file
    have = set((ROOT / "curation" / "deid" / "text" / "first_names.txt").read_text(encoding="utf-8").split())
    countries = set(_HOME) | set(_ORIGIN)
    out = set()
    for name, info in first.items():
        if not any(c in countries and r is not None and r <= _GIVEN_TOP for c, r in info["rank"].items()):
            continue
        low = name.lower()
        if (len(name) < 3 or low in have or low in drop or not _LATIN.fullmatch(name) or not name[0].isupper()
                or name.isupper() or any(e.get("genus") for e in nouns[name])  # type: ignore[index]
                or max(wordfreq.zipf_frequency(low, g) for g in ("de", "en", "fr")) >= _ZIPF_DROP):  # type: ignore[attr-defined]
            continue
        out.add(low)
    GIVEN_OUT.write_text("# Given names not in first_names.txt: names-dataset 3.3.1, filtered; built by "
                         "scripts/generate_surnames.py.\n" + "".join(f"{n}\n" for n in sorted(out)), encoding="utf-8")
    print(f"{len(out)} more given names -> {GIVEN_OUT}")


def _dic_words(path: Path) -> set[str]:
    """The lower-case entries of a hunspell dictionary (flags after "/" dropped)."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    return {w for w in (line.split("/", 1)[0].strip() for line in lines) if w and w.islower()}


def main() -> None:
    import sys

    import names_dataset
    import wordfreq
    from german_nouns.lookup import Nouns

    hunspell = Path(sys.argv[1])
    english = _dic_words(hunspell / "en_GB.dic")
    medical = _dic_words(hunspell / "en_med_glut.dic")
    nouns = Nouns()

    data = Path(names_dataset.__file__).with_name("v3") / "last_names.pkl.gz"
    with gzip.open(data, "rb") as fh:
        last = pickle.load(fh)
    limits = {**_HOME, **{c: _ORIGIN_TOP for c in _ORIGIN}}
    best: dict[str, int] = {}
    home_best: dict[str, int] = {}
    for name, info in last.items():
        for country, rank in info["rank"].items():
            if rank is None or rank > limits.get(country, 0):
                continue
            best[name] = min(best.get(name, rank), rank)
            if country in _HOME:
                home_best[name] = min(home_best.get(name, rank), rank)
    clinical = _clinical_words()
    keep: list[tuple[int, str]] = []
    for name, rank in best.items():
        low = name.lower()
        if (len(name) < 3 or not re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", name) or low in clinical
                or low in medical):
            continue
        if not name[0].isupper() or name.isupper() or not _LATIN.fullmatch(name):
            continue
        frequent = max(wordfreq.zipf_frequency(low, lang) for lang in ("de", "en", "fr"))
        if frequent >= _ZIPF_DROP and home_best.get(name, 10**9) > _HOME_COMMON:
            continue
        word = low in english or any(entry.get("genus") for entry in nouns[name])
        keep.append((rank, name + ("\tword" if word else "")))
    keep.sort()
    header = ("# Surnames, most frequent first: names-dataset 3.3.1 (PyPI), filtered; built by "
              "scripts/generate_surnames.py.\n# A second field \"word\": also a common noun or word. A list hit "
              "alone is never PHI (see curation/deid/text/surnames.py).\n")
    OUT.write_text(header + "".join(f"{n}\n" for _, n in keep), encoding="utf-8")
    _write_given(clinical | medical | english, nouns, wordfreq)
    print(f"{len(keep)} surnames, {sum(v.endswith('word') for _, v in keep)} also words -> {OUT}")


if __name__ == "__main__":
    main()
