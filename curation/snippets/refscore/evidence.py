"""Surface evidence of a group of readings beyond the grammar's verdict (issue 16 round 8): the scope of the prior and
current-study cue words before it, the units after its numbers, the shapes of the cue words before its numbers, and
the structure of its bracket. `evidence_features` gives them as feature strings for `features.context_hashes`.

- Scope: which cue came last before the group in its sentence (a prior cue, or a "now" word after it), whether that
  prior cue is a comparison ("compared with the prior", "im Vergleich zur VU", "gegenüber"), and whether a
  measurement stands between it and the group: a comparison governs the measurement it holds, not a citation after
  a later "now"/"jetzt"/"aktuell".
- Units: a number followed by kV, mAs, mm, HU, %, ml ... is a value, not an image (`(Serie 3, 120 kV)`).
- Cue morphology: the word before each of the group's first two numbers, as a class (series word, image word, in
  DE/EN/FR/IT and their abbreviations) and a shape (full word, abbreviation, dotted, capitals, glued to the number).
- Bracket: how many numbers and separators the group's bracket holds, whether the group opens or closes it, and the
  study its own part of the bracket names before and after it (`(VU 2/70, 2/74; aktuell 5/72)`); "dort"/"there"
  just before it.
- Study (round 14, `study.py`): the timepoint labels of the citation's own part and clause, its column or arrow
  position under a header of labels, and the tense of its clause's verbs.
"""

from __future__ import annotations

import re

from curation.snippets.grammar import EARLIER_TIME, NOW_WORD, PRIOR_CUE
from curation.snippets.refscore.candidates import IMAGE_WORDS, SERIES_WORDS
from curation.snippets.refscore.cues import prior_cues
from curation.snippets.refscore.study import study_features

_SERIES = frozenset(SERIES_WORDS) | {"série", "séries", "sér", "sequenza", "sez", "rek"}
_IMAGE = frozenset(IMAGE_WORDS) | {
    "coupe", "coupes", "cp", "immagine", "immagini", "imm", "fetta", "strato", "sezione", "n", "position", "pos"}
_PLANE = frozenset({"ax", "axial", "axiale", "cor", "kor", "koronar", "coronal", "coronale", "sag", "sagittal",
                    "sagittale", "tra", "transversal"})
_WORD_BEFORE = re.compile(r"([^\W\d_]+)(\.?)\s*(?:nr\.?\s*|no\.?\s*|#\s*|:\s*)?$")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_UNIT = re.compile(r"\s*(kvp|kv|kev|mas|ma|mgy|msv|ctdi|dlp|mm|cm|hu|%|ml|mg|kg|sec|min|jahre|years|y|mmhg|cm²|mm²|"
                   r"ml/s|mbq|gy|°|grad|degrees?)(?![^\W\d_])", re.I)
_COMPARE = re.compile(r"(?i)(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|versus|vs\.?|than|"
                      r"vergleich\s+(?:zu[rm]?|mit)|verglichen\s+mit|gegenüber|als|vgl\.?|cf\.?|rispetto\s+al\w*|"
                      r"par\s+rapport\s+\w+|comparé\w*\s+\w+)\s+(?:\w+\s+){0,2}$")
_THERE = re.compile(r"(?i)\b(?:dort|there|damals|then|seinerzeit|ibidem)\b")
_MEASURE = re.compile(r"(?i)\d(?:[.,]\d+)?\s*(?:mm|cm)\b")
# Round 10: how a prior examination is dated or named as "then" next to a citation: a date or a time word in the
# group's own part of its bracket ("(2/41 from 2023)", "(then: series 12 image 28)", "(se 10 im 31 of 6/2025)"),
# and a date shortly before it in its sentence ("Compared to 2024 (series 5 image 30)", "Letzte Kontrolle 06/2025:
# Se 5 Bi 18"), with whether a now word stands between that date and the group.
_WHEN = re.compile(r"(?i)(?<![\w/.])(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|"
                   r"\d{1,2}/(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|(?:19|20)\d\d)(?![\w/])")
_THEN = re.compile(r"(?i)\b(?:then|damals|früher|seinerzeit|previously|initially|formerly|older|alte[nrms]?|"
                   r"ältere[nrms]?|dortige[nrms]?|their|ihre[rnm]?|" + EARLIER_TIME + r")\b")
# Round 12: a timepoint of an earlier examination shortly before the group in its sentence ("Nadir 15 mm (...)",
# "9.6 cm at diagnosis (...)", "die damals der V. cava anlag (...)"), and whether a now word stands after it.
_TIMEPOINT = re.compile(r"(?i)\b(?:damals|zuvor|vormals|seinerzeit|" + EARLIER_TIME + r")\b")
_TIME_HINTS = ("damals", "zuvor", "vormals", "seinerzeit", "gestern", "yesterday", "nadir",
               "staging", "diagnos", "presentation", "ago", "day", "tag", "vorjahr", "last year", "vor ", "before",
               "treatment", "prätherap")


def _cue_class(word: str) -> str:
    low = word.lower()
    if low in _SERIES:
        return "S"
    if low in _IMAGE:
        return "I"
    if low in _PLANE:
        return "P"
    return "w"


def _cue_shape(word: str, dot: str, glued: bool) -> str:
    size = "1" if len(word) == 1 else "abbr" if len(word) <= 4 else "full"
    case = "C" if word.isupper() and len(word) > 1 else "T" if word[0].isupper() else "l"
    return f"{size}{dot and '.'}{case}{'g' if glued else ''}"


def _cues(text: str, start: int, end: int) -> list[str]:
    feats = []
    classes = []
    for k, m in enumerate(_NUMBER.finditer(text, start, end)):
        if k == 2:
            break
        before = text[max(0 if k == 0 else start, m.start() - 16):m.start()]
        w = _WORD_BEFORE.search(before)
        if w is None:
            tail = before.rstrip()
            cls = "p" + (tail[-1] if tail else "^")
            feats.append(f"cue{k}={cls}")
        else:
            cls = _cue_class(w.group(1))
            glued = w.end() == len(before) and not before[w.start():].count(" ")
            feats.append(f"cue{k}={cls}|{_cue_shape(w.group(1), w.group(2), glued)}")
        classes.append(cls[0] if cls[0] in "SIPw" else "p")
        unit = _UNIT.match(text, m.end())
        if unit is not None:
            feats.append(f"unit{k}={unit.group(1).lower()}")
            feats.append("unit=any")
    feats.append("cueseq=" + "".join(classes))
    return feats


def _scope(text: str, s0: int, s1: int, start: int) -> list[str]:
    cues = prior_cues(text, (s0, s1))
    prior = None
    if cues.may_match(s0, start):
        for prior in PRIOR_CUE.finditer(text, s0, start):  # noqa: B007 (the last one)
            pass
    now = None
    if cues.may_say_now(s0, start):
        for now in NOW_WORD.finditer(text, s0, start):  # noqa: B007
            pass
    if prior is None and now is None:
        return ["scope=none"]
    if prior is None or (now is not None and now.start() > prior.end()):
        late_prior = prior is not None
        return [f"scope=now|after_prior={late_prior}",
                f"scope=now|gap={min(len(text[now.end():start].split()), 4)}"]
    compare = _COMPARE.search(text, max(s0, prior.start() - 40), prior.start()) is not None
    measure = _MEASURE.search(text, prior.end(), start) is not None
    words = min(len(text[prior.end():start].split()), 6)
    return [f"scope=prior|cmp={compare}|meas={measure}", f"scope=prior|gap={words}",
            f"scope=prior|cmp={compare}|gap={words}"]


def _label(text: str, window: tuple[int, int], a: int, b: int) -> str:
    """The study the stretch text[a:b] of the group's own bracket names: the last of a prior cue and a now word in
    it."""
    part = text[a:b]
    cues = prior_cues(text, window)
    prior = [m.end() for m in PRIOR_CUE.finditer(part)] if cues.may_match(a, b) else []
    now = [m.end() for m in NOW_WORD.finditer(part)] if cues.may_say_now(a, b) else []
    if not prior and not now:
        return "none"
    return "prior" if max(prior, default=-1) > max(now, default=-1) else "now"


def _when(text: str, a: int, b: int) -> str:
    """Whether text[a:b] dates a study or names it as "then": "date", "then" or "none"."""
    if a >= b:
        return "none"
    if _WHEN.search(text, a, b) is not None:
        return "date"
    return "then" if _THEN.search(text, a, b) is not None else "none"


def _whens(text: str, head: int, start: int, end: int, tail: int) -> list[str]:
    """The "brwhen" feature of the group's own part of its bracket, only where it dates a study or says "then"."""
    when = f"{_when(text, head, start)}|{_when(text, end, tail)}"
    return [] if when == "none|none" else [f"brwhen={when}"]


def _last_before(name: str, pattern: re.Pattern[str], text: str, a: int, start: int,
                 window: tuple[int, int]) -> list[str]:
    """`name<|now=<bool>` where `pattern` matches in text[a:start]: whether a now word follows its last match."""
    last = None
    for last in pattern.finditer(text, a, start):  # noqa: B007 (the last one)
        pass
    if last is None:
        return []
    now = (prior_cues(text, window).may_say_now(last.end(), start)
           and NOW_WORD.search(text, last.end(), start) is not None)
    return [f"{name}<|now={now}"]


def _dated(text: str, s0: int, start: int, window: tuple[int, int]) -> list[str]:
    return _last_before("date", _WHEN, text, max(s0, start - 60), start, window)


def _timed(text: str, s0: int, start: int, window: tuple[int, int]) -> list[str]:
    a = max(s0, start - 80)
    near = text[a:start].lower()
    if not any(w in near for w in _TIME_HINTS):
        return []
    return _last_before("time", _TIMEPOINT, text, a, start, window)


def _bracket(text: str, opened: int, start: int, end: int, window: tuple[int, int]) -> list[str]:
    if opened < 0:
        return ["br=none"]
    s1 = window[1]
    close = next((i for i in range(end, s1) if text[i] in ")]"), -1)
    inside = text[opened + 1:close if close >= 0 else s1]
    numbers = len(_NUMBER.findall(inside))
    # the labels of the group's own bracket: before it (from the bracket's start or the last ";"), and after it (up
    # to the next ";" or the close): "(VU 2/70, 2/74; aktuell 5/72)", "(Serie 3, Bild 47 im Vorbefund)"
    head = max(opened + 1, text.rfind(";", opened + 1, start) + 1)
    stop = close if close >= 0 else min(s1, end + 40)
    tail = text.find(";", end, stop) if ";" in text[end:stop] else stop
    return [f"brnum={min(numbers, 5)}", f"brsep={min(inside.count(',') + inside.count(';'), 3)}",
            f"bropen={not text[opened + 1:start].strip()}|brclose={close >= 0 and not text[end:close].strip()}",
            f"brhead={_label(text, window, head, start)}|brtail={_label(text, window, end, tail)}",
            *_whens(text, head, start, end, tail)]


def evidence_features(text: str, window: tuple[int, int], start: int, end: int, opened: int) -> list[str]:
    """The evidence features of the group text[start:end] in its sentence window (opened: its bracket's offset,
    -1 outside one)."""
    s0, s1 = window
    unit_after = _UNIT.match(text, end)
    feats = (_cues(text, start, end) + _scope(text, s0, s1, start) + _bracket(text, opened, start, end, window)
             + _dated(text, s0, start, window) + _timed(text, s0, start, window))
    if unit_after is not None:
        feats.append(f"unitR={unit_after.group(1).lower()}")
    now_end = min(s1, end + 12)
    if prior_cues(text, window).may_say_now(end, now_end) and NOW_WORD.search(text, end, now_end):
        feats.append("nowR")
    if _THERE.search(text, max(s0, start - 16), start):
        feats.append("there")
    return ["ev:" + f for f in feats] + study_features(text, window, start, end)
