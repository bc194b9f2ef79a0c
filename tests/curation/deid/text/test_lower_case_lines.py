"""Round 13: patient names on lines typed without capitals (cue_names._lower_case_patient_hits)."""

from __future__ import annotations

import pytest

from tests.curation.deid.text.test_ocr_digits import _rules


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("pat. dieter hayes dob 3/4/1950, mrt knie", "de", "pat. [PERSON] dob [DATUM], mrt knie"),
    ("patientin martina huber-lang, sono abdomen o.b.", "de", "patientin [PERSON], sono abdomen o.b."),
    ("pt helga strobl seen 12/03/2025, xr hip neg", "en", "pt [PERSON] seen [DATE], xr hip neg"),
    ("befund\npat: jürgen carmody\nct thorax", "de", "befund\npat: [PERSON]\nct thorax"),
])
def test_lower_case_patient_names(text, lang, expected):
    assert _rules(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("pt will return, stable", "en"),
    ("pat kam allein, ct", "de"),
    ("patient may return 3 weeks", "en"),
    ("patientin klagt über schmerzen, 3 tage", "de"),
    ("pt seen today, ok", "en"),
])
def test_lower_case_look_alikes(text, lang):
    assert _rules(text, lang) == text
