"""Language of a report: German or English, by stopword and heading scores.

The table's own language column wins when it says de or en; detection is the fallback. Ties go to
German, the majority language of the department's reports.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    """A word set written as a whitespace-separated block (easier to review than a list literal)."""
    return frozenset(text.split())


GERMAN = _words("""
der die das und mit im in ist sind kein keine nicht eine einer einem eines des dem den zur zum bei vom
nach links rechts beidseits unauffällig regelrecht befund beurteilung fragestellung technik klinische
angaben vergleich voruntersuchung kontrastmittel ohne auch sowie bzw am an auf aus wie noch weiterhin
""")
ENGLISH = _words("""
the and with of in is are no not a an to on at from for as left right bilateral unremarkable normal
findings impression technique history indication comparison prior contrast without also there this
""")
_WORD = re.compile(r"[a-zäöüß]+")


def detect_language(text: str, declared: str | None = None) -> str:
    """'de' or 'en': the declared language when it is one of them, else the higher stopword score."""
    if declared:
        code = declared.strip().lower()[:2]
        if code in {"de", "en"}:
            return code
    words = _WORD.findall(text.lower())
    de = sum(w in GERMAN for w in words) + 2 * sum(c in text for c in "äöüß")
    en = sum(w in ENGLISH for w in words)
    return "en" if en > de else "de"
