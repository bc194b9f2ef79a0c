"""The fourth and fifth word of a long name after a person cue (round 18c): PERSON.

The title rules take a name of up to three words ("Ms. Tran Van Anh"); names of four words or more are common
(Vietnamese "<Family> <Middle> <Middle> <Given>", Spanish and Portuguese double surnames "<Given> <Given> <Surname>
<Surname>", Arabic chains). A cue-found PERSON span of three words is extended by the capitalised word right after
it when that word is a listed given name or surname, or a short name word of two to four letters ("Ha", "Anh",
"Lan"), and what follows it ends the name: a lower-case word, a punctuation mark or the line's end. No common,
clinical or role word is taken ("Bett", "Zi.", "Herr"), and a word followed by a digit or by another capital is
left ("Frau Anna Maria Huber Bett 3", "Mr John Paul Smith CT").
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Hit
from curation.deid.text.given_names import is_given_name
from curation.deid.text.names import NOT_NAME_WORDS
from curation.deid.text.surnames import is_surname
from curation.deid.text.towns import CLINICAL_WORDS

__all__ = ["name_tail_hits"]

_TAIL = re.compile(rf"[ \t](?P<v>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)(?=[ \t]*(?:[,.;:)]|$)|[ \t]+[{LO[:-1]}])",
                   re.M)
_WORDS = re.compile(r"\S+")


def name_tail_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """PERSON hits of the word continuing a three-word cue-found name in `text` (`hits`: the rule hits so far)."""
    out: list[Hit] = []
    for h in hits:
        if h.label != "PERSON" or h.source != "cue":
            continue
        words = _WORDS.findall(text, h.start, h.end)
        if len(words) < 3:
            continue
        m = _TAIL.match(text, h.end)
        if m is None:
            continue
        word = m.group("v")
        if word.lower() in NOT_NAME_WORDS or word in CLINICAL_WORDS:
            continue
        # review 18: a listed name of five letters or more, not a label ("Plan:", "Hx:"); short words are clinical
        # and status words far more often than names ("Knee", "Seen", "Was", "Cito", "Rt.").
        # A short word continues only a name of short syllables ("Nguyen Thi Thu Ha", "Pham Thi Mai Lan").
        syllables = sum(len(w) <= 4 for w in words[1:]) >= 2
        if (text.startswith((":", "."), m.end("v")) and len(word) <= 4) or text.startswith(":", m.end("v")):
            continue
        if (len(word) >= 5 and (is_given_name(word) or is_surname(word))) or (syllables and 2 <= len(word) <= 4):
            out.append(Hit(h.start, m.end("v"), "PERSON", "cue"))
    return out
