"""Issue 16, review of round 25: the wrong rows a read-only reviewer found, as classes with their look-alikes.

W3 comma slash-pair lists outside a bracket end at a date, a count or a dose, and a refused item's words flip no
pair. The texts are the reviewer's probes (written for the review, not from any held-out set). Each case holds with
the learned decision and with the grammar alone (`scorer`)."""

from __future__ import annotations

import pytest

from tests.curation.snippets.mined import rows


@pytest.mark.parametrize(("text", "lang", "want"), [
    # dates after the list: a third "/yyyy" part, month/day or month/year before a word; its "prior" flips nothing
    ("Metastases image 4/70, 4/76, 4/11/2024 prior.", "en", [(4, 70, 70, False), (4, 76, 76, False)]),
    ("Metastases image 4/70, 4/76, 4/11 prior.", "en", [(4, 70, 70, False), (4, 76, 76, False)]),
    ("Nodules image 3/40, 3/45, 3/15/2025 comparison.", "en", [(3, 40, 40, False), (3, 45, 45, False)]),
    ("Nodules on image 3/40, 3/45, 3/15 unchanged.", "en", [(3, 40, 40, False), (3, 45, 45, False)]),
    ("Herde Bild 3/40, 3/45, 3/24 unverändert.", "de", [(3, 40, 40, False), (3, 45, 45, False)]),
    # counts and doses after the pair
    ("Nodules image 4/70, 4/76, 4/18 positive nodes.", "en", [(4, 70, 70, False), (4, 76, 76, False)]),
    ("Fractures image 5/70, 5/76, 5/6 left ribs.", "en", [(5, 70, 70, False), (5, 76, 76, False)]),
    ("Rippenfrakturen Bild 5/70 und 5/76, 5/7 und 5/8 links.", "de", [(5, 70, 70, False), (5, 76, 76, False)]),
    ("Bild 4/70, 4/76, 4/8 Gy.", "de", [(4, 70, 70, False), (4, 76, 76, False)]),
    ("Bild 4/70, 4/76, 4/50 Gy.", "de", [(4, 70, 70, False), (4, 76, 76, False)]),
    ("Bild 4/70, 4/76, 4/25 Fraktionen.", "de", [(4, 70, 70, False), (4, 76, 76, False)]),
    ("PE image 3/40, 3/45, 3/22 segmental arteries involved.", "en", [(3, 40, 40, False), (3, 45, 45, False)]),
    ("Emboli image 3/40, 3/45, 3/12 ratio.", "en", [(3, 40, 40, False), (3, 45, 45, False)]),
    ("Herde Bild 4/70, 4/76, 4/7 Segmente befallen.", "de", [(4, 70, 70, False), (4, 76, 76, False)]),
    # look-alikes that stay lists: ascending items, a verb after a pair that is no date
    ("Sclerotic foci at image 9/71, 9/76, 9/84 are stable.", "en",
     [(9, 71, 71, False), (9, 76, 76, False), (9, 84, 84, False)]),
    ("Noduläre Verdichtungen im Unterlappen, Bild 6/45, 6/51, 6/58 und 6/63.", "de",
     [(6, 45, 45, False), (6, 51, 51, False), (6, 58, 58, False), (6, 63, 63, False)]),
    ("Herde Bild 5/20, 5/24, 5/29.", "de", [(5, 20, 20, False), (5, 24, 24, False), (5, 29, 29, False)]),
])
def test_open_slash_lists_end_at_dates_counts_and_doses(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want
