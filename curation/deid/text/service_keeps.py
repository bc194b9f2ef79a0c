"""Keep ranges of calendar-week headers and public free-phone service numbers (round 18c).

- **A calendar week** ("KW 14/2025", "KW14", "CW 7/2026", "Kalenderwoche 12"): a rota, a meeting or a list header
  names a week of everyone, no one's date; its year stays with it (no date rule takes "14/2025" as a month-year).
- **A free-phone service number announced as a public line** (DE / AT / CH "0800 ...", UK "0800 / 0808 ...",
  their "+49 800" / "+44 800" forms, US / CA "1-800 / 888 / 877 / 866 / 855 / 844 / 833 ..." after "Hotline",
  "helpline", "kostenlose Beratung", "programme line", "numéro vert", "numero verde" on its line): a programme's
  public line, which no patient, relative or clinician owns (the convention of the public bodies since round 10:
  what names no one is no PHI). A facility's own free number stays PHONE ("Rückruf 0800 ...").
"""

from __future__ import annotations

import re

from curation.deid.text.common import literal_starts

__all__ = ["service_keeps"]

WEEK = re.compile(r"(?<![\w])(?:KW|CW|Kalenderwoche|[Cc]alendar[ \t]week)[ \t]?\d{1,2}"
                  r"(?:[ \t]?/[ \t]?(?:19|20)\d\d)?(?![\w/])")
FREE_PHONE = re.compile(r"(?<![\w+])(?:(?:\+|00)(?:49|43|41|44)[ \t]?(?:\(0\))?[ \t]?|0)(?:800|808)"
                        r"(?:[ \t/-]?\d){6,8}(?![\d])|"
                        r"(?<![\w+])(?:\+?1[ \t.-]?)?\(?(?:800|888|877|866|855|844|833)\)?[ \t.-]\d{3}[ \t.-]\d{4}"
                        r"(?![\d])")
# From their literal starts / first character first (common.literal_starts), not tried at every position: ~18 and
# ~52 µs per report each when their digit and letter gates fire (round 18 of speed).
WEEK = literal_starts(WEEK)
FREE_PHONE = literal_starts(FREE_PHONE)


# A public line announces itself before its number, on the same line: "Hotline", "helpline", "kostenlose
# Beratung", "Programm", "numéro vert", "numero verde", "quitline". A facility's own free number ("Rückruf 0800 ...",
# "Permanence ... 0800 ...") is the facility's, PHONE like its other numbers.
_PUBLIC_LINE = re.compile(r"(?i:hotline|helpline|help[ \t]line|helpdesk|info-?line|infotelefon|servicetelefon|"
                          r"service[ \t]?line|beratung|beratungstelefon|program(?:m|me)?(?![\w-])|kostenlos|"
                          r"gebührenfrei|gratis|toll[- ]free|freephone|free[ \t]phone|quit-?line|"
                          r"numéro[ \t]vert|numero[ \t]verde|ligne[ \t](?:d'info|gratuite)|linea[ \t]gratuita)")
_LINE_BEFORE = 80
# A person or a role on the number's line makes it someone's number (review 18: "Beratung durch Frau Koller, Tel.
# 0800 ...", "Program coordinator Jane Koller 1-800-...", "Helpline nurse ... direct 0800 ...").
_PERSON_ON_LINE = re.compile(r"(?<![\w])(?:Frau|Herr|Herrn|Mr|Mrs|Ms|Miss|Dr|Prof|Mme|M\.|Sig\.?|Sig\.ra)(?![\w])|"
                             r"(?i:koordinator|coordinator|nurse|pflege|direct|direkt|rückruf|call[ \t-]?back|"
                             r"ansprechpartner|contact[ \t]person|persönlich|patient|mobile|handy|privat)")


def service_keeps(text: str) -> list[tuple[int, int]]:
    """Keep ranges of calendar weeks and announced free-phone numbers in `text`."""
    out: list[tuple[int, int]] = []
    if "W" in text or "alenderwoche" in text or "week" in text:
        out.extend(m.span() for m in WEEK.finditer(text))
    if "800" in text or "808" in text or "88" in text or "877" in text or "866" in text or "855" in text \
            or "844" in text or "833" in text:
        for m in FREE_PHONE.finditer(text):
            line_start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - _LINE_BEFORE)
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            if _PUBLIC_LINE.search(text, line_start, m.start()) and not _PERSON_ON_LINE.search(
                    text, line_start, line_end):
                out.append(m.span())
    return out
