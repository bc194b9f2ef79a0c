"""The translation hook without Dagster: English per language, the content-hash cache, the PHI check."""

from __future__ import annotations

import pytest

from curation.paths import DataPaths
from curation.reports.translate import (
    NOT_CONFIGURED,
    Translator,
    TranslatorInfo,
    english_texts,
    translate_reports,
    translation_status,
)
from curation.reports.translation_cache import (
    CachedTranslator,
    TranslationCache,
    new_phi,
    translation_key,
    translation_phi_check,
)
from curation.vqa.validate import regex_phi_check

INFO = TranslatorInfo("lookup", "table-v1", "p1")


class LookupTranslator:
    """Deterministic: a table, else the text upper-cased; "FAIL" fails (None) the first time only."""

    def __init__(self, table: dict[str, str]) -> None:
        self.table = table
        self.info = INFO
        self.calls: list[list[str]] = []

    def translate(self, texts: list[str], source: str = "de", target: str = "en") -> list[str | None]:
        failing = not self.calls
        self.calls.append(list(texts))
        return [None if t == "FAIL" and failing else self.table.get(t, t.upper()) for t in texts]


def _digits_check(source: str, translation: str) -> bool:
    return new_phi(source, translation, regex_phi_check)


def test_english_texts_translates_german_copies_english() -> None:
    lookup = LookupTranslator({"Kein Erguss.": "No effusion."})
    assert isinstance(lookup, Translator)
    out = english_texts(["Kein Erguss.", "No effusion.", "", None, "x"], ["de", "en", "de", "de", "fr"], lookup)
    assert out == ["No effusion.", "No effusion.", None, None, None]
    assert lookup.calls == [["Kein Erguss."]]
    # An English original is its own English text, translator or not.
    assert english_texts(["Kein Erguss.", "Normal."], ["de", "en"], None) == [None, "Normal."]
    assert translate_reports(["Kein Erguss."], ["de"], lookup) == (["No effusion."], "lookup/table-v1")
    assert translate_reports(["Kein Erguss."], ["de"], None) == ([None], NOT_CONFIGURED)
    assert translation_status(None, "backend X does not translate") == "not configured (backend X does not translate)"
    with pytest.raises(ValueError, match="same length"):
        english_texts(["a"], [], lookup)


def test_new_phi_ignores_numbers_copied_from_the_source() -> None:
    source = "Zum Vergleich die Voruntersuchung vom 14.05.2023: Rundherd 8 mm."
    assert not new_phi(source, "Compared with the prior study of 14.05.2023: nodule 8 mm.", regex_phi_check)
    assert new_phi(source, "Compared with the prior study of 15.05.2023: nodule 8 mm.", regex_phi_check)
    assert new_phi(source, "Nodule 8 mm, call +49 89 1234567.", regex_phi_check)


def test_cache_serves_repeats_and_keeps_phi_markers(tmp_path) -> None:
    paths = DataPaths(data_dir=tmp_path / "data", vault_dir=tmp_path / "vault")
    lookup = LookupTranslator({"Kein Erguss.": "No effusion.", "Kontrolle.": "Follow-up 01.02.2030."})
    cached = CachedTranslator(lookup, TranslationCache(paths, "reports-e1"), _digits_check)
    texts = ["Kein Erguss.", "Kontrolle.", "Kein Erguss.", "FAIL"]
    assert cached.translate(texts) == ["No effusion.", None, "No effusion.", None]
    assert lookup.calls == [["Kein Erguss.", "Kontrolle.", "FAIL"]]  # each text asked once
    assert cached.stats.as_metadata() == {"translation_sent": 3, "translation_cached": 0,
                                          "translation_dropped_phi": 1, "translation_failed": 1}
    shard = tmp_path / "data" / "cache" / "translate" / "reports-e1.parquet"
    first = shard.read_bytes()
    assert b"2030" not in first and b"Kein Erguss" not in first  # PHI never stored, source text only hashed

    # Another writer (its own shard) sees the entries; only the failed text is asked again.
    again = CachedTranslator(lookup, TranslationCache(paths, "snippet_pairs"), _digits_check)
    assert again.translate(texts) == ["No effusion.", None, "No effusion.", "FAIL"]
    assert lookup.calls[-1] == ["FAIL"] and len(lookup.calls) == 2
    assert (again.stats.sent, again.stats.cached, again.stats.dropped_phi) == (1, 2, 1)
    assert shard.read_bytes() == first
    assert len(TranslationCache(paths, "x")) == 3

    other_model = TranslatorInfo("lookup", "table-v2", "p1")
    assert translation_key("Kein Erguss.", "de", "en", INFO) != translation_key("Kein Erguss.", "de", "en",
                                                                                other_model)
    with pytest.raises(ValueError, match="shard must be"):
        TranslationCache(paths, "../escape")


def test_translation_phi_check_neutralises_only_what_the_source_had() -> None:
    check = translation_phi_check()
    source = "Zuweiser: Dr. med. [PERSON]\n\nBefund: Rundherd 8 mm, Voruntersuchung vom 14.05.2023."
    assert not check(source, "Referred by: Dr. med. [PERSON]\n\nFindings: nodule 8 mm, prior of 14.05.2023.")
    assert check(source, "Referred by: Dr. Hans Meier\n\nFindings: nodule 8 mm, prior of 14.05.2023.")
    assert check(source, "Referred by: Dr. med. [PERSON]\n\nFindings: nodule 8 mm, prior of 15.05.2023.")
