"""Generate curation/deid/text/first_names.txt: the given names of gender-guesser's nam_dict.txt.

gender-guesser (PyPI, GFDL data of Jörg Michael's "gender" program, ~48,000 given names of 54 countries,
Europe, Turkey, Arabia, India, China, Japan, Korea, Vietnam) is read once here and not at run time: the
scrubber loads a plain sorted word list (lower case, one per line, ~400 kB), which costs milliseconds
instead of the package's ~1 s parse. A list hit alone is never PHI: the name rules use it only to confirm
a name in a position where a capitalised German noun could also stand ("Surname, Firstname" lines, a
bare name opening a line, "Kind Leon ..."). Given names that are also clinical or everyday words are
dropped (`NOT_GIVEN_NAMES`), so the list never turns an anatomy line into a name.

    pip install gender-guesser==0.4.0
    PYTHONPATH=. python scripts/generate_first_names.py
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "curation" / "deid" / "text" / "first_names.txt"
# Given names in nam_dict.txt that reports use as words: anatomy, findings, sides, months, common English.
_NOT_GIVEN = """
links rechts leber milz niere herz hals kopf becken fuss hand arm bein knie hüfte brust rippe lunge
gallenblase pankreas magen darm blase mamma thorax abdomen linke rechte beide normal klein gross may
mai june april august will mark grant bill rose art page major minor mean case major hope joy faith
grace iris ivy lily daisy dawn eve summer autumn winter sommer sonne stern see mercy patience sunny
storm rain colby dale glen guy hunter jack king mason miles penny ray rich rusty sandy skip tanner
tucker wade chase cliff clay carol don dot early jean sage rock fern heather holly jade ruby pearl
amber crystal coral cherry olive ginger candy brandy honey misty vale gay frank lane long young
white brown green black gray grey best hall ward wood marsh dean bishop pastor abbe son sun vena
carina venus lingula fossa bulla cauda conus
"""
NOT_GIVEN_NAMES = frozenset(_NOT_GIVEN.split())


def main() -> None:
    import gender_guesser.detector as gd

    names = {n.lower() for n in gd.Detector(case_sensitive=False).names
             if n.isalpha() or all(part.isalpha() for part in n.replace("-", " ").replace("'", " ").split())}
    names = sorted(n for n in names if len(n) >= 3 and n not in NOT_GIVEN_NAMES)
    OUT.write_text("\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} given names -> {OUT}")


if __name__ == "__main__":
    main()
