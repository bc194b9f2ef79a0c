"""Study evidence of one citation: which examination (the current one or an earlier one) its own surroundings name
(issue 16 round 14). `study_features` gives them as feature strings for `evidence.evidence_features`; the scorer
joins every context feature with the reading's prior flag, so each one can vote for either study.

- Timepoint labels: the nearest label word (a prior one: VU, VA, BL, nadir, baseline, Vorbefund, prior, zuvor,
  damals, outside, Fremd..., a date; or a current one: aktuell, heute, today, current, now, jetzt) left and right of
  the citation inside its own small part (cut at brackets, ",", ";", ":", a table cell or an arrow), and the nearest
  label left of it in its clause (cut at ";", "." or a line break) with its distance in words.
- Position under a header: in a table row (cells split by "|", tabs, runs of spaces), an arrow chain ("->", "→") or
  a " / " list, the citation's ordinal among the row's cells that cite an image, looked up in the labels of the
  header (the same line before its ":", or the nearest line above that holds two labels or more): "aktuell |
  Vorbefund 03/2026", "Heute / VU / BL:", "(current -> prior)". A date in a header of several dates is the current
  study only where it is the newest.
- Attachment (round 29, refs-conv29): whether the citation's bracket follows a noun phrase naming an earlier exam
  (`grammar.attached_earlier_exam`: "stable since the outside CT (series 201, image 33)"), the lead's convention
  that such a citation is that exam's.
- Tense: the nearest verb left of the citation in its clause and right of it before the next bracket, as past
  ("war", "was", "had", "measured", "zeigte") or present ("ist", "is", "measures", "has", "zeigt").
"""

from __future__ import annotations

import re

from curation.snippets.grammar import attached_earlier_exam

_PRIOR = frozenset({"vu", "va", "bl", "baseline", "nadir", "prior", "priors", "previous", "previously", "comparison",
                    "zuvor", "damals", "vormals", "seinerzeit", "initial", "initially", "then", "outside",
                    # round 19 (classes of the retired blind sets' study flips): "vorher", "ausw." (auswärtig),
                    # "the preceding CT", "earlier"
                    "vorher", "ausw", "preceding", "earlier"})
_PRIOR_STEMS = ("vorbefund", "vorunters", "voraufnahme", "vorbild", "vorabklärung", "früher", "auswärt", "fremd",
                "extern", "ausgangs", "vergleichs", "vortag")
_NOW = frozenset({"akt", "heute", "today", "current", "currently", "now", "jetzt", "nun", "nunmehr", "derzeit", "new"})
_NOW_STEMS = ("aktuell", "heutig", "neu")
_MONTHS = frozenset({"januar", "january", "jan", "februar", "february", "feb", "märz", "mär", "mar", "march",
                     "april", "apr", "mai", "may", "juni", "june", "jun", "juli", "july", "jul", "august", "aug",
                     "september", "sept", "sep", "oktober", "october", "okt", "oct", "november", "nov", "dezember",
                     "december", "dez", "dec", "jänner"})
_PAST = frozenset({"war", "waren", "wurde", "wurden", "hatte", "hatten", "betrug", "betrugen", "zeigte", "zeigten",
                   "bestand", "bestanden", "lag", "lagen", "fand", "fanden", "maß", "was", "were", "had", "measured",
                   "showed", "demonstrated", "projected", "involved", "appeared", "seemed", "extended", "reached"})
_PRESENT = frozenset({"ist", "sind", "misst", "messen", "zeigt", "zeigen", "besteht", "bestehen", "liegt", "liegen",
                      "reicht", "hat", "haben", "bleibt", "is", "are", "measures", "measure", "shows", "show", "has",
                      "have", "demonstrates", "appears", "remains", "extends", "reaches"})
# a past copula before a participle is a passive about a past event ("was previously treated", "wurde operiert"),
# not the state of the finding on the earlier exam ("was 18 mm", "war hochgradig")
_COPULA = frozenset({"was", "were", "war", "waren", "wurde", "wurden"})
_ADVERBS = frozenset({"früher", "bereits", "previously", "damals", "zuvor", "already"})
_TOKEN = re.compile(r"[^\W\d_]+|\d[\d./:-]*\d|\d|->|[()\[\],;:|\t\n→]|\.(?=\s)")
_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}[./](?:19|20)\d\d|"
                   r"(?:19|20)\d\d(?:-\d\d){0,2}")
_DAY = re.compile(r"\d{1,2}\.\d{1,2}")  # "12.01." (the closing dot is a token of its own)
_CLAUSE_STOPS = frozenset({";", "\n", "."})
_CELL = re.compile(r"\||\t|->|→| / | {2,}")
_CITES = re.compile(r"(?i)(?:\b(?:se?r?|series|serie|sequenz|s|bild|bi|b|im|i|image|img)\.?\s*\d|\d\s*/\s*\d)")
_YEAR = re.compile(r"(?:19|20)\d\d")
# token kinds: a label ("p" prior, "n" now, "d" date), a verb ("past", "pres"), a stop ("|" a part's end, ";" a
# clause's end, which ends its part too), or a plain word or number ("w")


def _kind(tok: str, text: str, end: int) -> str:
    c = tok[0]
    if c.isdigit():
        if _DATE.fullmatch(tok) or (_DAY.fullmatch(tok) and text.startswith(".", end)):
            return "d"
        return "w"
    if not c.isalpha():
        return ";" if tok in _CLAUSE_STOPS else "|"
    low = tok.lower()
    if low in _PRIOR or low.startswith(_PRIOR_STEMS) or (low == "vor" and text.startswith("-", end)):  # "Vor-CT"
        return "p"
    if low in _NOW or (low.startswith(_NOW_STEMS) and not low.startswith("neur")):
        return "n"
    if low in _MONTHS:
        return "d"
    if low in _PAST:
        return "past"
    if low in _PRESENT:
        return "pres"
    return "w"


_KINDS: dict[str, str] = {}  # the kind of each word token seen (a word's kind does not depend on its context)


def _tokens(text: str, a: int, b: int) -> list[tuple[int, int, str, str]]:
    out = []
    known = _KINDS.get
    for m in _TOKEN.finditer(text, a, b):
        tok = m.group()
        kind = known(tok)
        if kind is None:
            kind = _kind(tok, text, m.end())
            if not tok[0].isdigit() and tok.lower() != "vor":  # (the kind of these depends on the next character)
                if len(_KINDS) >= 1 << 16:
                    _KINDS.clear()
                _KINDS[tok] = kind
        out.append((m.start(), m.end(), kind, tok))
    return out


def _passive(after: list[tuple[int, int, str, str]]) -> bool:
    """Whether the words after a past copula are a participle (after at most one adverb)."""
    words = [t for _, _, k, t in after[:2] if k not in ("|", ";")]
    if words and (words[0].lower() in _ADVERBS or words[0].lower().endswith("ly")):
        words = words[1:]
    if not words:
        return False
    w = words[0].lower()
    return w.endswith(("ed", "iert")) or (w.startswith("ge") and w.endswith("t") and len(w) > 4)


def _left(before: list[tuple[int, int, str, str]], start: int) -> list[str]:
    """The nearest label of the citation's small part and of its clause (with its gap in words), and the tense of
    the nearest verb in its clause (80 characters at most)."""
    part = clause = verb = None
    words = 0
    in_part = True
    for k in range(len(before) - 1, -1, -1):
        a, _, kind, tok = before[k]
        if kind == ";":
            break
        if kind == "|" and not (tok == ":" and k == len(before) - 1):  # "extern: Serie 4": the label's own part
            in_part = False
        elif kind in ("p", "n", "d"):
            if in_part and part is None:
                part = kind
            if clause is None:
                clause = (kind, words)
        elif kind in ("past", "pres") and verb is None and a >= start - 80:
            verb = kind
            if kind == "past" and tok.lower() in _COPULA and _passive(before[k + 1:]):
                verb = "pass"
        if kind not in ("|", ";"):
            words += clause is None
        if clause is not None and verb is not None and not in_part:
            break
    feats = [part or "-"]
    if clause is not None:
        gap = clause[1]
        feats.append(f"cl={clause[0]}|{min(gap, 3) if gap < 6 else 6}")
    feats.append(verb or "-")
    return feats


def _right(after: list[tuple[int, int, str, str]], end: int) -> tuple[str, str]:
    """The nearest label right of the citation in its small part, and the nearest verb before the next bracket
    (40 characters at most)."""
    label = verb = None
    verb_open = label_open = True
    for a, _, kind, tok in after:
        if kind in ("|", ";"):
            label_open = False
            if tok in ("(", ";", "\n"):
                verb_open = False
        elif kind in ("p", "n", "d") and label_open and label is None:
            label = kind
        elif kind in ("past", "pres") and verb_open and verb is None and a < end + 40:
            verb = kind
        if not label_open and not verb_open:
            break
    return label or "-", verb or "-"


def _next_part(after: list[tuple[int, int, str, str]]) -> str | None:
    """The label that opens the next part of the citation's bracket or list ("(Se 2 Bi 88; previously Se 2 Bi 85)",
    "(aktuell A, extern B)": a labelled neighbour contrasts with this citation's study), if any."""
    for k, (_, _, kind, tok) in enumerate(after):
        if kind in ("|", ";"):
            if tok not in (",", ";") or k + 1 == len(after):
                return None
            nxt = after[k + 1][2]
            if nxt not in ("p", "n", "d"):
                return None
            # the label opens a next part only where a citation follows it there: "(Bild 6/45 und 6/50, VU)" closes
            # with the list's own label
            for _, _, kind2, tok2 in after[k + 2:]:
                if tok2[0].isdigit():
                    return nxt
                if kind2 in ("|", ";") and tok2 != ":":
                    return None
            return None
    return None


def _line(text: str, start: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    return a, len(text) if b < 0 else b


def _date_key(tok: str) -> tuple[int, ...] | None:
    """A sortable (year, month, day) of a date token that gives a year ("06/2026", "12.01.2026", "2026-05-11")."""
    year = _YEAR.search(tok)
    if year is None:
        return None
    rest = [int(x) for x in re.findall(r"\d+", tok[:year.start()] + " " + tok[year.end():])]
    if tok.startswith(year.group()):  # ISO: year-month-day
        return (int(year.group()), *rest)
    return (int(year.group()), *reversed(rest))


def _cell_label(tokens: list[tuple[int, int, str, str]]) -> tuple[str, tuple[int, ...] | None] | None:
    """The label of one header cell: its last prior or current word ("Comparison table (current"), else its date
    (with its sort key)."""
    kinds = [(k, t) for _, _, k, t in tokens if k in ("p", "n", "d")]
    word = next((k for k, _ in reversed(kinds) if k != "d"), None)
    if word is not None:
        return word, None
    dates = [t for k, t in kinds]
    return ("d", _date_key(dates[0])) if dates else None


def _labels(text: str, a: int, b: int) -> list[str]:
    """The labels of a header text[a:b]: one per cell where it is split into cells ("|", tabs, arrows, " / "),
    cells without a label left out; else every label in order (its prior and current words only, where it has
    one). A date-only cell is "dnew" where it is the newest
    of two dated cells or more, "dold" where it is older, else "d"."""
    seps = list(_CELL.finditer(text, a, b))
    if seps:
        bounds = zip([a] + [m.end() for m in seps], [m.start() for m in seps] + [b], strict=True)
        found = [x for x in (_cell_label(_tokens(text, x, y)) for x, y in bounds) if x is not None]
    else:
        found = [(k, _date_key(t) if k == "d" else None) for _, _, k, t in _tokens(text, a, b) if k in ("p", "n", "d")]
        if any(k != "d" for k, _ in found):  # "BASELINE (08/01/2025) vs CURRENT": the words name the columns
            found = [x for x in found if x[0] != "d"]
    keys = [key for _, key in found if key is not None]
    newest = max(keys, default=None)
    return [k if key is None or len(keys) < 2 else "dnew" if key == newest else "dold" for k, key in found]


def _header_labels(text: str, a: int, first: int) -> list[str]:
    """The labels of the citation's header: its own line before a ":" ahead of its first citation, else the
    nearest of the six lines above that holds two labels or more."""
    colon = text.find(":", a, first)
    if colon >= 0:
        labels = _labels(text, a, colon)
        if len(labels) >= 2:
            return labels
    b = a - 1
    for _ in range(6):
        if b <= 0:
            break
        start = text.rfind("\n", 0, b) + 1
        labels = _labels(text, start, b)
        if len(labels) >= 2:
            return labels
        b = start - 1
    return []


_SEPARATORS = ("|", "\t", "->", "→", " / ", "  ")


def _position(text: str, start: int) -> list[str]:
    """The citation's header label by its ordinal among the image-citing cells of its row (table, arrow chain or
    " / " list)."""
    a, b = _line(text, start)
    line = text[a:b]
    if not any(sep in line for sep in _SEPARATORS):
        return []
    seps = list(_CELL.finditer(text, a, b))
    cells = zip([a] + [m.end() for m in seps], [m.start() for m in seps] + [b], strict=True)
    citing = [x for x, y in cells if _CITES.search(text, x, y)]
    if len(citing) < 2:
        return []
    ordinal = sum(1 for x in citing if x <= start) - 1
    if ordinal < 0:
        return []
    first = _CITES.search(text, a, b)
    labels = _header_labels(text, a, first.start() if first else citing[0])
    if len(labels) < 2:
        return [f"row={min(ordinal, 3)}|nohead"]
    label = labels[ordinal] if ordinal < len(labels) else "over"
    return [f"col={label}", f"col={label}|n={min(len(labels), 4)}"]


def study_features(text: str, window: tuple[int, int], start: int, end: int) -> list[str]:
    """The study evidence of the citation text[start:end] in its sentence window."""
    s0, s1 = window
    part, *clause, verb = _left(_tokens(text, max(s0, start - 120), start), start)
    after = _tokens(text, end, min(s1, end + 60))
    label, right_verb = _right(after, end)
    nxt = _next_part(after)
    return ["st:" + f for f in [f"sp={part}|{label}", *clause, *_position(text, start), f"vL={verb}",
                                f"vR={right_verb}", f"v={verb}|{right_verb}", *([f"nx={nxt}"] if nxt else []),
                                *(["ax=1"] if attached_earlier_exam(text, start) else [])]]
