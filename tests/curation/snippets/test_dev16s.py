"""Snippet cut against the issue-16 snippets-round-8 DEV set (`dev16s.py`: a fifth author's snippet labels).

Scored as `test_dev16c.py` (snippets on the refs found: exact and mean token F1). The floor is the dev figure
recorded in docs/snippets.md ("snippets, round 8"); a dev figure, not an estimate for unseen reports.
"""

from __future__ import annotations

from tests.curation.snippets.dev16s import EXCERPTS
from tests.curation.snippets.test_dev16c import score_dev


def test_dev16s_figures() -> None:
    s = score_dev(EXCERPTS)
    print(f"dev16s: tp={s.tp} fp={s.fp} fn={s.fn} P={s.precision:.3f} R={s.recall:.3f} "
          f"snippets exact={s.exact}/{s.snippets} token-F1={s.snippet_f1:.3f} planes={s.planes_right}/{s.tp}")
    for line in s.misses:
        print(line)
    assert len(EXCERPTS) >= 60 and sum(len(e.refs) for e in EXCERPTS) >= 100
    # measured once before this round's cut (852b488): exact 101/116, token-F1 0.9785; after it: 104/116, 0.9821
    # round 21 (refs-r21): 116/0/4 -> 120/0/0 (a "Serie/Bild" column and a tab table's "Series/Image" column of bare
    # pairs)
    assert (s.tp, s.fp, s.fn) == (120, 0, 0)
    assert s.exact >= 104 and s.snippet_f1 >= 0.982
