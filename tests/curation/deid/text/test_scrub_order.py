"""The scrubber's result for a text does not depend on the texts scrubbed before it or on the string object
that holds it: one `TextContext` per call, nothing kept between calls (tests/curation/deid/text/scrub_order.py)."""

from __future__ import annotations

import json
import re

from curation.deid.text import common
from curation.deid.text.common import SharedNeedles, TextContext, context_for, current, lowered_text
from curation.deid.text.keep import keep_ranges
from curation.deid.text.names import ROLE_LABEL, SIGNATURE_LABEL
from curation.deid.text.rules import rule_hits
from curation.deid.text.scrub import scrub_text
from tests.curation.deid.text.scrub_equivalence import DIGESTS, pool
from tests.curation.deid.text.scrub_order import ORDERS, fresh
from tests.digest_guard import differing


def test_reversed_and_fresh_copies_match_the_recorded_digests():
    items = pool()
    want = json.loads(DIGESTS.read_text())
    for name in ("reversed", "fresh copies"):
        got = ORDERS[name](items)
        assert len(got) == len(want) > 3000, name
        assert differing(got, want) == [], name


def test_texts_that_lower_case_alike_keep_their_own_results():
    # Equal lower-cased forms, different cases: a cache keyed on the lower-cased text would hand the first
    # text's hits to the second.
    texts = ["Befund: Dr. Heinrich Albers, Tel. 0761 270 4411, MRN 4471203.",
             "BEFUND: DR. HEINRICH ALBERS, TEL. 0761 270 4411, MRN 4471203.",
             "befund: dr. heinrich albers, tel. 0761 270 4411, mrn 4471203."]
    alone = [scrub_text(fresh(t), "de", None, None, use_spacy=False) for t in texts]
    for order in (texts, texts[::-1], texts + texts):
        for t in order:
            assert scrub_text(t, "de", None, None, use_spacy=False) == alone[texts.index(t)]
    assert [r.text for r in alone] == ["Befund: Dr. [PERSON], Tel. [TELEFON], MRN [ID].",
                                       "BEFUND: DR. [PERSON], TEL. [TELEFON], MRN [ID].",
                                       "befund: dr. [PERSON] albers, tel. [TELEFON], mrn [ID]."]


def test_the_context_is_current_only_during_a_call():
    text = "Pat.-Nr. 4471203, Dr. Heinrich Albers"
    assert common._CURRENT.get() is None
    scrub_text(text, "de", None, None, use_spacy=False)
    assert common._CURRENT.get() is None
    ctx = TextContext(text)
    with current(text, ctx):
        assert context_for(text) is ctx
        assert lowered_text(text) is ctx.lowered == text.lower()
        other = fresh(text)
        assert context_for(other) is not ctx and context_for(other) is context_for(other)
        assert rule_hits(text) == rule_hits(text, ctx)
        assert keep_ranges(text) == keep_ranges(text, ctx)
    assert common._CURRENT.get() is None
    assert rule_hits(text) == rule_hits(fresh(text))


def test_a_context_of_another_text_is_refused():
    try:
        with current("a text", TextContext("another text")):
            pass
    except ValueError as e:
        assert "context" in str(e)
    else:
        raise AssertionError("no ValueError")


def test_a_registration_during_a_call_runs_the_pass_again():
    gates = SharedNeedles()
    alpha = gates.register(["Alpha"])
    text = "Alpha und beta"
    with current(text) as ctx:
        assert ctx.fired(gates) == {alpha}
        beta = gates.register(["beta"])
        assert ctx.fired(gates) == {alpha, beta}


def test_patterns_run_over_the_lowered_text_find_what_re_finds():
    text = "Befundet von Dr. Anna Roth. MTRA: Huber, Sohn: Tobias Roth. Gez. Dr. K. Meier"
    with current(text) as ctx:
        low = ctx.lowered
        labels = [m.span() for m in SIGNATURE_LABEL.finditer(low)]
        assert labels == [m.span() for m in re.compile(SIGNATURE_LABEL.pattern).finditer(low)]
        assert [low[a:b] for a, b in labels] == ["befundet von", "sohn", "gez."]
        roles = [m.span() for m in ROLE_LABEL.finditer(low, low)]
        assert roles == [m.span() for m in re.compile(ROLE_LABEL.pattern.pattern).finditer(low)]
        assert "mtra" in [low[a:b] for a, b in roles]
