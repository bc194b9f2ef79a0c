"""Logins in prose without a login word (round 21a): a user name after a preposition of who did or should do
something, and a login in brackets right after the same person's full name.

- After "with", "by", "von", "mit", "con", "da", "avec", "par" (and "reviewer" / "clerk" / "user" before it): a
  dotted login, one or two initials and a surname ("with d.oconnor", "da verificare con f.castelli", "avec
  jm.favre"), or the surname first ("mit hofer.k"), taken when its long part is a listed surname; a sequence,
  file or drug name stays ("t2_tse_tra", "report.pdf"), and so do Latin and bacterial abbreviations ("e.coli",
  "s.aureus", "i.v.", "p.o.": their long part is no listed surname or they are too short).
- In brackets after a PERSON hit: a login that holds the name's last word, folded ("Aoife Brennan (abrennan)",
  "Peter Kraus (pkraus2)", "(brennan.a)", "[brunnert]", "<msteiner>", "(FWALSH)", "(slindqvist@)"); a bracket of
  clinical words after a name stays, and so does a capitalised word ("(Kraus-Klinik)").
"""

from __future__ import annotations

import re

from curation.deid.text.common import LOWER_GATES, Hit, fold_word, literal_starts, words
from curation.deid.text.surnames import is_surname

_CUE = re.compile(
    r"(?<![\w.-])(?:[Ww]ith|[Bb]y|[Vv]on|[Mm]it|[Cc]on|[Dd]a|[Aa]vec|[Pp]ar|[Rr]eviewer|[Cc]lerk|"
    # (Mend of round 21a: an underscore, a hyphenated surname or trailing digits, "with j_smith", "mit
    # a.gruber-meier", "con g.rossi2".)
    r"[Uu]ser)[ \t]+(?P<v>[a-z]{1,2}[._][a-zäöüéèàç]{3,20}(?:-[a-zäöüéèàç]{3,20})?\d{0,3}|"
    r"[a-zäöüéèàç]{3,20}\.[a-z]{1,2})"
    r"(?![\w@-]|\.\w)"
)
_CUE = literal_starts(_CUE)  # from its cue words' starts in the shared pass (round 19 of speed)
_GATE = LOWER_GATES.register(
    (" with ", " by ", "von ", " mit ", " con ", " da ", "avec ", " par ", "reviewer ", "clerk ", "user ")
)
_FILE_ENDS = frozenset(
    {
        "txt",
        "pdf",
        "doc",
        "docx",
        "jpg",
        "jpeg",
        "png",
        "dcm",
        "xml",
        "csv",
        "zip",
        "log",
        "nii",
        "com",
        "org",
        "net",
        "edu",
        "gov",
    }
)
# Words of system and service accounts: a dotted user name with one on either side of the dot is no person
# ("ris.import", "auto.qa", "pacs.admin", "qa.bot", "system.import", "pre.read", "mrt.team").
ACCOUNT_WORDS = words("""
system auto import export admin administrator bot qa qc pacs ris his kis hl7 interface team user service pre read
route router print printer sync batch script cron robot test demo default dicom gateway node server worklist mrt
""")
_ACCOUNT_SPLIT = re.compile(r"[._-]")


def is_account(value: str) -> bool:
    """True for a user name with a system or service word between its dots, underscores or hyphens, in any case and
    with trailing digits ("ris.import", "qa.bot", "PACS.Admin", "auto.route2"): no person. The one account check
    of the three login readers (login_cues, keyed_exports, cue_names; fix round 22)."""
    return any(p in ACCOUNT_WORDS for p in _ACCOUNT_SPLIT.split(value.lower().rstrip(".0123456789")))


# Side and anatomy abbreviations in the login shape ("gemessen von li.lat.", "von re.med.", "mit a.carotis",
# "n.ulnaris", "v.cava", "lig.", "proc."): a side prefix, or a Latin vessel / nerve / muscle /
# ligament word after a vessel / nerve / muscle / ligament prefix, is no login even where a part is also a listed
# surname ("Lat").
SIDE_PREFIXES = words("re li bds ri le")
ANATOMY_PARTS = words("""
arteria arteriae vena venae ductus aorta truncus sinus plexus nervus umbilicalis uterina venosus
carotis ulnaris radialis medianus cava saphena rectus femoralis poplitea iliaca subclavia vertebralis basilaris
cerebri tibialis peroneus fibularis ischiadicus facialis vagus brachialis axillaris jugularis portae lienalis
renalis hepatica mesenterica temporalis frontalis occipitalis deltoideus biceps triceps gastrocnemius
""")
_ANATOMY_FIRSTS = words("a aa v vv n nn m mm lig ligg proc lob")
# (Mend of round 21a: square and angle brackets, capitals, an "@" after it: "[brunnert]", "<msteiner>", "(FWALSH)",
# "(slindqvist@)".)
_IN_BRACKET = r"[ \t]*(?P<{}>[a-zA-Z][a-zA-Z0-9._-]{{3,24}})@?[ \t]*"
_BRACKET = re.compile(
    rf"[ \t]*(?:\({_IN_BRACKET.format('r')}\)|\[{_IN_BRACKET.format('s')}\]|<{_IN_BRACKET.format('a')}>)"
)


def prose_login_hits(text: str, lowered: str) -> list[Hit]:
    """PERSON hits of dotted logins after a preposition or a reviewer word in `text` (`lowered`: its lower case)."""
    if _GATE not in LOWER_GATES.fired(lowered) or "." not in text:
        return []
    hits: list[Hit] = []
    for m in _CUE.finditer(text):
        parts = re.split(r"[._]", m.group("v").rstrip("0123456789"))
        long_part = max(parts, key=len).split("-")[0]
        if (
            long_part in _FILE_ENDS
            or not is_surname(long_part.capitalize())
            or is_account(m.group("v"))
            or not _person_login(parts)
        ):
            continue
        hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
    return hits


def _person_login(parts: list[str]) -> bool:
    """False for a dotted token whose parts read as a side ("li.lat") or an anatomical abbreviation ("a.carotis")."""
    if parts[0] in SIDE_PREFIXES:
        return False
    return not (parts[0] in _ANATOMY_FIRSTS and parts[-1] in ANATOMY_PARTS)


def bracketed_login_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """PERSON hits of a login in brackets right after a PERSON hit that holds the hit's last name word."""
    if "(" not in text and "[" not in text and "<" not in text:
        return []
    out: list[Hit] = []
    for h in hits:
        if h.label != "PERSON" or (m := _BRACKET.match(text, h.end)) is None:
            continue
        name_words = re.findall(r"[^\W\d_]+", text[h.start : h.end])
        if not name_words:
            continue
        g = m.lastgroup or "r"
        surname = fold_word(name_words[-1])
        login = fold_word(m.group(g))
        if len(surname) >= 3 and surname in login and len(login) - len(surname) <= 4 and not m.group(g).istitle():
            out.append(Hit(m.start(g), m.end(g), "PERSON", "rule"))
    return out
