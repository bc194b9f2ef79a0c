"""Fix round 22 (deid-fix22): the classes the code readers found, each with positive and negative cases.

5. Code faults: one shared fold, one account check, one office-word list, admin_keeps' rule tests as data.
"""

from __future__ import annotations

import re

import pytest

from curation.deid.text import admin_keeps as admin_keeps_module
from curation.deid.text.admin_keeps import admin_keeps
from curation.deid.text.common import Hit, fold_word, strip_marks
from curation.deid.text.login_cues import bracketed_login_hits, is_account
from curation.deid.text.office_words import PATIENT_OFFICE, PATIENT_OFFICE_NEEDLES
from curation.deid.text.scrub import scrub_text


def _out(text: str, lang: str = "en") -> str:
    return scrub_text(text, lang, use_spacy=False).text


def _kept(text: str, term: str, lang: str = "en") -> bool:
    return term in _out(text, lang)


def _values(hits, text: str) -> list[str]:
    return [text[h.start : h.end] for h in hits]


# --- 5. code faults ---


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("Kovač", "kovac"),
        ("İlhan", "ilhan"),
        ("Ǻsa", "asa"),
        ("ŁUKASZ", "łukasz"),
        ("Müller", "muller"),
        ("ﬁnn", "finn"),
    ],
)
def test_one_fold_strips_marks_then_case(word: str, folded: str) -> None:
    assert fold_word(word) == folded


def test_strip_marks_keeps_case() -> None:
    assert strip_marks("Kovač-Šimić") == "Kovac-Simic"


@pytest.mark.parametrize("login", ["ris.import", "qa.bot", "PACS.Admin", "auto.route2", "mrt-team", "system_sync."])
def test_account_check_in_any_case(login: str) -> None:
    assert is_account(login)


@pytest.mark.parametrize("login", ["j.kowalczyk", "m.huber2", "a.gruber-meier", "teamer.k", "rispoli.a"])
def test_person_logins_are_no_account(login: str) -> None:
    assert not is_account(login)


def test_bracketed_login_folds_marks_of_name_and_login() -> None:
    text = "Ivana Kovač (ikovac) signed"
    hits = bracketed_login_hits(text, [Hit(0, 11, "PERSON", "rule")])
    assert _values(hits, text) == ["ikovac"]
    assert bracketed_login_hits("Ivana Kovač (Kovac-Klinik)", [Hit(0, 11, "PERSON", "rule")]) == []


def test_system_accounts_stay_in_every_login_reader() -> None:
    assert _kept("Befund freigegeben von PACS.admin um 10:12.", "PACS.admin", "de")
    assert _kept("signed by ris.import2 at 10:12", "ris.import2")
    assert not _kept("signed by j.kowalczyk at 10:12", "kowalczyk")


@pytest.mark.parametrize(
    "word",
    [
        "Patientenanwaltschaft",
        "PatientInnenvertretung",
        "Pflegeombudsstelle",
        "Patientenbeauftragter",
        "Pflegeanwaltschaft",
        "Patientenfürsprecherin",
    ],
)
def test_one_office_list_with_its_needles(word: str) -> None:
    assert re.fullmatch(PATIENT_OFFICE, word)
    assert any(n in word for n in PATIENT_OFFICE_NEEDLES)


@pytest.mark.parametrize("word", ["Patientenakte", "Pflegedienst", "Patientenanwälte", "Staatsanwaltschaft"])
def test_office_list_takes_no_other_word(word: str) -> None:
    assert not re.fullmatch(PATIENT_OFFICE, word)


@pytest.mark.parametrize(
    "text", ["Beschwerde an die Pflegeanwaltschaft weitergeleitet.", "Die Patientenbeauftragte wurde informiert."]
)
def test_bare_office_kept_for_every_listed_word(text: str) -> None:
    word = text.split()[3].rstrip(".") if text.startswith("Beschwerde") else text.split()[1]
    assert _kept(text, word, "de")
    assert any(text[a:b] == word for a, b in admin_keeps(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Meldung an die Pflegeanwaltschaft Steiermark erfolgt.", "Pflegeanwaltschaft Steiermark"),
        ("Kontakt: Kärntner Patientenvertretung", "Kärntner Patientenvertretung"),
    ],
)
def test_office_with_area_or_region_is_a_body(text: str, body: str) -> None:
    assert body not in _out(text, "de")


def test_admin_keep_rules_carry_their_test() -> None:
    rules = {r.pattern.pattern: r for r in admin_keeps_module._GATED}
    assert len(rules) == len(admin_keeps_module._GATED)
    assert all(callable(r.keeps) for r in admin_keeps_module._GATED)
    assert admin_keeps("Seen in the Harbourside Neurology Clinic.") == []
    assert admin_keeps("Referred to the Neurology Clinic.") == [(16, 32)]
    assert admin_keeps("Per Dr. Meier Regulation") == []
    assert admin_keeps("LOT 2025-03-12") == []
    assert admin_keeps("LOT 2503-12") == [(0, 11)]
