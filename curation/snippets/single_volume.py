"""Slice citations of single-volume exams (issue 16, round 23).

A cone-beam CT (dental or maxillofacial DVT/CBCT, a "digitale Volumentomographie") is one volume: its report cites a
slice or section by number alone ("(sagittaler Schnitt 41)", "(Schnitte 57 bis 61)", "cross-sectional slice 64",
"sections 95, 101 and 107", "cut 34"), with a plane word before or after it or none, and names no series. Elsewhere a
bare slice word is no citation ("Schnitt 23" may be a cut of a specimen; grammar.py keeps it out unless a series word
or a mammography view stands with it).

`single_volume_refs(text)` finds those citations on the whole text (the grammar sees one sentence at a time, and the
exam word often stands in the heading): a slice word ("Schnitt(e)", "Schicht(en)", "slice(s)", "section(s)",
"cut(s)", with "Nr."/"n°"/"#") and an image list after it, with the grammar's list, range and unit guards
(`grammar.image_list_at`), each a reference of form "io" without a series. `mine._mine` adds those the grammar did
not find. `single_volume_slice(text, start)` is True when the nearest exam word before `start` (or, with none before,
the first one in the text) names a single-volume exam: the slice word then cites an image of it, and the citation
inherits no series from an earlier CT or MR citation of the report (`mine._references` leaves its context series
empty). Tooth numbers ("regio 36", "an 46"), doses, voxel sizes and widths carry no slice word and stay out;
"Schnittdicke 0,3 mm" and "im Schnitt 3 mm" (on average) are kept out by the word end and the unit guard.
"""

from __future__ import annotations

import re

from curation.snippets.grammar import RefSpan, image_list_at

__all__ = ["has_single_volume", "single_volume_refs", "single_volume_slice", "single_volume_study"]

# The single-volume exam words; the other exam words end a single-volume stretch ("DVT ... . CT Thorax: ...").
_SINGLE = (r"DVT|CBCT|CBVT|DVT-\w+|Cone[\s-]?Beam(?:[\s-]?CT)?|cone[\s-]?beam(?:[\s-]?CT)?|"
           r"(?:digitale[nr]?\s+)?Volumen-?tomo(?:graph|graf)\w*|Dental-?CT|dental\s+CT")
# Round 23/24 review: the other exam words in any compound ("Kopf-CT", "cCT", "CT-Thorax", "Angio-CT", "CTA", "CTPA",
# "MRT-Kopf", "Sonografie").
_OTHER = (r"(?-i:(?<![^\W\d_])c?CT(?:A|PA)?(?![a-z])|(?<![^\W\d_])(?:MRT?|MRI|MRA|PET)(?![a-z])|"
          r"(?<![\w-])(?:Röntgen|X-ray))|(?<![^\W\d_])(?:Sonogra\w*|Sonografie|Ultraschall|ultrasound|"
          r"radiograph\w*|Mammogra\w*|Angio-?CT)")
_EXAM = re.compile(r"(?i)(?P<single>(?<![\w-])(?:" + _SINGLE + r")(?![\w-]))|(?P<other>" + _OTHER + r")")
# The exam words' first letters as one class (the engine skips ahead in C), then the rest.
# (led by a plain class: the case-folded one, `(?i)[dcv]`, gives `re` no first character to skip ahead to)
_GATE = re.compile(r"[DCVdcv](?i:(?<=d)vt|(?<=c)bct|(?<=c)bvt|(?<=c)one[\s-]?beam|(?<=v)olumen-?tomo|(?<=d)ental)")
# A "DVT" that is no exam of this report: deep vein thrombosis ("Z.n. DVT", "known DVT left leg", "DVT prophylaxis",
# "Fragestellung: DVT links?"), a negated one ("kein DVT"), or an earlier exam ("DVT vom Vorjahr", "DVT 2024 zum
# Vergleich", "Compared with CBCT 2024", "Vor-DVT"): the last kind is an EARLIER single volume (its slices are prior).
_NOT_EXAM_BEFORE = re.compile(r"(?i)(?:\bZ\.\s?n\.|\bkein\w*|\bno|\bknown|\bhistory\s+of|\bV\.\s?a\.|verdacht\w*|"
                              r"ausschluss|rule\s+out|fragestellung\s*:|indication\s*:|question\s*:|"
                              r"bekannte\w*|\bbei|\bnach)\s*(?:\w+\s+)?$")
_NOT_EXAM_AFTER = re.compile(r"(?i)\s*(?:links|rechts|left|right|leg|Bein\w*|prophyla\w*|\?|Thrombose|"
                             r"thrombosis|der\s+V\.|of\s+the\s+(?:left|right)|in\s+the\s+(?:left|right)|"
                             r"(?:der\s+)?(?:V\.|vena)\s)")
_PRIOR_BEFORE = re.compile(r"(?i)(?:compared\s+(?:with|to)|vergleich\w*\s*(?:mit|zu[mr]?|:)|previous|prior|"
                           r"earlier|frühere\w*|alte\w*|letzte\w*|Vor-?)\s*(?:the\s+|de[mnr]\s+)?$")
_PRIOR_AFTER = re.compile(r"(?i)(?:[^.:\n]|\.(?!\s)){0,30}?(?:\(?(?:vom|von|from|of|dated)\s+(?:Vorjahr|letzte|last)|"
                          r"\(?(?:19|20)\d\d\b(?!\.)|"
                          r"\(?zum\s+Vergleich|\(?(?:Voraufnahme|Voruntersuchung|VU)\b|for\s+comparison)")
_DATED = re.compile(r"(?i)[^.:\n]{0,20}?\b(?:vom|von|from|of|dated)\s+(?:\d|Jan|Feb|Mä|Mar|Apr|Mai|May|Jun|Jul|Aug|Sep|"
                    r"Okt|Oct|Nov|De[zc])")
# A slice labelled as the earlier exam's in its own clause ("in der VU Schnitt 40", "Vor-DVT Schnitt 52", "Schnitt 40
# (Vorbefund)", "in der Voraufnahme Schnitt 38", "previously on slice 40").
_PRIOR_WORD = r"(?:VU|Vor-?DVT|Vor-?CBCT|Voraufnahme\w*|Vorbefund\w*|Voruntersuchung\w*|previous\w*|prior|Vorjahr)"
_PRIOR_LABEL_BEFORE = re.compile(r"(?i)\b" + _PRIOR_WORD + r"\W{0,3}(?:\w+\W{1,3}){0,2}$")
_PRIOR_LABEL_AFTER = re.compile(r"(?i)\s*\(\s*" + _PRIOR_WORD + r"\b")
_NOW = re.compile(r"(?i)\b(?:heute|aktuell\w*|jetzt|today|now|current\w*)\b")
_HEADING = re.compile(r"(?:\n|[.!?]\s)\s*(?:[^\W\d_][\w-]*\s+){0,2}$")
_HEADING_START = re.compile(r"\s*(?:[^\W\d_][\w-]*\s+){0,2}$")
_HEADING_END = re.compile(r"[^.:\n]{1,40}:")
_STOP = re.compile(r"[.!?]\s+(?=[A-ZÄÖÜ])|\n")
_CLAUSE = re.compile(r"[,;:.]\s|\n")


def has_single_volume(text: str) -> bool:
    """False when no single-volume exam word stands anywhere in `text` (most reports)."""
    return _GATE.search(text) is not None


def _kind(text: str, m: re.Match[str]) -> str | None:
    """"single" (this report's single volume), "earlier" (an earlier single volume), "other" (another exam),
    "earlier other" (another earlier exam) or None (no exam: deep vein thrombosis, a negation)."""
    if m.group("other") is not None:
        before = text[max(0, m.start() - 30):m.start()]
        # an earlier exam of another kind is no own exam, but it ends a single-volume stretch all the same
        return "earlier other" if _PRIOR_BEFORE.search(before) or _PRIOR_AFTER.match(text, m.end()) else "other"
    before = text[max(0, m.start() - 30):m.start()]
    if _NOT_EXAM_BEFORE.search(before) or _NOT_EXAM_AFTER.match(text, m.end()):
        return None
    if _PRIOR_BEFORE.search(before) or _PRIOR_AFTER.match(text, m.end()) or (
            m.start() > 0 and _DATED.match(text, m.end())):
        return "earlier"  # a dated exam after the first exam word is an earlier one ("Vergleich: DVT vom <date>")
    return "single"


def _exams(text: str) -> list[tuple[int, str]]:
    return [(m.start(), kind) for m in _EXAM.finditer(text) if (kind := _kind(text, m)) is not None]


def single_volume_study(text: str, start: int, exams: list[tuple[int, str]] | None = None) -> bool | None:
    """Whether a slice word at `start` cites a slice of a single-volume exam: None when not (this report's own exam,
    its first exam word that is no earlier one, is no single volume; or another exam word stands nearer before the
    slice); else the slice's study, True for an earlier single volume (the nearest exam before is an earlier one,
    or the slice's clause labels it so), False for this report's."""
    exams = _exams(text) if exams is None else exams
    own = next((kind for _, kind in exams if not kind.startswith("earlier")), None)
    last, last_at = None, 0
    for at, kind in exams:
        if at >= start:
            break
        last, last_at = kind, at
    if last in ("other", "earlier other"):
        return None
    if own != "single" and not (own is None and any(kind == "earlier" for _, kind in exams)) and not (
            last == "single" and _heads(text, last_at)):
        # (a report that names only an earlier volume compares a volume with it: "DVT vom Vorjahr ..."; a report of
        # two exams heads the volume's part: "CT Gesichtsschädel: ... DVT: ... (Schnitt 40)")
        return None
    clause_lo = max([m.end() for m in _CLAUSE.finditer(text, max(0, start - 60), start)], default=max(0, start - 60))
    before = text[clause_lo:start]
    if _NOW.search(before):
        return False
    if _PRIOR_LABEL_BEFORE.search(before) or _PRIOR_LABEL_AFTER.match(text, _list_end(text, start)):
        return True
    # an earlier exam's label scopes over its own sentence ("DVT vom Vorjahr (Schnitt 40) zum Vergleich: ...")
    return last == "earlier" and _NOW.search(text, last_at, start) is None and not _STOP.search(text, last_at, start)


def _heads(text: str, at: int) -> bool:
    """Whether the exam word at `at` heads a part of the report: at most two words after a sentence or line start
    before it ("DVT:", "Ergänzendes DVT:"), a ":" after it on its line."""
    before = text[max(0, at - 40):at]
    opened = (_HEADING_START.fullmatch(before) is not None if at <= 40 else False) or _HEADING.search(before)
    return bool(opened) and _HEADING_END.match(text, at) is not None


def _list_end(text: str, start: int) -> int:
    """The end of the image list of the slice word at `start` (`start` when there is none)."""
    word = _SLICE.match(text, start)
    found = image_list_at(text, word.end()) if word is not None else None
    return found[0] if found is not None else start


def single_volume_slice(text: str, start: int) -> bool:
    """Whether a slice word at `start` cites a slice of a single-volume exam (see the module)."""
    return single_volume_study(text, start) is not None


_SLICE = re.compile(r"(?<![\w-])(?-i:Schnitten|Schnitte|Schnitt|Schichten|Schicht|Slices|slices|Slice|slice|"
                    r"Sections|sections|Section|section|Cuts|cuts|Cut|cut)(?![\w-])")


# Round 23/24 review: a slice word in another sense. "im Schnitt" (on average) before a count and its noun or unit
# ("Im Schnitt 12 Zähne", "im Schnitt 2-3 Kanäle", "im Schnitt 1 bis 2 Millimeter", "2-fach"); "per section", "Ein
# Schnitt 2. Grades"; a section of a document, a histology or a panoramic view; the whole stack ("Slices 1-400").
_OTHER_SENSE_BEFORE = re.compile(r"(?i)(?:\b(?:per|pro|je|ein|eine[nm]?|a|an|each|jede[nrs]?)\s+)$")
_OTHER_SENSE_AFTER = re.compile(r"(?:\s*-?fach|\s+(?-i:[A-ZÄÖÜ][a-zäöüß]{2,})(?!\s*[:(])|\s*(?i:Millimeter|Zentimeter|"
                                r"mm|cm|µSv|mSv|mGy|patients|cycles|Zyklen)\b|\.\s*(?i:Grade?s?|Ordnung|order)\b|"
                                r"\s+(?i:of|in|from|des|der|aus)\s+(?i:the\s+|this\s+|dem\s+|diese[rsm]\s+|de[rs]\s+)?"
                                r"(?i:panoram\w*|histolog\w*|report|referral|letter|guideline|document\w*|Bericht\w*|"
                                r"Überweisung\w*|Präparat\w*|specimen|Befund(?:es|s)\b))")
_HISTOLOGY = re.compile(r"(?i)histolog\w*|patholog\w*|Präparat\w*|specimen|Biopsat\w*|Plattenepithel\w*")
_SENTENCE = re.compile(r"[.!?](?=\s+[A-ZÄÖÜ])|\n")


def _other_sense(text: str, m: re.Match[str], end: int, images: tuple[tuple[int, int], ...]) -> bool:
    if _OTHER_SENSE_BEFORE.search(text, max(0, m.start() - 8), m.start()) or _OTHER_SENSE_AFTER.match(text, end):
        return True
    if images and images[0][0] <= 1 and images[-1][1] - images[0][0] > 50:
        return True  # "Slices 1-400 reviewed": the whole stack
    lo = max([s.end() for s in _SENTENCE.finditer(text, max(0, m.start() - 200), m.start())], default=0)
    stop = _SENTENCE.search(text, end)
    return _HISTOLOGY.search(text, lo, stop.start() if stop else len(text)) is not None


def single_volume_refs(text: str) -> list[RefSpan]:
    """The slice citations of a single-volume exam in `text` (see the module), in order; [] for other reports. A
    slice of an earlier single volume ("DVT vom Vorjahr (Schnitt 40)", "in der VU Schnitt 40") is flagged prior."""
    if not has_single_volume(text):
        return []
    exams = _exams(text)
    out = []
    for m in _SLICE.finditer(text):
        if (found := image_list_at(text, m.end())) is None:
            continue
        end, images = found
        if (study := single_volume_study(text, m.start(), exams)) is None or _other_sense(text, m, end, images):
            continue
        out.append(RefSpan(start=m.start(), end=end, form="io", series=None, images=images, prior=study))
    return out
