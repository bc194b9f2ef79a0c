"""Image-only bullets under a heading line that declares their series (issue 16, round 28b).

A structured report lists findings as bullets under a heading that names the series once: "New lesions (axial FLAIR,
Se 501):\\n• right frontal – Im 120\\n• left parietal – Im 140 and Im 152". The short viewer label "Im" is no image word
of the grammar on its own (a capitalised "Im" is the German "in the"), so those bullets gave no row. This whole-text
pass reads them: under a line that ends with ":" (right before its line break) and names a series ("Se 501", "Series
1101", "Serie 6"), each
following bullet line ("•", "-", "–", "*", "·" at its start; the block ends at the first line without one) gives one
reference per "Im"/"IM" image list (the grammar's list, range and unit guards: `grammar.image_list_at`), of form "io"
without a series; the image inherits the heading's series (`mine._context_mention`). `mine._mine` adds those the
grammar did not find; a bullet's own full citation ("(prior Se 501 Im 55)") is the grammar's (and its study decision).
Look-alikes: a heading without a series ("Befund:"), German prose "Im 3. Segment" / "Im 5 mm Abstand" (the guards),
an "Im" outside a bullet line.
"""

from __future__ import annotations

import re

from curation.snippets.grammar import SERIES_MENTION, RefSpan, image_list_at

__all__ = ["bullet_image_refs"]

_HEADING = re.compile(r"(?m)^[^\n]{0,120}:$")
_BULLET = re.compile(r"[ \t]*[•·*–-][ \t]")
_IMAGE = re.compile(r"(?<![\w#])(?-i:Im|IM)\.?(?=[ \t]?\d)")


def bullet_image_refs(text: str) -> list[RefSpan]:
    """The "Im N" citations of bullet lines under a heading that names a series (see the module), in text order."""
    if ":\n" not in text or ("Im" not in text and "IM" not in text):
        return []
    out: list[RefSpan] = []
    for heading in _HEADING.finditer(text):
        if SERIES_MENTION.search(text, heading.start(), heading.end()) is None:
            continue
        pos = heading.end() + 1
        while pos < len(text) and _BULLET.match(text, pos):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            # one reference per "Im": "Im 140 and Im 152" gives two (the learned decision may keep either alone)
            marks = [m.span() for m in _IMAGE.finditer(text, pos, end)]
            for k, (a, b) in enumerate(marks):
                upto = marks[k + 1][0] if k + 1 < len(marks) else end
                if (found := image_list_at(text[:upto], b)) is not None:
                    out.append(RefSpan(start=a, end=found[0], form="io", series=None, images=found[1]))
            pos = end + 1
    return out
