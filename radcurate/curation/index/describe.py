"""Series and study descriptions without the patient's PHI.

Descriptions are useful ("Thorax 5mm axial", "Leber dynamisch") but technologists sometimes type a
name, an id or a date into them. We keep the words and drop every token that is one of this patient's
own header values (names in any spelling, ids, accession, physicians, institution), every date-like
token and every long digit run; if nothing informative is left the description is dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from radcurate.curation.index.phi import transliterations

_TOKEN = re.compile(r"[^\W_]+(?:[.\-/'][^\W_]+)*")
_DATE_LIKE = re.compile(r"^(\d{1,4}[.\-/]\d{1,2}[.\-/]\d{1,4}|\d{1,2}[.\-/]\d{4}|(19|20)\d{6})$")
_LONG_DIGITS = re.compile(r"\d{5,}")
_SPACES = re.compile(r"\s{2,}")
_LEFTOVER = re.compile(r"^[\s,;:/\-_.^()]+|[\s,;:/\-_^(]+$")


def fold(text: str) -> str:
    """Case-insensitive key (Müller, MÜLLER -> müller); spelling variants come from transliterations()."""
    return unicodedata.normalize("NFC", text).casefold()


@dataclass(frozen=True)
class DescriptionCleaner:
    """What to strip from one patient's descriptions.

    `token_keys`: folded single words of names, ids, accessions and physicians (any spelling);
    `phrases`: whole values (institution, address, station...) removed as phrases, because their
    single words ("Klinikum", "CT") are too generic to drop on their own.
    """

    token_keys: frozenset[str]
    phrases: tuple[str, ...]

    @classmethod
    def from_values(cls, token_values: Iterable[str], phrase_values: Iterable[str]) -> DescriptionCleaner:
        keys: set[str] = set()
        for value in token_values:
            for variant in transliterations(value):
                keys.add(fold(variant.strip()))
                keys.update(fold(m.group()) for m in _TOKEN.finditer(variant) if len(m.group()) >= 2)
        keys.discard("")
        phrases = sorted({fold(v.strip()) for v in phrase_values if len(v.strip()) >= 4}, key=len, reverse=True)
        return cls(frozenset(keys), tuple(phrases))

    def _is_phi_token(self, token: str) -> bool:
        if _DATE_LIKE.match(token) or _LONG_DIGITS.search(token):
            return True
        return any(fold(variant) in self.token_keys for variant in transliterations(token))

    def clean(self, text: object) -> str | None:
        """`text` with PHI removed; None when nothing alphabetic would remain."""
        if text is None:
            return None
        text = str(text).strip()
        for phrase in self.phrases:
            if phrase in fold(text):
                text = re.sub(re.escape(phrase), " ", text, flags=re.IGNORECASE)
        if not text:
            return None
        kept: list[str] = []
        last = 0
        for match in _TOKEN.finditer(text):
            kept.append(text[last:match.start()])
            if not self._is_phi_token(match.group()):
                kept.append(match.group())
            last = match.end()
        kept.append(text[last:])
        cleaned = _LEFTOVER.sub("", _SPACES.sub(" ", "".join(kept))).strip()
        return cleaned if any(c.isalpha() for c in cleaned) else None
