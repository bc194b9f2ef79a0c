"""Locks in the held-out RTF/HTML figure measured after the normaliser (docs/reports.md): no header name
word survives, no keep word is lost."""

from __future__ import annotations

from tests.curation.reports.heldout_markup_corpus import DOCS
from tests.curation.reports.heldout_markup_score import score


def test_heldout_markup_reports_leak_no_header_name():
    scores = score()
    assert len(scores) == len(DOCS) == 14
    assert [(s.doc_id, s.leaked) for s in scores if s.leaked] == []
    assert [(s.doc_id, s.lost_keep) for s in scores if s.lost_keep] == []
