"""What `scrub_text` calls after the rules: the tagger's PERSON / INSTITUTION / ADDRESS spans, as `Hit`s
with source "tagger", behind the setting RADCURATE_DEID_TAGGER (on / off; default on since round 2: docs/deid.md,
"learned tagger layer", gives the figures and why).

A span is given only when its confidence reaches the threshold stored with the weights, it overlaps no rule
hit (the tagger adds entities the rules missed, it does not redraw theirs), and, cut at layout separators
and trimmed of cue and lower-case edge words (and cut at inner lower-case words no name holds), it still
holds a name-like word (one word only in a whole table cell) and overlaps no protected keep-term. The tagger
never overrides a keep-term (only the rules' strong person cues may, in scrub._vetoed, and tagger hits are no
cue).
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from operator import itemgetter

import numpy as np

from curation.deid.text.common import Hit, words
from curation.deid.text.dates import WEEKDAYS_DE, WEEKDAYS_EN
from curation.deid.text.facilities import NOT_FACILITY_NAMES
from curation.deid.text.given_names import is_given_name
from curation.deid.text.keep import split_keep_spans
from curation.deid.text.machine_names import is_code_caret
from curation.deid.text.surnames import is_surname, is_surname_or_word
from curation.deid.text.tables import header_spans
from curation.deid.text.tagger.features import (
    CLOSINGS,
    INST_HEADS,
    LABELS,
    RELATIVES,
    STREET_TAILS,
    STREETS,
    TITLES,
    delimiter,
    token_layout,
)
from curation.deid.text.tagger.model import TaggerModel, spans
from curation.deid.text.tagger.tokens import tokenize
from curation.deid.text.towns import towns

SETTING = "RADCURATE_DEID_TAGGER"
DEFAULT = "on"  # held-out 13 and 14 (clean for round 2): recall up, keep-terms unchanged (docs/deid.md)
_CUES = LABELS | RELATIVES | TITLES | CLOSINGS | words("""dear liebe lieber liebes sehr geehrte geehrter hallo hi
dre mme mlle anp aprn cnp crnp dnp sonographer radiographer
station ward unit bay pod zimmer room raum team board tumorboard tumorkonferenz wohngruppe wohnbereich""")
# (French titles, nursing and imaging roles; in-house units: "Wohngruppe Linde", "Tumorboard Kopf-Hals" name no one)
# Where one layout field ends: a label's colon, pipes, semicolons, middle dots, tabs, runs of spaces, brackets.
_SEPARATORS = re.compile(r"[^\s:]*:\s|\s*[|·•;]\s*|\t|\s{2,}|[()\[\]]|\n")
_CELL_EDGE = frozenset("|;\t,\n")
_PARTICLES = words("von van de da di del der den ten ter zu dos du le la")
# Lower-case words that may stand inside a name ("Klinikum rechts der Isar", "Casa per anziani X", "Dr. med. X");
# any other ends it ("RadPartners West suggested Kienböck" -> "RadPartners West").
_INSIDE = _PARTICLES | TITLES | words("""des les della dei degli delle dem zum zur am an im in auf bei für of the and
at on upon per a e et y und d l beider rechts links sankt univ pract
imagerie radiologie radiologia radiologico radiologica anziani cure domicilio soins santé médecine medicina cura
senologia riposo pneumologie cardiologie gynécologie pédiatrie enfance réadaptation riabilitazione""")  # FR / IT
_WORD = re.compile(r"[^\W\d_]+|\d+")
_NAME_PARTS = re.compile(r"[\s^,;/]+")  # a name's words: "Huber, Anna", "HUBER^ANNA" ("Nowak-Demir" is one)
_WEEKDAYS = frozenset({*WEEKDAYS_DE, *WEEKDAYS_EN, *(w[:2] for w in WEEKDAYS_DE), *(w[:3] for w in WEEKDAYS_EN),
                       "Tues", "Thurs"})
_RULE = itemgetter(1)  # a layout key's rule label
# A facility's name needs a word of its own: heads, specialties and the rules' not-a-facility words alone
# ("Public Health", "Study Group", "Clinica di Neurologia") name a service, not a place.
_GENERIC = INST_HEADS | NOT_FACILITY_NAMES | words("""clinica clinique istituto institut servizio reparto divisione
unità dipartimento département ospedale hôpital centro centre neurologia radiologia cardiologia ortopedia chirurgia
medicina pediatria oncologia urologia ginecologia pneumologia gastroenterologia nefrologia ematologia
mdt mdm mdc tumorboard tumourboard board meeting""")  # (a team's meeting, round 20b: "Breast Imaging MDT")
_VALUES = {"on": True, "1": True, "true": True, "off": False, "0": False, "false": False}


def tagger_enabled() -> bool:
    value = os.environ.get(SETTING, DEFAULT).strip().lower()
    if value not in _VALUES:
        raise ValueError(f"{SETTING} must be on or off, not {value!r}")
    return _VALUES[value]


def keep_ranges_of(text: str) -> list[tuple[int, int]]:
    """The keep ranges `scrub_text` gives the tagger (eponyms, the other keep-terms, a table export's header
    words), for training and cross-validation to see what inference sees."""
    eponyms, others = split_keep_spans(text)
    return [*eponyms, *others, *header_spans(text)]


@lru_cache(maxsize=1)
def packaged_model() -> TaggerModel:
    return TaggerModel.load()


def tagger_hits(text: str, rule_hits: Sequence[Hit], keep_ranges: Sequence[tuple[int, int]],
                model: TaggerModel | None = None, dates: Sequence[tuple[int, int]] = ()) -> list[Hit]:
    """The tagger's spans in `text` above the model's threshold, outside every keep range, rule hit and
    date (`dates`: the date spans, a weekday written before one included)."""
    model = model or packaged_model()
    return [h for h, _ in scored_hits(text, rule_hits, keep_ranges, model, model.threshold, dates)]


def scored_hits(text: str, rule_hits: Sequence[Hit], keep_ranges: Sequence[tuple[int, int]], model: TaggerModel,
                floor: float, dates: Sequence[tuple[int, int]] = ()) -> list[tuple[Hit, float]]:
    """The tagger's spans whose confidence reaches `floor`, each with its confidence (the threshold's
    calibration scores them at a low floor; `tagger_hits` takes them at the model's threshold)."""
    toks = tokenize(text)
    if not len(toks):
        return []
    keeps = sorted(keep_ranges)
    lay = token_layout(toks, [(h.start, h.end, h.label) for h in rule_hits], keeps)
    em = model.layout_emissions(lay)
    covered = np.fromiter(map(bool, map(_RULE, lay.token_keys)), dtype=bool, count=len(toks))
    found = spans(model.decode(em, floor, covered), em, toks.starts, toks.ends)
    if not found:
        return []  # most reports: no span could reach the floor
    rules = _Taken(sorted([*((h.start, h.end) for h in rule_hits), *dates]))
    keep = _Taken(keeps)
    out: list[tuple[Hit, float]] = []
    for s, e, label, conf in found:
        if conf < floor or rules.overlaps(s, e):
            continue  # the tagger adds entities the rules missed; it does not re-draw theirs (nor a date)
        for part in _SEPARATORS.split(text[s:e]) if _SEPARATORS.search(text, s, e) else (text[s:e],):
            if not part.strip():
                continue
            at = text.find(part, s, e)
            for a, b in _trimmed(text, at, at + len(part), label):
                if _name_like(text[a:b], label, _whole_cell(text, a, b)) and not keep.overlaps(a, b):
                    out.append((Hit(a, b, label, "tagger"), conf))
    return out


class _Taken:
    """Sorted [start, end) ranges: "does any overlap [a, b)?"."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = ranges
        self.starts = [r[0] for r in ranges]

    def overlaps(self, start: int, end: int) -> bool:
        return any(e > start for _, e in self.ranges[:bisect_left(self.starts, end)])


def _whole_cell(text: str, start: int, end: int) -> bool:
    """[start, end) is all of one cell of an exported table's row (delimited.delimiter), spaces aside."""
    a, b = start, end
    while a > 0 and text[a - 1] == " ":
        a -= 1
    while b < len(text) and text[b] == " ":
        b += 1
    if (a and text[a - 1] not in _CELL_EDGE) or (b < len(text) and text[b] not in _CELL_EDGE):
        return False
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    return bool(delimiter(text[line_start:line_end if line_end != -1 else len(text)]))


def _name_like(span: str, label: str, cell: bool = False) -> bool:
    """A name holds a capitalised word or a number of two characters or more (not a lone initial or roman
    numeral: "Meyerding I."); a facility name two words or more ("Health" alone is no facility), one of them no
    head, specialty or not-a-facility word (`_GENERIC`: "Public Health" is none); a person's
    name two name words or more (a lone capitalised word in a name's place is far more often a clinical
    noun, a label or a given name alone: docs/deid.md, "learned tagger, round 2"; a hyphenated word is one word:
    "RIS-Export" is none), except a whole table cell (`cell`) holding one listed given name or surname (exports
    give "Surname;Given" columns) and a double-barrelled name whose parts are all listed surnames; an address
    without a number of its own (a word that starts with a digit: "12", "79098", "4TQ", "5/2"; not "COVID-19",
    "L4-S1") a listed town or a street word ("Study Group", "Colleague" are none)."""
    found = _WORD.findall(span)
    if not any(len(w) > 1 and (w[0].isupper() or w.isdigit()) for w in found):
        return False
    if label == "PERSON":
        if "^" in span and is_code_caret([p for p in re.split(r"[\s^]+", span) if p]):
            return False  # "SE^EPI^DWI", "ORIGINAL^PRIMARY": caret-joined codes (machine_names)
        named = [w for w in _NAME_PARTS.split(span) if w[:1].isalpha() and sum(map(str.isalpha, w)) > 1
                 and w not in _PARTICLES]  # "signe de Murphy": "de" is no name word
        if len(named) != 1:
            return len(named) > 1
        word = named[0].rstrip(".")
        if cell and (len(word) > 3 or not word.isupper()) and (is_given_name(word) or is_surname_or_word(word)):
            return True  # (not "KIN", "OE": a ward's or unit's code in its column)
        return "-" in word and is_surname(word)
    if label == "ADDRESS":
        return any(w[:1].isdigit() for w in span.split()) or span in towns() or any(
            w in towns() or w.lower() in STREETS or w.lower().endswith(STREET_TAILS) for w in found)
    return len(found) > 1 and not all(w.lower() in _GENERIC for w in found if len(w) > 1 and
                                      w.lower() not in _INSIDE)


def _trimmed(text: str, start: int, end: int, label: str) -> list[tuple[int, int]]:
    """The span's names, without edge words that are no part of a name: leading cue words (a label, title or
    relative, an in-house unit: "Auftraggeber Ulrich X" -> "Ulrich X"), lower-case words at either edge
    ("Klinikum X mit", "then X Imaging"; name particles "von", "van der" may open a PERSON) and weekdays at
    either edge (a date's part: "Visite Di, 02.04." names no one); an inner lower-case word that no name holds
    (not in `_INSIDE`) ends one name, and another may follow it ("X Imaging suggested Kienböck": "X Imaging",
    then "Kienböck")."""
    found = list(_WORD.finditer(text, start, end))
    out: list[tuple[int, int]] = []
    i, n = 0, len(found)
    while i < n:
        while i < n and (found[i].group().lower() in _CUES or found[i].group() in _WEEKDAYS or (
                found[i].group().islower() and not (label == "PERSON" and found[i].group() in _PARTICLES))):
            i += 1
        if i >= n:
            break
        j = i + 1
        while j < n and not (found[j].group().islower() and found[j].group() not in _INSIDE):
            j += 1
        after = j + 1
        while j > i and (found[j - 1].group().islower() or found[j - 1].group() in _WEEKDAYS):
            j -= 1
        if i < j:
            last = found[j - 1]
            out.append((found[i].start(), last.end() + (1 if text[last.end():last.end() + 1] == "." and
                                                         len(last.group()) == 1 else 0)))
        i = after
    return out
