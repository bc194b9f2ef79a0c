"""The shared held-out runner's `--corpus` option (every set from 12 on is measured through it)."""

from __future__ import annotations

import pytest

from tests.heldout11.deid_corpus import EXCERPTS as HELDOUT11
from tests.heldout11.measure_deid import corpus_argument
from tests.heldout18.deid_corpus import EXCERPTS as HELDOUT18


def test_corpus_option_selects_that_module_and_leaves_the_other_arguments():
    rest, corpus = corpus_argument(["--repeat", "2", "--corpus", "tests.heldout18.deid_corpus", "--markdown"])
    assert rest == ["--repeat", "2", "--markdown"]
    assert corpus == list(HELDOUT18)
    assert sum(len(ex.spans) for ex in corpus) == 392


def test_without_the_option_the_runner_measures_heldout11():
    rest, corpus = corpus_argument(["--markdown"])
    assert rest == ["--markdown"] and corpus is HELDOUT11


def test_a_missing_module_name_is_a_clear_error():
    with pytest.raises(SystemExit, match="needs a module name"):
        corpus_argument(["--corpus"])
