"""Round 19 speed: the faster forms find exactly what the plain patterns found (literal starts, line starts, the
cue scanner of coded IDs, the lower-cased starts of reference labels) and the needle gates answer as the substring
tests they replaced."""

from __future__ import annotations

import re

import pytest

from curation.deid.text import (
    admin_keeps,
    brand_positions,
    coded_ids,
    facilities,
    given_pairs,
    keywordless_sites,
    log_names,
    login_cues,
    name_shapes,
    org_forms,
    phone_forms,
    ref_ids,
    residence_towns,
    service_sites,
    site_forms,
    spoken_forms,
)
from curation.deid.text.common import LiteralStarts, TextContext, _shortest, current, lowered_text
from tests.curation.deid.text.test_speed18 import _found, _random_texts

_NAMES = ("Anna ", "Meier", "Sabine ", "Tobias ", "Reinhardt", "O'Neil", "Kovač", "Lüdenscheid", "MEIER", "Jo ")
_GLUE = (" ", "\t", ", ", ",", ": ", "\n", ". ", "(", ")", "-", "x")


def _check(fast, pieces: tuple[str, ...], seed: int, floor: int, count: int = 3000) -> None:
    assert not isinstance(fast, re.Pattern)  # a faster form
    plain = fast.compiled
    found = 0
    for text in _random_texts((*pieces, *_GLUE), count, seed, longest=10):
        want = _found(plain.finditer(text))
        with current(text, TextContext(text)):  # inside a scrub call: the shared pass
            assert _found(fast.finditer(text)) == want, text
        assert _found(fast.finditer(text)) == want, text  # outside one
        cut = len(text) // 3  # over a part of the text: starts of its own
        assert _found(fast.finditer(text, cut, len(text) - 1)) == _found(plain.finditer(text, cut, len(text) - 1))
        found += bool(want)
    assert found >= floor, found


@pytest.mark.parametrize(
    ("fast", "pieces", "floor"),
    [
        (
            residence_towns._RESIDENCE,
            (
                *_NAMES,
                "Wohnort: ",
                "wohnhaft in ",
                "Home: ",
                "lives in ",
                "domicilié à ",
                "Kastelruth",
                ", Co. Donegal",
            ),
            120,
        ),
        (residence_towns._BIRTHPLACE, (*_NAMES, "nato a ", "née à ", "geboren in ", "Bad ", "Sion", "St. Gallen"), 150),
        (residence_towns._LETTER_PLACE, (*_NAMES, "Fait à ", "Fatto a ", "Sion, le ", "Lugano, il ", "Sion "), 30),
        (
            residence_towns._RELATIVE_TOWN,
            (
                *_NAMES,
                "Tochter ",
                "son ",
                "Frau ",
                "Mrs. ",
                "Heidi Strolz ",
                "(Bad Aussee)",
                " (Ballina)",
                "Tochter Frau Heidi Strolz (Bad Aussee)",
                "son Tom Reilly (Ballina)",
            ),
            300,
        ),
        (residence_towns._DOCTOR_TOWN, ("Hausarzt, ", "GP; ", "médecin traitant, ", "Uster", "Wetzikon)", ";"), 70),
        (
            residence_towns._PATIENT_LINE_TOWN,
            (
                "Pat. ",
                "Patient: ",
                "Pt. ",
                "Fritz Mähr, ",
                "geb. ",
                "DOB ",
                "04.05.1939, ",
                "Mils",
                "12/03/2001, ",
                "Pat. Fritz Mähr, geb. 04.05.1939, Mils",
                "Patient: John Byrne, DOB 04/05/1939, Clifden",
            ),
            200,
        ),
        (
            given_pairs._PAIR,
            (
                *_NAMES,
                "Eltern: ",
                "Parents - ",
                "Next of kin ",
                "und ",
                "and ",
                "e ",
                "& ",
                "(mother) ",
                "Fraser",
                "Eltern: Sabine und Tobias Reinhardt",
                "Parents: Chloe and Duncan Fraser",
            ),
            300,
        ),
        (given_pairs._APPOSITION, (*_NAMES, "The patient, ", "Die Patientin, ", "la paziente, ", "however, "), 20),
        (
            given_pairs._GREETING,
            (
                *_NAMES,
                "Hi ",
                "Dear ",
                "Hallo ",
                "Ciao ",
                "& team",
                "!",
                " and ",
                "\nHi Priya,",
                "Dear Siobhan and Ciarán,",
            ),
            300,
        ),
        (
            login_cues._CUE,
            ("with ", "by ", "von ", "mit ", "Reviewer ", "d.oconnor", "f_castelli", "meier.ab", "a.b", "x"),
            140,
        ),
        (
            keywordless_sites._ACRONYM_PAIR,
            ("Radiologie ", "Radio-Onkologie ", "Radiation Oncology ", "KSW-KSF", "KSW", "-KSF"),
            30,
        ),
        (
            keywordless_sites._ADVOCACY,
            (*_NAMES, "Tiroler ", "Wiener ", "Patientenanwaltschaft", "Pflegeombudsmann", "Patienten"),
            10,
        ),
        (
            log_names._PATIENT,
            (*_NAMES, "Patient ", "patient ", "paziente ", "|", "AB", "Patient Meier, Anna", "patient O'Neil, Jo Ann"),
            90,
        ),
        (
            log_names._ROLE_CELL,
            (*_NAMES, "RN ", "MTRA ", "DGKP ", "M.", " M.,", "|", ";", "RN Anna M.,", "FaGe Eva K.;"),
            300,
        ),
        (log_names._SCHEDULE, (*_NAMES, "08:30 ", "9.15 ", ", 3", "\n08:30 Anna Meier, 3", "\n9.15 Jo Kovač ,1"), 400),
        (
            admin_keeps._DE_OFFICES,
            ("Patientenanwaltschaft", "Ombudsstelle", "Beschwerdestelle", "Patienten", "anwalt", "x"),
            400,
        ),
        (name_shapes._HYPHENATED, (*_NAMES, "Anna-Lena ", "Hans-Peter ", "-", "Eva"), 140),
        (phone_forms._BRACKETED, ("(212.555.0187)", "(212-555-0187)", "(312", "-555-", "0187)", "mg", "555"), 400),
        (
            brand_positions.CUED_BRAND,
            (*_NAMES, "at ", "aus dem ", "bei ", "RadNet", "MEDAX", "Klinik ", "Zentrum "),
            60,
        ),
        (
            spoken_forms._DIGIT_RUN,
            ("eins", "zwei", "drei", "one", "two", "null", "acht", "-", ",", " eins zwei drei"),
            200,
        ),
        (site_forms.SPECIALTY_RULE.pattern, ("Radiologie ", "logie ", "KSW", "chirurgie ", "ZH", "medizin "), 60),
        (
            service_sites.PORTAL_RULE.pattern,
            ("via ", "über ", "by ", "portal ", "meinspital.ch", "www.", ".com", "MyChart"),
            30,
        ),
        (org_forms.DEFINED_RULE.pattern, ("Kantonsspital", "(KSW)", " (", "AB)", "A&B", "X"), 140),
        (
            facilities.PLACE_ADJECTIVE_RULE.pattern,
            (*_NAMES, "Zuger ", "Kantonsspital", "Klinik", "Luzerner ", "Spital"),
            10,
        ),
    ],
)
def test_faster_forms_match_their_pattern(fast, pieces, floor) -> None:
    _check(fast, pieces, 31, floor)


def test_faster_forms_find_something_in_their_own_shapes() -> None:
    # The forms with no random floor above, on texts of their own shape.
    for fast, text in (
        (brand_positions.CUED_BRAND, "Zuweisung aus dem RadNet Zentrum, danach"),
        (site_forms.SPECIALTY_RULE.pattern, "Radiologie KSW und Nuklearmedizin"),
        (facilities.PLACE_ADJECTIVE_RULE.pattern, "im Zuger Kantonsspital operiert"),
    ):
        want = _found(fast.compiled.finditer(text))
        with current(text, TextContext(text)):
            assert _found(fast.finditer(text)) == want
        assert want, text


def test_coded_ids_run_from_their_cues() -> None:
    # fmt: off
    pieces = (
        'Fallnummer', 'Fallnummer 12345-67', 'Befund-Nr. AB 123456', 'Befund-Nr.', 'Pat.-ID', 'Akten-Zahl',
        'Geschäftszahl', 'Screening ID', 'participant no.', 'ZSR', 'Dossier', 'Serien-Nr', 'AB', '_', 'ID', 'Nr',
        'Zl.', ' ', '#', '12345', '4711', '/', 'A1', 'Ü'
    )
    # fmt: on
    _check(coded_ids.CODED, pieces, 32, 400, count=5000)


def test_reference_labels_run_from_their_lower_cased_starts() -> None:
    # fmt: off
    pieces = (
        'Lab ref', 'our reference', 'Serial No.', 'S/N', 'SN ', 'SN:', 'sn', 'Akt.-Z.', 'Akt Zl.', 'N° de série',
        "Numéro d'examen", 'PACS accession #', 'PPSN', 'Untersuchungs-ID', 'AB12-3456', '1234567T', '2021', 'ſ', 'İ'
    )
    # fmt: on
    _check(ref_ids._LABELS, pieces, 33, 300, count=5000)


def test_needle_gates_answer_as_the_substring_tests_did() -> None:
    pairs = [
        # (residence_towns' gates are generated from each slot pattern's cues since fix round 22)
        *((gate, gate.needles, False) for _, gate in residence_towns._STRONG),
        (residence_towns._PATIENT_LINE_GATE, residence_towns._PATIENT_LINE_GATE.needles, False),
        (ref_ids._GATE, ref_ids._NEEDLES, False),
        (phone_forms._INTERNAL_GATE, ("intern", "int.", "sucher", "piepser", "pager", "bip"), True),
    ]
    needles = sorted({n for _, ns, _ in pairs for n in ns})
    pieces = (*needles, *(n[: len(n) // 2] for n in needles), *(n[len(n) // 2 :] for n in needles), " ", "x", "Ü")
    fired = 0
    for text in _random_texts(pieces, 2000, 34, longest=3):
        with current(text, TextContext(text)):
            for gate, ns, lower in pairs:
                haystack = lowered_text(text) if lower else text
                want = any(n in haystack for n in ns)
                assert gate.search(haystack) == want, (text, ns)
                fired += want
    assert fired > 1000


def test_an_advocacy_holds_one_of_its_gate_words() -> None:
    # The gate's words are necessary: every match of the plain pattern holds one.
    texts = _random_texts(
        (
            *_NAMES,
            "Tiroler",
            "Patienten",
            "PatientInnen",
            "Pflege",
            "anwaltschaft",
            "ombudsstelle",
            "fürsprecherin",
            "vertretung",
            "anwältin",
            " ",
            "er ",
            "Tiroler Patientenanwaltschaft",
            "Steirische Pflegeombudsstelle",
        ),
        4000,
        35,
    )
    matched = 0
    for text in texts:
        if keywordless_sites._ADVOCACY.compiled.search(text):
            matched += 1
            assert keywordless_sites._ADVOCACY_GATE.search(text), text
    assert matched >= 100


def test_literal_starts_register_their_shortest_prefixes() -> None:
    assert _shortest({"accession", "accession no", "akt", "akt zl.", "sn", "s/n"}) == {"accession", "akt", "sn", "s/n"}
    fast = LiteralStarts(re.compile(r"(?:Nr|Nr\.|Nummer)[ \t]?\d+"), frozenset({"Nr", "Nr.", "Nummer"}))
    assert fast.prefixes == {"Nr", "Nummer"}
    text = "Nr. 12, Nr 7, Nummer 9 und Nr.x"
    with current(text, TextContext(text)):
        assert [m.group() for m in fast.finditer(text)] == ["Nr. 12", "Nr 7", "Nummer 9"]


def test_normalize_spells_out_as_the_translation_table_did() -> None:
    from curation.deid.text.dictionary import _TRANSLITERATIONS, normalize

    table = str.maketrans(_TRANSLITERATIONS)
    pieces = ("Mü", "ller", "MUELLER", "ß", "ẞ", "é", "È", "à", "Á", "İ", "ı", "Straße", "Kovač", "O'Neil", "x", "ǅ")
    changed = 0
    for word in _random_texts(pieces, 3000, 36, longest=4):
        assert normalize(word) == word.casefold().translate(table), word
        changed += normalize(word) != word.casefold()
    assert changed >= 1000
    assert normalize("MÜLLER") == normalize("Mueller") == "mueller"
    assert normalize("Sébastien") == "sebastien"
