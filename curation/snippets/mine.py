"""Mine image references and the finding text they point at: "Rundherd (Serie 3, Bild 60)" -> Reference.

A cheap regex prefilter skips texts without any candidate keyword; of the rest only the sentences that
hold a candidate go through the spaCy REF pipeline (`ner.py`), batched with `nlp.pipe`. Lists become
one Reference per item ("Bild 45 und 67" -> two); a range stays one ("Bild 45-48" -> 45..48).
The snippet is the sentence part before the reference (back to the previous reference, a ';' or a
':'), or, when the reference comes first, the part that follows it; it never contains the reference.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from curation.reports.brackets import BracketSpans
from curation.snippets.abbreviations import ABBREVIATIONS as _ABBREVIATIONS
from curation.snippets.abbreviations import abbreviation_before as _abbreviation_before
from curation.snippets.bullet_images import bullet_image_refs, unseriesed_bullet_image
from curation.snippets.column_cells import column_cell_refs
from curation.snippets.grammar import (
    DATE,
    NOW_WORD,
    PLANE_WORD,
    PRIOR_CUE,
    RefSpan,
    absent_on_dated_exam,
    attached_earlier_exam,
    candidate_offsets,
    german_im_item,
    own_dated_earlier,
    prior_after,
    prior_value_after,
    series_mentions,
    size_column_pair,
    this_study_named,
    value_scoped_before,
)
from curation.snippets.html_text import html_plain, word_end
from curation.snippets.machine_text import (
    dictated,
    field_window,
    head_end,
    hl7,
    request_only,
    sr_finding,
    sr_tree,
)
from curation.snippets.measured_pairs import measured_pair_refs, row_cells
from curation.snippets.one_letter import one_letter_refs
from curation.snippets.preop_today import preop_today
from curation.snippets.prior_frame import framed_prior
from curation.snippets.prior_preface import held_preface
from curation.snippets.refscore.candidates import EXTRA_CUES
from curation.snippets.refscore.decide import active_model, decide
from curation.snippets.series_labels import labelled_series
from curation.snippets.series_legend import legend_refs
from curation.snippets.single_volume import has_single_volume, single_volume_refs, single_volume_slice
from curation.snippets.spoken import spoken_numbers
from curation.snippets.study_clause import changed_now
from curation.snippets.study_headings import prior_by_study_heading
from curation.snippets.study_parts import other_part_between, part_image, with_part_images
from curation.snippets.study_past import ReportDates, held_past, report_dates
from curation.snippets.study_scope import occasion_label_today
from curation.snippets.table import column_series, table_refs
from curation.snippets.timepoint_columns import timepoint_column_refs
from curation.snippets.timepoint_words import MARKDOWN, SECTION, SECTION_ALONE
from curation.snippets.timepoints import (
    preposition_cell,
    prior_by_compared_years,
    prior_by_header,
    prior_in_tables,
)
from curation.snippets.views import has_view, view_slice, view_study
from curation.snippets.withdrawn import has_cue as has_withdrawal_cue
from curation.snippets.withdrawn import withdrawn

# A report-section heading glued to the text before it where an RIS/RTF export lost the line break ("(RTF-Import)
# Befund:Neue Läsion", "node 19 mm (se 3 im 18)IMPRESSION: ..."): a sentence ends before it (zero-width).
# Review of round 25 (W4): after a date and one space too ("Voruntersuchung: CT vom 12.03.2025 Befund: Herd ...").
_HEADING_WORD = (r"(?:Befunde?|Beurteilung|Zusammenfassung|BEFUNDE?|BEURTEILUNG|Findings?|FINDINGS?|Impression|"
                 r"IMPRESSION|Conclusions?|CONCLUSIONS?)\s*:")
_GLUED_HEADING = r"(?:(?<=[^\s\w(/-]|\d)|(?<=\d\s))(?=" + _HEADING_WORD + ")"
# A sentence end is `_STOP | _GLUED_HEADING` (`_sentence_ends`). Mining speed 18: scanned apart, since the zero-width
# alternative gave one alternation no first character, so `re` tried all three at every offset of every report.
# (`r"\n\s*|[.!?](?=\s+[A-ZÄÖÜ(\[\d\"])"` with one alternative per stop: `re` skips ahead to an alternation's first
# characters only where each alternative opens on a literal)
_STOP = re.compile(r"\n\s*|" + "|".join(re.escape(c) + r"(?=\s+[A-ZÄÖÜ(\[\d\"])" for c in ".!?"))
_HEADING_AT = re.compile(_HEADING_WORD)  # led by the headings' capitals: `re` skips to them
_GLUED_AT = re.compile(_GLUED_HEADING)


def _sentence_ends(text: str) -> Iterator[re.Match[str]]:
    """The matches of `re.compile(_STOP.pattern + "|" + _GLUED_HEADING).finditer(text)`, found faster: a glued heading
    starts on a capital letter, where no `_STOP` match starts and inside none (they span punctuation and white space
    only), so the two scans' matches, merged by offset, are the alternation's (tests/curation/snippets/
    test_mining_speed18.py compares them)."""
    glued = []
    at = _HEADING_AT.search(text)
    while at is not None:
        if (m := _GLUED_AT.match(text, at.start())) is not None:
            glued.append(m)
        at = _HEADING_AT.search(text, at.start() + 1)
    if not glued:
        return _STOP.finditer(text)
    return heapq.merge(_STOP.finditer(text), glued, key=_start)


def _start(m: re.Match[str]) -> int:
    return m.start()
# Words before a number that make "N." an ordinal ("der 7. Rippe", "im 3. Segment"), not a sentence end.
_ORDINAL_BEFORE = frozenset({
    "der", "die", "das", "dem", "den", "des", "im", "am", "zum", "zur", "vom", "beim", "nach", "vor", "seit",
    "ab", "bis", "ein", "eine", "einer", "einem", "eines", "jeder", "jede", "jedes", "in", "an", "auf", "mit",
    "bei", "um", "ca", "und", "oder", "bzw", "sowie", "von", "zwischen", "über", "unter",
})
# Words whose value is a letter grade: a period after "ACR-Dichte C" ends the sentence.
_CATEGORY_BEFORE = re.compile(r"(?i)(?:dichte|density|typ|type|klasse|class|kategorie|category|grad|grade|"
                              r"stadium|stage|pugh|child)\s+$")
_WORD = re.compile(r"[\wÄÖÜäöüß.'-]+")
_TRAILING_STOP = frozenset({
    "siehe", "s.", "vgl.", "vgl", "see", "cf.", "cf", "in", "im", "auf", "on", "at", "bei", "of", "from",
    "der", "die", "das", "den", "dem", "the", "z.b.", "e.g.", "wie", "as", "shown", "dargestellt", "abgebildet",
    "markiert", "gezeigt", "und", "and", "sowie", "mit", "with", "e.g", "z.b", "(", "vergleiche",
    "bzw.", "oder", "or", "jeweils", "beispielsweise", "exemplarisch", "exemplary", "for", "example",
    "dort", "ab", "von",  # "Dissektion ab Bild 40", "Zyste von Bild 70 bis 74": the range words are no finding
    # "best seen on series 4", "gut sichtbar auf Bild 12": how the image shows it is no finding
    "seen", "best", "well", "visible", "sichtbar", "erkennbar", "sehen", "gut", "am", "besten",
    "is", "are", "ist", "sind",  # "Splenic hypodensity is seen in series 5 on image 61"
    "noted", "identified", "demonstrated",  # "Calcified granuloma is noted on image 61 ..."
    "dar",  # the particle of "stellt sich ... dar": "In Serie 3, Bild 88 stellt sich ein Rundherd dar"
})
_LEADING_STOP = frozenset({
    "und", "and", "sowie", "zudem", "ferner", "außerdem", "additionally", "furthermore", "also", "auch",
    "zeigt", "zeigen", "sich", "findet", "finden", "sieht", "man", "ist", "sind", "liegt", "shows", "show",
    "is", "are", "there", "demonstrates", "depicts", "seen", "erkennt", "erkennbar", "abgrenzbar",
    "dort", "hier", "here", "dabei", "mit", "with", "a", "an", "the", "of", "in", "im", "auf", "on", "for",
    "stellt", "stellen", "kommt", "kommen", "imponiert", "imponieren",  # "(...) stellt sich ein Rundherd dar"
})
# Articles and determiners: "Auf den (Bildern 40 bis 44 ...)" holds no finding.
_FUNCTION_WORDS = frozenset({"den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "these", "those",
                             "diesen", "dieser", "beiden", "both", "all", "allen",
                             # section headings: "Befund: Serie 3 Bild 45 Rundherd ..."
                             "befund", "befunde", "beurteilung", "findings", "impression", "zusammenfassung",
                             "technik", "technique", "conclusion", "ergebnis"})
_STRIP = " \t\r\n,;:()[]–-/|•*·▪◦‣→"  # "|": a table cell's border; "•", "*", "→": list bullets
# The text before a reference starts a clause: only connectives and fillers go ("und", "vgl."), not
# prepositions or articles ("Im rechten Oberlappen ...", "There is a 9 mm nodule ...").
_CLAUSE_LEADING_STOP = frozenset({
    "und", "and", "sowie", "zudem", "ferner", "außerdem", "additionally", "furthermore", "also", "auch",
    "siehe", "vgl", "vgl.", "see", "cf", "cf.", "s.", "mit", "with",
    "dort",  # "Dort Herd im Segment VI 12 mm (VU ...)": points back at the examination, no finding
    # discourse markers: "Zusammenfassend neue Lebermetastasen (...)", "Overall, stable nodes (...)"
    "zusammenfassend", "insgesamt", "overall", "jedoch", "however", "moreover", "weiterhin", "zusätzlich",
    "daneben",
    "bzw", "bzw.", "beziehungsweise", "oder", "or", "resp", "resp.",  # "(4/22) bzw. Segment VII 12 mm (4/35)"
})
_ENUMERATION = re.compile(r"(?:\d{1,2}|[a-z])[.)]\s+")
# A section heading before a finding, also glued to it ("Befund:Neue Läsion ...", "IMPRESSION:Nodal ...").
# Review of round 25 (S4): German compound headings too ("Vorbefund:Herd S7 12 mm", "Zusatzbefund:Zyste").
_HEADING_LEAD = re.compile(r"(?i)(?:(?:vor|vergleichs|zusatz|neben)?befunde?|beurteilung|zusammenfassung|findings?|"
                           r"impression|conclusions?)\s*:\s*")


@dataclass(frozen=True)
class Reference:
    """One referenced image (or contiguous image range) and the text describing what is there.

    `series` is the series number written in the text (None when the text names only an image);
    `context_series` is the series an image-only ref continues (named earlier in its sentence, or a
    "Serie 5:" heading that starts its line); the resolver falls back to the primary axial series.
    Offsets are into the mined text; `snippet == text[snippet_start:snippet_end]`.
    `prior_study`: the image belongs to the prior examination ("(VU Se 3, Bi 35)"), not to this study.
    `hint_start:hint_end` is the text whose plane/sequence words decide between series of one number: the
    reference's own clause (after the previous reference or a ';') through the end of its bracket.
    """

    series: int | None
    image_start: int
    image_end: int
    snippet: str
    snippet_start: int
    snippet_end: int
    ref_start: int
    ref_end: int
    context_series: int | None = None
    form: str = ""
    prior_study: bool = False
    hint_start: int = 0
    hint_end: int = 0

    @property
    def series_used(self) -> int | None:
        """The series this reference names: written, else inherited from its sentence or section."""
        return self.series if self.series is not None else self.context_series

    @property
    def series_inherited(self) -> bool:
        """True when `series_used` comes from the context, not from the reference itself ("(Bild 45)")."""
        return self.series is None and self.context_series is not None

    def as_json(self) -> dict[str, object]:
        """The `radcurate mine-refs` output record (ARCHITECTURE.md section 4, plus `prior_study`): `series` is
        the series the reference names, written or inherited (`series_inherited` true)."""
        return {"series": self.series_used, "series_inherited": self.series_inherited,
                "image_start": self.image_start, "image_end": self.image_end,
                "snippet": self.snippet, "snippet_start": self.snippet_start, "snippet_end": self.snippet_end,
                "prior_study": self.prior_study}


_VALUE_BEFORE = re.compile(r"\d\s$")


def _last_word(text: str, start: int, end: int) -> str:
    """The word that `re.search(r"(\\w+)$", text[start:end])` finds ("" for none), without scanning the
    whole slice: the run of word characters (`str.isalnum` or `_`, as `\\w`) that ends at `end`, or before
    one final line break there (where `$` also matches)."""
    if end > start and text[end - 1] == "\n":
        end -= 1
    i = end
    while i > start and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    return text[i:end]


def _word_before(text: str, start: int, end: int) -> str:
    """The word that `re.search(r"(\\w+)\\W*$", text[start:end])` finds ("" for none): the last run of word characters,
    past the non-word ones that end the slice, found from its end (mining speed 18: the pattern tried every word of
    the slice, each back through its letters)."""
    while end > start and not (text[end - 1].isalnum() or text[end - 1] == "_"):
        end -= 1
    return _last_word(text, start, end)


def _period_ends_sentence(text: str, start: int, period: int) -> bool:
    """False after an abbreviation ("Se.", "ca.", an initial "A.") or an ordinal ("der 7. Rippe", a list
    number "1. "); True after a value ("LWK 8/9.", "TI-RADS 4.", "1.5 T.")."""
    w = _last_word(text, start, period)
    if not w:
        return True
    if w.isdigit() and len(w) <= 2:
        before = text[start:period - len(w)]
        if not before.strip() or before.endswith("."):
            return False  # list number or ordinal at the sentence start, or a date "21.3."
        prev = _word_before(text, start, period - len(w))
        return not prev or prev.lower() not in _ORDINAL_BEFORE
    if len(w) == 1 and w.isalpha() and _VALUE_BEFORE.search(text, start, period - 1):
        return text[period + 1:period + 3].strip()[:1].isalpha()  # a unit after a value: "1.5 T. There"
    if len(w) == 1 and w.isupper() and _CATEGORY_BEFORE.search(text, start, period - 1):
        return True  # a letter grade is a value, not an initial: "ACR-Dichte C.", "Child-Pugh B."
    return w.lower() not in _ABBREVIATIONS and len(w) != 1


# A line that ends inside a list of numbers (after "12," or "12 and") and a next line that goes on with a number.
_LIST_WRAP = re.compile(r"(?i)\d\s*(?:,|\band|\bund|\bsowie|&)\s*$")
_LIST_WRAP_NEXT = re.compile(r"(?i)(?:(?:and|und|sowie|&)\s+)?\d{1,4}\b(?![.)]\s)")  # not a list number "2. "


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Sentence spans; a period after an abbreviation ("Se.", "Bi.", "ca.") or an ordinal does not end one,
    nor does a period or line break inside a bracket that closes (`curation/reports/brackets.py`)."""
    return list(_iter_sentence_bounds(text))


def _iter_sentence_bounds(text: str) -> Iterator[tuple[int, int]]:
    """`sentence_bounds(text)`, one span at a time, in order (mining speed 20: `grammar_windows` stops reading them
    after the sentence of the last cue)."""
    start = 0
    brackets = BracketSpans(text)
    for m in _sentence_ends(text):
        if brackets.covers(m.start()):
            continue  # nor does anything inside a closed bracket: "(cor. Serie 6, Bild 12)", "(Serie 3,\nBild 45)"
        if m.group().startswith(".") and not _period_ends_sentence(text, start, m.start()):
            continue
        if m.group().startswith("\n") and _LIST_WRAP.search(text, max(start, m.start() - 12), m.start()) and (
                _LIST_WRAP_NEXT.match(text, m.end())):
            continue  # a list wrapped onto the next line: "series 3, images 12,\n14 and 20"
        end = m.end() if not m.group().startswith("\n") else m.start()
        if end > start:
            yield start, end
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        yield start, len(text)


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _WORD.finditer(text, start, end)]  # no lookaround in _WORD: same as on the slice


def _trim(text: str, start: int, end: int, leading: bool, clause: bool = False) -> tuple[int, int]:
    """Strip punctuation, filler words at the cut end and (for following text) leading verbs; `clause`:
    the text before a reference, where only leading connectives go."""
    stops = _CLAUSE_LEADING_STOP if clause else _LEADING_STOP
    while True:
        while start < end and text[start] in _STRIP:
            start += 1
        if leading and (item := _ENUMERATION.match(text, start, end) or _HEADING_LEAD.match(text, start, end)):
            start = item.end()
            continue
        while end > start and text[end - 1] in _STRIP:
            if text[end - 1] == ")" and text.count("(", start, end - 1) > text.count(")", start, end - 1):
                break  # "Schilddrüsenknoten rechts (TI-RADS 4)": the bracket closes one in the snippet
            end -= 1
        if end > start and text[end - 1] == "." and not _abbreviation_before(text, start, end - 1):
            end -= 1
            continue
        toks = _tokens(text, start, end)
        if not toks:
            return start, start
        if toks[-1][0] > start and text[toks[-1][0]:toks[-1][1]].lower() in _TRAILING_STOP:
            end = toks[-1][0]
            continue
        if leading and text[toks[0][0]:toks[0][1]].lower() in stops:
            start = toks[0][1]
            continue
        return start, end


_NOT_MEANINGFUL = _TRAILING_STOP | _LEADING_STOP | _FUNCTION_WORDS


def _meaningful(text: str, start: int, end: int) -> bool:
    return any(len(w) >= 3 and w.lower() not in _NOT_MEANINGFUL for w in _WORD.findall(text[start:end]))


def _worded(text: str, start: int, end: int) -> bool:
    """A word of a finding, not only a value: "3.1 cm" after "previously" is the frame's measurement."""
    return any(len(w) >= 3 and not w[0].isdigit() and w.lower() not in _NOT_MEANINGFUL
               for w in _WORD.findall(text[start:end]))


_BRACKET = re.compile(r"[()\[\]]")


def _outermost_open(text: str, start: int, end: int) -> int:
    """Position of the outermost bracket opened in text[start:end] and still open at `end`, else -1."""
    stack: list[int] = []
    for m in _BRACKET.finditer(text, start, end):
        if m.group() in "([":
            stack.append(m.start())
        elif stack:
            stack.pop()
    return stack[0] if stack else -1


# A prior word after a comma, just before the reference: the reference's label, not the finding.
_PRIOR_LABEL = re.compile(r"(?i)\s*[,;]\s*(?:VU|Voruntersuchung|Vorbefund|Voraufnahme|prior|previous|comparison)"
                          r"(?:\s+(?:study|exam|CT|MRI?|MRT))?\s*:?\s*$")
# What frames a finding at the start of its clause without being one: the series it is seen on, the
# examination it is seen in, the time word ("In Serie 3 ...", "In der Ausgangsuntersuchung ...", "At baseline
# ...", "Aktuell ..."); cut only when a finding follows ("jetzt 9 mm" stays).
# Since round 4 also an examination named by its date or place ("Im Vorbefund vom 04.04.2024 5 mm", "On the outside
# PET-CT, the node ...", "On the 2023 CT ...", "On today's CT ...") and the time words "heute", "damals", "previously".
_FRAME = re.compile(r"(?i)(?:(?:in|auf|on|at)\s+(?:der\s+|dem\s+|the\s+)?(?:Serie|series|Se\.?)\s*\d{1,4}\b"
                    r"|(?:in|im|auf|on|at)\s+(?:der\s+|dem\s+|the\s+)?"
                    r"(?:(?:letzten|vorherigen|last|most\s+recent|latest)\s+)?(?:VU|Voruntersuchung|Ausgangsuntersuchung|"
                    r"Voraufnahme|Vorbefund|Vergleichsuntersuchung|Vergleichs-?(?:CT|MRT?)|"
                    r"(?:prior|previous|baseline|comparison|outside|external|today's|current|last|"
                    r"auswärtigen|externen|heutigen|aktuellen|(?:\d{1,2}/)?(?:19|20)\d\d|" + DATE[3:-1] + r")\s+"
                    r"(?:study|exam|examination|imaging|CT|MRI?|MRT|PET-CT|scan|Untersuchung))\b"
                    r"(?:\s+(?:vom|von|from|dated|of)\s+" + DATE + r"(?!\d))?"
                    r"|(?:in|im|auf|on|at)\s+(?:der\s+|dem\s+|the\s+)?(?:CT|MRT?|MRI|PET-CT|Untersuchung|study|exam|scan)"
                    r"\s+(?:vom|von|from|dated|of)\s+" + DATE + r"(?!\d)"
                    r"|on\s+the\s+(?:most\s+recent\s+|latest\s+)?prior(?=\s+(?:the|there|it|this|a|an)\s)"
                    r"|at\s+baseline\b|aktuell\b|currently\b|heute\b|today\b|damals\b|previously\b"
                    r"|in\s+(?:summary|conclusion|addition)\b)"
                    r"[\s,:]*(?![\s,:]|(?:war|waren|maß|mass|betrug|hatte|zeigte|vom|von|from|dated|of|ist|sind|"
                    r"is|are|was|were|wird|wurde|zeigt|shows|showed|has|hat|"
                    # a participle makes the time word an adjective: "Previously described 8 mm nodule"
                    r"seen|described|noted|known|reported|mentioned|identified|"
                    r"(?:vor)?beschrieben\w*|bekannt\w*|erwähnt\w*|gesehen\w*)\b)")
# The series a sentence or a table row opens with, and its verb: "In Serie 6 (portalvenös) zeigt sich ...", "Series 5
# shows ...", "Serie 4 | Nebennierenadenom |" (the finding follows).
_SERIES_OPENING = re.compile(r"(?i)(?:(?:in|auf|on)\s+(?:der\s+|the\s+)?)?(?:Serie|series|Se\.?)\s*\d{1,4}\b"
                             r"(?:\s*\([^()]{1,30}\))?\s*[|:,]?\s*(?:(?:zeigt|findet|sieht)\s+(?:sich|man)|zeigt|"
                             r"shows|demonstrates|depicts|reveals)?\s*")
# A relative clause on an examination: its finding starts after the pronoun.
_RELATIVE = re.compile(r"(?i),\s*(?:(?:on|in|at)\s+which|where|wo|worauf|(?:in|auf)\s+(?:welcher|welchem))\s+")
# A new main clause after a comma that presents the finding: the reference belongs to it, not to the clause before
# ("Die Leber ist vergrößert, es zeigt sich eine neue Läsion (...)", "Liver enlarged, there is a new lesion (...)").
_PRESENTING = (r"(?:es\s+)?(?:zeigt|zeigen|findet|finden|stellt|stellen)\s+sich\b|(?:sieht|erkennt)\s+man\b"
               r"|man\s+sieht\b|imponiert\b"
               r"|there\s+(?:is|are)\b|(?:is|are)\s+(?:seen|noted|identified|demonstrated|an?|two|several|multiple)\b"
               r"|(?:shows|demonstrates|reveals)\b")
_NEW_CLAUSE = re.compile(r"(?i)(?:,|\bund|\band)\s+(?=(?:[\wäöü]+\s+){0,4}?(?:(?:es\s+)?(?:zeigt|zeigen|findet|finden)"
                         r"\s+sich|there\s+(?:is|are))\b)")
# A site phrase alone before the reference, the finding presented after it: "Im rechten Oberlappen (Serie 3,
# Bild 40) zeigt sich ein 7 mm Knoten", "In the liver (series 4, image 30) there is a 2 cm lesion".
_SITE_ONLY = re.compile(r"(?i)(?:im|in|am|an|auf|within|innerhalb|rechts|links|beidseits|right|left|bilateral)\b")
_PRESENTED_AFTER = re.compile(r"(?i)[\s,)\]]*(?:" + _PRESENTING + ")")
# A normal or negative statement joined by a comma before the finding is a finding of its own, not the cited one
# ("Pankreas unauffällig, Nebenniere links knotig verdickt (...)", "No effusion, small pneumothorax (...)").
_NORMAL_OR_NEGATIVE = re.compile(
    r"(?i)(?:(?:(?:es\s+(?:besteht|bestehen|zeigt\s+sich|findet\s+sich)|there\s+(?:is|are))\s+)?"
    r"(?:kein|keine|keinen|keiner|no|without|ohne)\b[^,;:()]*"
    r"|[^,;:()]*\b(?:unauffällig|regelrecht|normal\w*(?:\s+[\wäöüß]+)?|"
    r"altersentsprechend|unremarkable|within\s+normal\s+limits|o\.\s?B\.|ohne\s+Befund|steinfrei|intakt|intact|"
    r"patent)\.?),\s+")
# Words that frame a citation (its time, study or plane) without naming a finding: "Currently (image 35, series 4) it
# measures 15 mm", "Axial (Serie 2, Bild 77) ... Hernie", "Damals S3 B55, heute S4 B58: Grössenzunahme ...".
_FRAME_WORDS = frozenset({
    "aktuell", "currently", "current", "previous", "prior", "baseline", "damals", "heute", "früher", "jetzt", "now",
    "today", "seinerzeit", "zuvor", "vorher", "vormals", "then", "initially", "their", "our", "axial", "koronar",
    "coronal", "sagittal", "sag", "cor", "ax", "tra", "transversal",
})


def _finding_word(text: str, start: int, end: int) -> bool:
    return any(len(w) >= 3 and not w[0].isdigit() and w.lower() not in _NOT_MEANINGFUL
               and w.lower().rstrip(".") not in _FRAME_WORDS for w in _WORD.findall(text[start:end]))


def _finding_or_value(text: str, start: int, end: int) -> bool:
    """A finding word or a measurement ("heute 8 mm") in text[start:end]."""
    return _finding_word(text, start, end) or _MEASURE.search(text, start, end) is not None


def _frame_only(text: str, start: int, end: int) -> bool:
    """Only frame words ("Currently", "Axial", "On their"), or none that names a finding."""
    words = [w.lower().rstrip(".") for w in _WORD.findall(text[start:end])]
    return bool(words) and all(w in _FRAME_WORDS or w in _NOT_MEANINGFUL for w in words)


# A frame word closing the text before the next reference: "Bild 3/77 12 mm, jetzt Bild 3/80 15 mm".
_NEXT_FRAME = re.compile(r"(?i)(?:,|\bund\b|\band\b)\s*(?:" + "|".join(sorted(_FRAME_WORDS, key=len, reverse=True))
                         + r")\s*$")
_MEASURE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:mm|cm)\b")
_TRAILING_MEASURE = re.compile(r"[\s)\]]*\d+(?:[.,]\d+)?\s*(?:mm|cm)\s*[,;]")


def _after(text: str, sentence: tuple[int, int], ref: RefSpan, next_start: int) -> tuple[int, int]:
    """The finding after a reference, up to the next reference, a ';' or the sentence end."""
    after_end = min(sentence[1], next_start)
    cut = text.find(";", ref.end, after_end)
    a0, a1 = _trim(text, ref.end, cut if cut >= 0 else after_end, leading=True)
    if cut < 0 and after_end == next_start and (frame := _NEXT_FRAME.search(text, a0, a1)) is not None:
        a1 = _trim(text, a0, frame.start(), leading=True)[1]  # "12 mm, jetzt (Bild 3/80)": the next one's frame
    return a0, a1


_CELL_BORDER = re.compile(r"[|\t]")


def _finding_cells(text: str, start: int, end: int) -> tuple[int, int]:
    """A table row's snippet: the cells that hold words, without the row number, series or size cells around them
    (`| 1 | Leber Segment VIII | 4 | 55 |` -> `Leber Segment VIII`)."""
    if _CELL_BORDER.search(text, start, end) is None:
        return start, end
    bounds = [start, *(m.start() for m in _CELL_BORDER.finditer(text, start, end)), end]
    cells = [(a + (k > 0), b) for k, (a, b) in enumerate(pairwise(bounds))]
    worded = [c for c in cells if _worded(text, *c)]
    if not worded:
        return start, end
    return _trim(text, worded[0][0], worded[-1][1], leading=True, clause=True)


# A lesion row's own code before its label ("T1", "ZL2", "NT3", "L1:"), not a word of the finding.
# Review of round 25 (S1): with a space or written out too ("ZL 1", "Zielläsion 1:", "Target lesion 1").
# (not before a bracket: "Target lesion 1 (liver segment VI): today 31 mm" keeps its reading before this review).
_LESION_CODE = re.compile(r"(?:[A-Z]{1,3}\d{1,2}|\d{1,2}[.)])(?::|\s)\s*|(?:(?:N?ZL|N?TL|NT)\s\d{1,2}|"
                          r"(?i:(?:nicht-?|non-?)?(?:ziel|target\s)l(?:ä|ae|e)sion)\s\d{1,2})(?::|,|\s)\s*(?![\s(])")
# Where a row's values start: the first number not glued to letters ("LK paraaortal links: 27 mm", "S5 33 (Ser 3").
_ROW_VALUE = re.compile(r"(?<![\w./-])\d")
# A row's value separators: the timepoint columns of a response table ("24 (...) / 12 (...)", "| ", a tab).
_ROW_SEP = re.compile(r" / |\||\t")
_BRACKETED = re.compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]")
# Where a row may hold a `_ROW_SEP` once its citations are blanked (`_BRACKETED` -> " "): a "|" or a tab, or a "/"
# with a space or a blanked bracket on each side (one leading class, so that `re` skips ahead to it).
_ROW_SEP_GATE = re.compile(r"[|\t )\]](?:(?<=[|\t])|/[ (\[])")


def _table_row_finding(text: str, pos: int, bare: bool = True) -> tuple[int, int] | None:
    """The row's finding for a pair in a table row: the first worded cell before `pos` of a pipe-table row ("|
    Leber S 8 22 mm | 6/45 |"), or the label before the row's first value where the values and their pairs follow it
    ("ZL1 Lungenmetastase UL rechts 24 (Ser 4 · Bild 190) / 12 (Ser 4 · Bild 188)", "axillär rechts 22 x 15 mm
    4/56 | 4/60", "LK paraaortal: 27 mm (Se 3 Bi 81) | 16 mm (Se 3 Bi 80)" -> the words before the sizes, without
    the lesion's code); trimmed; None where the row has no worded label. `bare`: the pair is a bare "s/i" cell
    (round 20/24); a bracketed citation only takes its row's label in a row of values (" / ", "|" or a tab after
    the first value)."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    b = len(text) if b < 0 else b
    if not bare and _ROW_SEP_GATE.search(text, a, b) is None:
        return None  # a bracketed citation takes its row's label in a row of values only (most rows are none)
    first = text.find("|", a, pos)
    label = _row_label(text, a, pos if first < 0 else first)
    if label is not None and (first < 0 or any(text.find(b, label[1], first) >= 0 for b in "([")):
        values = _BRACKETED.sub(" ", text[label[1]:b])  # the row after its label, without its citations
        if bare or (_ROW_SEP.search(values) and not _worded(values, 0, len(values))):
            return label  # only values (and their citations) follow the label in the row itself
    if first < 0 or not bare:
        return None
    for c0, c1 in row_cells(text, a, b):
        if c1 > pos:
            break
        if _worded(text, c0, c1) and (cut := _trim(text, c0, c1, leading=True))[1] > cut[0]:
            return cut
    return None


def _row_label(text: str, a: int, end: int) -> tuple[int, int] | None:
    """The words of text[a:end] before its first value and any bracket, without a lesion code ("T1", "ZL2", "1.")
    before them."""
    a += len(text[a:end]) - len(text[a:end].lstrip())
    if (code := _LESION_CODE.match(text, a, end)) is not None:
        a = code.end()
    value = _ROW_VALUE.search(text, a, end)
    if value is None:
        return None
    stop = min([value.start(), *(k for k in (text.find("(", a, end), text.find("[", a, end)) if k >= 0)])
    if not _worded(text, a, stop):
        return None
    cut = _trim(text, a, stop, leading=True, clause=True)
    return cut if cut[1] > cut[0] else None


def _snippet(text: str, sentence: tuple[int, int], ref: RefSpan, prev_end: int, next_start: int,
             label_style: bool = False) -> tuple[int, int]:
    return _finding_cells(text, *_snippet_span(text, sentence, ref, prev_end, next_start, label_style))


def _snippet_span(text: str, sentence: tuple[int, int], ref: RefSpan, prev_end: int, next_start: int,
                  label_style: bool = False) -> tuple[int, int]:
    """`label_style`: the previous reference labels the finding after it ("Bild 45: Rundherd; Bild 60: Zyste",
    "Serie 3 Bild 45 Rundherd 8 mm, Bild 60 Zyste"), so this one does the same when a finding follows it."""
    if label_style:
        a0, a1 = _after(text, sentence, ref, next_start)
        if _meaningful(text, a0, a1):
            return a0, a1
    s0 = sentence[0]
    before_start = max(s0, prev_end)
    if prev_end > s0 and (measure := _TRAILING_MEASURE.match(text, before_start, ref.start)):
        before_start = measure.end()  # "(Se 3/Bi 38) 6 mm, jetzt 9 mm (...)": "6 mm" is the previous one's
    # the nearest ';' or ': ' with a finding word after it ("Läsion Segment VII: 12.5 mm (...)": the value stays)
    for cut in sorted((text.rfind(";", before_start, ref.start), text.rfind(": ", before_start, ref.start)),
                      reverse=True):
        if cut >= 0 and _worded(text, cut + 1, ref.start):
            before_start = cut + 1
            break
    ref_start = ref.start
    opened = _outermost_open(text, before_start, ref_start)
    if opened >= 0 and _meaningful(text, before_start, opened):
        # words inside the ref's brackets ("(axial T2 series 5 ...", "(sag. recon [series 5 ...") are no finding
        ref_start = opened
    b0, b1 = _trim(text, before_start, ref_start, leading=True, clause=True)
    if (head := head_end(text, b0, b1)) > b0 or request_only(text, b0, b1):
        # round 30b: a chat head, "key=" field or key-image label before the citation, or only a request to look
        # ("[07:42] Dr. S.: schau mal Se 3 Bi 77 – Thrombus?"): no finding; the text after it may be
        b0 = b1 if request_only(text, head, b1) else _trim(text, head, b1, leading=True, clause=True)[0]
    frame = max((f for f in (_FRAME.match(text, b0, b1), _SERIES_OPENING.match(text, b0, b1)) if f is not None),
                key=lambda f: f.end(), default=None)
    if frame is not None and _worded(text, frame.end(), b1):
        b0 = frame.end()  # "In Serie 3 neuer Rundherd", "In der Ausgangsuntersuchung Tumor 45 mm": no finding words
    if (label := _PRIOR_LABEL.search(text, b0, b1)) is not None and _meaningful(text, b0, label.start()):
        b1 = label.start()  # "Im Verlauf größenkonstant, VU Bild 38 Serie 3": "VU" names the reference's study
    relative = max(_RELATIVE.finditer(text, b0, b1), key=lambda m: m.start(), default=None)
    if relative is not None and _meaningful(text, relative.end(), b1):
        b0 = relative.end()  # "compared with the outside MRI, on which the lesion measured 14 mm (...)"
    while (statement := _NORMAL_OR_NEGATIVE.match(text, b0, b1)) is not None and _worded(text, statement.end(), b1):
        b0 = statement.end()
    clause = max(_NEW_CLAUSE.finditer(text, b0, b1), key=lambda m: m.start(), default=None)
    if clause is not None and _worded(text, b0, clause.start()) and _worded(text, clause.end(), b1):
        b0 = clause.end()
    if (_SITE_ONLY.match(text, b0, b1) and _PRESENTED_AFTER.match(text, ref.end, next_start)
            and "," not in text[b0:b1]):
        a0, a1 = _after(text, sentence, ref, next_start)
        if _worded(text, a0, a1):
            return a0, a1
    frame_words = _frame_only(text, b0, b1)
    framed = frame is not None and frame.end() >= b1  # "On the outside MRI (...) the lesion was smaller"
    if _meaningful(text, b0, b1) and (framed or frame_words):
        a0, a1 = _after(text, sentence, ref, next_start)
        if _finding_word(text, a0, a1) or (frame_words and _MEASURE.search(text, a0, a1)):
            return a0, a1  # the finding follows the framed citation ("Im Vorbefund (...) 6 mm": the frame stays)
    if _meaningful(text, b0, b1):
        return b0, b1
    a0, a1 = _after(text, sentence, ref, next_start)
    if _meaningful(text, a0, a1):
        return a0, a1
    if _MEASURE.search(text, b0, b1):
        return b0, b1  # "(4/61), in der VU 9 mm (2/58)": a value with its frame is the prior's finding
    return ref.start, ref.start


# Only separators between two references: the second is the next item of the same list.
_LIST_GAP = re.compile(r"(?i)[\s,;&/+]*(?:(?:und|and|sowie|oder|or|bzw\.?|u\.|resp\.?)[\s,]*)?")
# Round 30b: only brackets, separators and the hints of where each one is seen between two references ("Bild 3 (MLO
# links) und Bild 4 (CC links)", "Serie 8 Bild 14 (DWI), Serie 5 Bild 15 (T2)", "[Series 2 Img 104-108]; [Series 601
# Img 55] coronal", "Koronarschnitt Bild 4 und Parasagittalschnitt Bild 9"): the second shows the same finding (its
# snippet, not its hint scope: each keeps its own plane). A side alone is a finding ("Plaques rechts (...) und links
# (...)"), and the previous snippet must name a finding ("Axial (...) und koronar (...) Hernie": none before).
_HINT_GAP = re.compile(r"(?i)(?:[\s,;&/+()\[\]]+|(?:" + PLANE_WORD + r"|[RL]?(?:MLO|CC|ML|LM)(?:\s+(?:links|rechts"
                       r"|left|right))?|\w*schnitt|und|and|sowie|oder|or|bzw\.?)(?!\w))*")
_HINT_GAP_MAX = 40


def _hint_gap(text: str, start: int, end: int) -> bool:
    return end - start <= _HINT_GAP_MAX and _HINT_GAP.fullmatch(text, start, end) is not None


# Mend of round 30b: where the clause of a citation ends, the next citation, a separator or its sentence's end; a
# clause that opens with a preposition or a side places the shared finding ("(Serie 3, Bild 36) beidseits", "(3/55) in
# the right upper lobe", "(Bild 36) der Leber"), it names none of its own.
# A clause that opens with a verb or a state says what the shared finding does ("9/84 are stable", "(Se 3 Im 298)
# acquisitions", "Img. 88 zeigt sich ein 6 mm Knoten", "(series 2 image 40) comma unchanged"); one that ends in a colon
# heads what follows it.
_CLAUSE_END = re.compile(r"[,;:.!?|\n]|\s[-–—]\s")
_PLACING_OPENING = re.compile(r"(?i)[\s)\]]*(?:in|im|an|am|at|on|of|within|with|mit|ohne|without|bei|der|des"
                              r"|jeweils|each|both|respectively|resp|beidseit\w*|bilateral\w*|rechts|links|left|right"
                              r"|are|is|was|were|has|have|shows?|showing|seen|noted|appears?|remains?|measur\w*|zeigt"
                              r"|zeigen|ist|sind|war|waren|bleibt|misst|messen|stable|unchanged|unverändert|stabil\w*"
                              r"|größen\w*|konstant|regredient|progredient|acquisitions?|images?|Bilder\w*|comma|Komma)\b")


def _own_finding_after(text: str, end: int, next_start: int, last: bool) -> bool:
    """Whether the clause after a citation, text[end:] up to `next_start` or the next separator, names a finding of its
    own (mend of round 30b): "Fraktur (Serie 3, Bild 20) und (Serie 3, Bild 25) Hämatom", "Nodule (3/40); (3/55)
    ground glass opacity" cite two findings; only plane, sequence or view hints after it ("(Serie 7, Bild 9)
    sagittal", "(6/22) koronar, Zyste") leave it the previous citation's finding. Words that run on to the next
    citation (not `last`) are that one's finding ("Bild 4/66, 4/70 und in den Lappenarterien links Bild 4/81")."""
    stop = _CLAUSE_END.search(text, end, next_start)
    if (stop is None and not last) or (stop is not None and stop.group() == ":"):
        return False
    clause_end = next_start if stop is None else stop.start()
    return (_finding_word(text, end, clause_end) and not _hint_gap(text, end, clause_end)
            and not _PLACING_OPENING.match(text, end, clause_end))


# A report-section heading at a line start ends the section whose series image-only references inherit
# ("Beurteilung:", "IMPRESSION:"); organ labels ("Leber:", "Lungs (series 4):") do not. refs-fix29: also in markdown
# ("## Beurteilung", "**Conclusion:**", "__Impression__") and as a line of its own without a colon ("IMPRESSION",
# "**CONCLUSION**"); the French "Appréciation:" is a `SECTION` word.
_SECTION_HEADING = re.compile(
    r"(?im)^[ \t]*(?P<mark>" + MARKDOWN + r")(?:\d{1,2}[.)][ \t]*)?(?P<word>" + SECTION
    + r")(?:(?![^\W_])(?P<colon>[^\n:]{0,30}:)|" + SECTION_ALONE + r")|\n[ \t]*\n"
)
# Mend of round 29: a heading that continues its section ("Befund (Fortsetzung):", "Findings (continued):") keeps the
# section's series.
_CONTINUED = re.compile(r"(?i)\b(?:fortsetzung|fortgesetzt|forts\.|continued|cont(?:'d|\.|inuation))")
# The end of a line before a heading alone on its line: a sentence or heading end, a closing bracket or markdown mark.
_LINE_DONE = ".!?:;)]*#_"


def _ends_section(text: str, m: re.Match[str]) -> bool:
    """Whether a `_SECTION_HEADING` match starts a new section. Mend of round 29: a continued heading does not; a
    heading word alone on its line without a colon does only in markdown ("**Impression**"), in capitals
    ("IMPRESSION") or capitalised after a finished line ("Nodule (image 44).\nConclusion"): wrapped prose ("... The\n
    findings\nare stable", "recommend\nclinical correlation\nand") and a word after an unfinished line keep it."""
    if m.group("word") is None:
        return True  # a blank line
    if m.group("colon") is not None:
        return _CONTINUED.search(m.group("colon")) is None
    word = m.group("word")
    if m.group("mark") or word.isupper():
        return True
    if not word[:1].isupper():
        return False
    before = text.rfind("\n", 0, m.start())
    previous = text[text.rfind("\n", 0, max(0, before)) + 1:max(0, before)].rstrip()
    return before < 0 or not previous or previous[-1] in _LINE_DONE


def _section_start(text: str, pos: int) -> int:
    """Start of the report section that holds `pos`: after the last blank line or report-section heading."""
    start = 0
    if text.find("\n", 0, pos) < 0:
        return start  # one line: a heading can only open the text, and its section starts there too
    for m in _SECTION_HEADING.finditer(text, 0, pos):
        if _ends_section(text, m):
            start = m.start() if m.group().lstrip(" \t")[:1] != "\n" else m.end()
    return start


def _context_mention(text: str, mentions: list[tuple[int, int]], sentence_start: int, ref_start: int,
                     other_spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The series an image-only reference continues: one named earlier in its sentence, else a series
    heading that starts its line ("Serie 5: ..."), else the last one named earlier in its report section
    ("Serie 4 (Lungenfenster). Rundherd (Bild 87). Knoten (Bild 102)."; a section ends at a blank line or a
    heading such as "Beurteilung:"). A series written in a reference of the other study (`other_spans`: the
    prior study's for a current reference, this study's for a prior one) is never inherited.
    None when the section names none (the resolver then takes the primary axial series).
    """
    usable = [(pos, n) for pos, n in mentions if pos < ref_start and not any(a <= pos < b for a, b in other_spans)]
    in_sentence = [(pos, n) for pos, n in usable if sentence_start <= pos]
    if in_sentence:
        return in_sentence[-1]
    line_start = text.rfind("\n", 0, ref_start) + 1
    while line_start < ref_start and text[line_start].isspace():
        line_start += 1
    heading = next(((pos, n) for pos, n in usable if pos == line_start), None)
    if heading is not None:
        return heading
    section = _section_start(text, ref_start)
    earlier = [(pos, n) for pos, n in usable if section <= pos]
    return earlier[-1] if earlier else None


def _hint_end(text: str, ref: RefSpan, next_start: int) -> int:
    """The end of a reference's hint scope: the close of its own bracket, unless another reference
    stands before it ("(cor. Serie 6, Bild 40; axial Serie 2, Bild 18)": "axial" is the second one's)."""
    opened = max(text.rfind("(", 0, ref.start), text.rfind("[", 0, ref.start))
    if opened < 0 or any(c in text[opened:ref.start] for c in ")]"):
        return ref.end
    close = min((i for i in (text.find(")", ref.end), text.find("]", ref.end)) if i >= 0), default=-1)
    return close if ref.end <= close <= next_start else ref.end


def _same_bracket(text: str, prev_start: int, start: int) -> bool:
    """True when both references stand inside one open bracket."""
    opened = max(text.rfind("(", 0, prev_start), text.rfind("[", 0, prev_start))
    return opened >= 0 and not any(c in text[opened:start] for c in ")]")


# A sentence that opens by pointing back at the examination the previous sentence named: "Zum Vergleich liegt
# die VU vom 10.10.2023 vor. Dort Herd 12 mm (Se 3 Bi 44).", "Comparison is made with the CT of 2023. There the
# node measured 8 mm (...)". The miner's grammar sees one sentence at a time, so this is decided here.
_THERE_OPENING = re.compile(r"(?i)(?:dort|there|damals|seinerzeit|on\s+(?:that|this)\s+(?:study|exam|scan|CT|MRI?)|"
                            r"(?:on|in|auf)\s+(?:their|deren|ihrer|ihren)|"  # "On their series 6, image 30 ..."
                            r"in\s+dieser\s+(?:Untersuchung|CT|MRT?)|auf\s+diesen\s+Aufnahmen)\b")


def _points_back_to_prior(text: str, sentence: tuple[int, int], refs: list[RefSpan]) -> list[RefSpan]:
    """The sentence's references up to a "jetzt/now" are the prior study's when it opens with "Dort"/"There"
    after a sentence (in the same section, 200 characters back at most) that names the prior examination."""
    s0 = sentence[0]
    if _THERE_OPENING.match(text, s0) is None:
        return refs
    look = max(0, s0 - 200, text.rfind("\n\n", 0, s0))
    if PRIOR_CUE.search(text, look, s0) is None:
        return refs
    return [replace(r, prior=True) if not r.prior and NOW_WORD.search(text, s0, r.start) is None else r for r in refs]


def _previous_sentence_snippet(text: str, sentence: tuple[int, int], ref: RefSpan, out: list[Reference],
                               empty: int) -> tuple[int, int]:
    """A reference that stands alone after its finding's sentence ("Rundherd rechts, 8 mm. (Serie 3, Bild 40)",
    "Leberzyste. Siehe Serie 4, Bild 20."): the finding is the previous sentence's, after its last reference."""
    previous = [b for b in sentence_bounds(text[:sentence[0]]) if text[b[0]:b[1]].strip()]
    if not previous or not _meaningful(text, *previous[-1]):
        return empty, empty  # none, or a heading ("Befund:") that ends no finding
    start = max([previous[-1][0], *(r.ref_end for r in out if r.ref_end <= sentence[0])])
    span = _snippet(text, (start, sentence[1]), ref, start, ref.start)
    return span if span[1] <= sentence[0] and _meaningful(text, *span) else (empty, empty)


def _kept(text: str, sentence: tuple[int, int], refs: list[RefSpan]) -> list[RefSpan]:
    """`refs` without the citations a correction withdraws (`withdrawn.py`, round 18)."""
    return [r for k, r in enumerate(refs) if not withdrawn(text, r.start, r.end, refs[k - 1].end if k else sentence[0])]


def _references(text: str, sentence_refs: list[tuple[tuple[int, int], list[RefSpan]]]) -> list[Reference]:
    if has_withdrawal_cue(text):
        sentence_refs = [(sentence, kept) for sentence, refs in sentence_refs if (kept := _kept(text, sentence, refs))]
        if not sentence_refs:
            return []
    sentence_refs = [(sentence, _points_back_to_prior(text, sentence, refs)) for sentence, refs in sentence_refs]
    spans = [ref for _, refs in sentence_refs for ref in refs]
    # round 18: "Externe CT (Serie 2):" blocks; round 20: the same label opening a clause in a line
    if ":" in text and (later := prior_by_study_heading(text, spans)):
        flagged = {(spans[k].start, spans[k].end) for k in later}
        sentence_refs = [(sentence, [replace(r, prior=True) if (r.start, r.end) in flagged else r for r in refs])
                         for sentence, refs in sentence_refs]
        spans = [ref for _, refs in sentence_refs for ref in refs]
    # whole-text timepoint structure (`timepoints.py`): round 13's follow-up tables (earlier timepoint columns, dated
    # rows); round 15's rows below a header line that orders their two timepoints ("14.05.2025 / aktuell:")
    # (round 30a: the values headed by the years a comparison sentence names, "Vergleich mit 2023 und Mai 2025. ...,
    # Mai 2025 intakt (...)")
    for applies, rule in (("|" in text, prior_in_tables), (len(spans) > 1, prior_by_header),
                          (len(spans) > 1, prior_by_compared_years)):
        if applies and (later := rule(text, [(r.start, r.end, r.prior) for r in spans])):
            flagged = {(r.start, r.end) for k, r in enumerate(spans) if k in later}
            sentence_refs = [(sentence, [replace(r, prior=True) if (r.start, r.end) in flagged else r for r in refs])
                             for sentence, refs in sentence_refs]
            spans = [ref for _, refs in sentence_refs for ref in refs]
    # every "Serie N" word, and the series of every reference that names one ("Bild 5/77", "Se4Bi12"): read only by a
    # reference that names no series (`_context_mention`)
    image_only = any(r.series is None for r in spans)
    mentions = (sorted(set(series_mentions(text)) | {(r.start, r.series) for r in spans if r.series is not None})
                if image_only else [])
    spans_of = {prior: [(r.start, r.end) for r in spans if r.prior == prior] for prior in (False, True)}
    out: list[Reference] = []
    views = image_only and has_view(text)  # round 22b: a mammography view slice inherits no series
    single = image_only and has_single_volume(text)  # (both read for a citation that names no series only)
    pipes = "|" in text
    # round 30b: machine-made texts (`machine_text.py`): dictation commands and HL7 separators end a finding, an SR
    # tree's citation line belongs to the finding item above it
    spoken, segments = dictated(text), pipes and hl7(text)
    tree = sr_tree(text)
    for sentence, refs in sentence_refs:
        sn0 = sn1 = -1
        h0 = h1 = sentence[0]
        # this sentence's references, built once their clause's end is known (mining speed 20: a `replace` each before)
        pending: list[tuple[RefSpan, int, int, int, int, int | None, int, int]] = []
        for k, ref in enumerate(refs):
            prev_end = refs[k - 1].end if k else sentence[0]
            next_start = refs[k + 1].start if k + 1 < len(refs) else sentence[1]
            # "(img 31, img 36)", "(Se/Bi 5/58, 5/61)": the next item of a list shares its snippet and its hint
            # scope ("(koronar Bild 3/61 und 3/66)"); a second reference in the same bracket only the snippet
            # ... but an item that writes a series of its own is a citation of its own: in "(Serie 3 Bild 45 bzw. Serie
            # 501 Bild 22 koronar)" "koronar" is the second one's hint only
            # (mend of round 30b: no list item where its own clause after it names a finding, outside one bracket)
            plain_gap = k and sn1 > sn0 and _LIST_GAP.fullmatch(text, prev_end, ref.start) and not (
                _own_finding_after(text, ref.end, next_start, k + 1 == len(refs))
                and not _same_bracket(text, refs[k - 1].start, ref.start))
            list_item = plain_gap and ref.series in (None, refs[k - 1].series)
            list_gap = plain_gap or (k and sn1 > sn0 and _hint_gap(text, prev_end, ref.start)
                                     and _finding_word(text, sn0, sn1)
                                     and not _own_finding_after(text, ref.end, next_start, k + 1 == len(refs)))
            if not (list_gap or (k and sn1 > sn0 and _same_bracket(text, refs[k - 1].start, ref.start))):
                # words left in the previous reference's bracket ("(Serie 7, Bild 12, koronar)") are its own
                label_style = k > 0 and sn0 >= refs[k - 1].end  # the previous one's finding follows it
                w0, w1, cut = (field_window(text, sentence, ref.start, ref.end, spoken=spoken, segments=segments,
                                            worded=_finding_word, valued=_finding_or_value)
                               if spoken or pipes else (*sentence, ref.start))
                sn0, sn1 = _snippet(text, (w0, w1), ref if cut == ref.start else replace(ref, start=cut),
                                    max(prev_end, h1), next_start, label_style)
                if sn0 == sn1 and k == 0:
                    sn0, sn1 = _previous_sentence_snippet(text, sentence, ref, out, sn0)
            if (row := _table_row_finding(text, ref.start, ref.form in ("mp", "tc"))) is not None:
                sn0, sn1 = row  # a bare pair in a table row: its row's finding ("| Leber S 8 | 6/45 | 5/41 |")
            elif tree and (item := sr_finding(text, ref.start)) is not None:
                sn0, sn1 = item  # round 30b: "INFERRED FROM: Image Reference = Serie 3 / Bild 140" under its finding
            if not list_item:
                h0 = max(prev_end, h1, text.rfind(";", prev_end, ref.start) + 1)
            context = None
            view = views and ref.series is None and view_slice(text, ref.start, ref.end)
            if view and (study := view_study(text, ref.start, prev_end)) is not None and study != ref.prior:
                ref = replace(ref, prior=study)  # round 22b: the clause's mammography exam decides
            # round 23: a slice of a single-volume exam (DVT, CBCT) inherits no series either
            volume = (single and ref.series is None and ref.form == "io" and _SLICE_WORD.match(text, ref.start)
                      and single_volume_slice(text, ref.start))
            column = column_series(text, ref.start) if pipes and ref.series is None and not view else None
            if column is not None:
                context = column  # round 28a: "Läsion | axial (Se 3) | koronar (Se 6)": the column header's series
            elif ref.series is None and not view and not volume and (labelled := labelled_series(text, ref.start)):
                context = labelled  # round 28b: "(fused image 60)" after "SPECT/CT (series 4 fused, series 3 CT):"
            elif ref.series is None and not view and not volume and (
                    found := _context_mention(text, mentions, sentence[0], ref.start,
                                              spans_of[not ref.prior])) is not None and not (
                    # round 28b: an ultrasound, planar or fluoroscopy image, or one under such a part's heading
                    part_image(text, ref.start, ref.end) or other_part_between(text, found[0], ref.start)):
                context = found[1]
                # round 17: an image-only citation continuing the series of a sentence framed in an earlier exam
                # ("Damals (CT 11/2024, Serie 3) ... Rundherd (Bild 118).") is the earlier study's, up to a now word
                if (not ref.prior and not any(a <= found[0] < b for a, b in spans_of[False])
                        and framed_prior(text, found[0], ref.start)):
                    ref = replace(ref, prior=True)
            h1 = _hint_end(text, ref, next_start)
            for image_start, image_end in dict.fromkeys(ref.images):  # "Bild 45 und 45": once
                pending.append((ref, image_start, image_end, sn0, sn1, context, h0, h1))
        # The clause of the sentence's last reference (or list) runs on to the sentence end or a ';':
        # "Herd (Serie 5, Bild 12) in der koronaren Rekonstruktion".
        cut = text.find(";", refs[-1].end, sentence[1])
        tail = cut if cut >= 0 else sentence[1]
        out += [Reference(series=r.series, image_start=a, image_end=b, snippet=text[c0:c1], snippet_start=c0,
                          snippet_end=c1, ref_start=r.start, ref_end=r.end, context_series=series_of, form=r.form,
                          prior_study=r.prior, hint_start=g0, hint_end=max(g1, tail) if g0 == h0 else g1)
                for r, a, b, c0, c1, series_of, g0, g1 in pending]
    return out


# The slice words of a single-volume citation (`single_volume.py`).
_SLICE_WORD = re.compile(r"(?i)(?:Schnitt|Schicht|slice|section|cut)")


def mine_refs_batch(texts: Sequence[str], langs: Sequence[str | None] | None = None, *,
                    batch_size: int = 512, include_prior: bool = False) -> list[list[Reference]]:
    """References of each text, in order; texts without a candidate keyword never reach spaCy.

    A reference into the prior study ("Bild 20 der Voruntersuchung", "(VU Se 3, Bi 35)") names no image of
    this study: it is returned (with `prior_study=True`) only with `include_prior`, so that a caller who
    resolves references into the study never meets one by accident.
    """
    mined = _mine(texts, langs, batch_size)
    return mined if include_prior else [[r for r in refs if not r.prior_study] for refs in mined]


CueWindow = tuple[tuple[int, int], str, list[RefSpan]]


def grammar_windows(texts: Sequence[str], langs: Sequence[str | None] | None = None, batch_size: int = 512,
                    extra_cues: re.Pattern[str] | None = None) -> list[list[CueWindow]]:
    """Per text, every sentence window that holds a cue (`candidate_offsets`, and `extra_cues` when given), its
    language ("de"/"en") and the grammar's references in it (possibly none), in text order."""
    from curation.snippets.ner import build_pipeline, doc_refs

    if langs is not None and len(langs) != len(texts):
        raise ValueError(f"langs has {len(langs)} entries for {len(texts)} texts: give one per text or none")
    windows: dict[str, list[tuple[int, tuple[int, int]]]] = {}
    for i, text in enumerate(texts):
        if not isinstance(text, str):
            raise ValueError(f"texts[{i}] is {type(text).__name__}, not str")
        offsets = candidate_offsets(text)
        if extra_cues is not None:
            offsets = sorted(offsets + [m.start() for m in extra_cues.finditer(text)])
        if not offsets:
            continue
        lang = (langs[i] if langs is not None else None) or "de"
        lang = lang if lang in ("de", "en") else "de"
        k = 0
        for s0, s1 in _iter_sentence_bounds(text):
            while k < len(offsets) and offsets[k] < s0:
                k += 1
            if k == len(offsets):
                break  # no cue left: the later sentences hold no window (their bounds are not needed)
            if offsets[k] < s1:
                windows.setdefault(lang, []).append((i, (s0, s1)))
    out: list[list[CueWindow]] = [[] for _ in texts]
    for lang, items in windows.items():
        nlp = build_pipeline(lang)
        docs = nlp.pipe((texts[i][s0:s1] for i, (s0, s1) in items), batch_size=batch_size)
        for (i, (s0, s1)), doc in zip(items, docs, strict=True):
            out[i].append(((s0, s1), lang, [RefSpan(start=s0 + r.start, end=s0 + r.end, form=r.form, series=r.series,
                                                    images=r.images, prior=r.prior) for r in doc_refs(doc)]))
    return out


def _named_now(text: str, lo: int, refs: list[RefSpan]) -> list[RefSpan]:
    """Round 27: a reference whose clause names this study ("..., in unserem MRT vom 04.11.2026 27 mm (...)", "on our
    CT of <date> (...)"; `grammar.this_study_named`, from the previous reference's end) or that follows a bracket
    scoping only a value with a prior word ("41 mm (zuvor 35 mm) Se. 3, Bi. 77"; `grammar.value_scoped_before`) is
    today's, whatever the learned decision reads."""
    out = []
    for r in refs:
        # a prior cue after the reference ("... on series 5 image 62 of the prior") is not overridden
        now = r.prior and prior_after(text, r.end) is None and (
            this_study_named(text, max(lo, r.start - 90), r.start) or value_scoped_before(text, r.start))
        out.append(replace(r, prior=False) if now else r)
        lo = max(lo, r.end)
    return out


def _own_earlier(text: str, lo: int, refs: list[RefSpan], today: set[tuple[int, int]]) -> list[RefSpan]:
    """Mend of rounds 26/27: a reference whose clause names the house's own exam by an earlier date than today's exam
    date line ("Untersuchung vom 07.12.2026. In unserem MRT vom 02.03.2025 Herd 20 mm (...)") is that exam's image;
    the grammar sees one sentence, not the date line (`grammar.own_dated_earlier`; `today`: the text's
    `study_past.today_dates`)."""
    out = []
    for r in refs:
        out.append(replace(r, prior=True)
                   if not r.prior and own_dated_earlier(text, max(lo, r.start - 90), r.start, today) else r)
        lo = max(lo, r.end)
    return out


def _mine(texts: Sequence[str], langs: Sequence[str | None] | None, batch_size: int) -> list[list[Reference]]:
    model = active_model()  # the learned decision over the grammar's candidates (refscore/decide.py), or None
    originals = texts
    texts = _spoken(texts)  # dictated number words as digits, "#" series (same length: offsets hold)
    found: dict[int, list[tuple[tuple[int, int], list[RefSpan]]]] = {}
    for i, windows in enumerate(grammar_windows(texts, langs, batch_size, EXTRA_CUES if model is not None else None)):
        dates: ReportDates | None = None  # the report's comparison and exam dates, found once for all its windows
        for window, lang, refs in windows:
            if model is not None:
                # round 29 (refs-conv29): where the grammar reads today's value with the earlier one told after it
                # ("the nodule measured 9 mm (4:40) and was previously 6 mm"), the model's other study is not taken
                # (mend of round 31b: also where the clause calls the finding absent or new on a dated exam)
                today = {r.start for r in refs if not r.prior and (
                    prior_value_after(texts[i], r.end) or absent_on_dated_exam(texts[i], r.start))}
                refs = _named_now(texts[i], window[0], [
                    replace(r, prior=False) if r.prior and (
                        r.start in today or (changed_now(texts[i], r) and not attached_earlier_exam(texts[i], r.start)))
                    else r  # round 29: a citation right after an earlier exam is that exam's (`attached_earlier_exam`)
                    # refs-fix29: the grammar's image of a part without series ("image 2 of the scout") is kept
                    for r in with_part_images(texts[i], refs, decide(texts[i], window, lang, refs, model))
                    # mend of round 28b: a bullet's bare "Im N" under a heading with no series or two
                    if r.form != "xim" or not unseriesed_bullet_image(texts[i], r.start)])
            # mend of round 28a: "| im 7 |" under a "Segment" / "ICR" / "Lage" column (the window holds no header)
            # mend of round 31b: a German "im" item without a series in its line or heading (the preposition), and a
            # two-item cell under a size column
            refs = [size_column_pair(texts[i], r) for r in refs
                    if not preposition_cell(texts[i], r.start) and not german_im_item(texts[i], r.start)]
            if refs:
                if dates is None:
                    dates = report_dates(texts[i])
                refs = held_past(texts[i], refs, dates)  # round 26: a past-tense sentence's earlier exam (whole text)
                refs = held_preface(texts[i], refs, dates[1])  # round 28a: a comparison preface, an earlier exam
                refs = _own_earlier(texts[i], window[0], refs, dates[1])
            # mend of round 26: an occasion label ("(Staging-CT Se 2, Bi 40)") in that occasion's report is today's
            refs = [replace(r, prior=False) if r.prior and occasion_label_today(texts[i], r.start) else r for r in refs]
            if refs:
                found.setdefault(i, []).append((window, refs))
    for i, text in enumerate(texts):
        # round 20: bare "s/i" after a size under a timepoint label; round 24: size+pair cells below a caption that
        # orders the timepoints ("(Baseline <date> / Nadir <date> / heute)")
        for pairs in (measured_pair_refs(text), timepoint_column_refs(text)):
            if pairs:  # (most texts: none, nothing to add)
                found[i] = _add_by_sentence(text, found.get(i, []), pairs)
        # round 25: "(S 8, I 120). Second nodule (I 131)": a one-letter image bracket after a compact citation
        if (letters := one_letter_refs(text)):
            found[i] = _add_by_sentence(text, found.get(i, []), _after_current(found.get(i, []), letters), untaken=True)
        # round 28b: "New lesions (axial FLAIR, Se 501):\n• right frontal – Im 120": image-only bullets
        if (bullets := bullet_image_refs(text)):
            found[i] = _add_by_sentence(text, found.get(i, []), bullets, untaken=True)
        if (slices := single_volume_refs(text)):  # round 23: "DVT ... (Schnitt 41)": slices of one volume
            if earlier := {r.start for r in slices if r.prior}:  # the grammar's own "slice 55" of an earlier volume
                found[i] = [(w, [replace(r, prior=True) if r.start in earlier and r.series is None else r
                                 for r in refs]) for w, refs in found.get(i, [])]
            found[i] = _add_by_sentence(text, found.get(i, []), slices, untaken=True)
        # round 31a: a series key ("Serien: 3 = axial, 4 = koronar") and the bare pairs / named images below it
        # (refs-legend31: one reader, round 31b's `declared_series` merged into it, one set of refusals)
        legend_pairs, legend_named = legend_refs(text)
        if legend_pairs:
            found[i] = _add_by_sentence(text, found.get(i, []), legend_pairs, untaken=True)
        if legend_named:
            found[i] = _in_place_of(text, found.get(i, []), legend_named, [])
        # round 31a: bare cells of a table's image columns, their series and study given once by the header, the
        # caption or the legend (`column_cells.py`): in place of the grammar's reading of the same cell
        cells, vetoed = column_cell_refs(text)
        if cells or vetoed:
            found[i] = _in_place_of(text, found.get(i, []), cells, vetoed)
        if not found.get(i):
            found.pop(i, None)
        if "|" in text and (rows := table_refs(text)):  # a series/image pipe table: one reference per row
            taken = {window for window, _ in found.get(i, [])}
            found[i] = sorted(found.get(i, []) + [row for row in rows if row[0] not in taken], key=lambda w: w[0])
    return [_snippets_from(originals[i], _references(texts[i], found[i])) if i in found else []
            for i in range(len(texts))]


def _after_current(found: list[tuple[tuple[int, int], list[RefSpan]]], extra: list[RefSpan]) -> list[RefSpan]:
    """Review of round 25 (W2): the one-letter brackets of `extra` whose last citation with a series before them is
    this study's ("VU: Herd (S. 4, B. 40). Heute: zweiter Herd (B. 70)." inherits no series from the earlier exam)."""
    cited = sorted((r for _, refs in found for r in refs if r.series is not None), key=lambda r: r.start)
    out = []
    for r in extra:
        last = next((c for c in reversed(cited) if c.end <= r.start), None)
        if last is not None and not last.prior:
            out.append(r)
    return out


def _in_place_of(text: str, found: list[tuple[tuple[int, int], list[RefSpan]]], extra: list[RefSpan],
                 vetoed: list[tuple[int, int]]) -> list[tuple[tuple[int, int], list[RefSpan]]]:
    """`found` with `extra` added, every reference that overlaps one of `extra` or lies in a `vetoed` span dropped
    (round 31a); where the grammar read the same series and images at that place, its reading stays with the study of
    `extra`'s."""
    same = {(r.start, r.end): e.prior for _, refs in found for r in refs for e in extra
            if r.start < e.end and e.start < r.end and (r.series, r.images) == (e.series, e.images)}
    extra = [e for e in extra if not any(a < e.end and e.start < b for a, b in same)]
    spans = [(e.start, e.end) for e in extra] + vetoed
    kept = [(w, [replace(r, prior=same[(r.start, r.end)]) if (r.start, r.end) in same else r for r in refs
                 if (r.start, r.end) in same or not any(r.start < b and a < r.end for a, b in spans)])
            for w, refs in found]
    return _add_by_sentence(text, [(w, refs) for w, refs in kept if refs], extra)


def _add_by_sentence(text: str, found: list[tuple[tuple[int, int], list[RefSpan]]], extra: list[RefSpan],
                     untaken: bool = False) -> list[tuple[tuple[int, int], list[RefSpan]]]:
    """`found` with the references of a whole-text pass (`extra`) added, grouped by their sentence; `untaken`: only
    those that overlap no reference already found."""
    if untaken:
        taken = [(r.start, r.end) for _, refs in found for r in refs]
        extra = [r for r in extra if not any(a < r.end and r.start < b for a, b in taken)]
    if not extra:
        return found
    return _merge_windows(found, [(b, [r for r in extra if b[0] <= r.start < b[1]]) for b in sentence_bounds(text)
                                  if any(b[0] <= r.start < b[1] for r in extra)])


def _merge_windows(found: list[tuple[tuple[int, int], list[RefSpan]]],
                   extra: list[tuple[tuple[int, int], list[RefSpan]]]) -> list[tuple[tuple[int, int], list[RefSpan]]]:
    """`found`'s sentence windows with `extra`'s references added: into the window that holds them (no overlap with
    a reference already there), else as a window of their own; in text order."""
    out = {window: list(refs) for window, refs in found}
    for window, refs in extra:
        home = next((w for w in out if w[0] <= window[0] < w[1]), window)
        have = out.setdefault(home, [])
        have += [r for r in refs if not any(r.start < h.end and h.start < r.end for h in have)]
        have.sort(key=lambda r: r.start)
    return sorted(out.items(), key=lambda w: w[0])


def as_mined(text: str) -> str:
    """`text` as the miner reads it (same length): HTML character references and tags as plain text
    (`html_text.html_plain`), dictated numbers as digits (`spoken.spoken_numbers`), the pre-op labels of today's exam
    blanked (`preop_today`)."""
    return preop_today(spoken_numbers(html_plain(text)))


def _spoken(texts: Sequence[str]) -> Sequence[str]:
    """`texts` with `as_mined` applied (the same list when no text changes)."""
    out = [as_mined(t) if isinstance(t, str) else t for t in texts]
    return texts if all(a is b for a, b in zip(out, texts, strict=True)) else out


def _snippets_from(original: str, refs: list[Reference]) -> list[Reference]:
    """`refs` mined from a rewritten copy of `original` (same length), their snippets cut from `original` (mend of
    round 29: one that ends at a word joined from soft hyphens or references ends after the word as given,
    `html_text.word_end`)."""
    out = []
    for r in refs:
        end = word_end(original, r.snippet_end)
        out.append(r if end == r.snippet_end and r.snippet == original[r.snippet_start:end]
                   else replace(r, snippet=original[r.snippet_start:end], snippet_end=end))
    return out


def mine_refs(text: str, lang: str | None = "de", *, include_prior: bool = False) -> list[Reference]:
    """References in one text (see `mine_refs_batch` for many)."""
    return mine_refs_batch([text], [lang], include_prior=include_prior)[0]
