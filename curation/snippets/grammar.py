"""Regex grammar of the ways radiologists point at an image: "(Serie 3, Bild 60)", "(3:87)", "S3 B45".

One compiled pattern with named alternatives; `find_ref_spans` returns the parsed spans of a text.
Misspelled keywords ("Sereie", "Bidl") are mapped to placeholder characters of the same length
before matching (`mask_misspellings`), so offsets stay those of the input text.

Precision comes from three guards: a number that is followed by a unit, a decimal or a time
("3 x 4 cm", "12/8 mm", "10:45 Uhr") is never an image number; the bare "(3:87)" form is only
accepted inside parentheses and not in a ratio/time context; short keywords ("Bi", "IM", "S", "B")
count only next to a series keyword, so "BI-RADS 4" and "im 3. Segment" never match.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz.distance import OSA

from curation.snippets.anatomy_numbers import LEVEL, LEVEL_PAIR_TAIL, segment_at
from curation.snippets.gate import fold_lower, gated_finditer, gated_search, literal_trie, may_hold
from curation.snippets.pair_shapes import clock_like, month_year_like
from curation.snippets.study_clause import clause_study
from curation.snippets.study_parts import SCOUT
from curation.snippets.study_past import date_keys, on_dates, sentence_of, today_dates
from curation.snippets.study_scope import own_part_study
from curation.snippets.timepoint_words import EARLIER_COMPOUND, NOW, ROMANCE_NOW, THEN_WORDS
from curation.snippets.timepoints import header_cell, prior_by_timepoint

# Placeholders for misspelled keywords: same length as the misspelling, so offsets are unchanged.
# Letters of a click-language script (Unicode category Lo): word characters that never occur in reports.
SERIES_MARK = "\u01c2"
IMAGE_MARK = "\u01c1"

# Round 27: the Swiss French abbreviation "Sér." / "Sér" in German text ("Sér. 5 Bild 61", "(Sér 5/Im 12)").
# Round 28b: a DSA run is the series of an angiography ("(Run 3, Bild 12)", "(run 5 image 8)", "Serie/Run 4"); only
# before its number ("run 3 was non-diagnostic" names no image, and a series word alone cites nothing).
_SERIES_KW = (r"(?:Serie/Run|Serien|Series|Serie|Séries|Série|Sér\.?|Sequenz|Sequence|Seq\.?|Ser\.?|Srs\.?|Sr\.?|Se\.?|"
              r"Run(?=\s*\d)|" + SERIES_MARK + r"+)")
# "Schnittbild 48", "Schichtbild 47", "Aufnahme 63" (not "Aufnahme 2019", an admission year).
_IMAGE_WORDS_RE = (r"Schnittbildern|Schnittbilder|Schnittbild|Schichtbildern|Schichtbilder|Schichtbild|"
                   r"Aufnahmen|Aufnahme(?!\s*(?:19|20)\d\d\b)|Bildern|Bilder|Bild|Images|Image|Schichten|Schicht|"
                   r"Slices|Slice|Immagini|Immagine|"  # round 23: the Italian word in German/English text
                   r"Pictures|Picture")  # round 28b: non-native English ("Serie 5 Picture 12", "Pictures 40 until 48")
_IMAGE_KW_FULL = r"(?:" + _IMAGE_WORDS_RE + r"|Img\.?|" + IMAGE_MARK + r"+)"
# Slice words that are image words only next to a series keyword (series first or image first): "Serie 2, Schnitt 18",
# "series 6, section 11", "series 4, level 58", "Schnitt 9 der Serie 7" (alone "im Schnitt 3 mm", "level L4" are none).
# Round 16: one word (or a hyphenated pair) that means "series image": "Serienbild", "Serien-Bild", "Seriebild",
# "Ser.-Bild", "series-image"; a slash pair after it is series/image.
_SERIES_IMAGE = r"(?:Serien?|Series|Ser\.)-?(?:Bildern|Bilder|Bild|Images|Image)(?![^\W\d_])"
_SLICE_WORDS_RE = r"Schnitte|Schnitt|Sections|Section|Levels|Level|Sl\.?"
# "(se 3, sl 45)"; round 21: "Imag. 44"
# Round 23: Italian and French-Swiss habits in German and English text: "Imm. 87", "Ims 31, 44" (the plural
# abbreviation); before "Ima"/"Im", which would stop at their first letters ("immagine 19" is a full word above).
# Round 23/24 review: a lower-case "im" before a number and a noun or unit is the preposition ("und im 4 Quadranten",
# "im 5 Segment", "im 5 mm Abstand"), no repeated image word.
_NO_COUNTED = r"(?!\s+(?-i:[A-ZÄÖÜ][a-zäöüß]|mm\b|cm\b|Uhr\b))"
# ... and "Ims" before a number and a counted noun ("Ims 12 patients", "Ims 3 cycles") is no image word.
_IMS_COUNTED = (r"(?!\.?\s*\d{1,4}\s+(?!(?:and|und|or|oder|to|bis|of|von|in|im|auf|on|der|des|the|sowie)\b)"
                r"[A-Za-zÄÖÜäöü]{3,})")
_IMAGE_KW_ANY = (r"(?:" + _IMAGE_KW_FULL[3:-1] + r"|Imm\.?|Ims" + _IMS_COUNTED + r"\.?|Imag\.?|Ima\.?|Bld\.?|"
                 r"Bi\.?|IM\.?|Im\.?|Pics|Pic|"
                 + _SLICE_WORDS_RE + r")")
# "Bild Nr. 45", "Bildnummer 45", "image number 45", "image #45", "SE-4 IM-120", "image nos. 90 and 91"
# Round 23: the Italian/French number sign too: "Bild n° 58", "Schnitt n° 96 der Serie 7", "Bilder nº 40 bis 46".
# Round 28b: the Italian "n." too ("image n. 77 of the series 3", "img. n. 61").
_NR = (r"(?::\s*)?(?:-?\s*(?:Nrn|Nr|Nos|No|Nummern|Nummer|Numbers|Number)\.?\s*:?\s*|n[°º]\.?\s*|(?-i:n)\.\s*(?=\d)|"
       r"\#\s*|-(?=\d))?")
# An image or series number is never followed by a unit, a decimal, a time or a quantity noun.
# Round 22b: "%" and "‰" before a space or the end too ("70-79% stenosis", "Bild 80-89 %"): no "\b" after them.
_GUARD = (r"(?!\d|\s*[x×*]\s*\d|\s*[%‰]|\s*(?:mm|cm|m|ml|l|kg|g|mg|µg|ug|ng|mmol|mmhg|mgy|msv|kv|kev|mas|mbq|"
          r"gbq|ie|iu|uhr|h|min|sek|s|jahre?n?|j|monate?n?|wochen?|"
          # round 28b: hours and minutes written out ("images 2 and 4 hours post injection")
          r"tage?n?|years?|months?|weeks?|days?|hours?|hrs?|std|stunden|minuten|minutes?|"
          r"hu|he|mal|weitere|more|others?|andere[n]?|herde|"
          r"läsionen|lesions?|nodules?|lymphknoten|lk|ebenen|planes|phasen|phases|projektionen|projections|views)\b|\s*°|[.,:]\d|"
          # a spaced dash or slash before a measurement is a separator, not a range: "(Se 3, Bi 45 – 12 mm)",
          # "(Se 3 / Im 45 / 1.25 mm)"
          r"(?!\s+[-–/]\s+\d+(?:[.,]\d+)?\s*(?:mm|cm|he|hu)\b)\s*[-–/]\s*\d|"
          # round 23: "of"/"von" and a month/year or a date names the exam, not a stack: "(image 41 of 03/2025)"
          r"\s+(?:(?:out\s+)?of|von)\s+(?!\d{1,2}[./](?:\d{1,2}[./])?(?:19|20)\d\d(?!\d))\d|"
          # a range word before a number: its start is no image of its own ("Schicht 1 bis 3 mm" is a thickness)
          r"\s+(?:bis|to|through|thru|till|until)\s+\d)")
# Round 28b: non-native "till" / "until" ("Picture 10 till 18", "Pictures 40 until 48").
_RANGE_TO = r"(?:-|–|—|bis|to|through\s+to|through|thru|till|until)"
# A range may repeat the image keyword: "Bild 30 bis Bild 36", "im 55 through im 61", "image 70-image 74".
_RANGE_KW = (r"(?:(?:einschl\.|einschließlich|inkl\.|inclusive)\s*)?"  # "Bilder 20 bis einschl. 24"
             r"(?:(?:zum\s+)?(?:Bild|Bilder|Images?|Img\.?|IM|Im|im|Bi\.?|Schicht|Slice|\#|(?-i:[BI]))\s*"  # "#45-#52"
             # round 20: "(S:4 I:120 bis I:126)", "(S: 7 I: 80 to I: 88)"; round 27: the number word repeated too,
             # "Bildnummer 52 bis Bildnummer 60", "image no. 40 to image no. 52", and "vom Bild 33 bis zum Bild 40"
             + _NR + r")?")
# "Bild 45/120", "image 45 of 120": image 45 of a stack of 120 (the total is checked in `_ranges`).
# The total takes the number guard too: "Aufnahmen 24/48 h", "Bilder 12/14 Jahre" are no image numbers.
_TOTAL = r"\s*(?:/|\bvon\b|\b(?:out\s+)?of\b)\s*\d{1,4}" + _GUARD  # "image 45 out of 200"
_ITEM = r"\d{1,4}(?:\s*" + _RANGE_TO + r"\s*" + _RANGE_KW + r"\d{1,4})?(?:" + _TOTAL + r"|" + _GUARD + r")"
# A further list item has no stack total: in "Serie 3 Bild 45 sowie 4/50" the "4/50" is series 4, image 50.
_NEXT_ITEM = r"(?!(?:19|20)\d\d\b)\d{1,4}(?:\s*" + _RANGE_TO + r"\s*" + _RANGE_KW + r"\d{1,4})?" + _GUARD
# Items before "und"/"and" may be glued by a comma without a space: "Bilder 12,15 und 19" (a decimal is no list:
# its last item keeps the full guard, "Bild 3,5 und 4,5 cm").
_GUARD_LIST = _GUARD.replace(r"[.,:]\d", r"[.:]\d")
_ITEM_L = r"\d{1,4}(?:\s*" + _RANGE_TO + r"\s*" + _RANGE_KW + r"\d{1,4})?(?:" + _TOTAL + r"|" + _GUARD_LIST + r")"
_NEXT_L = r"(?!(?:19|20)\d\d\b)\d{1,4}(?:\s*" + _RANGE_TO + r"\s*" + _RANGE_KW + r"\d{1,4})?" + _GUARD_LIST
# Three or more images glued by "/" or "," after the image word: "Bi 12/15/19", "Bi 40,47,52" (`_glued_list`
# checks they increase and are no date: "Bild 4/12/2023" is none).
_GLUED = r"\d{1,4}(?:\s*/\s*\d{1,4}){2,}" + _GUARD + r"|\d{1,4}(?:,\d{1,4}){2,}" + _GUARD
# A list item may repeat the image keyword after the conjunction: "Bild 45 bzw. Bild 52", "Bild 45 und Bild 50".
_AND = (r"(?:und|and|as\s+well\s+as|sowie|u\.|&|\+|plus|oder|or|bzw\.?|resp\.?|respektive)"
        r"(?:\s*(?:(?:" + _IMAGE_WORDS_RE + r")\b|(?:im|img|imag|ima|bi)\.|\#|"  # "im. 45 and im. 51", "#45 and #52"
        # round 20: a repeated short image label, case-sensitive, with its colon: "(Se 4 Im 33 and Im 41)", "Im: 58
        # and Im: 63", "(S:4 I:30 und I:36)" (a lower-case "im" is the German preposition: only with its dot)
        # round 21: the rarer image words repeated too: "(Serie 3 Ima 12 und Ima 19)", "(Se 4 IMA 66 und IMA 72)"
        r"(?-i:IMA|Ima|Imag|IMG|Img|Im|IM|I|Bi|B)(?=\s*:?\s*\d)\.?|"
        # round 24: a repeated lower-case "im" before a plain image number ("series 4 im 140 and im 146"; RIS/PACS
        # exports write the viewer label so); not before an ordinal or decimal ("im 3. Segment", "im 2,5 cm")
        r"(?-i:im)(?=\s+\d{1,4}(?![\d.,])" + _NO_COUNTED + r"))(?:\s*:)?)?")
# A comma item may repeat a short image keyword inside a bracket: "(SE 5 / IM 44, IM 47)".
# Semicolons too: "(Se 2, Bi 18; 25; 39)".
# Round 21: "Imag." too, and a slash before a repeated image word: "(S 4, IMA 66 / IMA 72)", "(Bild 12 / Bild 18)".
# Round 22b: a viewer hash after the repeated word: "(se 5 im# 40, im# 56)".
_COMMA = (r"\s*(?:[,;]\s*(?:(?:IM|Im|im|IMA|Imag|Ima|Bild|Image|Img|Bi)\.?\s*\#?\s*|\#\s*)?"
          r"|/\s*(?:IM|Im|IMA|Imag|Ima|Bild|Image|Img|Bi)\.?\s*)")
# Before the series of an image-first list: "(images 31, 36 on series 4)".
_TO_SERIES = r"\s*,?\s*(?:on|of|in|der|aus|from)\s+(?:the\s+)?(?:Serie|Series|Se)\b"
# ... or before the next series of a list of citations: "(Serie 3 Bild 12, 14 / Serie 4 Bild 20)".
# Round 21: the next series may carry a study label and a viewer "#": "(Serie #5 Bild #102, #110; Voraufnahme Serie #4
# Bild #98)", "(Series #2 Image #48 and #53; on the previous study Series #2 Image #45)".
_NEXT_SERIES = (r"\s*[/;,]\s*(?:[^\W\d_][\w.'-]*\s+){0,4}?(?:Serie|Series|Se|Ser)\.?\s*(?:\#\s*)?\d")
# Round 21: a comma item before "und"/"and" may repeat the image word too: "(Serie 2 IMA 14, IMA 19 und IMA 25)".
# Round 22b: ... with a viewer hash after it, lower-case "im" only so ("se 5 im# 40, im# 56 and im# 71").
# Round 24: ... or a plain lower-case "im" before an image number ("series 2 im 33, im 37 and im 42").
_KW_AGAIN = (r"(?:(?-i:IMA|Imag|Ima|IMG|Img|IM|Im|Bild|Image|Bi)\.?\s*\#?\s*|(?-i:im)\s*\#\s*|"
             r"(?-i:im)\s+(?=\d{1,4}(?![\d.,])" + _NO_COUNTED + r")|\#\s*)?")
# Round 21: ... or (a comma list only, not across a ";") a study label closes the bracket after the list: "(series 2
# images 40, 44 on the outside CT)", "(Bild 12, 18 der VU)" (the label binds to every item: `_prior_tags`).
_STUDY_CLOSE = (r"\s*,?\s*(?:(?:der|des|of|on|from|in|im|vom|von|auf|aus|at)\s+(?:(?:the|der|dem|den)\s+)?)?"
                r"(?:VU|Voruntersuchung|Vorbefund|Voraufnahme|Vor-?(?:CT|MRT?)|prior|previous|comparison|baseline|"
                r"(?:outside|externe[nmrs]?|auswärtige[nmrs]?)\s+[^\W\d_]+)"
                r"(?:\s+(?:study|exam|examination|CT|MRI?|MRT|scan|Untersuchung))?\s*[)\]]")
# A comma list closes its bracket or names its series after it, or has three or more items ("series 3,
# images 12, 15, 19, all stable", "Serie 6, Bild 12; 19; 27"); two items outside a bracket need "und"/"and", or
# (round 31b) end their line or table cell.
# Round 22b: two items glued by a comma after a plural image word ("Bilder 8,9", "images 40,52") are a list, not a
# decimal: the plural says so (a single "Bild 8,9" stays a decimal, no image). The last alternative of `_LIST`.
_PLURAL_GLUED = (r"(?:" + "|".join(rf"(?<={w} )" for w in ("Bilder", "bilder", "Images", "images", "IMAGES",
                                                           "Schichten", "schichten", "Slices", "slices"))
                 + r")\d{1,4},\d{1,4}" + _GUARD)
_LIST = (r"(?:" + _GLUED
         + r"|" + _ITEM_L + r"(?:\s*,\s*" + _KW_AGAIN + _NEXT_L + r")*\s*,?\s*" + _AND + r"\s*" + _NEXT_ITEM
         + r"(?:\s*,?\s*" + _AND + r"\s*" + _NEXT_ITEM + r")*"
         + r"|" + _ITEM + r"(?:\s*,\s*" + _KW_AGAIN + _NEXT_ITEM + r")+(?=" + _STUDY_CLOSE + r")"
         + r"|" + _ITEM + r"(?:(?:" + _COMMA + _NEXT_ITEM + r")+(?=\s*[)\]]|" + _TO_SERIES + r"|" + _NEXT_SERIES + r")"
         + r"|(?:\s*[,;]\s*" + _NEXT_ITEM + r"){2,}"
         # round 31b: ... or two items closing their line or cell: "- Adenom links: Bild 58, 61\n", "| Bild 7, 8 |"
         + r"|\s*,\s*" + _NEXT_ITEM + r"(?=[ \t]*\r?(?:\n|$)|[ \t]*\|)|)"
         + r"|" + _PLURAL_GLUED + r")")  # last: "Bilder 12,15 und 19" is the list before it
_SERIES_NUM = r"\d{1,4}" + _GUARD
# A dictated series number written as a word: "Serie drei, Bild 45", "series two, image 40" (series before an image
# word only).
_NUMBER_WORDS = {w: n for n, words in enumerate((
    ("eins", "one"), ("zwei", "two"), ("drei", "three"), ("vier", "four"), ("fünf", "fuenf", "five"),
    ("sechs", "six"), ("sieben", "seven"), ("acht", "eight"), ("neun", "nine"), ("zehn", "ten"), ("elf", "eleven"),
    ("zwölf", "zwoelf", "twelve")), start=1) for w in words}
_NUMBER_WORD = r"(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")\b"
# "Serie 2 von 6, Bild 45", "series 2 of 6": the series' own counter (outside the series group)
_SERIES_TOTAL = r"(?:\s+(?:von|of)\s+\d{1,2}(?=\s*[,;:)\]]|\s+(?:Bild|Bi|image|im|img)\b))?"
# A bracket may open between series and image: "aktuell Serie 3 [Bild 77]", "series 3 (image 77)".
# A plane or sequence word may stand between series and image: "Serie 601 koronar, Bild 33", "Se 5 sag. Bi 45",
# "Serie 4 (koronar), Bild 20", "series 5 coronal image 45".
_PLANE_WORD = (r"(?:koronar\w*|koronal\w*|coronal|cor|kor|sagg?itt?al\w*|sag|axial\w*|ax|tra|transvers\w*|MPR|MIP|"
               r"reformat\w*|Rekonstruktion(?:en)?|Reko|recon\w*|Reformation(?:en)?|T1|T2|STIR|FLAIR|DWI|ADC|SWI|PD|FS|KM|post|"
               # round 18: MR sequence and reconstruction names ("(Serie 4, Bild 12; HASTE 6:14)", "(T2w 5:30)",
               # "(DWI b1000 9:18)", "(Subtraktion 12:61)", "(MinIP 7:88)")
               r"T[12](?:-?w|[-\s]weighted|[-\s]gewichtet)|HASTE|TSE|FSE|VIBE|TIRM|MPRAGE|SSFP|TrueFISP|CISS|Dixon|GRE|EPI|"
               r"b\d{2,4}|MinIP|VRT|Subtraktion\w*|subtraction|subtracted|Perfusion|oblique|schräg\w*|HRCT|fat-?sat|"
               r"in-?phase|opposed-?phase|"
               r"nativ|arteriell\w*|portalvenös\w*|portal-?venous|venös\w*|spätvenös\w*|arterial|venous|portal|delayed|"
               # contrast phases and windows between series and image: "Serie 3 (portalvenös) Bild 55"
               r"phase|fused|fusion|fusioniert\w*|Lungenfenster|Weichteilfenster|Knochenfenster|lung|bone|soft-tissue|windows?|"
               # round 11: patient position and acquisition labels ("(Bauchlage 3:145)", "(prone 4:112)",
               # "(prä KM 6:18)", "(post-contrast 11:24)", "(Spätphase 8:61)", "(Exspiration 7:102)")
               r"Bauchlage|Rückenlage|Seitenlage|Links-?seitenlage|Rechts-?seitenlage|prone|supine|decubitus|"
               r"(?:prä|prae|pre|post)-?(?:KM|contrast|kontrast)|prä|prae|pre|Spätphase|Spät|Frühphase|"
               r"(?:ex|in)s?piration|(?:ex|in)s?piratorisch|(?:ex|in)s?piratory|late|early)\b\.?")
PLANE_WORD = _PLANE_WORD  # round 30b: `mine`'s hint gap between two citations of one finding
# Round 24: a middle dot or bullet between the two ("(Ser 4 · Bild 61)", "(Se 4 • Im 61)"), as RIS exports write it.
_SEP = (r"\s*(?:[,;/:|–·•∙-]|Komma\b|comma\b)?\s*"  # "Serie 4 Komma Bild 66": a dictated comma
        r"(?:\(?\s*" + _PLANE_WORD + r"(?:\s+" + _PLANE_WORD + r"){0,2}\s*\)?\s*[,;/:|–·•∙-]?\s*)?"
        # round 28b: a cardiac CT's reconstruction phase between series and image ("(Serie 5, Phase 70 %: IMA 201)")
        r"(?:Phase\s*\d{1,3}\s*%\s*[,;:]?\s*)?"
        # "in series 3 at (the level of) image 87"; mend of round 27: "Serie 4 vom Bild 33 bis zum Bild 40"
        r"[\[(]?\s*(?:(?:im|in|auf|on|at|vom|von|from)\s+(?:the\s+level\s+of\s+)?)?")

# The words that name the prior examination (German, English).
# English adjectives count only before an examination word or punctuation: not "prior to contrast",
# "previous surgery", "the comparison of".
# An examination named by its date is an earlier one: "CT vom 14.02.2024", "MRT von 2022", "the CT from
# 03/14/2024", "the 2023 study", "the March 2024 CT".
_MONTH = (r"(?:Jan(?:uar|uary)?|Jän(?:ner)?|Feb(?:ruar|ruary)?|Mär(?:z)?|Mrz|Mar(?:ch)?|Apr(?:il)?|Mai|May|"
          r"Jun[ie]?|Jul[iy]?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Okt(?:ober)?|Oct(?:ober)?|Nov(?:ember)?|Dez(?:ember)?|Dec(?:ember)?)\.?")
_DATE = (r"(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})?|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}/\d{4}|\d{4}-\d\d-\d\d|"
         r"(?:\d{1,2}\.?\s+)?" + _MONTH + r"(?:\s+\d{1,2},?)?\s+\d{4}|(?:19|20)\d\d|"
         r"\d{1,2}\.?\s+" + _MONTH + r"(?!\w))")  # round 12: "the study of 5 March"
# Round 31b: modalities named by their own word, an earlier exam with its date ("on the MRCP of 06/2025", "in der
# Mammographie vom 12.01.2026") or this study with an own word ("in unserer MRCP vom ...", `_THIS_STUDY_EXAM`).
_NAMED_MODALITY = r"MRCP|Mammogra(?:ph|f)ie|mammograms?|mammography"
_EXAM = (r"(?:CT|MRT?|MRI|PET(?:-CT)?|Untersuchung|Aufnahmen?|Sonographie|study|exam|examination|scan|imaging|films|"
         r"radiographs?|X-rays?|"  # round 13: "on the earlier radiograph", "auf den älteren Aufnahmen"
         + _NAMED_MODALITY + r"|"
         r"Voraufnahmen?|Voruntersuchung(?:en)?|Vorbefund(?:es)?|Vor-?(?:CT|MRT?))")
_DATED_EXAM = (r"(?:[A-Za-zÄÖÜäöü]+-)?" + _EXAM + r"(?:[-\s][A-Za-zÄÖÜäöü]+)?\s+(?:vom|von|from|dated|of)\s+" + _DATE
               + r"|(?:" + _MONTH + r"\s+|\d{1,2}/(?:\d{1,2}/)?)?(?:19|20)\d\d\s+(?:[A-Za-z]{3,8}[\s-])?" + _EXAM)
# ("the 3/2023 CT", "the 08/2023 head CT")
# An examination from elsewhere is an earlier one: "in der auswärtigen CT", "on the outside CT".
_OUTSIDE_ADJ = (r"(?:auswärtige[nrms]?|auswärtig|externe[nrms]?|extern|fremde[nrms]?|outside(?:[\s-]hospital)?|"
                r"external|(?-i:OSH))")
# (round 30a: "on the outside images", "auf den externen Bildern": the outside study's images)
_OUTSIDE_EXAM = _OUTSIDE_ADJ + r"\s+(?:" + _DATED_EXAM + r"|" + _EXAM + r"|images|Bilder[n]?)"
# Round 20: the outside label directly before the citation's own series/image words, no modality word: "(outside Se 2
# Im 31)", "(Serie 6, Bild 140; extern Serie 2, Bild 133)", "(extern Ser. 5 Bild 77)", a mammography view + slice word
# ("(outside MLO slice 38)", "extern CC Schicht 41"); not an anatomical "outside the capsule", "external sphincter".
_VIEW = r"(?:MLO|CC|ML|LM|XCCL|Tomo)"
# Only where the search stops at the citation (`_PRIOR_BEFORE`: "(outside " + "Se 2 Im 31)"): not in `_PRIOR_NOUN`,
# whose every match holds a strong prior word or an examination word (`refscore/cues.py`).
# Round 26: ... or opening the bracket with a comma after it ("(outside, 5:77)", "(extern, Se 3 Bi 12)", "(auswärts,
# 4:40)").
_OUTSIDE_BARE = (_OUTSIDE_ADJ + r"(?=\s*(?:" + _VIEW + r"\s*)?:?\s*$)|(?<=[(\[])\s*(?:" + _OUTSIDE_ADJ
                 + r"|auswärts)\s*,(?=\s*$)")
# Round 16: an outside study's label with its modality and an optional date opening a citation's part of a bracket
# ("(auswärtiges CT 3:29)", "(fremdes PET-CT 2:88)", "(6:40; extern CT 03.01.2026 5:35)", "(outside MR 3 Jan 2026,
# 4/18)"): the citation points into that study.
_OUTSIDE_LABEL = (_OUTSIDE_ADJ + r"\s+(?:CT|MRT?|MRI|PET(?:[-/]CT)?|Sono(?:graphie)?|US|study|exam|scan|Untersuchung)"
                  r"(?:\s+(?:(?:vom|von|from|dated|of)\s+)?" + _DATE + r")?\s*,?")
# The short prior words that open a bracket of a bare pair ("(VU 3/35)", "(prior: 2:40)"); cheap for the prefilter.
_PRIOR_WORD = r"(?:VU|Voruntersuchung|Voraufnahme|Vorbefund|Vor-?(?:CT|MRT?)|prior|previous|comparison|baseline)"
# "(on prior 3/38)", "(vgl. VU 3/35)"
_ON_PRIOR = (r"(?:(?:on|in|im|auf|vgl\.|cf\.|see)\s+(?:the\s+|der\s+|dem\s+)?)?(?:" + _PRIOR_WORD + r"|"
             + _OUTSIDE_LABEL + r")")
# Round 16: an earlier examination named by its month (month + year) or a bare date, labelling a pair of a bracket of
# bare pairs: "(5:41; Voraufnahme März 3:38; Januar 3:36)", "(4:33; Jän. 2026 3:30)", "(3/51, Dec exam 2/49)".
_MONTH_WORD = r"\b" + _MONTH + r"(?!\w)"
_TIME_LABEL = (r"(?:(?:" + _PRIOR_WORD + r")\s+)?(?:" + _MONTH_WORD + r"(?:\s+(?:19|20)\d\d)?|"
               r"\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d\d|\d{1,2}/\d{1,2}/(?:19|20)?\d\d|\d{1,2}/(?:19|20)\d\d|"
               r"(?:19|20)\d\d-\d\d-\d\d)(?:\s+(?:exam|study|scan|examination|CT|MRT?|MRI|Untersuchung))?")
# Round 26: what may open the bracket of a labelled bare pair, a comma after it allowed: a prior word or outside label,
# or a bare outside word ("(VU, 5:77)", "(outside, 5:77)", "(extern 4:30)", "(auswärts, 3:41)").
# Mend of round 26: the emergency department's exam too, "(ED CT 4/55)" (`study_scope` reads its occasion label).
_PAIR_OPENER = r"(?:" + _ON_PRIOR + r"|" + _OUTSIDE_ADJ + r"|auswärts|(?-i:ED)\s+(?:CT|MRI|US))\s*[:,]?"
# ... where the opener is only an outside word, a clock or "1:n" shape stays a time or ratio ("(outside, 12:30)").
_BARE_OUTSIDE_OPEN = re.compile(r"(?i)\s*(?:" + _OUTSIDE_ADJ + r"|auswärts)\s*[:,]?\s*$")
_CLOCK_OR_ONE_TO = re.compile(r"(?:(?:[01]?\d|2[0-3])\s*:\s*[0-5]\d|1\s*:\s*\d{1,4})(?!\d)")
# Mend of round 26: ... a time has a two-digit hour or round minutes ("12:30", "14:45", "9:15") and a ratio is "1:N";
# a one-digit series and an image off the five-minute grid is a citation ("(auswärts, 3:41)").
_CLOCK_SHAPED = re.compile(r"(?:\d\d\s*:\s*\d\d|\d\s*:\s*[0-5][05]|1\s*:\s*\d{1,4})(?!\d)")


def _clock_or_ratio(text: str, at: int) -> bool:
    """Whether the pair at `at` after a bare label reads as a time or a 1:N ratio (`_CLOCK_SHAPED`)."""
    return _CLOCK_OR_ONE_TO.match(text, at) is not None and _CLOCK_SHAPED.match(text, at) is not None


# A pair of a bracket of bare pairs may carry its study after it or a time word before it: "(2/45 in der VU,
# aktuell 4/48)", "(3/45 VU, 5/50 aktuell)", "(5:50, 3:45 on prior)".
_NOW_LABEL = r"(?:aktuell|jetzt|heute|current(?:ly)?|now|today)"
# Round 12: the timepoints of an earlier examination in follow-up and oncology text (multi-timepoint comparisons):
# "gestern 7 mm (...)", "Nadir 15 mm (...)", "im Staging 38 mm (...)", "9.6 cm at diagnosis (...)", "(1 week ago,
# Se 2 Im 178)", "9 mm on day 1 (...)", "vor SRS 15 mm (...)", "Im Vorjahr geringer (...)", "before treatment".
_EARLIER_TIME = (r"(?:vor)?gestern|yesterday|nadir|(?:im|beim?|at|on)\s+(?:initial\s+|primary\s+|dem\s+)?staging|"
                 r"(?:at|bei|zur|zum\s+Zeitpunkt\s+der)\s+(?:(?:initial|first|der)\s+)?(?:diagnosis|presentation|"
                 r"Diagnose(?:stellung)?|Erstdiagnose)|"
                 r"(?:\d{1,2}|one|two|three|four|six|a|an)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|before)|"
                 r"vor\s+(?:\d{1,2}|einem|einer|zwei|drei|vier|sechs)\s+(?:Tag(?:en)?|Wochen?|Monat(?:en)?|Jahr(?:en)?)|"
                 r"(?:on\s+)?(?:post-?(?:operative|op)\s+)?day\s+[0-3]\b|(?:an\s+)?Tag\s+[0-3]\b|(?:im\s+)?Vorjahr|last\s+year|"
                 r"vor\s+(?:der\s+|dem\s+)?(?:Therapie|Behandlung|OP|Operation|PTA|SRS|Radiatio|Bestrahlung|Chemo\w*|"
                 r"Radiochemo\w*|Intervention|Resektion|Ablation|RFA|TACE|Immuntherapie)|"
                 r"before\s+(?:the\s+)?(?:treatment|therapy|surgery|chemo\w*|radiotherapy|SRS|resection|ablation)|"
                 r"pre-?treatment|prätherapeutisch")
# Round 18: the date of a bare pair in its own bracket ("(3:48 on 12/03/2024)", "(4:28 am 05.06.2024)", "(2:40 vom
# 14.01.2025)"): the pair is the dated (earlier) examination's.
_DATED_TAIL = r"\s*,?\s+(?:on|am|vom|from|of|dated)\s+(?:" + _DATE + r")(?=\s*[)\];,])"
_DATED_TAIL_RE = re.compile(r"(?i)" + _DATED_TAIL)
# Round 27: the sequence or contrast phase a compact pair was read on, after it: "(8:14 on T2; 11:14 on ADC)", "(5:22
# arterial, 7:22 portal venous)", "(6:31 T1 fs post; 9:31 DWI b800)", "(4:18 arteriell; 6:18 portalvenös)".
_SEQUENCE_WORD = (r"(?:T[12](?:w|WI|-?gew\w*|-?weighted)?|FLAIR|STIR|DWI|ADC|SWI|TOF|DCE|PD(?:w|-?FS)?|b\s?\d{2,4}|"
                  r"fs|fat[\s-]?sat|post(?:-?(?:KM|contrast|Gd))?|nativ|arterial|arteriell|(?:portal[\s-]?)?ven(?:ous|ös)|"
                  r"delayed|hepatobiliary|equilibrium|Spätphase|phase)(?![^\W\d_])")
_SEQUENCE_TAIL = (r"\s+(?:(?:on|in|im|auf|in\s+der)\s+)?" + _SEQUENCE_WORD + r"(?:[\s-]+" + _SEQUENCE_WORD
                  + r"){0,2}")
_PAIR_TAIL = (r"(?:\s*,?\s*(?:(?:in\s+der|im|in\s+the|on\s+the|on|of\s+the|der|auf\s+der|from)\s+)?" + _PRIOR_WORD
              + r"\b|" + _SEQUENCE_TAIL
              + r"|\s+" + _NOW_LABEL + r"\b|\s+" + _PLANE_WORD  # its plane: "(3:45; 601:40 coronal)"
              # its measurement: "(3/44; VU 2/41: 12 mm)"
              + r"|\s*[:,]?\s*\d{1,3}(?:[.,]\d{1,2})?\s*(?:mm|cm)\b"
              # round 18: its date, an earlier examination's ("previously 6 mm (3:48 on 12/03/2024)")
              + r"|" + _DATED_TAIL + r")?")
_MORE_PAIRS = (r"(?:\s*(?:,\s*(?:and|und|or|oder)\b|,|;|und|and|sowie|&|bzw\.|u\.|oder|or|vs\.?|versus|"
               r"(?<=\s)/(?=\s)|->|→)\s*"  # round 16: "(3:44 / 5:40)", "(3:44 -> 5:40)"
               r"(?:(?:" + _TIME_LABEL + r"|" + _ON_PRIOR + r"|"
               + _NOW_LABEL + r"|previously|zuvor|damals|vormals)\s*:?\s*)?"  # "(5/50, previously 3/45)"
               # round 11: a position or phase label of its own, "(Rückenlage 2:130 vs. Bauchlage 5:128)"
               r"(?:" + _PLANE_WORD + r"(?:\s+" + _PLANE_WORD + r"){0,2}\s*:?\s*)?"
               r"\d{1,4}\s*[:/]\s*[1-9]\d{0,3}(?:\s*[-–—]\s*\d{1,4})?" + _PAIR_TAIL + r")*")
# "Vergleichs-CT", "Ausgangsuntersuchung", "die vorherige CT", "the earlier study", "the last CT"; since round 4 also
# "Vergleichsbild", "Fremd-CT", "Fremdaufnahme", "Vor-Untersuchung", "the old study".
_EARLIER_EXAM = (EARLIER_COMPOUND + r"|"  # round 27: "Ausgangs-PET", "Baseline-CT", "Nadir-CT", "Eingangs-CT"
                 r"(?:Vergleichs|Ausgangs)-?(?:untersuchung|aufnahme|befund|studie|serie|bild(?:er)?|CT|MRT?)|"
                 # (round 30a: the plurals, "auf den Fremdbildern", "Fremdaufnahmen", "Fremduntersuchungen")
                 r"Fremd-?(?:untersuchung(?:en)?|aufnahmen?|befund|bild(?:ern|er)?|CT|MRT?)|Vor-Untersuchung|"
                 r"(?:vorherige[nrms]?|letzte[nrms]?|frühere[nrms]?|alte[nrms]?|ältere[nrms]?|earlier|older|old|last|"
         r"former)\s+"
                 + _EXAM)
# Round 11: the abbreviated, hyphenated and Swiss labels of the prior examination ("Vorunters.", "Voraufn.", "Vorbef.",
# "Vergleichsunters.", "Vorabkl.", "Vorabklärung", "Vor-US", "Vor-Sono", "ext. CT"); a dotted abbreviation counts only
# with its dot (`(?=\.)`), so the word boundary after it still holds. Round 30a: "Vorschall" (the earlier ultrasound),
# "Vorscreening" (the earlier screening round).
_PRIOR_ABBR = (r"(?:(?:Vorunters(?:uch)?|Voraufn|Vorbef|Vorabkl|Vergleichsunters|Vergleichsaufn|Ausgangsunters|"
               r"Ausgangsbef)(?=\.)|Vorabkl(?:ä|ae)rung(?:en)?|"
               r"Vor-?(?:US|Sono|Rö|Röntgen|MRI|Mammo\w*|Szinti\w*|Echo|DSA|Schall|Screening)|"
               r"ext\.\s*(?:CT|MRT?|MRI|PET(?:-CT)?|US)\b)")
# Round 29 (refs-conv29): the French/Italian earlier exam, "l'examen précédent", "l'esame precedente"; round 30a: by its
# modality too ("nel CT precedente", "IRM antérieure"), and the bare label before a colon ("(precedente: serie 4 ...)",
# "précédent : série 3 ...").
_ROMANCE_PRIOR = (r"(?:(?:examen|scanner|TDM|IRM|échographie|esame|TC|RM|ecografia|studio|indagine|CT|MRT?|MRI|TAC)\s+"
                  r"(?:précédente?s?|antérieure?s?|precedenti|precedente)|"
                  # (mend of round 30a: not "see above", "(vedi precedente: ...)", "(cf. précédent : ...)")
                  r"(?<!vedi\s)(?<!voir\s)(?<!cf\.\s)(?<!cfr\.\s)(?<!vd\.\s)(?:précédente?|antérieure?|precedente)"
                  r"(?=\s*:))")
_PRIOR_NOUN = (r"(?:VU|Voruntersuchung(?:en)?|Vor-?aufnahmen?|Vorbefund(?:es|en|e)?|Vorstudien?|"
               r"Vor-?(?:CT|MRT?|MRI|PET)|"
               + _ROMANCE_PRIOR + r"|"
               # round 13: "in den Vorbildern", "(VA Serie 2 Bild 17)" (case-sensitive), "on the priors", "(prev. ...)";
               # round 15: the Austrian "VB" (Vorbefund, case-sensitive): "(Se 4 Bi 97, VB Se 4 Bi 92)"
               r"Vor-?bild(?:ern|er)?|(?-i:VA|VB)\b|priors\b|prev\b\.?|"
               # ... and the baseline's "BL" before a series word or number: "(Se 5 Bi 52; BL Se 4 Bi 50)"
               r"(?-i:BL)(?=\s*:?\s*(?:Se|SE|Ser|Serie|Series|series|S\d|\d|$))|"
               + _PRIOR_ABBR + r"|"
               r"Vergleichsuntersuchung|Vergleichsaufnahme|" + _DATED_EXAM + r"|" + _OUTSIDE_EXAM + r"|" + _EARLIER_EXAM
               + r"|(?:prior|previous|comparison|baseline)"
               r"(?=[\s-]*(?:[:,;.()\[\]]|\d|$|(?:study|studies|exams?|examination|CT|MRI?|scans?|imaging|series|se|ser|"
               r"images?|img|im|sequence|reports?|PET|ultrasound|radiographs?|films?|"
               # round 12: "Previous CTPA showed ...", "(... vs. Baseline Bild 5/141)"
               r"CTPA|CTA|MRA|MRCP|Bild|Bilder|Serie|Bi|Schicht)\b)|"
               r"\s+(?:the|there|it|this|a|an)\s))")  # "On the prior the mass ..."
# Round 20: a mammography view before a slice word names a tomosynthesis slice: "CC Schnitt 23, MLO Schnitt 31"
# (a slice word alone needs a series word: "Schnitt 23" may be a cut or a section of a specimen; `_VIEW_BEFORE` is
# checked after the match, so that every match still opens with a keyword's first letter).
# Round 31b: a lower-case "im" item's numbers (a list or range), then the end of its line or column.
# Mend of round 31b: never a year ("– im 2019", "Voroperation      im 2019": Swiss "in 2019"), "\r\n" ends a line too.
_IM_ITEM_CLOSES = (r"\s?(?!(?:19|20)\d\d\b)\d{1,4}(?:\s*(?:[-–,]|and)\s*\d{1,4})*"
                   r"(?:[ \t]*\r?(?:\n|$)|\s\s|\t)")
_VIEW_SLICE = r"(?P<io_cut>(?-i:Schnitte|Schnitt|Sections|Section|sections|section))\b"
# Review of round 21: what a compact pair's spaced dash needs after it: the image word and an image of 10 or more, or
# one closing its bracket ("(S 6 - B 21)", "(S8 - I7)"; not "S 1 - I 2 Grades").
_CP_DASH_IMAGE = r"\s*(?-i:IMA|Ima|Imag|IMG|Img|IM|Im|[BIi])[.:]?\s?(?:[1-9]\d|\d\s*[)\]])"
_VIEW_BEFORE = re.compile(r"(?<![\w-])(?-i:[RL]?(?:MLO|CC|ML|LM|XCCL))\s+$")  # round 22b: "RMLO", "LCC" too
REF_PATTERN = re.compile(
    r"(?i)"
    # series first: "Serie 3, Bild 60", "Se 4/Bi 12-15", "SE 3 IM 87", "Ser. 3, Img. 12"
    r"(?P<sf>\b" + _SERIES_KW + r"\s*" + _NR + r"(?:(?P<sf_s>\d{1,4}|" + _NUMBER_WORD + r")" + _SERIES_TOTAL + r")"
    + _GUARD + _SEP
    + r"(?:(?<![^\W\d_])" + _IMAGE_KW_ANY + r"\s*" + _NR + r"|\#\s*)(?P<sf_i>" + _LIST + r"))"
    # series/image after the image word: "Bild 6/45", "Bild 4/55-60", "Bilder 2/30 bis 2/34" (checked in
    # `_image_slash`: a stack counter "Bild 45/120", dates and captions are rejected there)
    # ... round 13: the German abbreviation too, case-sensitive ("Bi 5/77", "Bi. 6/182", "(Bi 5/220–236)")
    # ... round 25: the rarer image words too, case-sensitive: "Ima 2/40", "IMA 4/12", "imgs 3/55"
    r"|(?P<is>(?:\b" + _IMAGE_KW_FULL + r"|(?-i:\bBi\b|\bIMA\b|\bIma\b|\bI[Mm][Gg][Ss]\b|\bimgs\b)\.?)\s*" + _NR
    + r"(?P<is_s>\d{1,4})\s*/\s*(?P<is_i>\d{1,4}"
    + r"(?:\s*" + _RANGE_TO + r"\s*(?:\d{1,4}\s*/\s*)?\d{1,4})?)" + _GUARD + r")"
    # image first: "Bild 45 der Serie 3", "image 87 of series 3"
    r"|(?P<if>(?:\b" + _IMAGE_KW_ANY + r"\s*" + _NR + r"|(?<=\()\s*\#\s*)(?P<if_i>" + _LIST + r")"  # "(#45, series 3)"
    r"\s*(?:[,;/]\s*|[(\[]\s*|der\s+|in\s+der\s+|aus\s+(?:der\s+)?|von\s+|of\s+(?:the\s+)?|in\s+(?:the\s+)?|from\s+|"
    r"on\s+(?:the\s+)?|della\s+|nella\s+|(?:de|dans)\s+la\s+)?"  # mend of round 28b: "immagine 45 della serie 3"
    r"(?:(?:aktuellen|heutigen|jetzigen|current|present|today's|sagittalen|koronaren|coronaren|axialen|"
    r"transversalen|sagittal|coronal|axial)\s+)?"
    # "image 45, 1.5 mm series 3", "Bild 45 der 1-mm-Serie 3", "Bild 45 der Dünnschichtserie 3"
    r"(?:\d{1,2}(?:[.,]\d{1,2})?[\s-]*mm[\s-]*|Dünnschicht-?|thin[\s-]+(?:section\s+|slice\s+)?)?"
    + _SERIES_KW + r"\s*" + _NR + r"(?:(?P<if_s>\d{1,4}|" + _NUMBER_WORD + r")" + _SERIES_TOTAL + r")" + _GUARD + r")"
    # "Serie/Bild 3/45", "Se/Bi 3/87"
    # ... and the viewer labels "S/I 3/45", "S:I 5:38", "S:B 6:120" (round 12)
    # ... round 16: a compound that means "series image" before the pair: "(Serienbild 4/57)", "Serien-Bild 6/33",
    # "Seriebild 3/64", "Ser.-Bild 8/201", "Serienbild-Nr. 4/145", "series-image 3/48"
    r"|(?P<sl>(?:\b" + _SERIES_KW + r"\s*[/:]\s*" + _IMAGE_KW_ANY + r"|(?-i:\bS\s*[/:]\s*[IB]\b)|\b" + _SERIES_IMAGE
    + r"\s*" + _NR + r")"
    r"\s*:?\s*(?P<sl_s>\d{1,4})"
    r"\s*[/:]\s*"
    r"(?P<sl_i>" + _ITEM + r"))"
    # "(3:87)", "(3/45)" only inside parentheses (ratio, fraction, date contexts rejected in `find_ref_spans`)
    # a bracket of bare pairs only: "(4/20, 5/18)", "(3:45 und 3:52)"
    # round 26: a comma after the plane or now label too ("(axial, 5:77)", "(today, 4:51)")
    r"|(?P<co>(?<=\()\s*(?:(?:" + _PLANE_WORD + r"(?:\s+" + _PLANE_WORD + r"){0,2}|" + _NOW_LABEL + r")\s*[:,]?\s*)?"
    r"(?P<co_s>\d{1,4})\s*(?P<co_sep>[:/])\s*(?P<co_i>[1-9]\d{0,3}(?:\s*[-–—]\s*(?:\d{1,3}\s*[:/]\s*)?\d{1,4}"
    r"|\s+(?:bis|to|through|thru)\s+\d{1,3}\s*[:/]\s*\d{1,4})?)"  # "(3/45 bis 3/50)", "(3:45 to 3:50)"
    r"(?P<co_tail>" + _PAIR_TAIL + r")"
    # a further pair may name the prior study: "(4/71; prior 3/66)"
    r"(?P<co_more>" + _MORE_PAIRS + r")"
    r"\s*(?=\)))"
    # compact "S3 B45", "S3/B45", "[S3:B45]", "[S4:B12, B41]" (case-sensitive: "s3" in running text is no series)
    # ... lower case only opening a bracket: "(s3 i45)", "(s. 3, i. 45)"; "S3 IM45"
    # ... round 21: a spaced dash between them, the rarer image words: "(sag T2 S 7 - B 14)", "(S 4, IMA 66 / IMA 72)"
    # ... and lower case glued anywhere: "(s4i55, s4i61; VU s3i50)"
    # ... review: a spaced dash only before an image of 10 or more or one closing a bracket ("Spondylolisthese S 1 - I 2
    # Grades" is a grade)
    r"|(?P<cp>(?:(?-i:\bS)|(?<=\()(?-i:s)|(?-i:\bs(?=\d{1,3}i\d)))[.:]?\s?(?P<cp_s>\d{1,3})\s*"
    r"(?:[/,:]|[-–](?=\s" + _CP_DASH_IMAGE + r"))?\s*"
    r"(?-i:IMA|Ima|Imag|IMG|Img|IM|Im|[BIi])[.:]?\s?(?P<cp_i>"
    + _GLUED + r"|" + _ITEM
    + r"(?:\s*(?:[,/]\s*(?-i:IMA|Ima|Imag|IMG|Img|IM|[BI])\.?\s?|(?:und|and|&|\+)\s*"
    r"(?:(?-i:IMA|Ima|Imag|IMG|Img|IM|[BI])\.?\s?)?)" + _NEXT_ITEM + r")*))"
    # compact image first, filling a bracket: "(B 88 S 5)", "(I 45 S 3)", "(i120 s3)"
    r"|(?P<ci>(?<=\()\s*(?-i:(?:IM|[Ii])\.?\s?|B\.?\s)(?P<ci_i>[1-9]\d{1,3})(?!\d|[.,:]\d)\s*[/,]?\s*(?-i:SE|Se|[Ss])\.?\s?"
    r"(?P<ci_s>\d{1,3})" + _GUARD + r"\s*(?=[)\]]))"
    # image only: "Bild 45", "images 12-15", "Schicht 30" (series from context)
    # ... and the German abbreviation in running text, case-sensitive: "Läsion in Segment IVa Bi 61"
    # round 22b: "im# 56" (a lower-case "im" glued to a viewer hash is no preposition)
    # round 23: "Imm. 33", "Ims 12-15" alone too (case-sensitive)
    r"|(?P<io>(?:\b" + _IMAGE_KW_FULL + r"|(?-i:\bBi\b|\bImm\b|\bIms\b" + _IMS_COUNTED
    + r")\.?|(?-i:\bim|\bIm|\bIM)(?=\#\s?\d)|"
    # round 28a: a lower-case "im" filling a pipe-table cell, "| im 22 |" (no preposition stands alone in a cell; the
    # bar is checked behind "im", so that the match still opens with the gate's "i")
    r"(?-i:im)(?:(?<=\|\sim)|(?<=\|im))(?=\s?\d{1,4}[ \t]*(?:\||\n|$))|"
    # round 31b: ... or an item's citation after a spaced dash or a column gap, closing its line or column ("– im 54",
    # "– im 61, 63, 66", "VII       im 30       18 mm"); "im 3. Zyklus", "im 12 Uhr-Bereich" go on with words
    r"(?-i:im)(?:(?<=\s[–—-]\sim)|(?<=\s\sim)|(?<=\tim))(?=" + _IM_ITEM_CLOSES + r")|"
    + _VIEW_SLICE + r")\s*"
    + _NR + r"(?P<io_i>" + _LIST
    + r"))"
    r"|(?P<pi>(?<=\()\s*(?:\#|(?-i:IMA|Ima|im|IM|Im)\.?\s*\#?|(?P<pi_one>(?-i:B|I)\.?(?=\s?[1-9]\d)))\s*"
    r"(?P<pi_i>" + _LIST + r")\s*(?=\)))"
    # round 25: ... or its one-letter image word ("(B. 47)", "(I 131)") after a full citation that wrote the same
    # letter earlier in the paragraph ("(S. 6, B. 41)": `_one_letter_after_citation`; "(I 131)" alone is iodine)
    # a bare "a/b" or "a:b" after a prior word opening the bracket: "(VU 3/35)", "(prior: 2:40)"
    r"|(?P<pc>(?<=\()\s*" + _PAIR_OPENER + r"\s*(?P<pc_s>[1-9]\d{0,2})\s*[:/]\s*(?P<pc_i>[1-9]\d{0,3}"
    r"(?:\s*[-–]\s*\d{1,4})?)(?P<pc_more>" + _MORE_PAIRS + r")\s*(?=[),;]))"
    # a bracket of a series and bare image numbers: "(Serie 3: 45)", "(series 3: 45, 48)", "(Serie 3, 45)"
    r"|(?P<sb>(?<=[(\[])\s*" + _SERIES_KW + r"\s*" + _NR + r"(?P<sb_s>" + _SERIES_NUM + r")\s*(?P<sb_sep>[:,])\s*"
    r"(?P<sb_i>" + _LIST + r")\s*(?=[)\]]))"
    # round 11: a series word (or its abbreviation) and "series/image" in one token, inside a bracket: "(Se 4/87)",
    # "(Ser. 3/118)", "(SE4/62)", "(Sr. 5 / 73)", "(S. 8/141)", "(Se 3-55)", "(Vorunters. Se 4/92; aktuell Se 4/95)"
    # (checked in `_series_slash`: inside a bracket, an image >= 10 after "/" or "-", no year)
    r"|(?P<ss>(?:\b" + _SERIES_KW + r"|(?<=[(\[])\s*(?-i:S)\.?)\s*(?P<ss_s>[1-9]\d{0,3})\s*(?P<ss_sep>[/:–-])\s*"
    r"(?P<ss_i>" + _ITEM + r"))"
)

# Round 26: a list's last item that is a row number ("...; 2) RLL nodule"): one or two digits after ";" or ",", then
# ")" and a word, where no bracket is open.
_ROW_NUMBER_ITEM = re.compile(r"\s*[;,]\s*\d{1,2}\s*$")
_ROW_NUMBER_OPENS = re.compile(r"\)\s+[^\W\d_]")


def _bracket_is_open(text: str, at: int) -> bool:
    """Whether a "(" or "[" of the line holding `at` is still open at `at`."""
    line = text[text.rfind("\n", 0, at) + 1:at]
    return line.count("(") + line.count("[") > line.count(")") + line.count("]")


# Words that make a parenthesised "a:b" a ratio or a time, not a reference.
# Round 24: "at" before a timepoint and its size is no clock time ("at baseline 26 mm (2/121)", "at iCPD 22 mm
# (3/118)").
_AT_TIMEPOINT = (r"(?!\s+(?:baseline|nadir|diagnosis|interim|staging|restaging|i?(?:CR|PR|SD|PD|UPD|CPD)|[CPN]MR|PMD)"
                 r"(?:\s*:?\s*\d+(?:[.,]\d+)?(?:\s*[x×]\s*\d+(?:[.,]\d+)?)*\s*(?:mm|cm))?\s*$)"
                 # round 28b: ... nor before a vertebral level ("Degeneration at L3/4 (5:22)", "at C5-6 (4:30)")
                 # (refs-fix29: the level is `anatomy_numbers`'s, shared with the candidate generator)
                 r"(?!\s+" + LEVEL + r"(?:" + LEVEL_PAIR_TAIL + r")?\s*$)")
_RATIO_CONTEXT = re.compile(
    r"(?i)(?:verhältnis|verhaeltnis|\bratio\b|quotient|relation|uhr|\bum\b|\bat\b" + _AT_TIMEPOINT
    + r"|\btime\b|zeit|o'clock|"
    r"verteilung|mischung|dilution|verdünnung|score\b|index\b|\bp\s*=|literatur|reference|quelle|citation|gleason)|"
    r"\d:\d\s*$")
# Round 21: a call or event in an emergency report before a bracketed clock time ("Befund telefonisch übermittelt
# (14:32)", "called to ED (03:15)"), a dilution before "1:n" ("Kontrastmittel verdünnt (1:20)").
_EVENT_CONTEXT = re.compile(r"(?i)telefon\w*|phone\w*|übermittelt|mitgeteilt|informiert|benachrichtigt|rücksprache|"
                            r"besprochen|\bcalled\b|notified|discussed|communicated|paged|beendet|begonnen|completed|"
                            r"started|\bended\b")
# (round 27: with a phase word after it too, "at (10:45 arterial)": `_SEQUENCE_TAIL` lets such a pair through)
_CLOCK = re.compile(r"(?i)\(\s*(?:[01]?\d|2[0-3]):[0-5]\d(?:" + _SEQUENCE_TAIL + r")?\s*\)")
# Round 25: the time words ("at", "um", "Uhr", "time", "Zeit") make a clock-shaped bracket only a time: "Callus at the
# 7th rib (301:102)" is a pair (no hour 301); a contrast or scan event before a clock too ("Contrast given (14:32)").
_TIME_CONTEXT_ONLY = re.compile(r"(?i)(?:\buhr|\bum\b|\bat\b|\btime\b|zeit|o'clock)")
_GIVEN_CONTEXT = re.compile(r"(?i)\b(?:given|injected|administered|gegeben|appliziert|verabreicht|injiziert|beginn|"
                            r"untersuchungsbeginn|start|scan\s+time|scanned|gescannt)\b")
_DILUTED_CONTEXT = re.compile(r"(?i)verdünnt|diluted")
# Round 30b: a day word before a clock-shaped bracket ("im CT vom Vortag (23:40)", "overnight (02:15)"), and a chat
# line's speaker before it ("Dr. B. (10:15): ...", "OA Keller (07:30)"): a time, no pair.
# Mend of round 30b: the day word must govern the bracket, at most prepositions, articles and an exam noun between
# them ("im CT vom Vortag (23:40)", "the scan of yesterday's (…)"); a day word that dates a comparison or a finding
# between them keeps the pair ("Im Vergleich zu gestern größenprogredienter Erguss (14:22)"). The speaker only in a
# chat head, the bracket followed by its colon ("Dr. B. (10:15):", "OA Keller (07:30):"): "CA Pankreaskopf (12:34),"
# "PD Leber (11:20)", "OA right hip (10:20)" are findings (carcinoma, progressive disease, osteoarthritis), and "Dr.
# Meier sieht den Herd (10:25)" cites an image.
_DAY_CONTEXT = re.compile(r"(?i)\b(?:vortag\w*|gestern|vorabend|vornacht|nachts|morgens|abends|yesterday|overnight"
                          r"|last\s+night|this\s+morning|tonight|heute\s+(?:morgen|früh|nacht))(?:'s)?"
                          r"(?:\s+(?:vom|von|am|im|des|der|dem|of|from|the|on|at|um|CT|MRT?|MRI|scan|film|study|exam"
                          r"|Untersuchung|Aufnahme|Röntgen))*\s*$")
_SPEAKER = re.compile(r"[ \t]*(?:\[[^\]\n]{0,12}\][ \t]*)?(?:Dr|Prof|PD|OA|OÄ|CA|FA|Dres)\.?[ \t]+"
                      r"[^\W\d][^\n():\d]{0,24}")
_HEAD_COLON = re.compile(r"\([^()\n]{3,12}\)\s*:")
_ONE_TO = re.compile(r"\(\s*1\s*:\s*\d")
# Round 27: "(1:100)", "(1:1000)", "(1:500)" alone: a dilution, whatever the words before it ("Heparin flush (1:1000)").
_ROUND_DILUTION = re.compile(r"\(\s*1\s*:\s*[125]00{1,3}\s*\)")

# Words that make a parenthesised "a/b" a fraction, date or score, not a reference.
_FRACTION_CONTEXT = re.compile(
    r"(?i)(?:(?:\bseit\b|\bvom\b|\bz\.\s*n\.|datum|\bdate|\bsince\b|\bop\b|operation|"
    r"anteil|fraction|hälfte|drittel|viertel|half|third|quarter|"
    # a measurement that is written a/b: blood pressure, visual acuity, stent size
    r"\brr\b|\bbp\b|blutdruck|blood\s+pressure|visus|acuity|stents?\b|literatur|reference|quelle|citation|"
    # a follow-up interval in UK notation: "Follow-up advised (6/52)", "Verlaufskontrolle (6/12)"
    r"kontroll|verlauf|follow|review|wiedervorstell|recall|repeat)"
    r"[^()]{0,25}"
    # a score or level with a value of its own ("PI-RADS 4 (5/14)") is done: what follows may be a reference
    r"|(?:aspects|\bgcs|nihss|\bgrad|\bgrade|stadium|\bstage|punkte|points|\bscore|\btnm\b|rads\b|level|"
    r"\bhwk|\bbwk|\blwk|segment(?!e?\s*[IVX]+[ab]?\b))[^()\d]{0,25})$")  # "Segment II (2/45)" is done

FRACTION_CONTEXT = _FRACTION_CONTEXT  # round 31b: `series_legend` (refs-legend31)

_SCORE_VALUE = re.compile(r"(?i)(?:aspects|gcs|nihss|grad|grade|stadium|stage|punkte|points|score|rads)\s*:?\s*"
                          r"(\d{1,3})\s*$")

# A reference into the prior study points at an image not in this study: kept, flagged `prior` (docs/snippets.md).
# (mend of round 30a: the hyphenated "Vor-Aufnahme", "Vor-Bilder" read as the unhyphenated words, which
# `_CAPTION_AFTER` no longer drops as a caption: "Bild 2 der Vor-Aufnahme")
_PRIOR_WORDS = (r"(?:VU|Voruntersuchung(?:en)?|Vor-?aufnahmen?|Vorbefund|Voruntersuchungsserie|Vorstudie|"
                r"Vor-?bild(?:ern|er)?|Vergleichsuntersuchung|Vergleichsaufnahme|prior|previous|baseline|"
                r"comparison|old)")
# Every prior rule needs one of these somewhere in the text (a superset, checked once per text for speed):
# words (lower case, substrings) or a date/year.
_PRIOR_HINT_WORDS = ("from", "von", "vu", "vor", "vergleich", "ausgang", "baseline", "prior", "previous", "fremd",
                     "eingang",  # round 27: "Im Eingangs-CT ..."
                     "précéd", "preceden", "antérieur",  # round 29: "l'examen précédent", "l'esame precedente"
                     "zuvor", "vormals", "osh",  # round 16: "(OSH CT 2:71)", an outside-hospital study
                     "comparison", "old", "ext.",
                     "earlier", "last", "former", "ausw", "extern", "outside", "damals", "dort", "there", "then",
                     "seinerzeit", "letzte", "frühere", "alte", "früher", "their", "ihre", "deren", "that time",
                     # round 12 (`_EARLIER_TIME`)
                     "gestern", "yesterday", "nadir", "staging", "diagnos", "presentation", "ago", "day 0", "day 1",
                     "day 2", "day 3", "tag 0", "tag 1", "tag 2", "tag 3", "before", "treatment", "prätherap",
                     "zwischenzeit", "interim", "präop", "pre-op", "preop", "vorrunde",  # round 22a
                     "älter", "prev",  # round 13
                     # round 25: a named earlier exam of admission or the emergency department ("since the admission
                     # CT", "seit dem Aufnahme-CT", "relative to the ED scan")
                     "admission", "aufnahme-", "emergency", "notfall", "schockraum", "ed scan", "ed ct",
                     # round 26: an exam named by its occasion ("(birth CT ...)", "(Erst-CT ...)", "(initial MRI ...)")
                     "birth", "geburts", "neonat", "newborn", "neugeborenen", "initial", "index", "first", "erst-",
                     "original", "trauma")
# ... round 13: a timepoint arrow, "BL", "VA", a month after "vom/of/from" ("im CT vom Februar")
# Mining speed 18: written led by one class of every first character of its matches, each alternative checking that
# character again by a look-behind (`(?<!\w.)` after it is the `\b` before it), so that `re` skips to those characters
# instead of trying every alternative at every offset; only its boolean is read, so the order of the alternatives is
# free (tests/curation/snippets/test_mining_speed18.py compares it with the plain alternation it was written from).
_PRIOR_HINT_PLAIN = (r"[\d→⇒=\-BCNPSUVdfiov](?:"
                     # a year, a date, a day before a month, and (round 22a) "– 02/25 11 mm (...)"
                     r"(?<=\d)(?:\d{3}|\.\s?\d{1,2}\.|/\d{1,2}/\d\d|\.?\s+" + _MONTH + r"(?!\w)|"
                     r"(?<!\w.)\d?/\d\d\s+\d+(?:[.,]\d+)?\s*(?:mm|cm)\b)|"
                     r"(?<=[→⇒])|(?<=[-=])>|"
                     r"(?<!\w.)(?:(?<=B)L|(?<=V)[AB]|"
                     # round 24: an earlier round's response label ("bei PR 19 mm", "at iCPD 22 mm")
                     r"(?<=i)(?:CR|PR|SD|PD|UPD|CPD)|(?<=C)R|(?<=P)R|(?<=S)D|(?<=P)D|(?<=U)PD|(?<=C)PD|"
                     r"(?<=[CPN])MR|(?<=P)MD)\b|"
                     r"(?<!\w.)(?:(?<=v)om|(?<=o)f|(?<=f)rom|(?<=d)ated)\s+(?:\d{1,2}\.?\s+)?(?:Jan|Jän|Feb|Mär|Mar|"
                     r"Apr|Mai|May|Jun|Jul|Aug|Sep|Okt|Oct|Nov|Dez|Dec|Frühjahr|Sommer|Herbst|Winter))")
# ... and a month name in any case: round 22a "August 5 mm (...)"; round 16: "in May (3:80)", "im Februar 9 mm", "the
# August exam", "Dec exam"; round 25: a month opening a bracket part, "(heute S4 B77; Oktober S3 B70)"
_PRIOR_HINT_MONTH = (r"(?i:" + _MONTH_WORD + r"\s+\d+(?:[.,]\d+)?\s*(?:mm|cm)\b)|"
                     r"(?i:[(\[;]\s*" + _MONTH_WORD + r")|"
                     r"(?i:\b(?:im|in|on\s+the|am)\s+" + _MONTH_WORD + r"|" + _MONTH_WORD
                     + r"\s+(?:exam|study|scan|CT|MRT?|MRI)\b)")
_PRIOR_HINT_DATE = re.compile(_PRIOR_HINT_PLAIN + "|" + _PRIOR_HINT_MONTH)
# Where no month name stands, only the plain hints can match (the month ones try every offset, case-folded): every
# name in `_MONTH` starts with one of these (lower case), found by `str.lower` unless the text holds a `FOLDING` letter.
_PRIOR_HINT_NO_MONTH = re.compile(_PRIOR_HINT_PLAIN)
_MONTH_STEMS = tuple(dict.fromkeys(name[:3].lower() for name in re.findall(r"[A-ZÄ]\w+", _MONTH)))


# The hint words as one case-sensitive alternation of literals (one pass over the lower-cased text, the same answer as
# `any(w in low for w in _PRIOR_HINT_WORDS)`; mining speed 19: written as a trie, `gate.literal_trie`).
_PRIOR_HINT_ANY = re.compile(literal_trie(_PRIOR_HINT_WORDS))


def _maybe_prior(text: str) -> bool:
    """False when no prior rule can fire in `text` (no prior word, no date, no year)."""
    low = text.lower()
    if _PRIOR_HINT_ANY.search(low) is not None:
        return True
    if not may_hold(text, low, _MONTH_STEMS):
        return _PRIOR_HINT_NO_MONTH.search(text) is not None  # no month name: `_PRIOR_HINT_MONTH` cannot match
    return _PRIOR_HINT_DATE.search(text) is not None
# Round 23: ... or the exam before an operation, with its exam word, closing the bracket: "(Se. 4 Bi. 70, präop. MRT)",
# "(series 2 image 77 on the pre-op CT)" (alone, a pre-op exam may be today's: "Präop. CT: ..." stays as it is).
_OP_EXAM = (r"(?:präop\.?|pr(?:ä|ae|e)-?op\.?|präoperative[nmrs]?|preoperative)\s+(?:CT|MRT?|MRI|PET(?:-CT)?|scan|"
            r"study|Untersuchung)(?=\s*[)\]])")
_PRIOR_AFTER = re.compile(r"(?i)\s*(?:(?:(?:der|in\s+der|aus\s+der|of|on|in|from)\s+(?:the\s+)?)?" + _PRIOR_WORDS
                          + r"\b|,?\s*(?:(?:im|in\s+der|on\s+the|on|from\s+the|from)\s+)?" + _OP_EXAM + r")")
# Round 17: a label between two pairs of a row opens the next part: "24 mm (4/61) baseline 38 mm (3/58)" (a form whose
# span holds its closing bracket, then a prior word, a measurement and the next bracket): the label is the second
# pair's, not a tail of the first.
_OPENS_NEXT_PART = re.compile(r"(?i)\s*:?\s*(?:noch\s+|still\s+|nur\s+|only\s+|ca\.\s*|approx\.\s*)?\d+(?:[.,]\d+)?"
                              r"(?:\s*[x×]\s*\d+(?:[.,]\d+)?)*\s*(?:mm|cm)\b[^()\[\];]{0,25}[(\[]")


def prior_after(text: str, end: int) -> re.Match[str] | None:
    """A prior word right after the reference that tags it ("Bild 20 der VU"); not one that opens the row's next
    part after the reference's own closing bracket (round 17)."""
    tail = _PRIOR_AFTER.match(text, end)
    if tail is not None and text[end - 1:end] in (")", "]") and _OPENS_NEXT_PART.match(text, tail.end()):
        return None
    return tail
_PRIOR_BEFORE = re.compile(
    r"(?i)(?:\b(zur|zum|to|with|mit|vs|versus|gegenüber|than|als|seit|since)\.?\s+(?:(?:on|in|im|auf)\s+)?"
    r"(?:der\s+|dem\s+|the\s+)?)?\b"
    r"(?:" + _PRIOR_NOUN + r"|" + _OUTSIDE_BARE + r"|"
    r"previously(?:\s+(?:seen|shown|visible|depicted|demonstrated|noted)\s+(?:on|in)\b)?|"
    r"(?:zuvor|vormals)\s+(?:gesehen|abgebildet|sichtbar|abgrenzbar)\s+(?:auf|in)\b)"  # "previously seen on ..."
    r"(?:\s+(?:study|exam|examination|CT|MRI?|MRT|PET(?:[/-]CT)?|scan|imaging|films|Untersuchung|" + _VIEW + r"))?"
    # round 26: its plane or sequence ("in der VU koronar (Se 5 Bi 41)", "on the prior coronal (...)")
    r"(?:\s+" + _PLANE_WORD + r")?"
    r"\s*[:(]?\s*(?:in\s+|auf\s+|on\s+)?$")
# A prior word anywhere in the reference's own bracket before it: "(Vorbefund vom 02.02.2024, Serie 4, Bild 44)",
# "(comparison study, series 2, image 80)"; not a comparison that introduces this study's finding.
_PRIOR_IN_BRACKET = re.compile(
    r"(?i)(?<!zur\s)(?<!zum\s)(?<!\bto\s)(?<!with\s)(?<!\bmit\s)\b(?:" + _PRIOR_NOUN + r"|previously)\b")
# Round 13: a comparison label that opens the second citation of a bracket binds to it alone: "(Se 4 Bi 71; Vergleich
# Se 2 Bi 66)", "(S6 I120; old S3 I115)" (not at the bracket's opening: "(vgl. Serie 3, Bild 40)" points at this study).
_LABEL_AFTER_SEP = re.compile(r"(?i)[;,]\s*(?:Vergleich|comparison|old|alt|former)\s*:?\s*$")
# A clause framed in the prior study: the prior phrase opens the clause ("On the comparison CT the node
# (series 2, image 40) measured 8 mm", "In der VU war der Herd (Serie 3, Bild 12) 8 mm") or only a measurement
# stands between it and the reference ("in der VU 14 mm (Se 3, Bi 35)", "zuvor 9 mm (Bild 3/39)"); an attribute
# ("der in der VU beschriebene Herd (Serie 3, Bild 45)") describes a finding of this study.
# Round 23/24 review: "then" of a sequence ("..., then a second lesion 8 mm (...)", "then compare series 3 image 44")
# is no time word.
_THEN = (r"then(?!\s+(?:a|an|another|the|compare|see|further|also|additional|second|one|two|more|next|\w+ing)\b|"
         r"\s*:\s*(?:see|compare)\b)")


def _then_words(*left_out: str) -> str:
    """The shared time words of an earlier exam (`timepoint_words.THEN_WORDS`: "damals", "zuvor", "previously", ...)
    as an alternation, less the words a rule does not read (`left_out`). Mining speed 19: `_PRIOR_CLAUSE`, `_WAS_THEN`
    and `_VALUE_SCOPED_BEFORE` held three hand copies of the list (each word is whole where it is read, and none is
    the start of another, so the order of the alternatives does not matter)."""
    return "|".join(w for w in THEN_WORDS if w not in left_out)


_PRIOR_CLAUSE = re.compile(
    # (mend of round 27: a possessive too, "in unserem Vor-CT", "in our prior CT": the house's own earlier exam)
    # (round 30a: the French/Italian prepositions, "Nel CT precedente ...", "Sur l'examen précédent ...")
    r"(?i)(?:(?<!\w)(?:(?:in|im|auf|on|at|from|nel|nella|sul|sulla|sur|dans)\s+|nell'|sull')"
    r"(?:der\s+|dem\s+|den\s+|the\s+|l'|unsere[mnrs]?\s+|our\s+)?"
    r"(?:(?:most\s+recent|latest|immediately|letzten|jüngsten)\s+)?(?:" + _PRIOR_NOUN
    + r"|earlier)\b(?:\s+(?:study|exam|"
    r"examination|CT|MRI?|PET(?:[/-]CT)?|scan|Untersuchung))?"
    # a time word of the earlier examination (round 6: "seinerzeit", "früher", "then", "at that time")
    r"|\b(?:" + _then_words("vorher", "initially") + "|" + _THEN + r"|at\s+that\s+time)\b"
    # round 12: the timepoints of follow-up text, an interim examination, a year of its own ("In 2023 this area
    # measured 8 mm (...)"; weak: only before a past verb or a measurement)
    # (round 27: "Nadir" not as the first half of a compound label, "Nadir-CT:", which the label alternative below
    # reads; "im Staging-CT" stays a time word)
    r"|\b(?:" + _EARLIER_TIME + r"|zwischenzeitlich|in\s+the\s+interim|(?:in|im)\s+(?:19|20)\d\d)\b(?:(?!-)|(?<!nadir))"
    r"|\b(?:at|bei|zur)\s+baseline\b|\bzum\s+Ausgangszeitpunkt\b"  # "At baseline the lesion measured 32 mm (...)"
    # a label naming the prior examination: "Prior exam: 2 cm nodule (series 4 image 50)", "Voruntersuchung: ..."
    # ("Comparison study:", "Outside CT:", "Baseline:", "Ausgangsbefund:", "Voruntersuchung vom 03.04.2023:")
    # (round 30a: with one word before the exam word and a short time tail, "Prior fetal MRI at 22 weeks:")
    # (a comparison's preposition is no such word: "Comparison with CT of <date>: ..." names no earlier exam's clause)
    r"|\b(?:(?:prior|previous|comparison|baseline|outside|external|earlier|old)\s+"
    r"(?:(?:19|20)\d\d\s+)?"  # round 31b: its year before the exam word, "Comparison 2022 CT: ..."
    r"(?:(?!(?:with|to|of|mit|zur?|zum)\s)[^\W\d_]+\s+)?(?:study|exam|"
    r"examination|CT|MRI?|scan|imaging)(?:\s+at\s+\d{1,2}\s*(?:weeks|wks?|days|months))?|"
    r"baseline|prior|previous|VU|(?-i:VA)|Voruntersuchung|Vorbefund|Voraufnahme|Vorbilder|"
    r"Vor-?(?:CT|MRT?|MRI|PET(?:[/-]CT)?)|"  # round 27: "Zum Vergleich Vor-PET vom 03.05.: ..."
    r"Vergleichsuntersuchung|"
    r"Vergleichsaufnahme|(?:Vergleichs|Ausgangs)-?(?:CT|MRT?|untersuchung|befund|aufnahme)|"
    # round 27: "Nadir-CT:", "Ausgangs-PET/Baseline-PET:", "Zum Vergleich Nadir-CT:" (`_COMPARISON_LEAD`)
    + EARLIER_COMPOUND + r"(?:\s*/\s*" + EARLIER_COMPOUND + r")?)"
    r"(?:\s+(?:vom|from|of|dated)?\s*" + _DATE + r")?(?:\s*\([^()]{0,30}\))?\s*:"
    # the prior examination as the clause's subject: "Die VU zeigte den Herd (...)", "The prior CT showed ...",
    # "Previous CT 03/2023 showed ...", "Die Fremdaufnahme vom März zeigte ..."
    r"|(?<!\w)(?:(?:die|der|das|the)\s+)?" + _PRIOR_NOUN
    + r"(?:\s+(?:study|exam|examination|CTPA|CTA|MRA|CT|MRI?|scan))?"
    r"(?:\s+(?:vom|from|of|dated|in)?\s*(?:" + _DATE + r"|" + _MONTH + r"(?:\s+\d{4})?))?"
    r"(?=\s+(?:zeigte|zeigt|showed|shows|demonstrated|depicted|hatte|had|mit|with|showing)\b))")
_LABEL_PAREN = re.compile(r"\([^()]{0,30}\)\s*:$")
# What may stand before a clause-opening prior phrase: punctuation (the previous reference's closing bracket:
# "(Serie 7, Bild 14), in der Vor-MRT noch ohne Kontakt (Serie 6, Bild 13)"), a list number, a connective.
# Only the reference's bracket between a clause cue and the reference: "damals (Serie 6, Bild 20)", "present then
# (series 3, image 44)".
_BRACKET_ONLY = re.compile(r"\s*[(\[]\s*")
# The prior examination in a state phrase right before the bracket: "bereits in der VU abgrenzbar (Serie 2, Bild 28)",
# "visible on the prior (series 3, image 40)".
# Round 30a: an inflected adjective before the exam ("in der klinischen CT vom 02.12.2026 sichtbar (...)"), a short
# bracket after it ("im CT vom 12.08.2025 (Kantonsspital) noch unauffällig, Serie 3 Bild 100"), the earlier state as
# "noch unauffällig", "noch ohne Erguss", "noch keine Blutung", and the citation after a comma ("in der VU nicht
# sichtbar (...)" stays as it was: a new finding cited today, refs M).
_PRIOR_STATE = re.compile(
    # (mend of round 30a: the adjective is never this study's, "im heutigen/aktuellen CT vom ... noch ohne ...")
    r"(?i)(?<!\w)(?:in|im|auf|on|at)\s+(?:der\s+|dem\s+|the\s+)?"
    r"(?:(?!" + NOW + r"|jetzig|derzeitig)[^\W\d_]+e[nmrs]\s+)?(?:"
    + _PRIOR_NOUN
    + r")(?:\s+(?:study|exam|examination|CT|MRI?|MRT|PET(?:[/-]CT)?|scan|Untersuchung))?(?:\s*\([^()]{1,30}\))?"
    r"\s+(?:(?:(?:noch|bereits|schon|already|still|clearly|gut|deutlich)\s+)?(?:abgrenzbar|sichtbar|"
    r"erkennbar|visible|seen|present|evident|apparent|abgebildet|angedeutet|vorhanden|nachweisbar)|"
    r"noch\s+(?:unauffällig|regelrecht|normal|intakt|(?:ohne|keine?)\s+[^\W\d_]+))"
    # (the bracket may name the exam again: "(klinische CT Serie 4, Bild 66)")
    r"\s*(?:[(\[]\s*(?:[^\W\d_]+e\s+)?(?:CT|MRT?|MRI)?|,)\s*$")  # round 27: "bereits im Vor-CT angedeutet (...)"
# Time words that are also everyday words bind at a clause opening only before a past verb ("Früher war die Zyste
# septiert (...)", "At that time the collection measured 6 cm (...)"), else only before a measurement or the bracket.
_WEAK_TIME = re.compile(r"(?i)früher|then|at\s+that\s+time|zwischenzeitlich|in\s+the\s+interim|"
                        r"(?:in|im)\s+(?:19|20)\d\d")
_PAST_AFTER = re.compile(r"(?i)\s*,?\s*(?:[^\W\d]+\s+){0,3}?(?:war|waren|was|were|had|hatte|hatten|measured|maß|mass|"
                         r"betrug|zeigte|showed)\b")
_STATE_WORDS = ("abgrenzbar", "sichtbar", "erkennbar", "visible", "seen", "present", "evident", "apparent",
                "abgebildet", "angedeutet", "vorhanden", "nachweisbar", "noch")  # "noch\nunauffällig" too
# A possessive that points at the examination named before it: "an outside CT; on their series 8, image 22".
# "Die Stenose war früher hochgradig (Serie 12, Bild 40)": a past copula, a time word, one predicate word.
_WAS_THEN = re.compile(r"(?i)\b(?:war|waren|was|were)\s+(?:" + _then_words("vorher") + r"|then)\s+"
                       r"(?![^\W\d]+(?:ed|iert|t|en)\b)[^\W\d]+\s*[(\[]\s*$")  # not "treated"
# A clause opening with "dort"/"there" after the prior examination was named: "Vergleich mit Fremd-MRT: dort Ödem
# (Serie 9, Bild 17)" (not "there is/are ...", this study's findings).
_THERE_CLAUSE = re.compile(r"(?i)(?:^|[:;,]\s*)(?:dort|there(?!\s+(?:is|are|has|have|appears?|seems?)\b))\s+"
                           r"(?:[^\W\d]+\s+){0,3}?(?:\d+(?:[.,]\d+)?\s*(?:mm|cm)\s*)?[(\[]?\s*$")
# A bracket right after the reference that names the prior examination: "their series 4, image 19 (outside MRI)".
_PRIOR_NOTE_AFTER = re.compile(r"(?i)\s*[(\[]\s*(?:" + _PRIOR_NOUN + r")(?:\s+(?:study|exam|examination|CT|MRI?|MRT|"
                               r"PET(?:[/-]CT)?|scan))?\s*[)\]]")  # not "(prior 5 mm)": a value of the prior
_THEIR = re.compile(r"(?i)\b(?:their|ihrer|ihre[mn]?|deren|dessen)\s+$")
# Round 27: "Zum Vergleich <exam>: ..." / "Zum Vgl. <exam>: ..." opens a clause about that exam (`_COMPARISON_LEAD`).
_COMPARISON_LEAD = r"(?:zum\s+(?:Vergleich|Vgl\.)\s*:?\s*)?"
_CLAUSE_OPENING = re.compile(r"(?i)[\s,;:()\[\]]*(?:\d{1,2}\.\s+)?" + _COMPARISON_LEAD
                             + r"(?:(?:und|and|but|aber|während|while|whereas|wobei)\s+)?"
                             r"(?:(?:lt\.|laut|gemäß|gem\.|according\s+to|per)\s+)?")  # "lt. Vorbefund 6 mm (...)"
# Round 16: the separator of a follow-up row's two sides, opening the second side's clause ("/", "|", an arrow).
_ROW_SEP = re.compile(r"(?:(?<=\s)/|\||->|→)?\s*")
_MEASURE_ONLY = re.compile(r"(?i)\s*,?\s*(?:[\w.-]+\s+){0,3}?(?:noch\s+|still\s+|nur\s+|only\s+)?(?:\d+(?:[.,]\d+)?"
                           r"(?:\s*[x×]\s*\d+(?:[.,]\d+)?)*\s*(?:mm|cm)\b|SUV\w*\s*:?\s*\d+(?:[.,]\d+)?)"
                           r"[^()\[\]]{0,25}[(\[]?\s*")  # round 12: "im Staging SUVmax 14,8 (...)"
# A bare prior word or a date opening the clause, then only a measurement: "VU 6 mm (Se 3 Bi 45)", "Vorbefund
# 6 mm (...)", "am 03.04.2023 6 mm (...)", "03/2023 noch 6 mm (...)", "prior 4 mm (...)".
_BARE_PRIOR = re.compile(r"(?i)(?:VU|(?-i:VA|VB)|Voruntersuchung|Vorbefund|Voraufnahme|Vorbilder|Vor-?(?:CT|MRT?)|"
                         r"prior|"
                         r"previous|baseline|"
                         r"(?:(?:am|vom|on|from|in)\s+)?(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|"
                         r"\d{1,2}/(?:19|20)\d\d))\b")
_NOT_PRIOR_BEFORE = re.compile(r"(?i)\b(?:bereits|schon|already|bekannte?[rsn]?|known|als|than|vs|versus|since|seit|"
                               r"verglichen|compared|gegenüber)\s+(?:\w+\s+)?$")
# "previously described nodule", "im Vorbefund beschriebener Herd": a finding of this study that the prior named.
_DESCRIBED = re.compile(r"(?i)\s+(?:described|beschrieben\w*|bekannt\w*|known|noted|seen|gesehen\w*|erwähnt\w*|"
                        r"mentioned|reported|identified|dokumentiert\w*|documented)\b")
# A sentence about the comparison: a prior cue anywhere before the reference in its clause, then a past-tense
# measurement just before it ("Im Vergleich zur MRT vom 11.09.2023 maß die Läsion 8 mm (Se 7, Bi 14)",
# "Compared with the prior CT the nodule measured 8 mm (series 3, image 44)").
_PRIOR_CUE = re.compile(r"(?i)\b" + _PRIOR_NOUN)
# English reports also state this study's findings in the past tense ("the nodule was stable, measuring 5 mm"):
# an English past tense counts only when "now" follows in the sentence (`_ENGLISH_PAST`).
_ENGLISH_PAST = re.compile(r"(?i)\b(?:measured|was|were|had)\b")
# Round 27: ... or when the earlier exam opens the sentence as what it is compared to: "Compared to prior MRI 4/2/2026,
# the lesion measured 1.1 cm (601:22)", "In comparison to the outside CT from 12/01/2025, the node was 12 mm (...)" (the
# clause after the comparison tells the earlier exam's value; "... the lesion measures 1.8 cm (...)" stays current).
_COMPARISON_OPENING = re.compile(r"(?i)(?:^|[.!?:;\n]\s*)(?:(?:on|in|upon)\s+)?(?:compared\s+(?:to|with)|"
                                 r"comparison\s+(?:to|with)|when\s+compared\s+(?:to|with))\s+(?:the\s+|a\s+)?$")
# Mend of round 27: the earlier exam's value told after the citation ("the mass measured 3.2 cm (...), previously 2.8
# cm", "..., up from 2.8 cm", "(...) and was previously 6 mm"): the past tense narrates today's value.
_PRIOR_VALUE_AFTER = re.compile(r"(?i)[)\]]?[^.;!?()\[\]]{0,40}?\b(?:previously|formerly|up\s+from|down\s+from|"
                                r"increased\s+from|decreased\s+from|from\s+\d)")
_PAST_MEASURE = re.compile(r"(?i)\b(?:war|waren|maß|mass|maßen|massen|betrug|betrugen|measured|was|were|hatte|had)\b"
                           r"[^()\[\];]{0,60}?\d+(?:[.,]\d+)?(?:\s*[x×]\s*\d+(?:[.,]\d+)?)*\s*(?:mm|cm)\b"
                           r"[^()\[\];\d]{0,20}[(\[]?\s*$"
                           # the verb after the value: "wo der Herd 6 mm mass (Se 3 Bi 50)"
                           r"|\d+(?:[.,]\d+)?\s*(?:mm|cm)\s+(?:\w+\s+)?(?:war|waren|maß|mass|maßen|massen|betrug|measured)"
                           r"\s*[(\[]?\s*$")
# A change told as "from X to Y": the value before the first reference is the prior one ("has grown from 22 mm
# (series 3, image 41) to 29 mm (series 2, image 44)", "von 12 mm (Se 3 Bi 40) auf 15 mm (Se 5 Bi 44)
# größenprogredient"); the reference after "to/auf" is this study's.
_SIZE = r"(?:ca\.\s*|approx\.\s*|about\s+)?\d+(?:[.,]\d+)?(?:\s*[x×]\s*\d+(?:[.,]\d+)?)*\s*(?:mm|cm)\b"
_FROM_VALUE = re.compile(r"(?i)\b(?:from|von)\s+" + _SIZE + r"\s*[(\[]?\s*$")
_TO_VALUE = re.compile(r"(?i)[\s)\],]*(?:to|auf|zu|bis\s+auf|nun\s+auf|jetzt\s+auf|now\s+to)\s+" + _SIZE)
# A relative clause on the prior examination holds the prior's findings: "the outside MRI dated 11/15/2023, on
# which ...", "der Vor-CT, in welcher ...", "the prior study, where ...".
_ON_WHICH = re.compile(r"(?i)\s*,?\s*(?:(?:on|in|at)\s+which|where|wo|worauf|"
                       r"(?:in|auf)\s+(?:welcher|welchem|der\s+damals))\b")
# Round 12: a "when" clause on the examination just named holds its findings ("Compared with the study of 5 March,
# when the collection measured 6.2 cm (...)"), up to the reference, unless a now label stands in it.
_WHEN_CLAUSE = re.compile(r"(?i)\s*,\s*(?:when|als|wo)\b")
_NOW_LABEL_WORD = re.compile(r"(?i)\b" + _NOW_LABEL + r"\b")
# A bracket that opens with "there"/"then" points back at the examination just named.
_THERE = re.compile(r"(?i)\s*(?:dort|there|damals|" + _THEN + r"|seinerzeit|at\s+that\s+time)\b")
_THERE_BEFORE = re.compile(r"(?i)\b(?:dort|damals|seinerzeit)\s*[:,]?\s*$")
# (mend of round 30a: the French/Italian now-words, "attuale: serie 2 ...", "ora 6 mm (...)": `ROMANCE_NOW`)
_NOW = re.compile(r"(?i)\b(?:jetzt|aktuell|aktuellen|nun|nunmehr|heute|heutigen|derzeit|mittlerweile|inzwischen|now|"
                  r"currently|current|today|neu|new|hier|here|" + ROMANCE_NOW + r")\b")
# For the miner's cross-sentence prior rule (`mine._points_back_to_prior`).
PRIOR_CUE, NOW_WORD, DATE = _PRIOR_CUE, _NOW, _DATE
EARLIER_TIME = _EARLIER_TIME  # for the scorer's evidence (refscore/evidence.py, round 12)

# "(Se/Bi 5/58, 5/61)": a further series/image pair after a slash reference, inside the same bracket.
# The series may be left out after the first pair: "(Bild 4/12, 15 und 19)" (series 4).
_SL_MORE = re.compile(r"(?i)\s*(?:,|;|\+|und|and|as\s+well\s+as|sowie|&|bzw\.?|u\.|oder|or)\s*"
                      r"(?:" + _NOW_LABEL + r"\s*:?\s*(?=\d{1,4}\s*/))?"  # "(Bild 3/71; aktuell 4/75)"
                      r"(?:(\d{1,4})\s*/\s*)?(" + _ITEM
                      + r")(?=\s*(?:[,;+)\]]|und\b|and\b|sowie\b|&|bzw\b|u\.|oder\b|or\b))")

# Round 28a: "Sr." before a number ("Messläsionen (jeweils Sr. 13):"), capitalised, is a series mention.
SERIES_MENTION = re.compile(r"(?i)\b(?:Serien|Series|Serie|Séries|Série|Sér\.?|Sequenz|Sequence|Ser\.|Se\.|SE|"
                            r"(?-i:Sr)\.(?=\s?\d)|" + SERIES_MARK + r"+)\s*" + _NR + r"(\d{1,4})" + _GUARD)
_SERIES_MENTION_GATE = re.compile(r"[Ssſǂ](?:(?<=ǂ)|(?<!\w.)(?i:(?<=s)[eé])|(?<!\w.)(?<=S)r\.)")  # first letters

_NUM_RANGE = re.compile(r"(?i)(\d{1,4})(?:\s*" + _RANGE_TO + r"\s*" + _RANGE_KW + r"(\d{1,4}))?(" + _TOTAL + r")?")
_GLUED_LIST = re.compile(r"\s*\d{1,4}(?:\s*/\s*\d{1,4}){2,}\s*|\s*\d{1,4}(?:,\d{1,4}){2,}\s*")

# Cheap prefilter: a keyword (exact) before a number, a "(3:" colon form, or a word that starts like a
# keyword ("se", "sr", "bi", "im", ...) before a number and is a misspelling of one (checked, cached).
_STARTS = r"(?:se|sr|sq|sl|sc|bi|bl|bd|im|ia)"
_EXACT_CANDIDATE = re.compile(
    r"(?i)\b(?:" + _SERIES_KW[3:-1] + "|" + _IMAGE_KW_ANY[3:-1] + r")\s*" + _NR + r"\d"
    r"|[(\[]\s*(?:\d{1,3}\s*[:/]\s*\d|\d{4}\s*:\s*\d|\#|ima?\.?\s*\d|" + _NOW_LABEL + r"\s*[:,]?\s*\d{1,3}\s*[:/]\s*\d|"
    + _PLANE_WORD + r"(?:\s+" + _PLANE_WORD + r"){0,2}\s*[:,]?\s*\d{1,3}\s*[:/]\s*\d|"
    + _PAIR_OPENER + r"\s*\d{1,3}\s*[:/]\s*\d)"
    r"|(?-i:\bS(?:[.:]?\s?\d{1,3}\s*(?:[/,:]|[-–](?=\s))?\s*(?:IMA|Ima|Imag|IMG|Img|IM|Im|[BIi])[.:]?\s?\d|"
    r"\s*[/:]\s*[IB]\b))"
    r"|(?-i:\bs\d{1,3}i\d)"  # round 21: lower case glued, "s4i55"
    r"|(?-i:\b(?:imgs|Imgs|IMGS)\.?\s*\d)"  # round 25: the plural abbreviation before a slash pair
    r"|(?-i:\(\s*(?:s\.?\s?\d{1,3}\s*[/,:]?\s*i|(?:IM|[BIi])\.?\s?\d{1,4}\s*[/,]?\s*(?:SE|Se|[Ss]))\.?\s?\d)"
    r"|\b(?:Serie|Se)\s*[/:]|\b" + _SERIES_IMAGE + r"\s*" + _NR + r"\d"
    r"|(?-i:[(\[]\s*S\.?\s?\d{1,3}\s*[/:–-]\s*\d)")  # "(S. 8/141)"
# Gate (`curation/snippets/gate.py`): every position where `_EXACT_CANDIDATE` can start, with one explicit first
# character class: a bracket, a capital S, a mark, or at a word start the first two letters of a keyword (with
# the case-insensitive twins the regex engine accepts: `ſ` for s, `İ`/`ı` for i).
# (round 28b: "Run" before a number, a DSA run's series word)
_EXACT_GATE = re.compile(r"[SsſAaBbIiİıPpLlRrǂǁ(\[](?:(?<=[(\[ǂǁS])|(?<!\w.)(?i:(?<=s)[eérlc\d]|(?<=a)u|(?<=b)[il]|"
                         r"(?<=i)m|(?<=p)i|(?<=l)e|(?<=r)u))")
# Mining speed 18: a tighter gate for `_EXACT_CANDIDATE` alone (`_EXACT_GATE` gates `REF_PATTERN` too): each of its
# alternatives opens at a bracket or a mark, or at a word start: a capital "S" before a stop, colon, blank, digit or
# slash ("S 4/12", "S/I") or a keyword's second letter; a "b" before "i" (not "is": "bis") or "l", "le" only as "lev"
# (Level), "ru" only as "run" before a number (Run), "au" only as "aufn" (Aufnahme): "bis", "Leber", "Rundherd",
# "Steatosis", "auf" are no hits (test_mining_speed18.py checks that it hits every start of the candidate's).
_CANDIDATE_GATE = re.compile(r"[SsſAaBbIiİıPpLlRrǂǁ(\[](?:(?<=[(\[ǂǁ])|(?<!\w.)(?:(?<=S)[.:\s\d/]|(?i:(?<=s)[eérlc\d]|"
                             r"(?<=a)ufn|(?<=b)(?:i(?!s)|l)|(?<=i)m|(?<=p)i|(?<=l)ev|(?<=r)un\s*\d)))")
# OCR-split keywords before a number: "Se rie 3", "Bi ld 45" (checked against the keyword list)
_SPLIT_REST, _SPLIT_AFTER = r"[a-z]{0,3}", r" ([a-z]{1,5})(?=\s*\.?\s*\d)"
_SPLIT_CANDIDATE = re.compile(r"(?i)\b([sbi]" + _SPLIT_REST + ")" + _SPLIT_AFTER)

_FUZZY_REST, _FUZZY_AFTER = r"[a-zäöüß]{2,7}", r"\s*\.?\s*(?=\d|/\s*[a-z]{2,6}\s*\d)"
_FUZZY_CANDIDATE = re.compile(r"(?i)\b(" + _STARTS + _FUZZY_REST + ")" + _FUZZY_AFTER)
# Their gates: a word start on s/b/i (with their case-insensitive twins), for the fuzzy one with its second letter.
_FUZZY_GATE = re.compile(r"[SsſBbIiİı](?<!\w.)(?i:(?<=s)[erqlc]|(?<=b)[ild]|(?<=i)[ma])")
_SPLIT_GATE = re.compile(r"[SsſBbIiİı](?<!\w.)")
# Mining speed 18: each candidate pattern led by its gate (the gate matches the first one or two characters of the
# candidate's, exactly where the candidate's can start), so that one `finditer` in C finds what
# `gated_finditer(gate, candidate, text)` finds without a Python step per gate hit (same matches and groups).
_FUZZY_LED = re.compile("(" + _FUZZY_GATE.pattern + "(?i:" + _FUZZY_REST + "))(?i:" + _FUZZY_AFTER + ")")
_SPLIT_LED = re.compile("(" + _SPLIT_GATE.pattern + "(?i:" + _SPLIT_REST + "))(?i:" + _SPLIT_AFTER + ")")
_SERIES_WORDS = ("serie", "series", "serien", "sequenz", "sequence")
_IMAGE_WORDS = ("bild", "bilder", "image", "images", "slice", "slices", "schicht", "schichten")
_KNOWN = frozenset(_SERIES_WORDS + _IMAGE_WORDS + (
    "seite", "seiten", "slide", "slides", "mild", "wild", "bald", "build", "bilden", "bildet", "serum",
    "segment", "segmente", "sekunde", "sekunden", "bis", "beide", "beiden", "bei", "seit", "sein", "seine",
    "sind", "size", "since", "side", "sides", "site", "sites", "stage", "score", "seq", "ser", "img",
    "ima", "etwa", "insgesamt", "initial", "inch", "item", "items", "into", "stadium", "series", "sowie",
    "segmental", "basal", "bereich", "bilateral", "biopsie", "biopsy", "billing", "bulbus", "bifid",
    "slight", "small", "stand", "stelle", "stellen", "score", "schritt", "schnitt", "schnitte", "status",
    "stent", "stents", "bildes", "images", "imaging", "image", "impact", "bands", "bende", "blatt",
    "bildnr", "bildnummer", "serienr", "siehe", "seitlich", "sekundär",
    "imag",  # round 21: the abbreviation "Imag." is an image word of its own (`_IMAGE_KW_ANY`), no misspelling
    "slic", "tlics",  # round 28b: spine injury scores ("SLIC 6"), no misspelled "slice"
))


_FORMS = ("sf", "is", "if", "sl", "co", "cp", "ci", "io", "pi", "pc", "sb", "ss")


@dataclass(frozen=True)
class RefSpan:
    """One parsed reference expression: its span and the (series, image_start, image_end) items it names."""

    start: int
    end: int
    form: str
    series: int | None
    images: tuple[tuple[int, int], ...]
    prior: bool = False  # points into the prior study (`_prior_study`)


def candidate_offsets(text: str) -> list[int]:
    """Offsets where a reference may start: the only places the slow path looks at."""
    found = [m.start() for m in gated_finditer(_CANDIDATE_GATE, _EXACT_CANDIDATE, text)]
    if _DIGIT_COLON.search(text):  # round 18: "located on 4:118"
        found += [m.start() for m in _LOCATIVE_PAIR.finditer(text)]
    found += [m.start() for m in _FUZZY_LED.finditer(text) if _fuzzy_kind(m.group(1))]
    found += [m.start() for m in _SPLIT_LED.finditer(text) if _split_kind(m)]
    return sorted(found)


def has_candidate(text: str) -> bool:
    """True when `text` may hold a reference."""
    if gated_search(_CANDIDATE_GATE, _EXACT_CANDIDATE, text) or (
            _DIGIT_COLON.search(text) and _LOCATIVE_PAIR.search(text)):
        return True
    return (any(_fuzzy_kind(m.group(1)) for m in _FUZZY_LED.finditer(text))
            or any(_split_kind(m) for m in _SPLIT_LED.finditer(text)))


def _split_kind(m: re.Match[str]) -> str | None:
    """'series' / 'image' when two words joined are exactly a keyword (OCR spacing: "Se rie", "Bi ld")."""
    joined = (m.group(1) + m.group(2)).lower()
    if joined in _SERIES_WORDS:
        return "series"
    return "image" if joined in _IMAGE_WORDS else None


def _fuzzy_kind(word: str) -> str | None:
    """'series' / 'image' when `word` is a one-edit misspelling of a keyword (two edits if long)."""
    low = word.lower()
    if low in _KNOWN:
        return None
    return _fuzzy_kind_cached(low)


@lru_cache(maxsize=4096)
def _fuzzy_kind_cached(low: str) -> str | None:
    limit = 1 if len(low) <= 6 else 2
    best: tuple[int, str] | None = None
    for kind, words in (("series", _SERIES_WORDS), ("image", _IMAGE_WORDS)):
        for target in words:
            if target[0] != low[0]:
                continue
            d = OSA.distance(low, target, score_cutoff=limit)
            if d <= limit and (best is None or d < best[0]):
                best = (d, kind)
    return best[1] if best else None


def mask_misspellings(text: str) -> str:
    """`text` with misspelled keywords that precede a number replaced by same-length placeholders."""
    out: list[str] | None = None
    for m in _FUZZY_LED.finditer(text):
        kind = _fuzzy_kind(m.group(1))
        if kind is None:
            continue
        if out is None:
            out = list(text)
        mark = SERIES_MARK if kind == "series" else IMAGE_MARK
        out[m.start(1):m.end(1)] = mark * (m.end(1) - m.start(1))
    for m in _SPLIT_LED.finditer(text):
        kind = _split_kind(m)
        if kind is None:
            continue
        if out is None:
            out = list(text)
        out[m.start():m.end()] = (SERIES_MARK if kind == "series" else IMAGE_MARK) * (m.end() - m.start())
    return text if out is None else "".join(out)


def _ranges(list_text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) per list item; () when a stack total ("45/120") is not a plausible total (< 10 or
    below the image: "Bild 1 von 2" is a caption counter, not an image number)."""
    if _GLUED_LIST.fullmatch(list_text):
        return _glued_list(list_text)
    items = []
    for m in _NUM_RANGE.finditer(list_text):
        a = int(m.group(1))
        b = int(m.group(2)) if m.group(2) else a
        if m.group(3):
            total = int(re.findall(r"\d+", m.group(3))[-1])
            if total < 10 or total < max(a, b):
                return ()
        items.append(_span(a, m.group(2) or m.group(1)))
    return tuple(items)


_IMAGE_LIST_AT = re.compile(r"(?i)\s*" + _NR + r"(" + _LIST + r")")


def image_list_at(text: str, pos: int, end: int | None = None) -> tuple[int, tuple[tuple[int, int], ...]] | None:
    """The end and (start, end) items of an image number list right at `pos` (after an image word: " 57 bis 61",
    " 95, 101 and 107", " n° 12"), with the grammar's list, range and unit guards; None when there is none. `end`:
    read `text` as if it ended there (as `text[:end]` would, without the copy)."""
    m = _IMAGE_LIST_AT.match(text, pos) if end is None else _IMAGE_LIST_AT.match(text, pos, end)
    if m is None or m.group(1) == "" or not (images := _ranges(m.group(1))):
        return None
    return m.end(1), images


def _span(a: int, end_text: str) -> tuple[int, int]:
    """(start, end) of a range; an end shorter than the start keeps the start's leading digits ("118-22" is
    118..122, "140-44" is 140..144); otherwise a reversed range is turned round."""
    b = int(end_text)
    start_text = str(a)
    if b < a and len(end_text) < len(start_text):
        full = int(start_text[:len(start_text) - len(end_text)] + end_text)
        b = full if full >= a else b
    return min(a, b), max(a, b)


# A plural image word before "a/b": two images ("Serie 2, Bilder 33/37"), not image a of b.
_PLURAL_BEFORE = re.compile(r"(?i)(?:Bildern|Bilder|Images|Schichten|Slices|Aufnahmen|Schnittbilder|Schichtbilder)"
                            r"\W*(?:Nr\.?|No\.?)?\s*$")
_PAIR = re.compile(r"\s*(\d{1,4})\s*/\s*(\d{1,4})\s*")


_REPEATED_SERIES = re.compile(r"((?:[-–—]|\s(?:bis|to|through|thru))\s*)(\d{1,3})\s*[:/]\s*")


def _same_series_range(items: str, series_text: str | None) -> str:
    """"20-3/24" of "(3/20-3/24)" as "20-24"; "" (no reference) when the range ends in another series."""
    m = _REPEATED_SERIES.search(items)
    if m is None:
        return items
    return items[:m.start()] + m.group(1) + items[m.end():] if m.group(2) == series_text else ""


_NEXT_YEAR = re.compile(r"(?i)\s*(?:,|;|und|and|bis|to|-|–)\s*(?:19|20)\d\d\b")
# Round 28b: the next item of the list is a time point with its unit: "Aufnahmen 10 und 60 min p.i.", "images 2 and 4
# hours post injection", "Bilder 3 und 24 h": the image word names acquisitions at those times, no image numbers.
# (`TIME_UNIT`: the units but the bare "s", shared with the learned decision's candidates, mend of round 28b)
TIME_UNIT = (r"(?:min|minuten|minutes?|h|hrs?|hours?|std\.?|stunden|sek|sec|tage?n?|days?|wochen?|weeks?|monate?n?|"
             r"months?|jahre?n?|years?)")
_NEXT_TIME = re.compile(r"(?i)\s*(?:,|und|and|&|bis|to|-|–|oder|or)\s*\d{1,4}\s*(?:" + TIME_UNIT + r"|s)\b")


# Mend of round 31b: the "im" item after a spaced dash or a column gap (`_IM_ITEM_CLOSES`) is the preposition or the
# intramuscular route where its line names a dose or route ("- Diclofenac 75 mg – im 1", "– Enoxaparin 40 mg sc – im
# 1"); in German the preposition too ("Mamma rechts - im 10", "Läsion  im 7  (Segment)"), unless a series word stands
# in the item's line or its heading ("Befunde (Serie 4):"; `german_im_item`, on the whole text).
_IM_ITEM_AT = re.compile(r"(?:\s[–—-]\s|\s\s|\t)$")
_DOSE_ON_LINE = re.compile(r"\d\s*(?:mg|g|µg|mcg|ug|IE|I\.E\.|IU|ml|mL)\b|(?<!\w)(?:i\.v\.|s\.c\.|sc|p\.o\.)(?!\w)")
_GERMAN_WORD = re.compile(r"[äöüßÄÖÜ]|\b(?:rechts|links|und|mit|der|die|das|dem|den|ein|eine|kein|keine|nicht|bds|"
                          r"beidseits|Herd|Befund|Leber|Niere|Lunge|Mamma|Zyste|Knoten|Anamnese|Therapie|Tabelle)\b")
_SERIES_ON_LINE = re.compile(r"(?i)\b(?:Serien?|Series|Ser|Se|Sequenz)\b\.?\s*\d")


def _im_item_at(text: str, start: int) -> bool:
    """Whether `start` opens a lower-case "im" read as an item's image after a spaced dash or a column gap."""
    return text.startswith("im", start) and _IM_ITEM_AT.search(text, max(0, start - 3), start) is not None


def _im_item_dose(text: str, start: int) -> bool:
    """Mend of round 31b: the lower-case "im" at `start`, read as an item's image after a dash or a gap, is the
    intramuscular route: a dose or route stands on its line."""
    if not _im_item_at(text, start):
        return False
    return _DOSE_ON_LINE.search(text, text.rfind("\n", 0, start) + 1, start) is not None


def german_im_item(text: str, start: int) -> bool:
    """Mend of round 31b: the lower-case "im" at `start` (the whole text), read as an item's image after a dash or a
    gap, is the German preposition: German words near it and no series word in its line or its heading (the nearest
    line above ending with ":"). The grammar sees one sentence, not the heading: `mine._mine` asks this."""
    if not _im_item_at(text, start):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if not _GERMAN_WORD.search(text, max(0, line_start - 300), len(text) if line_end < 0 else line_end):
        return False
    if _SERIES_ON_LINE.search(text, line_start, start):
        return False
    at = line_start
    while at > 0:
        above = text.rfind("\n", 0, at - 1) + 1
        line = text[above:at - 1].strip()
        if not line:
            return True
        if _SERIES_ON_LINE.search(line):
            return False
        if line.endswith(":"):
            return True
        at = above
    return True


def size_column_pair(text: str, ref: RefSpan) -> RefSpan:
    """Mend of round 31b: `ref` without its second item where it is a two-item list in a pipe cell under a size
    column ("| Bild, Größe (mm) |" over "| Bild 8, 16 |": image 8 and 16 mm); the grammar sees one row, not the
    header: `mine._mine` asks this."""
    if (len(ref.images) != 2 or "|" not in text or not _LINE_CLOSES.match(text, ref.end)
            or _TWO_ITEMS_AT_END.search(text, ref.start, ref.end) is None
            or (cell := header_cell(text, ref.start)) is None):
        return ref
    if _SIZE_COLUMN.search(text, cell[0], cell[1]) is None:
        return ref
    comma = text.rfind(",", ref.start, ref.end)
    return replace(ref, images=ref.images[:1], end=comma) if comma > ref.start else ref


# Mend of round 31b: two comma items closing their line or cell (`_LIST`) are a list only when the second goes up
# from the first and is no 0 ("Bild 58, 61", "| Bild 7, 8 |"); "Bild 44, 2", "Bild 40, 5" (a rib), "im 88, 6" (a
# size) keep their first image only; so does a cell under a size column ("| Bild, Größe (mm) |": `size_column_pair`,
# on the whole text).
_TWO_ITEMS = re.compile(r"\d{1,4}\s*,\s*\d{1,4}")
_LINE_CLOSES = re.compile(r"[ \t]*(?:\r?(?:\n|$)|\|)")
_SIZE_COLUMN = re.compile(r"(?i)größe|groesse|\bsize\b|\(mm\)|\bmm\b|\bcm\b")
_TWO_ITEMS_AT_END = re.compile(_TWO_ITEMS.pattern + r"$")


def _second_item_refused(text: str, m: re.Match[str], form: str, images: tuple[tuple[int, int], ...]) -> bool:
    """Mend of round 31b: whether the second of two comma items closing their line or cell is no image."""
    group = f"{form}_i"
    if (len(images) != 2 or group not in m.re.groupindex or m.group(group) is None
            or not _TWO_ITEMS.fullmatch(m.group(group)) or not _LINE_CLOSES.match(text, m.end(group))):
        return False
    return images[1][0] <= images[0][1] or images[1][0] == 0


def _counter_list(text: str, m: re.Match[str], form: str, images: tuple[tuple[int, int], ...]) -> bool:
    """True for a list that counts documents, not images: followed by a caption word ("of the scout", "der
    Dokumentation"; image-only lists, or glued ones of any form), an image-only enumeration 1, 2, 3, ... or years."""
    glued = _GLUED_LIST.fullmatch(m.group(f"{form}_i")) is not None
    if (form == "io" or glued) and _CAPTION_AFTER.match(text, m.end(form)) and not (
            len(images) == 1 and not glued and _SCOUT_AFTER.match(text, m.end(form))):
        return True  # (refs-fix29: one image "of the scout" is the scout's image, no caption counter)
    starts = [a for a, _ in images]
    if form != "io":
        return False
    if all(1900 <= a <= 2099 for a in starts) and (len(starts) > 1 or _NEXT_YEAR.match(text, m.end(form))):
        return True  # "Bild 2019, 2020 und 2021": years
    if _NEXT_TIME.match(text, m.end(form)):
        return True  # round 28b: "Aufnahmen 10 und 60 min p.i.": time points
    if len(images) == 1 and images[0][0] == 1 < images[0][1]:
        return True  # "Images 1-4 were degraded by motion": the first images of a series count, not cite
    return len(images) > 2 and starts == list(range(1, len(starts) + 1))


# Round 30b: the most a second image of "Serie 3, Bild 45/46" lies above the first; a stack total lies further
# ("Serie 3, Bild 45/120": image 45 of 120; "Se:5 Im:14/24", a viewer's label with its colon, is always one).
_CLOSE_PAIR = 5
# Mend of round 30b: a stack total named after the pair keeps one image ("Bild 45/46 der Serie", "image 45/46 of the
# stack", "Bild 19/20 von 20", "(image 45 of 46)", "(Gesamtzahl 14)", "(last slices)", "Bild 20 von 20 ist die letzte
# Schicht"), up to the sentence's end.
_TOTAL_AFTER = re.compile(r"(?i)\s*(?:(?:der|des)\s+(?:Serie|Sequenz|Stapels)\b"
                          r"|of\s+(?:the\s+)?(?:stack|series|sequence)\b|(?:von|of)\s+(?P<of>\d{1,4}))"
                          r"|[^.;\n]{0,40}?(?:(?:gesamt\w*|insgesamt|\btotal)(?:\s+(?:of|von))?\s*:?\s*(?P<total>\d{1,4})"
                          r"|(?P<total_before>\d{1,4})\s+(?:in\s+)?total\b|\blast\s+slices?\b|letzten?\s+Schicht"
                          r"|\b(?:Bild|image|Schicht|slice|Aufnahme)\s+\d{1,4}\s+(?:von|of)\s+(?P<count>\d{1,4}))")


def _total_after(text: str, at: int, second: int) -> bool:
    """Whether a stack total follows the pair "a/`second`" at `at`: a total cue ("der Serie", "of the stack", "last
    slices") or a count that names `second` ("von 20", "(Gesamtzahl 14)", "(image 45 of 46)")."""
    cue = _TOTAL_AFTER.match(text, at)
    if cue is None:
        return False
    stated = cue.group("of") or cue.group("total") or cue.group("total_before") or cue.group("count")
    return stated is None or int(stated) == second


def _round_total(first: int, second: int) -> bool:
    """A second number a stack's count is written as: a round ten from 20 on ("Bild 98/100", "Bild 18/20"), or a round
    five from 50 on ("Bild 48/55"); "Bild 9/10" and "Bild 20/24" stay two images."""
    return second > first and ((second >= 20 and second % 10 == 0) or (second >= 50 and second % 5 == 0))


def _plural_pair(text: str, m: re.Match[str], form: str) -> tuple[tuple[int, int], ...] | None:
    """Two images for "a/b" after a plural image word ("Serie 2, Bilder 33/37"), or after a singular one with the
    series written before it and b just above a (round 30b: "Serie 3, Bild 45/46", "Se 4 Im 61/63"), else None."""
    pair = _PAIR.fullmatch(m.group(f"{form}_i"))
    if pair is None or int(pair.group(1)) >= int(pair.group(2)):
        return None
    close = (form == "sf" and int(pair.group(2)) - int(pair.group(1)) <= _CLOSE_PAIR
             and ":" not in text[m.start(form):m.start(f"{form}_i")]
             and not _round_total(int(pair.group(1)), int(pair.group(2)))
             and not _total_after(text, m.end(f"{form}_i"), int(pair.group(2))))
    if not close and not _PLURAL_BEFORE.search(text, m.start(form), m.start(f"{form}_i")):
        return None
    return (int(pair.group(1)),) * 2, (int(pair.group(2)),) * 2


def _glued_list(list_text: str) -> tuple[tuple[int, int], ...]:
    """The images of "12/15/19" or "40,47,52": they must increase and none may be a year ("4/12/2023" is a date)."""
    nums = [int(n) for n in re.findall(r"\d+", list_text)]
    if any(b <= a for a, b in itertools.pairwise(nums)) or any(1900 <= n <= 2099 for n in nums) or nums[0] == 0:
        return ()
    return tuple((n, n) for n in nums)


_SENTENCE_STOP = re.compile(r"[.!?]\s+(?=[A-ZÄÖÜ])(?!.*[.!?]\s+[A-ZÄÖÜ])", re.S)


def _colon_rejected(text: str, open_paren: int) -> bool:
    """A parenthesised "a:b" is a ratio or time when the words just before it say so."""
    window = text[max(0, open_paren - 40):open_paren]
    # round 22b: only the bracket's own sentence: "Contrast 80 ml at 3 ml/s. Small renal cyst (5:66)" is a pair
    if (stop := _SENTENCE_STOP.search(window)) is not None:
        window = window[stop.end():]
    clock = _CLOCK.match(text, open_paren) is not None
    # round 25: a time word alone rejects only a clock or a "(1:n)" ratio shape
    if _RATIO_CONTEXT.search(window) and (clock or _ONE_TO.match(text, open_paren) or any(
            not _TIME_CONTEXT_ONLY.fullmatch(r.group()) for r in _RATIO_CONTEXT.finditer(window))):
        return True
    if clock and (_EVENT_CONTEXT.search(window) or _GIVEN_CONTEXT.search(window)):
        return True
    if clock and _CLOCK_SHAPED.match(text, open_paren + 1) is not None and (
            _DAY_CONTEXT.search(window) or (_HEAD_COLON.match(text, open_paren) and _SPEAKER.fullmatch(
                text, text.rfind("\n", 0, open_paren) + 1, open_paren))):
        return True  # round 30b: "CT vom Vortag (23:40)", a chat head "Dr. B. (10:15): ..."
    if _ROUND_DILUTION.match(text, open_paren):
        return True
    return _ONE_TO.match(text, open_paren) is not None and _DILUTED_CONTEXT.search(window) is not None


# Round 17: a timepoint label standing between two pairs of a row binds to the pair after it: "24 mm (4/61) baseline
# 38 mm (3/58)", "21 mm (Se 5/Bi 47) Ausgangsbefund 29 mm (Se 4/Bi 45)", "(img 5/134) vs. baseline 35 x 27 mm (...)",
# "(S 4 B 56), Nadir 30 mm (S 4 B 52), BL 41 mm (S 3 B 50)": the stretch from the previous bracket's close to the
# reference is a separator, the label and a measurement only.
_ROW_LABEL_BEFORE = re.compile(
    r"(?i)[\s,;:/|–—-]*(?:(?:vs\.?|versus|gegenüber|compared\s+with|und|and)\s+)?"
    r"(?:(?:at|bei|zur|zum|in\s+der|im|on\s+the|on|in\s+the)\s+)?"
    r"(?:" + _PRIOR_NOUN + r"|(?-i:BL|VU|VA|VB)|baseline|nadir|prior|previous(?:ly)?|damals|zuvor|vormals|seinerzeit|"
    r"initial(?:ly)?|formerly|Ausgangsbefund|Ausgangsbef\.|Ausgangswert|Ausgangsbild)"
    r"\s*:?\s*(?:noch\s+|still\s+|nur\s+|only\s+|ca\.\s*|approx\.\s*)?\d+(?:[.,]\d+)?(?:\s*[x×]\s*\d+(?:[.,]\d+)?)*"
    r"\s*(?:mm|cm)\b\s*[(\[]?\s*")


# Round 17: a "here/our/local" label right before the reference in its bracket part marks this study, whatever an
# outside or prior label of the bracket's other part says: "(hiesig Se 4 Bi 72, auswärtig Se 3 Bi 40)", "(VU Se 3 Bi
# 40; bei uns Se 4 Bi 72)", "(our CT series 4, image 130)", "(local Se 3 Im 66 vs outside ...)". Not a NOW_WORD (that
# pattern is on the scorer's hot path); never a prior cue.
_LOCAL_LABEL_BEFORE = re.compile(
    r"(?i)(?:[(\[;,/]|\bvs\.?|\bversus|\bund|\band|\bsowie)\s*(?:(?:die|der|das|the)\s+)?"
    r"(?:hiesige[nmrs]?|hiesig|hausintern(?:e[nmrs]?)?|bei\s+uns|in-?house|(?:eigene[nmrs]?|our|local)(?=\s))"
    r"(?:\s+(?:CT|MRT?|MRI|PET(?:-CT)?|Untersuchung|Aufnahmen?|Sonographie|study|exam|examination|scan|imaging))?"
    r"\s*:?\s*$")  # (this study's examination words: not `_EXAM`'s "Voruntersuchung")


# The words that name this study: the house's own ("unserem", "our", "hiesigen") and today's ("heutigen", "current").
_OWN_WORD = r"unsere[mnrs]?|our|hiesige[nmrs]?"
_THIS_WORD = r"heutige[nmrs]?|aktuelle[nmrs]?|jetzige[nmrs]?|current|present|today's|this|diese[mnrs]?"

# Round 27: this study named as such in the reference's clause, with its date and value between: "in unserem MRT vom
# 02.11.2026 31 mm (...)", "on our CT of 11/20/2026 (...)", "im hiesigen PET-CT SUVmax 11 (...)", "on today's study 19
# mm (...)", "in der aktuellen Untersuchung 13 mm (...)", "auf dem heutigen CT (...)": the date is today's, however
# close an earlier exam's citation stands. Not "in unserem Vor-CT" (a prior noun is no `_THIS_STUDY_EXAM` word).
_THIS_STUDY_EXAM = re.compile(
    r"(?i)(?<!\w)(?:in|im|auf|on|at|an)\s+(?:(?:the|der|dem|den|die|das)\s+)?"
    r"(?:(?P<own>" + _OWN_WORD + r")|" + _THIS_WORD + r")\s+"
    r"(?!(?:früher|vorherig|letzt|älter|previous|prior|earlier|old|last|outside|extern|auswärtig)\w*\s|alte[nmrs]?\s|"
    r"(?:Vor|Fremd|Ausgangs|Baseline|Nadir|Eingangs|Vergleichs)-?(?:CT|MRT?|MRI|PET|Unters|Aufn|Befund))(?:[\w-]+\s+)?"
    r"(?:CTA?|MRT?|MRI|PET(?:[/-]CT)?|[\w-]*-(?:CTA?|MRT?|PET)|Untersuchung|Aufnahmen?|study|exam|examination|scan|"
    r"imaging|" + _NAMED_MODALITY + r")\b(?:\s+(?:vom|von|of|from|dated|am)\s+(?P<date>" + _DATE + r"))?")
# ... and only a value or finding words after it up to the bracket (no other exam named).
_THIS_STUDY_TAIL = re.compile(r"[^()\[\];.]{0,40}?[(\[]?\s*")


# Round 27: a bracket that only scopes a value with a prior word, closed right before the reference: "41 mm (zuvor 35
# mm) Se. 3, Bi. 77", "12 mm (previously 9 mm) Se 4 Im 30", "9 mm (VU 6 mm), Serie 5 Bild 33", "19 mm short axis
# (previously 13 mm) on series 5, image 62": the prior word's scope ends with its bracket; the reference is today's.
_VALUE_SCOPED_BEFORE = re.compile(
    r"(?i)\d+(?:[.,]\d+)?\s*(?:mm|cm)(?:\s+[^\W\d_]+){0,2}\s*[(\[]\s*(?:(?:im|in\s+der|on\s+the|on|in\s+the)\s+)?"
    r"(?:" + _PRIOR_NOUN + "|" + _then_words("früher", "seinerzeit", "formerly", "initially") + r"|was|then)"
    r"(?:\s+(?:vom|from|of|dated)\s+[\d./]+)?\s*:?\s*(?:ca\.\s*|approx\.\s*)?\d+(?:[.,]\d+)?\s*(?:mm|cm)\s*[)\]]"
    r"\s*[,;]?\s*(?:(?:on|auf|in|at)\s+)?$")


def value_scoped_before(text: str, start: int) -> bool:
    """Round 27: the reference at `start` follows a closed bracket that only scopes a value with a prior word
    (`_VALUE_SCOPED_BEFORE`)."""
    return _VALUE_SCOPED_BEFORE.search(text, max(0, start - 90), start) is not None


def this_study_named(text: str, lo: int, start: int) -> bool:
    """Round 27: the last exam named in text[lo:start] is this study (`_THIS_STUDY_EXAM`), with only a value or
    finding words after it up to the reference and no prior cue."""
    last = _this_study_before(text, lo, start)
    return (last is not None and _PRIOR_CUE.search(text, last.end(), start) is None
            and not _own_earlier(text, last, start))


def _this_study_before(text: str, lo: int, start: int) -> re.Match[str] | None:
    """The last `_THIS_STUDY_EXAM` in text[lo:start] when only a value or finding words follow it up to the reference
    (`_THIS_STUDY_TAIL`), else None."""
    last = None
    for named in _THIS_STUDY_EXAM.finditer(text, lo, start):
        last = named
    return last if last is not None and _THIS_STUDY_TAIL.fullmatch(text, last.end(), start) is not None else None


def _own_earlier(text: str, named: re.Match[str], start: int, today: set[tuple[int, int]] | None = None) -> bool:
    """Mend of rounds 26/27: "our/unser/hiesig <exam> of <date>" names the house's own EARLIER exam (the possessive says
    where, not when) when today's exam date is known and differs, or when a now-word follows the reference in its
    sentence ("In unserem CT vom 12.01.2025 Herd 20 mm (...), heute 25 mm (...)"); `today`: `today_dates(text)` where
    the caller has it."""
    if not (named.group("own") and named.group("date")):
        return False
    today = today_dates(text) if today is None else today
    if today:
        return not on_dates(named.group("date"), today)
    _, stop = sentence_of(text, start)
    return _NOW.search(text, start, stop) is not None


# Round 29 (refs-conv29, the lead's study convention): a bracketed citation attaches to the noun phrase right before
# it. Where that noun phrase names an earlier exam (a prior noun, an outside or dated exam: "Voruntersuchung vom
# 02.01.2025", "VU", "Vor-CT", "the outside CT", "the prior study", "der Aufnahme vom 12.03.2025", "the 2023 MRI",
# "l'examen précédent", "l'esame precedente"), with no finding word between, the citation is that exam's, also after a
# comparison word ("neu gegenüber der Voruntersuchung vom ... (Serie 4, Bild 91)", "stable since the outside CT (series
# 201, image 33)", "Im Vergleich zur Voruntersuchung (Serie 3, Bild 45) größenprogredient").
_ATTACHED_EXAM = re.compile(
    r"(?i)\b(?:" + _PRIOR_NOUN + r")"
    r"(?:\s+(?:study|exam|examination|CT|MRI?|MRT|PET(?:[/-]CT)?|scan|imaging|films|Untersuchung))?"
    r"(?:\s+(?:vom|von|from|dated|of|du|del)\s+(?:" + _DATE + r"|" + _MONTH + r"))?\s*,?\s*$")
# ... unless a this-study word names the exam ("on our CT of 11/20/2026 (Se 4 Im 44)", "im heutigen CT vom ...").
_THIS_EXAM_WORD = re.compile(r"(?i)\b(?:" + _OWN_WORD + r"|" + _THIS_WORD + r")\s+(?:[\w-]+\s+)?$")
# What may stand in the bracket before the citation (an earlier citation of the same list: "(Se 3 Bi 45, Bi 50)").
_CITED_ONLY = re.compile(r"(?i)(?:[\s\d,;:/.\-–]|\b(?:Serie|Series|Ser|Se|S|Bild|Bilder|Bi|B|image|images|img|im|"
                         r"und|and|u)\b\.?)*")
# What in the bracket makes the citation's study its own: a today's word, a time or prior label of another part, a
# contrast ("(series 2, image 88; previously series 2, image 85)", "(aktuell Serie 3, Bild 45)").
_BRACKET_OWN_STUDY = re.compile(r"(?i)\b(?:vs|versus|gegenüber|compared|vgl|cf)\b")


def prior_value_after(text: str, end: int) -> bool:
    """Whether the earlier exam's value is told right after the citation ending at `end` ("the nodule measured 9 mm
    (4:40) and was previously 6 mm", "..., up from 2.8 cm"): the citation's own value is today's."""
    return _PRIOR_VALUE_AFTER.match(text, end) is not None


_DATED_EXAM_RE = re.compile(r"(?i)\b" + _DATED_EXAM)


def absent_on_dated_exam(text: str, start: int) -> bool:
    """Mend of round 31b: the citation's clause (after a previous bracket of its sentence) names a dated exam and then
    calls a finding measured after it absent or new on it ("..., in der Mammographie vom 12.01.2026 noch nicht
    sichtbarer Herd 7 mm (Bild 60)", "in the mammogram of 2024 occult, 5 mm satellite (...)"): the citation is
    today's (no now word needed; the learned decision is held to the grammar's today there)."""
    lo, _ = sentence_of(text, start)
    shut = max(text.rfind(")", lo, start), text.rfind("]", lo, start))
    if shut < 0:
        return False  # no citation before it in the sentence: "Die Luft war im Vor-CT vom ... nicht vorhanden (...)"
    lo = max(shut + 1, text.rfind(";", lo, start) + 1)
    exam = _DATED_EXAM_RE.search(text, lo, start)
    return exam is not None and _ABSENT_THEN_VALUE.search(text, exam.end(), start) is not None


def attached_earlier_exam(text: str, start: int) -> bool:
    """Whether the citation at text[start:] opens (or continues a plain list of citations in) a bracket that follows
    a noun phrase naming an earlier exam, with no finding word between (`_ATTACHED_EXAM`), and the bracket names no
    study of its own: no today's word, no time or prior label, no contrast. A date of that noun phrase that is
    today's exam date (`today_dates`: an exam-date line or the report's dated heading) names today's exam."""
    opened = text.rfind("(", max(0, start - 40), start)
    if opened < 0 or not _CITED_ONLY.fullmatch(text, opened + 1, start):
        return False
    return _bracket_attached(text, opened)


# Mining speed 19: every match of `_ATTACHED_EXAM` opens on a word character after its `\b` (each first character of
# `_PRIOR_NOUN` and `_ROMANCE_PRIOR` is a letter or digit, test_mining_speed19.py reads them off the parse tree), so
# it is tried only at word starts: `re` gives the pattern no first characters and tries it at every offset otherwise.
_WORD_START = re.compile(r"\w(?<!\w.)")


def _attached_exam(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """`_ATTACHED_EXAM.search(text, lo, hi)`, tried at the word starts of text[lo:hi] only."""
    hit = _WORD_START.search(text, lo, hi)
    while hit is not None:
        if (exam := _ATTACHED_EXAM.match(text, hit.start(), hi)) is not None:
            return exam
        hit = _WORD_START.search(text, hit.end(), hi)
    return None


# What the prior-rule prefilter (`_maybe_prior`) lacks but `_PRIOR_NOUN` may match ("prev.", "ältere", "Nadir-CT").
_ATTACHED_GATE_EXTRA = re.compile(r"prev|älter|nadir")


# (a few reports' brackets at a time: the cache is shared by one report's passes, and holds its text)
@lru_cache(maxsize=512)
def _bracket_attached(text: str, opened: int) -> bool:
    """`attached_earlier_exam` for the bracket opening at `opened` (once per bracket: the grammar, the mining pass and
    every candidate reading's study features ask it)."""
    before = text[max(0, opened - 120):opened]
    if not _maybe_prior(before) and _ATTACHED_GATE_EXTRA.search(before.lower()) is None:
        return False  # no prior word, date or year before the bracket: no earlier exam can be named there
    close = text.find(")", opened + 1)
    inside = text[opened + 1:close if close >= 0 else min(len(text), opened + 81)]
    if (_NOW.search(inside) or _NOW_LABEL_WORD.search(inside) or _PRIOR_CUE.search(inside)
            or _TIME_IN_BRACKET.search(inside) or _BRACKET_OWN_STUDY.search(inside)):
        return False
    exam = _attached_exam(text, max(0, opened - 120), opened)
    if exam is None or _THIS_EXAM_WORD.search(text, max(0, exam.start() - 30), exam.start()):
        return False
    named = date_keys(exam.group())
    return not named or not named & today_dates(text)


def own_dated_earlier(text: str, lo: int, start: int, today: set[tuple[int, int]] | None = None) -> bool:
    """Whether the clause text[lo:start] names the house's own exam by an earlier date (`_own_earlier`) right before
    the reference: that exam's image (applied on the whole text, where the exam-date line is seen; `today`:
    `today_dates(text)` where the caller has it)."""
    last = _this_study_before(text, lo, start)
    return last is not None and _own_earlier(text, last, start, today)


def _prior_study(text: str, start: int, end: int, clause_start: int = 0, after_current: bool = False,
                 current_before: bool = False) -> bool:
    """True when the reference points into the prior study: "Bild 20 der Voruntersuchung", "in der VU
    Serie 5, Bild 20", "on the prior (series 3, image 40)", a prior word in its own bracket ("(VU: Se 3,
    Bi 35)") or a clause that places the finding in the prior study ("in der VU 14 mm (Serie 3, Bild 35)");
    not "im Vergleich zur Voruntersuchung (Serie 3, Bild 45)", where the comparison words introduce a
    finding of this study. `clause_start`: where the reference's clause starts (after the previous
    reference or a ';'); `after_current`: a reference of this study stands earlier in the sentence, so a
    comparison phrase just before this one names where it is seen ("Herd (Se 5 Bi 50), größer als in der VU
    (Se 3 Bi 45)", "stable compared with prior (series 3, image 45)"); `current_before`: a reference of this study
    stands anywhere earlier in the sentence (round 16: a month or date label then names an earlier examination)."""
    if prior_after(text, end):
        return True
    if _LOCAL_LABEL_BEFORE.search(text, max(clause_start - 1, start - 40, 0), start):
        return False  # round 17: "(..., hiesig Se 4 Bi 72)": a local label marks this study
    if this_study_named(text, max(clause_start, start - 90), start):
        return False  # round 27: "..., in unserem MRT vom 02.11.2026 31 mm (...)"
    if _FROM_VALUE.search(text, max(clause_start, start - 40), start) and _TO_VALUE.match(text, end):
        return True
    if _VALUE_DATE_BEFORE.search(text, max(clause_start, start - 60), start):
        return True  # "now 6 mm (series 4 image 80), 4 mm in January 2024 (series 4 image 78)"
    if _VALUE_TIME_BEFORE.search(text, max(clause_start, start - 60), start):
        return True  # round 12: "9.6 cm at diagnosis (Se 8 Im 24)", "9 mm on day 1 (...)"
    if current_before and _earlier_label(text, start, clause_start):
        return True  # round 16: "(5:41; Januar 3:36)", "im Februar 9 mm (Se 3 Bi 70)", "8 mm in May (3:80)"
    if current_before and _dated_exam_value(text, start, clause_start):
        return True  # round 31b: "..., im PET-CT 06/2026 12 mm mit SUVmax 2,8 (Se 4 Bi 170)"
    if _NOW_CLOSES.match(text, end):
        return False  # round 12: "(for comparison: Se 6 Im 22 then, Se 7 Im 23 now)": a now label of its own
    if clause_start and text[clause_start - 1] in ")]" and _ROW_LABEL_BEFORE.fullmatch(text, clause_start, start):
        return True  # round 17: "24 mm (4/61) baseline 38 mm (3/58)": the label between two pairs is the second's
    colon = text.rfind(":", clause_start, start)
    if colon >= 0 and _ROW_LABEL_BEFORE.fullmatch(text, colon + 1, start):
        return True  # ... and the first label of a row after its lesion's name: "Zielläsion 1: VU 31 mm (...)"
    if attached_earlier_exam(text, start):
        return True  # round 29: "stable since the outside CT (series 201, image 33)": the citation is that exam's
    before = _PRIOR_BEFORE.search(text, max(clause_start, start - 60), start)
    if before is not None:
        return before.group(1) is None or after_current
    opened = max(text.rfind("(", 0, start), text.rfind("[", 0, start))
    if (opened >= 0 and not any(c in text[opened:start] for c in ")]")
            and (_PRIOR_IN_BRACKET.search(text, max(opened, clause_start), start)
                 or _LABEL_AFTER_SEP.search(text, max(opened, start - 20), start))):
        return True  # "(Serie 4, Bild 120; Voruntersuchung 6 mm, Serie 3, Bild 110)": the second one
    if (opened >= 0 and not any(c in text[opened:start] for c in ")]")
            and (label := _PART_LABEL.search(text, opened, start)) is not None
            and not _NOW.search(text, label.end(), start)):
        return True  # round 12: "(VU: 12 mm; Se 4, Bi 33)", "(Se 5 Im 18; 2023: Se 5 Im 17)"
    if (opened >= 0 and not any(c in text[opened:start] for c in ")]")
            and (when := _TIME_IN_BRACKET.search(text, max(opened, clause_start), start)) is not None
            and not _NOW.search(text, when.end(), start)):
        return True  # round 12: "(damals 2 von 3 Herden, Se 5 Bi 100)", "(1 week ago, Se 2 Im 178)"
    near = text[max(clause_start, start - 80):start].lower()  # cheap word checks before the round-6 patterns
    if any(w in near for w in _STATE_WORDS) and _PRIOR_STATE.search(text, max(clause_start, start - 80), start):
        return True
    if _THEIR.search(text, max(0, start - 12), start) and _PRIOR_CUE.search(text, 0, start):
        return True
    if _WAS_THEN.search(text, max(clause_start, start - 60), start) or _PRIOR_NOTE_AFTER.match(text, end):
        return True
    if (("dort" in near or "there" in near)
            and (there_clause := _THERE_CLAUSE.search(text, max(clause_start, start - 60), start)) is not None
            and _PRIOR_CUE.search(text, max(0, there_clause.start() - 120), there_clause.start())
            and not _NOW.search(text, there_clause.start(), start)):
        return True
    for m in _PRIOR_CLAUSE.finditer(text, clause_start, start):
        if _NOW.search(text, m.end(), start) or _DESCRIBED.match(text, m.end()):
            continue
        if (paren := _LABEL_PAREN.search(m.group())) is not None and _NOW.search(paren.group()):
            continue  # mend of round 27: "Baseline-CT (heute): Zielläsion ... (Se 3 Bi 40)": today's is the baseline
        measured = _MEASURE_ONLY.fullmatch(text, m.end(), start) or _BRACKET_ONLY.fullmatch(text, m.end(), start)
        if _WEAK_TIME.fullmatch(m.group()) and not measured and not _PAST_AFTER.match(text, m.end()):
            continue  # "Then the liver lesion is seen (...)", "Früher als Metastase gewertet, Herd (...)"
        if _CLAUSE_OPENING.fullmatch(text, clause_start, m.start()) or measured:
            if current_before and _ABSENT_THEN_VALUE.search(text, m.end(), start):
                return False  # mend of round 31b: "..., in der Mammographie vom <date> noch nicht sichtbar (...)"
            return not _NOT_PRIOR_BEFORE.search(text, max(clause_start, m.start() - 30), m.start())
    if opened >= 0 and _DATED_BRACKET.fullmatch(text, opened + 1, start):
        return True
    opening = _CLAUSE_OPENING.match(text, clause_start).end()
    opening = _ROW_SEP.match(text, opening).end()  # round 16: a row's second side, "heute 36 mm (...) / VU 40 mm (...)"
    if (label := _BARE_PRIOR.match(text, opening)) is not None and (
            label.end() <= start and _MEASURE_ONLY.fullmatch(text, label.end(), start)
            and not _NOW.search(text, label.end(), start)):
        return True  # "Herd 9 mm (Se 5 Bi 50), VU 6 mm (Se 3 Bi 45)", "..., am 03.04.2023 6 mm (Se 3 Bi 45)"
    there = _THERE.match(text, opened + 1) if opened >= 0 else None
    if there is None or text[there.end():start].strip(" :,"):
        there = _THERE_BEFORE.search(text, max(0, start - 16), start)  # "..., dort Bild 38 der Serie 3"
    if (there is not None and text[there.end():start].strip(" :,") == ""
            and _PRIOR_CUE.search(text, max(0, there.start() - 120), there.start())):
        return True  # "verglichen mit der CT vom 14.02.2024 (dort Serie 2, Bild 40)"
    if _far_then(text, clause_start, start):
        return True
    cue = _PRIOR_CUE.search(text, clause_start, start)
    if cue is None:
        return False
    if _WHEN_CLAUSE.match(text, cue.end()) and not _NOW_LABEL_WORD.search(text, cue.end(), start):
        return True  # round 12: "Im Vergleich zur VU vom 20.06., als der Abszess noch 5,5 cm maß, ... (...)"
    if _NOW.search(text, cue.end(), start):
        return False
    if _ON_WHICH.match(text, cue.end()):
        return True  # "compared with the outside MRI dated 11/15/2023, on which the lesion measured 14 mm (...)"
    past = _PAST_MEASURE.search(text, cue.end(), start)
    if past is None:
        return False
    return (not _ENGLISH_PAST.search(past.group()) or _NOW.search(text, end) is not None
            or (_COMPARISON_OPENING.search(text, max(0, cue.start() - 40), cue.start()) is not None
                and not prior_value_after(text, end)))


# Round 12: a time word of the earlier examination anywhere in the reference's clause, with no now word after it:
# "die Raumforderung, die damals der V. cava anlag (Serie 3, Bild 71)", "Verdickung mit damals Umgebungsreaktion
# (Se 602 Bi 118)"; not "bereits damals bekannt", "damals beschriebene Läsion".
_FAR_THEN = re.compile(r"(?i)\b(?:damals|seinerzeit|vormals)\b")


# Round 16: an earlier examination named only by its month (month + year) or a bare date, labelling the reference: it
# opens the reference's part of the bracket or clause, or follows a preposition or a prior word; an examination word
# and a measurement may stand between it and the reference ("(5:41; Voraufnahme März 3:38; Januar 3:36)", "Okt. 2025
# 12 mm (4:52)", "10 mm on the August exam (3:85)", "(3/51, Dec exam 2/49)", "(7:120, 14.08.2025 6:115)").
_EARLIER_LABEL = re.compile(
    r"(?i)(?:^|[(\[;,]|\b(?:im|in|am|on|at|from|vom|von|the|" + _PRIOR_WORD + r"|(?-i:VA|VB|BL))\s)\s*"
    r"(?:(?:the|der|dem)\s+)?(?:" + _TIME_LABEL + r")"
    r"(?:\s+\d{1,3}(?:[.,]\d{1,2})?\s*(?:mm|cm))?\s*[:,]?\s*[(\[]?\s*$")
_MONTH_GATE = re.compile(r"(?i)\b(?:jan|jän|feb|mär|mrz|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)|\d[./]\d")


# Round 31b: after today's citation in the sentence, a part headed by an exam named with its date, then its value:
# "..., im PET-CT 06/2026 12 mm mit SUVmax 2,8 (Se 4 Bi 170)", "welche war im letzten CT vom 3.6.2026 noch 11 mm
# Sér. 3, image 51", "..., 16 mm on the MRI 02/2024 (...)": that exam's citation (not "im CT heute 12 mm (...)": a
# now word after the label; not "im CT 12 mm": no date).
_DATED_EXAM_VALUE = re.compile(
    r"(?i)\b(?:im|in|am|auf|on|at|from)\s+(?:(?:der|dem|den|the)\s+)?(?:(?:letzten|vorigen|last|previous|earlier)\s+)?"
    r"(?:[A-Za-zÄÖÜäöü]+-)?" + _EXAM + r"\s+(?:(?:vom|von|of|from|dated)\s+)?" + _DATE
    + r"(?![\d/.])[^()\[\];]{0,40}?\d(?:[.,]\d+)?\s*(?:mm|cm)\b[^()\[\];]{0,30}?[(\[]?\s*$")


# Mend of round 31b: a finding the dated exam did not show, or calls new, is today's: "in der Mammographie vom
# 12.01.2026 noch nicht sichtbarer Herd 7 mm (Bild 60)", "in the mammogram of 2024 occult, 5 mm satellite (...)".
_ABSENT_THEN = re.compile(r"(?i)\b(?:nicht|kein\w*|not|occult|absent|neu(?:e[nmrs]?)?|new(?:ly)?)\b")
# ... and a value after that word: the new finding is measured today ("noch nicht sichtbarer Herd 7 mm (...)"); "Die
# Luft war im Vor-CT vom 05.09.2026 nicht vorhanden (Serie 3, Bild 20)" cites the earlier exam's image of its absence.
_ABSENT_THEN_VALUE = re.compile(_ABSENT_THEN.pattern + r"[^()\[\];]*?\d(?:[.,]\d+)?\s*(?:mm|cm)\b")


def _dated_exam_value(text: str, start: int, clause_start: int) -> bool:
    """Round 31b: the reference's part opens with an exam and its date, then a value (`_DATED_EXAM_VALUE`), no now
    word after the label."""
    lo = max(clause_start, start - 120)
    if not any(c.isdigit() for c in text[lo:start]):
        return False
    label = _DATED_EXAM_VALUE.search(text, lo, start)
    return label is not None and not _NOW.search(text, label.start(), start) and not _ABSENT_THEN.search(
        text, label.start(), start)


def _earlier_label(text: str, start: int, clause_start: int) -> bool:
    """A month or date label of an earlier examination right before the reference (`_EARLIER_LABEL`), with no now word
    in it."""
    window = text[max(clause_start, start - 50):start]
    if not _MONTH_GATE.search(window):
        return False
    label = _EARLIER_LABEL.search(window)
    return label is not None and not _NOW.search(label.group())


def _far_then(text: str, clause_start: int, start: int) -> bool:
    a = max(clause_start, start - 150)
    if "(" in text[a:start] and not text[a:start].rstrip().endswith(("(", "[")):
        a = text.rfind("(", a, start)  # only the reference's own bracket or the words since the last one
    for m in _FAR_THEN.finditer(text, a, start):
        if (not _NOW.search(text, m.end(), start) and not _DESCRIBED.match(text, m.end())
                and not _NOT_PRIOR_BEFORE.search(text, max(a, m.start() - 30), m.start())):
            return True
    return False


def _after_current(text: str, spans: list[RefSpan], start: int) -> bool:
    """A reference of this study stands earlier in the sentence: the previous one, or (round 12) one before it in
    the same bracket ("(Bild 6/140 vs. VU Bild 6/138 vs. Baseline Bild 5/141)")."""
    if not spans:
        return False
    if not spans[-1].prior:
        return True
    opened = max(text.rfind("(", 0, start), text.rfind("[", 0, start))
    return opened >= 0 and not any(c in text[opened:start] for c in ")]") and any(
        not s.prior and s.start > opened for s in spans)


def _current_before(text: str, spans: list[RefSpan], start: int) -> bool:
    """Round 16: a reference of this study stands earlier in the same sentence (no sentence end between)."""
    return any(not s.prior and _SENTENCE_END.search(text, s.end, start) is None for s in spans[-4:])


def _series_number(text: str) -> int:
    """The series number of a digit string or a number word ("drei", "two")."""
    return int(text) if text[0].isdigit() else _NUMBER_WORDS[fold_lower(text)]


def _fraction_rejected(text: str, open_paren: int, series_text: str, images: tuple[tuple[int, int], ...]) -> bool:
    """A parenthesised "a/b" is a fraction ("(1/2)"), a month/year date or a score unless b >= 10 and
    no fraction, date or score words stand just before it."""
    first = images[0][0]
    if first < 10 or 1900 <= first <= 2099 or first in (100, 1000):
        return True  # "(65/100)": a percentage
    if _FRACTION_CONTEXT.search(text, max(0, open_paren - 40), open_paren):
        return True
    restated = _SCORE_VALUE.search(text, max(0, open_paren - 40), open_paren)  # "NIHSS 12 (12/42)"
    return restated is not None and int(restated.group(1)) == int(series_text)


def find_ref_spans(text: str) -> list[RefSpan]:
    """All reference expressions in `text`, in order, with their numbers parsed; prior-study references
    carry `prior=True`."""
    return scan_ref_spans(text)


def scan_ref_spans(text: str) -> list[RefSpan]:
    """All reference expressions in `text`, in order (prior-study ones flagged, never dropped)."""
    if not has_candidate(text):
        return []
    masked = mask_misspellings(text)
    spans: list[RefSpan] = []
    clause_start = 0
    maybe_prior = _maybe_prior(masked)  # most texts name no earlier study: skip the prior rules
    for m in gated_finditer(_EXACT_GATE, REF_PATTERN, masked, after="(["):  # same starts, or behind a bracket
        form = next(f for f in _FORMS if m.group(f) is not None)
        start, end = m.start(form), m.end(form)
        if form == "is":
            parsed = _image_slash(masked, m)
            if parsed is None:
                continue
            series, images = parsed
            if (named := _SERIES_AFTER.match(masked, end)) is not None and int(named.group(1)) != series:
                # "Bild 12/240, Serie 4", "image 12/240 of series 4": the series is named after, so "a/b" is image
                # a of a b-image stack (before: series 12, image 240)
                a, b = int(m.group("is_s")), images[-1][1]
                if series is not None and (a > b or images[0][0] != images[0][1]):
                    continue  # "Bild 45/12, Serie 4", "Bild 4/55-60, Serie 5": no reading is safe
                series, images, end = int(named.group(1)), images if series is None else ((a, a),), named.end()
        else:
            series_text = m.group(f"{form}_s") if form not in ("io", "pi") else None
            images = _ranges(_same_series_range(m.group(f"{form}_i"), series_text) if form == "co"
                             else m.group(f"{form}_i"))
            if form == "io" and m.group("io_cut") and not _VIEW_BEFORE.search(masked, max(0, start - 6), start):
                continue  # round 20: a slice word without a series word counts after a mammography view only
                # (round 23: a single-volume exam's slices are `single_volume.py`'s, found on the whole text)
            if form in ("sf", "if", "io") and len(images) == 1:
                images = _plural_pair(masked, m, form) or images
            if not images or ((len(images) > 1 or form == "io") and _counter_list(masked, m, form, images)):
                continue  # "Images 1/2/3 of the scout", "Bilder 1, 2, 3 der Dokumentation": caption counters
            if form == "io" and _im_item_dose(masked, start):
                continue  # mend of round 31b: "- Diclofenac 75 mg – im 1" (German "im" items: `german_im_item`)
            if _second_item_refused(masked, m, form, images):
                images, end = images[:1], min(end, m.start(f"{form}_i") + len(m.group(f"{form}_i").partition(",")[0]))
            if form == "sb" and (re.match(r"(?i)\s*(?:Serien|Séries)", m.group("sb")) or (
                    m.group("sb_sep") == "," and (len(images) > 1 or images[0][0] < 10))):
                continue  # "(Serien 2, 3 und 5)", "(series 2, 3)": a list of series, not series and image
            if form == "ss" and not _series_slash(masked, m, images):
                continue
            if form == "sl" and int(series_text) <= 12 and any(1900 <= a <= 2099 for a, _ in images):
                continue  # round 16: a month/year date, "Serienbild 12/2024 archiviert"
            if len(images) > 1 and (row := _ROW_NUMBER_ITEM.search(masked, start, end)) is not None and (
                    _ROW_NUMBER_OPENS.match(masked, row.end()) and not _bracket_is_open(masked, start)
                    and images[-1][0] < images[-2][0]):
                # round 26: "Ser 4/Img 22; 2) RLL nodule ...": the last ";" item closes no bracket, it numbers a row
                # (mend: a row number counts back from the images; "Ser 4/Img 22, 25) stable" keeps image 25)
                images, end = images[:-1], row.start()
            if form == "pc":
                if images[0][0] < 10 or any(1900 <= b <= 2099 for _, b in images):
                    continue
                if (_BARE_OUTSIDE_OPEN.match(masked, m.start("pc"), m.start("pc_s"))
                        and _clock_or_ratio(masked, m.start("pc_s"))):
                    continue  # round 26: "(outside, 12:30)" is a time
                start = m.start("pc_s")
                if m.group("pc_more"):
                    end = m.end("pc_i")  # the further pairs are refs of their own: "(VU 3/45, 3/50)"
            if form == "co":
                if (_colon_rejected(masked, start - 1) or not series_text or series_text.startswith("0")
                        or not _wide_series_pair(series_text, m.group("co_sep"), images)
                        or _wide_value(masked, series_text, start, end,
                                       alone=not (m.group("co_more") or m.group("co_tail")))):
                    continue
                if "," in masked[start:m.start("co_s")] and _clock_or_ratio(masked, m.start("co_s")):
                    continue  # round 26: "(arterial, 1:20)", "(coronal, 12:30)": a ratio or time after a comma label
                if m.group("co_sep") == "/" and _fraction_rejected(masked, start - 1, series_text, images):
                    continue
                if m.group("co_more") or m.group("co_tail"):
                    end = m.end("co_i")
                else:
                    start, end = start - 1, end + 1  # the parentheses belong to the colon form
            if form == "pi" and m.group("pi_one") and not _one_letter_after_citation(masked, spans, m):
                continue
            if form == "pi" and (pair := _PI_SLASH.fullmatch(m.group("pi_i"))) is not None:
                # "(im 3/45)": series/image after the image word, unless it reads as a stack counter
                series_text, images = _pi_slash(pair) or (None, images)
            series = _series_number(series_text) if series_text else None
        if form in ("cp", "if") and segment_at(masked, start):
            if form == "if" and masked.startswith("im", start) and _BRACKET_AFTER.match(masked, m.end("if_i")):
                # refs-fix29: "RIVA im 7 (Serie 5, Bild 120)": the preposition before a segment number (mend of round
                # 29: not the viewer's "im 5, se 3", "im 7 se 6", where the series word follows the number directly)
                continue
            if form == "cp":
                series = None  # refs-fix29: "Leber S6, Im 210", "RIVA S7 I84": the organ's segment, no series
        refs = [RefSpan(start=start, end=end, form=form, series=series, images=images)]
        if form == "sf" and len(images) > 1 and (own := _own_series_item(masked, m, series)) is not None:
            refs = [RefSpan(start=start, end=own.start, form=form, series=series, images=images[:-1]), own]
        if form in ("sl", "is", "sf", "ss"):
            refs += _slash_pairs(masked, refs[0].end, form, refs[0].series)
        if form == "is" and len(refs) > 1 and len({r.images for r in refs}) == 1 and refs[0].images[0][0] <= 10:
            continue  # "Images 3/5 and 4/5 show motion": counters over one total, not series/image pairs
        if form == "io" and ((_KEY_IMAGE_BEFORE.search(masked, 0, start) and (
                _KEY_COUNTER.match(masked, end) or images[0][1] < 10)) or (
                _SCOUT_BEFORE.search(masked, max(0, start - 30), start) and (
                    _OF_TOTAL.match(masked, end) or len(images) > 1 or images[0][0] != images[0][1]))):
            # "Key image 3: enhancing mass (...)", "Key image 1 attached": the key image's number; "Scout image 1 of
            # 2", a list "Scout images 1 and 2" (mend of round 29): the scout's images counted, no one place
            continue
        if form in ("co", "pc") and m.group(f"{form}_more"):
            more = _bare_pairs(masked, m.start(f"{form}_more"), m.end(f"{form}_more"))
            if more is None:
                continue
            refs += more
        if form not in ("co", "pc"):
            refs += _label_pairs(masked, refs[-1].end)  # round 18: "(Serie 5, Bild 44; koronar 602:31)"
        dated = form == "co" and m.group("co_tail") and _DATED_TAIL_RE.match(m.group("co_tail"))
        for ref in refs:
            clause_start = max(clause_start, masked.rfind(";", clause_start, ref.start) + 1)
            # round 12: the previous reference's bracket closed before this one: its tail is not this clause
            # ("Nadir 15 mm (S5/B31 am 01.02.), Baseline 27 mm (S3/B35)")
            shut = max(masked.rfind(")", clause_start, ref.start), masked.rfind("]", clause_start, ref.start))
            if clause_start and shut >= 0 and not any(c in masked[clause_start:shut] for c in "(["):
                clause_start = shut + 1
            spans.append(RefSpan(start=ref.start, end=ref.end, form=ref.form, series=ref.series,
                                 images=ref.images,
                                 prior=bool(dated and ref is refs[0]) or (
                                     maybe_prior and _prior_study(masked, ref.start, ref.end, clause_start,
                                                                  _after_current(masked, spans, ref.start),
                                                                  _current_before(masked, spans, ref.start)))))
            tail = prior_after(masked, ref.end)  # "(Bild 35 der VU, Bild 38 ...)": "der VU" is the first one's
            clause_start = tail.end() if tail is not None else ref.end
    if any(o.series is not None for o in spans):  # "Key image 3 shows the mass (series 5, image 40)": a counter
        spans = [r for r in spans
                 if not (r.form == "io" and r.images[0][0] < 10 and _KEY_IMAGE_BEFORE.search(masked, 0, r.start))]
    spans = _locative_pairs(masked, _inherited_slices(masked, spans, maybe_prior), maybe_prior)
    spans = [_series_closing_bracket(masked, r) for r in _ranges_across_series_words(masked, spans)]
    if len(spans) > 1 and _PAST_GATE.search(masked):
        spans = _past_then_now(masked, spans)  # round 16
    if not maybe_prior:
        return spans
    return _study_passes(masked, spans)


def _study_passes(masked: str, spans: list[RefSpan]) -> list[RefSpan]:
    """The sentence-level study decisions after each citation's own (`scan_ref_spans`, `prior_decided`)."""
    spans = _earlier_still(masked, _prior_scope(masked, _prior_tags(masked, spans)))
    later = prior_by_timepoint(masked, [(r.start, r.end, r.prior) for r in spans])  # round 13: follow-up rows
    spans = [_flag_prior(r) if k in later else r for k, r in enumerate(spans)] if later else spans
    spans = clause_study(masked, spans)  # round 22a: the study named by the clause before the bracket
    # round 29 (refs-conv29): a citation attached to an earlier exam's noun phrase is that exam's, also where the
    # clause calls the finding new or changed against it
    spans = [_flag_prior(r) if not r.prior and attached_earlier_exam(masked, r.start) else r for r in spans]
    return own_part_study(masked, spans)  # round 21b: a label in the citation's own part decides it, last


def prior_decided(text: str, spans: list[RefSpan]) -> list[RefSpan]:
    """Mend of round 31b: `spans` that a whole-text pass found (`series_legend`: "VU (2/7): ...; heute (2/9)") with
    the grammar's own study decision: `_prior_study` over each citation's clause (its sentence, after the previous
    citation or a ";"), then the same sentence-level passes (`_study_passes`)."""
    masked = mask_misspellings(text)
    if not spans or not _maybe_prior(masked):
        return spans
    out: list[RefSpan] = []
    for ref in spans:
        lo, _ = sentence_of(masked, ref.start)
        before = [r for r in out if lo <= r.start]
        clause_start = max(lo, masked.rfind(";", lo, ref.start) + 1, before[-1].end if before else 0)
        shut = max(masked.rfind(")", clause_start, ref.start), masked.rfind("]", clause_start, ref.start))
        if clause_start and shut >= 0 and not any(c in masked[clause_start:shut] for c in "(["):
            clause_start = shut + 1
        out.append(replace(ref, prior=_prior_study(masked, ref.start, ref.end, clause_start,
                                                   _after_current(masked, before, ref.start),
                                                   _current_before(masked, before, ref.start))))
    return _study_passes(masked, out)


# Round 11: a slice word that counts as an image word only next to a series word ("Serie 4, Schnitt 88") also names
# an image alone later in the same sentence once a full citation used it: "(Serie 4, Schnitt 88) und ein zweiter Herd
# (Schnitt 95)" is 4/95 (the series from the context, as for any image-only reference).
_SLICE_IN_CITATION = re.compile(r"(?i)\b(Schnitt|Section|Level)(?:e|s)?\b")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZÄÖÜ])|\n")


def _inherited_slices(text: str, spans: list[RefSpan], maybe_prior: bool) -> list[RefSpan]:
    """`spans` with the image-only references of a slice word used by an earlier full citation of the sentence."""
    added: list[RefSpan] = []
    for ref in spans:
        if ref.series is None or (word := _SLICE_IN_CITATION.search(text, ref.start, ref.end)) is None:
            continue
        stop = _SENTENCE_END.search(text, ref.end)
        alone = re.compile(r"(?i)\b" + word.group(1) + r"(?:e|s)?\s*(" + _ITEM + r")")
        for m in alone.finditer(text, ref.end, stop.start() if stop else len(text)):
            if any(r.start < m.end() and m.start() < r.end for r in spans + added) or not (
                    images := _ranges(m.group(1))):
                continue
            added.append(RefSpan(start=m.start(), end=m.end(), form="io", series=None, images=images,
                                 prior=maybe_prior and _prior_study(text, m.start(), m.end(), ref.end, not ref.prior)))
    return sorted(spans + added, key=lambda r: r.start) if added else spans


# A change or its absence is told of this study: "In der VU Herd (...), Zyste unverändert (...)", "Comparison with the
# outside CT (series 2, image 90) shows interval growth (series 4, image 95)".
_CHANGE_WORDS = (r"unverändert|unchanged|stable|stabil|stationär|konstant|größenkonstant|\w*progredient|\w*regredient|"
                 r"rückläufig|increased|decreased|grown|growth|enlarged|smaller|larger|kleiner|größer|persist\w*|"
                 r"weiterhin|remains?|still|interval|Größenzunahme|Größenabnahme|zunehmend|abnehmend")
# ... of which a growth or shrinkage names this study's image after a comparison's ("shows interval growth (...)").
_GROWTH = re.compile(r"(?i)\b(?:\w*progredient|\w*regredient|rückläufig|increased|decreased|grown|growth|enlarged|"
                     r"smaller|larger|kleiner|größer|Größenzunahme|Größenabnahme|zunehmend|abnehmend)\b")
# What ends a sentence-opening prior frame: a now-word or a comparison turning to this study.
_TURN = re.compile(r"(?i)\b(?:vs|versus|gegenüber|compared|verglichen|im\s+Vergleich|während|whereas|while|but|aber|"
                   r"(?:" + _CHANGE_WORDS + r")|"
                   r"(?:this|the\s+present)\s+(?:study|exam|examination|scan|CT|MRI)|diese[rm]?\s+Untersuchung)\b")


def _flag_prior(ref: RefSpan) -> RefSpan:
    return RefSpan(start=ref.start, end=ref.end, form=ref.form, series=ref.series, images=ref.images, prior=True)


# Round 20: a third timepoint word right after a prior citation names an even earlier examination: "zuvor 8 mm (Se 4
# Bi 38) und davor 5 mm (Se 3 Bi 35)", "previously 12 mm (...) and before that 9 mm (...)". Only after a prior
# citation: "Aneurysma (Serie 4, Bild 90), davor ein Lymphknoten (Serie 4, Bild 91)" is in front of it.
_EARLIER_STILL = re.compile(r"(?i)[\s)\]]*[,;]?\s*(?:(?:und|and|sowie|bzw\.?)\s+)?(?:noch\s+)?(?:davor|before\s+that|"
                            r"prior\s+to\s+that|zuvor|vorher|earlier\s+still|even\s+earlier|noch\s+früher)\b")


def _earlier_still(text: str, spans: list[RefSpan]) -> list[RefSpan]:
    """`spans` with a citation after a prior one and a third timepoint word ("und davor", "and before that")
    flagged prior, up to a now word."""
    out = list(spans)
    for k in range(1, len(out)):
        prev, ref = out[k - 1], out[k]
        if (prev.prior and not ref.prior and (m := _EARLIER_STILL.match(text, prev.end)) is not None
                and m.end() <= ref.start and not _NOW.search(text, m.end(), ref.start)
                and not any(c in text[m.end():ref.start] for c in ".;")):
            out[k] = _flag_prior(ref)
    return out


def _prior_scope(text: str, spans: list[RefSpan]) -> list[RefSpan]:
    """Round 6: how far a prior cue reaches across the sentence's references.
    - A prior frame that opens the sentence ("In der Vergleichsuntersuchung Herd (...) sowie (...)", "Prior exam:
      ...") holds every later reference up to a now-word or a turn ("vs.", "aber", "whereas").
    - A comparison phrase right before a reference ("Gegenüber der Voruntersuchung (Serie 2, Bild 40) jetzt größer
      (Serie 4, Bild 42)") names the prior's image when the next reference follows a now-word: this study's finding
      is the later one."""
    out = list(spans)
    if out and out[0].prior:
        opening = _CLAUSE_OPENING.match(text, 0).end()
        frame = _PRIOR_CLAUSE.match(text, opening)
        if frame is not None and not _DESCRIBED.match(text, frame.end()):
            for k in range(1, len(out)):
                between = text[out[k - 1].end:out[k].start]
                if out[k].prior:
                    continue
                if not out[k - 1].prior or _NOW.search(between) or _TURN.search(between) or _NOW_AFTER.match(
                        text, out[k].end) or this_study_named(text, out[k - 1].end, out[k].start):
                    break  # round 27: "..., auf unserem CT vom 14.10.2026 20 mm (...)" turns to this study too
                out[k] = _flag_prior(out[k])
    for k in range(len(out) - 1):
        ref, nxt = out[k], out[k + 1]
        if ref.prior or nxt.prior:
            continue
        before = _PRIOR_BEFORE.search(text, max(0, ref.start - 60), ref.start)
        if (before is not None and before.group(1) is not None and nxt.start - ref.end <= 45
                and ";" not in text[ref.end:nxt.start]
                and (_NOW.search(text, ref.end, nxt.start) is not None or _GROWTH.search(text, ref.end, nxt.start))):
            out[k] = _flag_prior(ref)
    return out


# Round 16: a past copula before a state (not before a participle: "was placed", "wurde gesetzt", "was seen") in the
# reference's clause, and a now word between it and the next reference: "The effusion was moderate (series 3 image 40)
# and is now trace (series 2 image 44)", "Die Läsion war 22 mm groß (Serie 6, Bild 18), heute 15 mm (...)".
_PAST_GATE = re.compile(r"(?i)\b(?:was|were|war|waren)\s")
_PAST_STATE = re.compile(r"(?i)\b(?:was|were|war|waren)\s+(?!(?:[a-z]+ed|seen|shown|known|gesehen|ge\w+t|previously|"
                         r"zuvor|bereits|already|schon|not|nicht|kein\w*|no)\b)")


def _was_then_now(text: str, lo: int, ref: RefSpan, nxt: RefSpan) -> bool:
    """`ref` states the finding on the earlier examination in the past tense and `nxt` follows a now word."""
    lo = max(lo, ref.start - 80)
    if nxt.start - ref.end > 60 or ";" in text[ref.end:nxt.start] or _SENTENCE_END.search(text, lo, nxt.start):
        return False
    pasts = list(_PAST_STATE.finditer(text, lo, ref.start))
    return (bool(pasts) and not _NOW.search(text, pasts[-1].end(), ref.start)
            and _NOW.search(text, ref.end, nxt.start) is not None)


def _past_then_now(text: str, spans: list[RefSpan]) -> list[RefSpan]:
    """`spans` with each reference flagged prior that `_was_then_now` reads as the earlier state (before any other
    prior rule: it needs no prior word)."""
    out = list(spans)
    for k in range(len(out) - 1):
        if not out[k].prior and not out[k + 1].prior and _was_then_now(text, out[k - 1].end if k else 0, out[k],
                                                                         out[k + 1]):
            out[k] = _flag_prior(out[k])
    return out


# A series that closes the bracket of an image-only reference, words between: "(image 45 of the coronal reformats,
# series 601)", "(Bild 45, koronar, Serie 601)".
_SERIES_CLOSING = re.compile(r"(?i)[^\d()\[\];:]{0,40}?[,/]\s*(?:(?:der|of|in|on|from)\s+)?(?:the\s+)?" + _SERIES_KW
                             + r"\s*" + _NR + r"([1-9]\d{0,3})\s*[)\]]")


def _series_closing_bracket(text: str, ref: RefSpan) -> RefSpan:
    """An image-only reference with the series that closes its bracket."""
    if ref.form != "io" or ref.series is not None or (named := _SERIES_CLOSING.match(text, ref.end)) is None:
        return ref
    return RefSpan(start=ref.start, end=named.end(1), form=ref.form, series=int(named.group(1)), images=ref.images,
                   prior=ref.prior)


# "Serie 4, Bild 50 bis Serie 4, Bild 57", "series 4 image 60 through series 4 image 72": one range.
_RANGE_JOIN = re.compile(r"(?i)\s*(?:-|–|—|bis(?:\s+einschl(?:\.|ießlich))?|to|through|thru)\s*")


def _ranges_across_series_words(text: str, spans: list[RefSpan]) -> list[RefSpan]:
    """Merge two single-image references of one series joined by a range word into one range."""
    out: list[RefSpan] = []
    for ref in spans:
        last = out[-1] if out else None
        if (last is not None and ref.series is not None and ref.series == last.series and ref.form == last.form
                and len(last.images) == len(ref.images) == 1 and last.images[0][0] == last.images[0][1]
                and ref.images[0][0] == ref.images[0][1] and ref.images[0][0] > last.images[0][0]
                and _RANGE_JOIN.fullmatch(text, last.end, ref.start)):
            out[-1] = RefSpan(start=last.start, end=ref.end, form=last.form, series=last.series,
                              images=((last.images[0][0], ref.images[0][0]),), prior=last.prior)
            continue
        out.append(ref)
    return out


# A prior word that closes the reference's own bracket: "(Bild 6/45, VU)", "(series 3, image 40 prior)".
# A date of its own closes the bracket: "(series 3, image 38 on 02/2023 CT)", "(se 3 im 38 from 1/5/2024)",
# "(Serie 3, Bild 38 der CT vom 12.03.2024)", "(series 3, image 38, 2022)".
_STRICT_DATE = (r"(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}/\d{4}|"
                r"\d{4}-\d\d-\d\d|(?:\d{1,2}\.?\s+)?" + _MONTH + r"(?:\s+\d{1,2},?)?\s+\d{4})")
# A measurement, then the date it was taken on, right before the reference: "4 mm in January 2024 (...)", "6 mm am
# 03.04.2023 (...)".
# Round 12: a measurement, then the timepoint it was taken at: "9.6 cm at diagnosis (...)", "9 mm on day 1 (...)".
_VALUE_TIME_BEFORE = re.compile(r"(?i)\d\s*(?:mm|cm)\s+(?:" + _EARLIER_TIME + r"|at\s+baseline|at\s+(?:the\s+)?nadir|"
                                r"previously|initially|damals|zuvor|vormals|seinerzeit)\s*[(\[]?\s*$")
# Round 12: a time word of the earlier examination in the reference's own part of its bracket.
_TIME_IN_BRACKET = re.compile(r"(?i)\b(?:damals|zuvor|vormals|seinerzeit|previously|formerly|initially|"
                              + _EARLIER_TIME + r")\b")
# Round 12: a label that opens the reference's bracket or a ";" part of it and names the earlier examination by
# its noun or its date: "(VU: 12 mm; Se 4, Bi 33)", "(Se 5 Im 18; 2023: Se 5 Im 17; 2021: Se 6 Im 17)".
_PART_LABEL = re.compile(r"(?i)[(\[;]\s*(?:" + _PRIOR_NOUN + r"|" + _STRICT_DATE + r"|(?:19|20)\d\d)\s*:")
# Round 12: a now label right after the reference, closing its part of the bracket: "(..., Se 7 Im 23 now)".
_NOW_CLOSES = re.compile(r"(?i)\s*,?\s*" + _NOW_LABEL + r"\s*[)\];,]")
_VALUE_DATE_BEFORE = re.compile(r"(?i)\d\s*(?:mm|cm)\s+(?:in|on|am|im|vom|from)\s+(?:" + _STRICT_DATE
                                + r")\s*[(\[]?\s*$")

_PRIOR_TAG = re.compile(r"(?i)[\s,;:-]*(?:(?:der|des|of|on|from|in|im|vom|von|am|auf|aus|at|dated)\s+"
                        r"(?:(?:the|der|dem|den)\s+)?)?\b(?:" + _PRIOR_NOUN
                        + r"|" + _STRICT_DATE + r"|(?:19|20)\d\d)(?:\s+(?:study|exam|CT|MRI?|MRT|scan))?\s*[)\];]")
# A bracket that opens with a date (and an examination) before the reference: "(02/2023: series 3, image 38)",
# "(CT 12.03.2024, Serie 3, Bild 38)".
_DATED_BRACKET = re.compile(r"(?i)\s*(?:" + _EXAM + r"\s+)?(?:(?:vom|from|of|dated)\s+)?" + _STRICT_DATE
                            + r"\s*[:,;]?\s*")


# A prior phrase right after the reference's closing bracket that ends the clause: "vs. 6 mm (Se 3 Bi 45) in der VU.",
# "versus 4 mm (series 3, image 45) on the prior." (not "(Se 5 Bi 50) in der VU nicht abgrenzbar": a finding follows).
_PRIOR_TAIL_OUT = re.compile(r"(?i)\s*[)\]]\s*(?:(?:in|im|on|auf|at|from|of|der)\s+(?:(?:the|der|dem|den)\s+)?(?:"
                             + _PRIOR_NOUN + r")(?:\s+(?:study|exam|examination|CT|MRI?|MRT|scan))?|previously|zuvor|"
                             r"damals|vormals)\s*(?:[.;,]|$)")  # "versus 5 mm (series 3 image 30) previously."


def _prior_tags(text: str, spans: list[RefSpan]) -> list[RefSpan]:
    """Flag as prior-study the references whose bracket ends with a prior word and holds no later reference."""
    out = []
    for k, ref in enumerate(spans):
        nxt = spans[k + 1].start if k + 1 < len(spans) else len(text)
        tag = _PRIOR_TAG.match(text, ref.end) or _PRIOR_TAIL_OUT.match(text, ref.end)
        if not ref.prior and tag is not None and tag.end() <= nxt:
            ref = RefSpan(start=ref.start, end=ref.end, form=ref.form, series=ref.series, images=ref.images,
                          prior=True)
        out.append(ref)
    # the items of one list before the tagged one share it: "(Bild 6/45 und 6/50, VU)"
    for k in range(len(out) - 2, -1, -1):
        # ... a reference naming another series is a citation of its own: "(series 4 image 120; series 3 image 115
        # of the 2022 exam)"
        if (out[k + 1].prior and not out[k].prior and _LIST_JOIN.fullmatch(text, out[k].end, out[k + 1].start)
                and out[k + 1].series in (None, out[k].series)):
            r = out[k]
            out[k] = RefSpan(start=r.start, end=r.end, form=r.form, series=r.series, images=r.images, prior=True)
    # ... and a prior cue before a list scopes over the list's later items of its series: "(VU 3/45, 3/50)",
    # "(Vor-CT Bild 3/71 bzw. 3/72; aktuell 4/75)", "prior series 3, images 40 and 52"; not across a ";", a now-word
    # or another series
    for k in range(1, len(out)):
        r, first = out[k], out[k - 1]
        if (first.prior and not r.prior and r.series in (None, first.series)
                and _FORWARD_JOIN.fullmatch(text, first.end, r.start) and not _PRIOR_TAG.match(text, first.end)
                and not _NOW_AFTER.match(text, r.end)):
            out[k] = RefSpan(start=r.start, end=r.end, form=r.form, series=r.series, images=r.images, prior=True)
    return out


_FORWARD_JOIN = re.compile(r"(?i)\s*(?:,|\+|und|and|as\s+well\s+as|sowie|&|bzw\.?|u\.|oder|or)\s*(?:(?:Bild|Bilder|"
                           r"images?|im|Bi)\.?\s*)?")
_NOW_AFTER = re.compile(r"(?i)\s*,?\s*" + _NOW_LABEL + r"\b")


# Round 21: not across a ";": a prior label after it belongs to the part after it alone ("(series 4 image 30; image 28
# on the prior)", "(Serie 4 Bild 30; Bild 28 in der Voruntersuchung)": the first part is this study's).
_LIST_JOIN = re.compile(r"(?i)\s*(?:,|\+|und|and|as\s+well\s+as|sowie|&|bzw\.?|u\.|oder|or)\s*")


# "Bild 1/3 der Dokumentation", "image 2/4 of the key images": a caption counter, not series/image.
# (round 30a: not an earlier exam's name, "Bild 2 der Voraufnahme", "Bild 5 der Vorbilder", "der Fremdaufnahme": the
# image of that exam, `_prior_study`'s "Bild 20 der VU")
_CAPTION_AFTER = re.compile(r"(?i)\s+(?:der|des|von|aus|of(?:\s+the)?)\s+(?!(?:vor|vergleichs|fremd|ausgangs)-?"
                            r"(?:bild|aufnahme))[\w-]*(?:bild|image|dokument|aufnahme|"
                            r"seite|page|key|schlüssel|übersicht|scout|topogram|localizer|survey)")
_KEY_IMAGE_BEFORE = re.compile(r"(?i)\b(?:key|schlüssel|übersichts?)[\s-]*$")
# refs-fix29: the scout / topogram / localizer is a study part without series number, not a key-image counter:
# "scout image 2", "Topogramm Bild 1" cite its image (a row without series, `study_parts`); "scout image 1 of 2",
# and a list "Images 1/2/3 of the scout" stay counters and captions (mend of round 29: "Scout image 2:" cites it too, a
# list "Scout images 1 and 2" counts them).
_SCOUT_BEFORE = re.compile(r"(?i)\b" + SCOUT + r"[\s-]*$")
_SCOUT_AFTER = re.compile(r"(?i)\s+(?:der|des|von|aus|of(?:\s+the)?)\s+" + SCOUT + r"\b")
_OF_TOTAL_SOURCE = r"(?:of|von)\s+\d"
_KEY_COUNTER = re.compile(r"(?i)\s*(?::|" + _OF_TOTAL_SOURCE + r")")
# Mend of round 29: a scout's one image before a colon is that image ("Topogramm Bild 2: Port regelrecht" cites the
# lateral topogram as "Port regelrecht (Topogramm Bild 2)" does); only "of N" and a list count the scout's images.
_OF_TOTAL = re.compile(r"(?i)\s*" + _OF_TOTAL_SOURCE)
# Mend of round 29: an image-first citation whose series stands in a bracket after it ("im 7 (Serie 5, ...").
_BRACKET_AFTER = re.compile(r"\s*[(\[]")
_SLASH_RANGE = re.compile(r"(\d{1,4})(?:\s*" + _RANGE_TO + r"\s*(?:(\d{1,4})\s*/\s*)?(\d{1,4}))?")


_OWN_SERIES_AFTER = re.compile(r"(?i)\s*(?:der|of|in\s+der|aus\s+der|on|from|in)\s+(?:the\s+)?" + _SERIES_KW + r"\s*"
                               + _NR + r"(" + _SERIES_NUM + r")")


def _own_series_item(text: str, m: re.Match[str], series: int | None) -> RefSpan | None:
    """The last item of a series-first list when it names a series of its own after it: "Serie 3 Bild 45 und Bild 2
    der Serie 5" is 3/45 and 5/2 (before: 3/45 and 3/2)."""
    named = _OWN_SERIES_AFTER.match(text, m.end("sf"))
    if named is None or int(named.group(1)) == series:
        return None
    last = list(_NUM_RANGE.finditer(text, m.start("sf_i"), m.end("sf_i")))[-1]
    images = _ranges(last.group())
    if not images:
        return None
    return RefSpan(start=last.start(), end=named.end(), form="sf", series=int(named.group(1)), images=images)


# A series named right after an image reference: "Bild 12/240, Serie 4", "image 12/240 of series 4".
_SERIES_AFTER = re.compile(r"(?i)\s*(?:[,;/]\s*|der\s+|in\s+(?:der\s+)?|aus\s+(?:der\s+)?|of\s+(?:the\s+)?|on\s+|"
                           r"from\s+)?" + _SERIES_KW + r"\s*" + _NR + r"(" + _SERIES_NUM + r")")


# Review of round 25 (W2): a one-letter bracket that is a nuclide ("radioiodine (I 131)", "uptake (I 123)") or the
# number of a table, annex, page, type, level, grade or category ("Tabelle (B. 14)", "Typ (B 12)", "Bosniak category
# (B. 12)") is no image, even after a citation that wrote the same letter.
_ONE_LETTER_LOOKALIKE = re.compile(
    r"(?i)(?:\b(?:tabelle|table|tab\.|anlage|annex|appendix|anhang|seite|page|p\.|typ|type|level|grad|grade|"
    r"category|kategorie|class|klasse|stadium|stage|score|station|neer|bosniak|leitlinie|guideline)\w*\s*:?\s*$)")
_NUCLIDE_CONTEXT = re.compile(r"(?i)radio\s*-?\s*(?:iod|jod)|\b(?:iod|jod|ablation|uptake|speicher|szinti|scinti|"
                              r"nukl|nucl|RIT|RJT|therap)\w*")


def one_letter_lookalike(text: str, start: int, letter: str, image: int) -> bool:
    """True when the one-letter bracket opening at `start` ("(I 131)", "(B. 14)") is a nuclide or a label's number."""
    if _ONE_LETTER_LOOKALIKE.search(text, max(0, start - 40), start) is not None:
        return True
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
    return letter == "I" and ((image in (123, 124, 125, 131) and _NUCLIDE_CONTEXT.search(
        text, lo, min(len(text), start + 60)) is not None) or text[start:start + 8].replace(" ", "") in ("(I-131)",))


def _one_letter_after_citation(text: str, spans: list[RefSpan], m: re.Match[str]) -> bool:
    """Round 25: a bracket holding only a one-letter image word and a number ("(B. 47)", "(I 131)") is an image of
    this report's citations when the paragraph's last full citation (series written) wrote the same letter before
    its image ("(S. 6, B. 41)", "(S 8, I 120)"); alone it is a nuclide, a grade or a list label."""
    letter = m.group("pi_one")[0]
    start = m.start("pi")
    last = next((s for s in reversed(spans) if s.series is not None and not s.prior), None)
    if last is None or "\n\n" in text[last.end:start] or any(a < 10 for a, _ in _ranges(m.group("pi_i"))):
        return False
    bracket = text.rfind("(", 0, start + 1)
    if one_letter_lookalike(text, bracket, letter, _ranges(m.group("pi_i"))[0][0]):
        return False
    return re.search(r"(?-i:\b" + letter + r")\.?\s?\d", text[last.start:last.end]) is not None


def _image_slash(text: str, m: re.Match[str]) -> tuple[int | None, tuple[tuple[int, int], ...]] | None:
    """(series, images) of "Bild 6/45" (series 6, image 45), "Bild 4/55-60", "Bilder 2/30 bis 2/34";
    "Bild 45/120" (a >= 20 and a <= b) is image 45 of a 120-image stack (series unknown); a date
    ("Bild 03/2024"), a zero or a caption counter ("Bild 1/3 der Dokumentation") is None."""
    series_text = m.group("is_s")
    items = _SLASH_RANGE.fullmatch(m.group("is_i").strip())
    if items is None or series_text.startswith("0"):
        return None
    a, first = int(series_text), int(items.group(1))
    last = _span(first, items.group(3))[1] if items.group(3) else first
    if items.group(2) is not None and int(items.group(2)) != a:
        return None  # "Bild 2/30-3/34" spans two series: no one range
    if a == 0 or first == 0 or 1900 <= first <= 2099 or _CAPTION_AFTER.match(text, m.end("is")):
        return None
    if (a < first <= 4 and items.group(3) is None) or _KEY_IMAGE_BEFORE.search(text, 0, m.start("is")) or (
            _SCOUT_BEFORE.search(text, max(0, m.start("is") - 30), m.start("is"))):
        return None  # a fraction "im Bild 2/3 der Zirkumferenz", "Bild 1/2", a counter "key image 2/5"
    if 20 <= a <= first and items.group(3) is None:
        if a < first and _PLURAL_BEFORE.search(text, m.start("is"), m.start("is_s")):
            return None, ((a, a), (first, first))  # two images: "Bilder 33/37"
        return None, ((a, a),)  # stack counter: "Bild 45/120"
    return a, ((min(first, last), max(first, last)),)


def _series_slash(text: str, m: re.Match[str], images: tuple[tuple[int, int], ...]) -> bool:
    """True for "Se 4/87" read as series 4, image 87: inside a bracket, not the plural "Serien 2/3" (two series), an
    image >= 10 after "/" or "-" ("Serie 3/4", "Se 2-4" are counts or ranges of series), no series range after "-"
    ("series 9001-9004"), no year ("Ser. 3/2024")."""
    if re.match(r"(?i)\s*(?:Serien|Séries)", m.group("ss")) or any(1900 <= b <= 2099 for _, b in images):
        return False
    if m.group("ss_sep") != ":" and images[0][0] < 10:
        return False
    series, image = m.group("ss_s"), images[0][0]
    series_range = 0 < image - int(series) < 10 or (len(series) >= 3 and len(str(image)) == len(series))
    if m.group("ss_sep") in "-–" and series_range:
        return False  # a range of series: "series 9001-9004", "Serie 601-603"
    end = m.start("ss")
    return text.count("(", 0, end) + text.count("[", 0, end) > text.count(")", 0, end) + text.count("]", 0, end)


# Round 25: a comma list outside a bracket too ("Bild 5/120, 5/131 und 5/140", "image 9/71, 9/76, 9/84 are stable", a
# table cell "img 4/33, 4/39 |"); a comma item keeps the first pair's series (`_slash_pairs`), so a date or fraction
# after the list ("Bild 5/66, 03/25") ends it.
_SL_MORE_OPEN = re.compile(r"(?i)\s*(?:,\s*(?:(?:und|and|sowie|&|bzw\.?|u\.|oder|or)\s+)?|"
                           r"(?:und|and|as\s+well\s+as|sowie|&|bzw\.?|u\.|oder|or)\s*)(\d{1,4})\s*/\s*("
                           + _ITEM + r")"
                           r"(?=\s*(?:[,;.)\]|]|$|[a-zäöüß]))")


# Round 16: outside a bracket, the further pairs of a "Serie/Bild" or "Serienbild" reference: "Serienbilder 3/22, 3/29
# und 3/41.", "Se/Im 2/31 and 2/44, both ..." (the pair's list ends at a sentence end too).
_SL_MORE_SL = re.compile(_SL_MORE.pattern.replace(r"(?=\s*(?:[,;+)\]]|", r"(?=\s*(?:[,;+)\]]|\.(?!\d)|$|"))
_BARE_PAIR = re.compile(r"(\d{1,4})\s*([:/])\s*([1-9]\d{0,3}(?:\s*[-–]\s*\d{1,4})?)")
BARE_PAIR = _BARE_PAIR  # round 31b: `series_legend` reads bare pairs under a series key
_PI_SLASH = re.compile(r"([1-9]\d{0,2})\s*/\s*([1-9]\d{0,3})")


def _pi_slash(pair: re.Match[str]) -> tuple[str, tuple[tuple[int, int], ...]] | None:
    """("a", ((b, b),)) for "(im a/b)" read as series/image; None when it is a stack counter (20 <= a <= b)."""
    a, b = int(pair.group(1)), int(pair.group(2))
    return None if 20 <= a <= b or 1900 <= b <= 2099 else (pair.group(1), ((b, b),))


_LABEL_DATE = re.compile(r"\d{1,2}/\d{1,2}/(?:19|20)?\d\d(?!\d)|\d{1,2}/(?:19|20)\d\d(?!\d)")
_DATE_GATE = re.compile(r"/(?:\d{1,2}/)?(?:19|20)?\d\d(?![\d/])")


def _wide_series_pair(series: str, sep: str, images: tuple[tuple[int, int], ...]) -> bool:
    """Round 27: a bare pair with a four-digit series ("(1101:38)", "(1401:44-51)", scanner-numbered reformats) only
    with a colon and an image of 10 or more: "(2025/12)" is a year/month, "(1000:1)" a ratio."""
    return len(series) < 4 or (sep == ":" and images[0][0] >= 10)


# Mend of round 27: a four-digit "co" pair among a time or dose ("(1200:30) seconds", "Dose length product
# (1450:20)", "DLP (1120:15) mGy*cm"): a value, not a series; and a year-shaped series alone in its bracket, with no
# sequence after it ("(2026:15)", "(2024:11)"): a year and a number ("(601:22 coronal, 2001:40 DWI)" keeps 2001).
_WIDE_VALUE_CONTEXT = re.compile(r"(?i)\b(?:seconds?|secs?|dose|DLP|CTDI\w*|mGy\w*|mSv|product|duration|Dauer)\b")


# ... but a scanner's reformat number ("2001", "2003": a thousand plus a small count) stays a series: "(2001:77)".
_SCANNER_SERIES = re.compile(r"[1-9]00[1-9]")


def _wide_value(text: str, series: str, start: int, end: int, alone: bool) -> bool:
    """Whether a four-digit series' pair (text[start:end]) stands among a time or dose word (`_WIDE_VALUE_CONTEXT`), or
    is a year-shaped series `alone` in its bracket."""
    return len(series) >= 4 and ((alone and 1900 <= int(series) <= 2099 and _SCANNER_SERIES.fullmatch(series) is None)
                                 or _WIDE_VALUE_CONTEXT.search(text, max(0, start - 30), end + 15) is not None)


def _bare_pairs(text: str, start: int, end: int) -> list[RefSpan] | None:
    """The further pairs of a bracket of bare pairs ("(4/20, 5/18)"); None when one of them fails the single
    pair's checks ("(2/12, 0/8)" is a count list, not references)."""
    out = []
    dates = [d.span() for d in _LABEL_DATE.finditer(text, start, end)] if _DATE_GATE.search(text, start, end) else []
    for m in _BARE_PAIR.finditer(text, start, end):
        if any(a < m.end() and m.start() < b for a, b in dates):
            continue  # round 16: the date of a pair's label, "(3:44; 12/14/2025 2:40)", "(4:33; 03/2025 3:30)"
        images = _ranges(m.group(3))
        if not images or m.group(1).startswith("0"):
            return None
        if (m.group(2) == "/" and (images[0][0] < 10 or 1900 <= images[0][0] <= 2099)) or not _wide_series_pair(
                m.group(1), m.group(2), images):
            return None
        out.append(RefSpan(start=m.start(), end=m.end(), form="co", series=int(m.group(1)), images=images))
    return out


# Review of round 25 (W3): an item of a comma list outside a bracket that is a date, a count or a dose is no pair:
# "Bild 4/70, 4/76, 4/11/2024 prior", "image 4/70, 4/76, 4/18 positive nodes", "Bild 4/70, 4/76, 4/50 Gy". Such
# lists cite images in ascending order, so an item below the pair before it ends the list, as does a third "/n" part,
# a date-like pair (month/day, month/year) before a word, and a dose, fraction or count word after the pair.
_OPEN_ITEM_AFTER = re.compile(r"\s*(?:/\s*\d|\.\d|(?i:c?gy|gray|msv|fraktion|fraction|zykl|cycle|kurs|course|"
                              r"punkt|point|score|stations?\b|nodes?\b|knoten|ratio|verh))")
_OPEN_WORD_AFTER = re.compile(r"\s*(?!(?:und|and|sowie|bzw|oder|or|u)\b)[^\W\d_]")
_LAST_IMAGE = re.compile(r"(\d{1,4})\s*$")


def _first_image(text: str, end: int) -> int:
    """The image number that ends the reference before `end` (0 when none)."""
    m = _LAST_IMAGE.search(text, max(0, end - 8), end)
    return int(m.group(1)) if m else 0


def _open_item_refused(text: str, at: int, image: int, prev_image: int) -> bool:
    """True when the comma-list item whose image text ends at `at` is a date, count or dose, not a pair."""
    series_m = re.search(r"(\d{1,4})\s*/\s*\d{1,4}\s*$", text[max(0, at - 12):at])
    series = int(series_m.group(1)) if series_m else 0
    date_like = 1 <= series <= 12 and 1 <= image <= 31
    return (image < prev_image or _OPEN_ITEM_AFTER.match(text, at) is not None
            or (date_like and _OPEN_WORD_AFTER.match(text, at) is not None))


def _slash_pairs(text: str, end: int, form: str, first_series: int | None) -> list[RefSpan]:
    """Further "series/image" pairs after a slash reference in the same bracket ("(Se/Bi 5/58, 5/61)",
    "(Bild 4/88, 4/93)", the series left out: "(Bild 4/12, 15 und 19)"); outside a bracket only after
    "und"/"and" ("Bild 4/88 und 4/92")."""
    inside = text.count("(", 0, end) + text.count("[", 0, end) > text.count(")", 0, end) + text.count("]", 0, end)
    more = _SL_MORE if inside else _SL_MORE_SL if form == "sl" else _SL_MORE_OPEN
    if not inside and form not in ("is", "sl"):
        return []
    out = []
    comma_list, prev_image = False, _first_image(text, end)
    while (m := more.match(text, end)) and (images := _ranges(m.group(2))):
        series = int(m.group(1)) if m.group(1) is not None else (out[-1].series if out else first_series)
        if (series is None or series == 0 or (m.group(1) or "").startswith("0") or (not inside and m.group(1) is None)
                or any(1900 <= a <= 2099 for a, _ in images)):
            break
        if more is _SL_MORE_OPEN and text[end:m.start(1)].lstrip().startswith(",") and (
                series != (out[-1].series if out else first_series) or images[0][0] <= 4):
            break  # round 25: a comma item outside a bracket keeps the list's series ("Bild 5/66, 03/25" is a date)
        if more is _SL_MORE_OPEN:
            comma_list = comma_list or text[end:m.start(1)].lstrip().startswith(",")
            if comma_list and _open_item_refused(text, m.end(2), images[0][0], prev_image):
                break
        prev_image = images[-1][1]
        at = m.start(1) if m.group(1) else m.start(2)
        out.append(RefSpan(start=at, end=m.end(2), form=form, series=series, images=images))
        end = m.end(2)
    return out


# Round 18: a compact "s:i" pair led by a label, after a citation in the same bracket: "(Serie 5, Bild 44; koronar
# 602:31)", "(series 6, image 14; PD FS 8:15)", "(series 5, image 18; DWI 9:18; ADC 10:18)", "(... ; T2 sagittal
# 4:8-10)". The label is a plane, phase, sequence or reconstruction word (`_PLANE_WORD`), else any one to three words
# when the image has two digits or more, the pair is no clock time and no ratio or time word leads ("(Se 3, Bi 45;
# Verhältnis 3:1)", "(..., Beginn 10:45)" are none).
_LABEL_WORDS = r"[^\W\d_][\w.+-]{0,14}(?:\s+[^\W\d_][\w.+-]{0,14}){0,2}"
_LABEL_PAIR = re.compile(r"(?i)\s*[;,]\s*(?:(?:und|and|sowie)\s+)?(?:(?P<plane>" + _PLANE_WORD + r"(?:\s+"
                         + _PLANE_WORD + r"){0,3})|(?P<word>" + _LABEL_WORDS + r"))?\s*:?\s*"
                         r"(?P<s>[1-9]\d{0,3})\s*(?P<sep>[:/])\s*(?P<i>[1-9]\d{0,3}(?:\s*[-–]\s*\d{1,4})?)"
                         r"(?!\d|[.,:/]\d|\s*(?:uhr|h|min|sek|s|am|pm|mm|cm|%)\b)"
                         # round 21: a study label after the pair, closing its part: "(image 7/35; 5/33 on the prior)"
                         r"(?=(?:\s*,?\s*(?:(?:on|in|of|der|in\s+der|im|from)\s+(?:the\s+)?)?" + _PRIOR_WORD
                         + r"\b)?\s*[;,)\]])")


_STUDY_WORD = re.compile(r"(?i)(?:" + _PRIOR_WORD + r"|" + _NOW_LABEL + r"|(?:on|in)\s+(?:the\s+)?" + _PRIOR_WORD
                         + r"|" + _OUTSIDE_ADJ + r")")


def _inside_bracket(text: str, pos: int) -> bool:
    """True when the last bracket before `pos` opens one."""
    return max(text.rfind("(", 0, pos), text.rfind("[", 0, pos)) > max(text.rfind(")", 0, pos), text.rfind("]", 0, pos))


def _label_pairs(text: str, end: int) -> list[RefSpan]:
    """The labelled compact pairs that follow a citation ending at `end` inside its bracket."""
    out: list[RefSpan] = []
    if text[end:end + 1] not in (";", ",", " ") or not _inside_bracket(text, end):
        return out
    while (m := _LABEL_PAIR.match(text, end)) is not None and (images := _ranges(m.group("i"))):
        clock = clock_like(m.group("s"), m.group("i"))
        if m.group("word") is not None and (images[0][0] < 10 or clock or _RATIO_CONTEXT.search(m.group("word"))):
            break  # "(Serie 3, Bild 45; Beginn 10:45)": a clock time after a word that names no series
        # round 21: a pair without a label ("(image 7/35; 5/33 on the prior)", "(Serie 4 Bild 30; 3:28)") or after a
        # slash: no clock time, no month/year, an image of 10 or more
        # a slash pair's label is a study or time label only ("WL 40/400" is a window, "Se 4/131" the next citation)
        bare = m.group("word") is None and m.group("plane") is None
        slash = m.group("sep") == "/"
        if slash and m.group("word") is not None and not _STUDY_WORD.fullmatch(m.group("word")):
            break
        if (bare or slash) and (images[0][0] < 10 or (not slash and clock) or (
                slash and month_year_like(m.group("s"), str(images[0][0])))):
            break
        label = "plane" if m.group("plane") else "word" if m.group("word") else "s"
        out.append(RefSpan(start=m.start(label), end=m.end("i"),
                           form="co", series=int(m.group("s")), images=images))
        end = m.end("i")
    return out


# Round 18: a compact pair in running text after a locative preposition or a pointer word ("see", "siehe", "vgl."):
# "located on 4:118", "correctly listed on
# 5:203", "auf 6:41 markiert" (not a clock time: "on 10:45 am,", "auf 10:30 Uhr"; the image has two digits or more;
# "auf 7:63 am besten ..." is German "am").
_LOCATIVE_PAIR = re.compile(r"(?i)(?<![\w.])(?:on|auf|see|siehe|vgl\.|cf\.)\s+"
                            r"(?P<s>[1-9]\d{0,2})\s*:\s*(?P<i>[1-9]\d{1,3})"
                            r"(?!\d|[.,:]\d|\s*(?:uhr|h|hrs?|min|pm|a\.m\.|p\.m\.|o'clock)(?!\w)|\s*am(?=\s*(?:[,.;)]|$)))")


# Its cheap gate: ":" and two digits (a literal first character, which the regex engine skips to in C).
_DIGIT_COLON = re.compile(r":\s*[1-9]\d")


# Round 20: further compact pairs of a locative list: "auf 3:12 und 3:18", "on 4:21, 4:30 and 4:37".
_LOCATIVE_MORE = re.compile(r"(?i)\s*(?:,\s*(?:and|und)?|and|und|sowie|&|bzw\.?|or|oder)\s*"
                            r"(?P<s>[1-9]\d{0,2})\s*:\s*(?P<i>[1-9]\d{1,3})"
                            r"(?!\d|[.,:]\d|\s*(?:uhr|h|hrs?|min|pm|a\.m\.|p\.m\.|o'clock)(?!\w))")


_LIST_OF_TIMES = re.compile(r"(?i)\s*(?:,|and|und|bis|to|-|–|oder|or)\s*\d{1,2}\s*:\s*\d\d\s*(?:uhr|h|hrs?|min|pm|am|"
                            r"a\.m\.|p\.m\.|o'clock)(?!\w)")


def _locative_matches(text: str) -> list[re.Match[str]]:
    """Every locative compact pair and the further pairs of its list; none of a list whose next item is a clock time
    ("auf 10:45 und 11:30 Uhr")."""
    out: list[re.Match[str]] = []
    for m in _LOCATIVE_PAIR.finditer(text):
        chain = [m]
        while (more := _LOCATIVE_MORE.match(text, chain[-1].end())) is not None:
            chain.append(more)
        if not _LIST_OF_TIMES.match(text, chain[-1].end()):
            out += chain
    return out


def _locative_pairs(text: str, spans: list[RefSpan], maybe_prior: bool) -> list[RefSpan]:
    """`spans` with the locative compact pairs of `text` that no span covers, in text order."""
    if not _DIGIT_COLON.search(text):
        return spans
    added: list[RefSpan] = []
    for m in _locative_matches(text):
        start, end = m.start("s"), m.end("i")
        if (any(r.start < end and start < r.end for r in spans + added)
                or _RATIO_CONTEXT.search(text, max(0, m.start() - 20), m.start())):
            continue
        clause = max(text.rfind(";", 0, start), text.rfind(")", 0, start), text.rfind(".", 0, start)) + 1
        added.append(RefSpan(start=start, end=end, form="co", series=int(m.group("s")),
                             images=((int(m.group("i")), int(m.group("i"))),),
                             prior=maybe_prior and _prior_study(text, start, end, clause)))
    return sorted(spans + added, key=lambda r: r.start) if added else spans


def series_mentions(text: str) -> list[tuple[int, int]]:
    """(offset, series number) of every "Serie N" mention, for refs that name only an image."""
    if not has_candidate(text):
        return []
    return [(m.start(), int(m.group(1))) for m in gated_finditer(_SERIES_MENTION_GATE, SERIES_MENTION,
                                                                 mask_misspellings(text))]
