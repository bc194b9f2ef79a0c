"""The report text scrubber: `scrub_text(text, lang, phi, date_shift_days)`.

Three detectors feed one span list: pattern rules (text_rules, text_dates), the linked patient's own
header values matched fuzzily (text_dictionary) and a spaCy rule-based pipeline (text_spacy). Clinical
words that look like PHI (text_keep) veto overlapping hits, except exact matches of the patient's own
values. Overlapping spans are merged; dates are replaced by the date shifted in its own style (or a
tag), everything else by a label token such as [PERSON] or [TELEFON]. Spans are offsets into the INPUT.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate

from curation.deid.text.common import FIELD, TextContext, current
from curation.deid.text.dates import find_dates
from curation.deid.text.device_models import SITE_WORD
from curation.deid.text.dictionary import PhiDictionary, dictionary_hits
from curation.deid.text.given_names import is_given_name
from curation.deid.text.keep import keep_ranges
from curation.deid.text.places import EPONYM_STREET
from curation.deid.text.rules import Hit, rule_hits
from curation.deid.text.surnames import is_surname
from curation.deid.text.tables import header_spans
from curation.deid.text.tagger.hook import tagger_enabled, tagger_hits
from curation.deid.text.text_views import repaired_view
from curation.vault import PatientPhi

LABELS = ("PERSON", "DATE", "ID", "PHONE", "EMAIL", "ADDRESS", "INSTITUTION", "AGE")
TOKENS = {
    "de": {"PERSON": "[PERSON]", "DATE": "[DATUM]", "ID": "[ID]", "PHONE": "[TELEFON]", "EMAIL": "[EMAIL]",
           "ADDRESS": "[ADRESSE]", "INSTITUTION": "[EINRICHTUNG]", "AGE": "[ALTER]"},
    "en": {"PERSON": "[PERSON]", "DATE": "[DATE]", "ID": "[ID]", "PHONE": "[PHONE]", "EMAIL": "[EMAIL]",
           "ADDRESS": "[ADDRESS]", "INSTITUTION": "[INSTITUTION]", "AGE": "[AGE]"},
}
# Which label wins when two detectors claim overlapping text.
_PRIORITY = {"EMAIL": 0, "DATE": 1, "PHONE": 2, "ID": 3, "ADDRESS": 4, "INSTITUTION": 5, "PERSON": 6, "AGE": 7}


@dataclass(frozen=True)
class PhiSpan:
    """One scrubbed stretch of the input: [start, end) and its label."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class ScrubResult:
    """De-identified text and the PHI spans found, as offsets into the input text."""

    text: str
    spans: tuple[PhiSpan, ...]

    def label_counts(self) -> Counter[str]:
        return Counter(s.label for s in self.spans)


class _Ranges:
    """Sorted [start, end) ranges that answer "does any overlap [a, b)?" by bisection (a report has ~30
    hits and ~10 keep ranges: one any() over all of them per hit cost more than the test)."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.starts = [s for s, _ in ranges]
        self.max_end = list(accumulate((e for _, e in ranges), max))

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)  # the ranges that start before `end`
        return i > 0 and self.max_end[i - 1] > start


def _vetoed(hit: Hit, text: str, keeps: _Ranges, non_eponyms: _Ranges) -> bool:
    """A keep range vetoes an overlapping hit; after a person cue ("Mrs. Addison", "Patient: Paget, Erika")
    only the non-eponym ranges and the eponyms found by their clinical head ("Zenker-Divertikel", "Young
    syndrome") do, unless the name runs on into a clinical compound or genitive ("Addison-Krise",
    "Addison's"). A bare eponym, a room designator or a scanner model (the weak ranges) vetoes an address hit only
    where it opens it ("Zi. 314, Stock 3"; not "Kirchenring 5/Stock 3", "Addison Road 4"); any keep range vetoes an
    institution hit where it closes it ("Radiologie Ebene 2") or where the hit holds no facility word ("Revolution
    EVO Reserve"; not "SOMATOM Force Spital Zollikerberg"; round 14 review)."""
    if hit.source in ("dict", FIELD) or hit.label == "EMAIL" or not keeps.overlaps(hit.start, hit.end):
        return False
    if hit.label == "ADDRESS":
        return non_eponyms.overlaps(hit.start, hit.end) or keeps.overlaps(hit.start, hit.start + 1)
    if hit.label == "INSTITUTION":
        return keeps.overlaps(hit.end - 1, hit.end) or SITE_WORD.search(text, hit.start, hit.end) is None
    if (hit.source == "cue" or _given_name_first(hit, text)) and (
            (text[hit.end:hit.end + 1] not in ("-", "'", "’") and not text[hit.start:hit.end].endswith(("'s", "’s")))
            or _PERSON_POSSESSIVE.match(text, hit.end) is not None):
        return non_eponyms.overlaps(hit.start, hit.end)
    return True


# A possessive before a noun of a person's work (round 21a): "Dr. Klatskin's office", "Dr Paget's team" name the
# doctor; "Addison's disease" stays an eponym.
_PERSON_POSSESSIVE = re.compile(r"['’]s[ \t]+(?:office|team|secretary|clinic|list|patients?|practice|rooms|registrar|"
                                r"request|letter|referral|ward|firm|group|lab|assistant|colleagues?)(?![\w-])")


_WORD = re.compile(r"\S+")


def _unkept_names(hit: Hit, text: str, keeps: _Ranges) -> list[tuple[int, int]]:
    """The words of a vetoed PERSON hit that no keep range touches and that are listed surnames (no common word, not
    written in capitals): a keep-term inside a name's span trims the span instead of freeing the surname ("Betrifft:
    Lindauer Achillessehne" keeps the tendon and still redacts the surname). Given names alone are not taken: a
    two-word eponym's first word often is one ("Terry Thomas sign")."""
    out: list[tuple[int, int]] = []
    for m in _WORD.finditer(text, hit.start, hit.end):
        a, b = m.start(), m.end()
        word = m.group().strip(",.;:()")
        if keeps.overlaps(a, b) or not word or word.isupper() or not is_surname(word):
            continue
        a = a + m.group().index(word)
        out.append((a, a + len(word)))
    return out


def _given_name_first(hit: Hit, text: str) -> bool:
    """A listed given name opening a name of two words or more is a person cue of its own ("Dorothea Crohn",
    "Walter Paget"): the bare eponym after it is a surname."""
    if hit.label != "PERSON":
        return False
    first, _, rest = text[hit.start:hit.end].partition(" ")
    return bool(rest.strip()) and is_given_name(first)


def _merge(hits: Iterable[tuple[int, int, str, str | None]]) -> list[tuple[int, int, str, str | None]]:
    """Union of overlapping spans; the label of the highest-priority member, date replacement kept
    only when the merged span is exactly that date."""
    merged: list[list] = []
    for start, end, label, repl in sorted(hits, key=lambda h: (h[0], -h[1], _PRIORITY[h[2]], h[3] is None)):
        if merged and start < merged[-1][1]:
            last = merged[-1]
            if end > last[1]:
                last[1] = end
                last[3] = None
            if _PRIORITY[label] < _PRIORITY[last[2]]:
                last[2], last[3] = label, repl if (start, end) == (last[0], last[1]) else None
        else:
            merged.append([start, end, label, repl])
    return [tuple(m) for m in merged]


def scrub_text(text: str, lang: str | None = None, phi: PatientPhi | PhiDictionary | None = None,
               date_shift_days: int | None = None, *, use_spacy: bool = True) -> ScrubResult:
    """De-identify one report text.

    Parameters
    ----------
    text: the raw report text.
    lang: "de" or "en" (anything else is treated as German, the majority language of the reports).
    phi: the linked patient's header PHI (vault), matched fuzzily; None for an unlinked report.
    date_shift_days: the patient's date shift; dates are shifted by it, or tagged when None.
    use_spacy: add the spaCy rule-based pipeline (off only for measuring the rules alone).
    """
    if not isinstance(text, str):
        raise ValueError("text must be a str")
    # One context per call: the lower-cased text, the shared needle and literal-starts passes, the table
    # blocks and dump fields, computed once and shared by every module (common.TextContext).
    with current(text, TextContext(text)):
        candidates = _candidates(text, lang, phi, date_shift_days, use_spacy)
    # A repaired view (mojibake, OCR letters / digits inside words, a wrapped name: text_views) is scrubbed as well
    # and its spans, mapped back to the input, join the input's own: a view can only add.
    if (view := repaired_view(text)) is not None:
        with current(view.text, TextContext(view.text)):
            for start, end, label, repl in _candidates(view.text, lang, phi, date_shift_days, use_spacy):
                candidates.append((*view.to_input(start, end), label, repl))  # a date's shifted value stands
    tokens = TOKENS["en" if lang == "en" else "de"]
    merged = _merge(candidates)
    out: list[str] = []
    cursor = 0
    for start, end, label, repl in merged:
        out.append(text[cursor:start])
        out.append(repl if repl is not None else tokens[label])
        cursor = end
    out.append(text[cursor:])
    return ScrubResult("".join(out), tuple(PhiSpan(s, e, lab) for s, e, lab, _ in merged))


def _candidates(text: str, lang: str | None, phi: PatientPhi | PhiDictionary | None, date_shift_days: int | None,
                use_spacy: bool) -> list[tuple[int, int, str, str | None]]:
    """The kept hits of every detector over `text`: (start, end, label, date replacement or None). The text's
    context is current here: every entry point below takes its passes from it."""
    lang = "en" if lang == "en" else "de"
    weak, strong, non_eponym_list = keep_ranges(text)
    if headers := header_spans(text):  # column words of a pasted table export are never PHI
        non_eponym_list = sorted([*non_eponym_list, *headers])
    eponyms = sorted([*weak, *strong])
    keeps, non_eponyms = _Ranges(sorted([*eponyms, *non_eponym_list])), _Ranges(sorted([*strong, *non_eponym_list]))
    hits: list[Hit] = rule_hits(text)
    dates = find_dates(text, lang, date_shift_days)
    if tagger_enabled():  # the learned layer (docs/deid.md, "Learned tagger layer")
        hits.extend(tagger_hits(text, hits, [*eponyms, *non_eponym_list], dates=[(d.start, d.end) for d in dates]))
    if phi is not None:
        hits.extend(dictionary_hits(text, phi))
    if use_spacy:
        from curation.deid.text.ner import spacy_hits

        hits.extend(spacy_hits(text, lang))
    candidates: list[tuple[int, int, str, str | None]] = []
    for h in hits:
        if h.end <= h.start:
            continue
        if h.label == "ADDRESS" and keeps.overlaps(h.start, h.start + 1) and \
                (street := EPONYM_STREET.match(text, h.start)) is not None:
            candidates.append((h.start, max(h.end, street.end()), "ADDRESS", None))  # "Addison Road 12"
            continue
        if not _vetoed(h, text, keeps, non_eponyms):
            candidates.append((h.start, h.end, h.label, None))
        elif h.label == "PERSON" and " " in text[h.start:h.end].strip():
            candidates.extend((a, b, "PERSON", None) for a, b in _unkept_names(h, text, keeps))
    for d in dates:
        if not keeps.overlaps(d.start, d.end):
            candidates.append((d.start, d.end, "DATE", d.replacement))
    return candidates
