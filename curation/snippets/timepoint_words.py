"""The timepoint words the study decision's modules share (issue 16, review of round 21b): month names, seasons,
now-words and examination words, one list each, so that the own-part scope (`study_scope`) and the follow-up rows
(`timepoints`) read the same words. Regex source strings (no groups, no flags), to be compiled inside a caller's
pattern; grammar.py's own lists move here after round 22 (docs/snippets.md, "round 21b review").
"""

from __future__ import annotations

__all__ = ["EARLIER_COMPOUND", "EXAM", "MARKDOWN", "MONTH", "NOW", "ROMANCE_NOW", "SEASON", "SECTION", "SECTION_ALONE",
           "THEN", "THEN_WORDS", "VIEW"]

# "Jan", "Januar", "Jänner", "März", "Sept", "Dec" (an optional period after).
MONTH = (r"(?:Jan(?:uar|uary)?|Jän(?:ner)?|Feb(?:ruar|ruary)?|Mär(?:z)?|Mar(?:ch)?|Apr(?:il)?|Mai|May|Jun[ie]?|"
         r"Jul[iy]?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Okt(?:ober)?|Oct(?:ober)?|Nov(?:ember)?|Dez(?:ember)?|"
         r"Dec(?:ember)?)\b\.?")
SEASON = r"(?:Frühjahr|Frühling|Sommer|Herbst|Winter|spring|summer|autumn|fall|winter)"
# A word naming this examination's time: "heute", "aktuell", "today", "current(ly)", "now", "jetzt".
NOW = r"(?:heute|heutige[nrms]?|aktuell\w*|jetzt|now|today|current(?:ly)?)"
# Mend of round 30a: the French/Italian now-words ("attuale: serie 2 ...", "actuel : série 3 ...", "ora 6 mm", "oggi"),
# read by the grammar's and the follow-up rows' now-words (`grammar._NOW`, `timepoints._NOW`); not "présent" (also
# "present", a finding's state).
ROMANCE_NOW = r"(?:attual[ei]|odiern[aoei]|oggi|ora|adesso|actuel(?:le)?s?|aujourd'hui|maintenant)"
# Round 29 (refs-fix29): a word that places a value on an earlier exam ("damals 9 mm", "previously 6 mm"):
# `study_past._THEN_WORD` and `prior_preface._THEN` share it (each adds the words only its own rule reads).
# (mining speed 19: also as words, `THEN_WORDS`, from which grammar.py's time-word lists take theirs)
THEN_WORDS = ("damals", "zuvor", "vorher", "vormals", "früher", "seinerzeit", "previously", "formerly", "initially")
THEN = "(?:" + "|".join(THEN_WORDS) + ")"
# An examination, modality or institution word: what "outside", "extern", "auswärts", "this" name a study with.
EXAM = (r"(?:CT|MRT?|MRI|PET\S*|DVT|CBCT|US|Sono\w*|Ultraschall|ultrasound|Röntgen|X-?ray|mammo\w*|tomo\w*|scan|"
        r"study|exam\w*|Untersuchung|Aufnahme\w*|Bildgebung|hospital|Spital|Klinik|[LR](?:CC|MLO|ML)|CC|MLO|OSH)")
# A view or sequence a prior citation is labelled with: "(prior SAX image 4)", "(previous axial T2, series 3 ...)".
VIEW = (r"(?:SAX|LAX|[234]CH|ax\w*|cor\w*|kor\w*|sag\w*|transv\w*|T1\w*|T2\w*|DWI|ADC|FLAIR|SWI|STIR|DIXON|"
        r"arteri\w*|portal\w*|venös\w*|venous|nativ\w*|unenhanced|KM|contrast|series|Serie|image|Bild)")
# Round 27: a German compound that names the earlier examination by its role: "Ausgangs-CT", "Baseline-PET",
# "Nadir-CT", "Eingangs-MRT", "Ausgangs-PET/CT" (the exam at the start of a treatment, its best response, admission).
EARLIER_COMPOUND = r"(?:Ausgangs|Baseline|Nadir|Eingangs)-?(?:CTA?|MRT?|MRI|PET(?:[/-]CT)?)(?![^\W\d_])"
# A report-section heading word ("Befund:", "Beurteilung:", "IMPRESSION:"): `mine._SECTION_HEADING` (a section's end
# for inherited series) and `prior_preface` (a heading space-joined after a comparison preface ends it) share it.
SECTION = (r"(?:befunde?|beurteilung|zusammenfassung|impression|findings?|conclusions?|technik|technique|anamnese|"
           r"history|clinical(?:\s+\w+)?|indication|fragestellung|empfehlung|recommendations?|procedure|ergebnis|result|"
           r"opinion|summary|vergleich|comparison|kommentar|comment|appréciation|appreciation)")
# refs-fix29: the markdown marks a heading may open with ("## Beurteilung", "**Conclusion:**", "__Impression__"):
# `mine._SECTION_HEADING` and `bullet_images` read such a heading, also as a line of its own without a colon.
MARKDOWN = r"(?:#{1,6}[ \t]*|[*_]{1,2}[ \t]*)?"
# refs-fix29: the rest of a line whose section word stands without a colon: the word ends, then only blanks and the
# closing markdown marks to the line's end ("**Impression**", "## Findings", "IMPRESSION"); for a `(?m)` pattern.
# `mine._SECTION_HEADING` and `bullet_images._HEADING` share it (mining speed 19: one definition, not two copies).
SECTION_ALONE = r"(?![^\W_])[ \t*_]*$"
