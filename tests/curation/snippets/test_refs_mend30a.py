"""Issue 16, mend of round 30a (refs-mend30a): the review's NEW breakages of round 30a (today's citations read as an
earlier exam's) and the mends' own positive and negative cases. The first case of each class is the reviewer's probe
text; the others are written for these tests (not from any held-out set). Each mined case holds with the learned
decision and with the grammar alone (`scorer`)."""

from __future__ import annotations

import pytest

from curation.snippets.timepoints import prior_by_timepoint
from tests.curation.snippets.mined import rows


def _sorted(found: list) -> list:
    return sorted(found, key=str)


# Mend 1: a year heads an earlier exam's value only where a value follows it (`timepoints._YEAR_VALUE`), never an
# event's date (`timepoints._EVENT`) nor a number with a unit of its own.
@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Heute Adenom 12 mm (Se 3, Bi 40), 2019 histologisch gesichert, Kapsel intakt (Se 3, Bi 42).",
            "de",
            [(3, 40, 40, False), (3, 42, 42, False)],
        ),
        (
            "Heute kein Rezidiv (Se 4, Bi 30), 2021 operierte Hernie mit Netz in situ (Se 4, Bi 33).",
            "de",
            [(4, 30, 30, False), (4, 33, 33, False)],
        ),
        (
            "Now no recurrence (series 3, image 42), 2022 surgical clips in the left axilla (series 3, image 10).",
            "en",
            [(3, 42, 42, False), (3, 10, 10, False)],
        ),
        (
            "Patient Jahrgang 1956. Vergleich mit 2024. Heute Aorta 45 mm (Se 2, Bi 80), 1956 geborener Patient, "
            "Stentgraft unauffällig (Se 2, Bi 85).",
            "de",
            [(2, 80, 80, False), (2, 85, 85, False)],
        ),
        (
            "Heute Dichte 45 HE (Se 4, Bi 20), 1950 HE in der Kortikalis (Se 4, Bi 25).",
            "de",
            [(4, 20, 20, False), (4, 25, 25, False)],
        ),
        (
            "Now no pneumothorax (series 2, image 10), 2021 port catheter in good position (series 2, image 15).",
            "en",
            [(2, 10, 10, False), (2, 15, 15, False)],
        ),
        (
            "Vergleich mit 2023. Heute LK 12 mm (Se 3, Bi 40); 2020 bestrahlte Region mit Fibrose (Se 3, Bi 45).",
            "de",
            [(3, 40, 40, False), (3, 45, 45, False)],
        ),
        (
            "Compared with 2022. Now 14 mm (series 3, image 42). March 2022 biopsy tract still visible (series 3, "
            "image 44).",
            "en",
            [(3, 42, 42, False), (3, 44, 44, False)],
        ),
        (
            "Vergleich mit 2021. Lunge: Rundherd 8 mm (Se 3, Bi 40), 2021 implantierter Port regelrecht (Se 2, Bi 15).",
            "de",
            [(3, 40, 40, False), (2, 15, 15, False)],
        ),
        # an event with a number after its year, a volume in ml, a birth year in a compared sentence
        (
            "Heute Lymphom 20 mm (Se 3, Bi 40), 2020 2 Zyklen Chemotherapie, Narbe (Se 3, Bi 44).",
            "de",
            [(3, 40, 40, False), (3, 44, 44, False)],
        ),
        (
            "Aktuell Metastase 9 mm (Se 5, Bi 12), 2018 12 mm Stent, offen (Se 5, Bi 20).",
            "de",
            [(5, 12, 12, False), (5, 20, 20, False)],
        ),
        (
            "Now bladder volume 300 ml (series 2, image 10), 2000 ml capacity (series 2, image 12).",
            "en",
            [(2, 10, 10, False), (2, 12, 12, False)],
        ),
        (
            "Compared with 2019. Now 14 mm (series 3, image 42), 2019 born patient, no effusion (series 3, image 44).",
            "en",
            [(3, 42, 42, False), (3, 44, 44, False)],
        ),
    ],
)
def test_a_year_before_an_event_or_a_unit_keeps_todays(scorer: None, text: str, lang: str, want: list) -> None:
    assert _sorted(rows(text, lang)) == _sorted(want)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a value or a state after the year: still the earlier timepoint's ("Portalvenenast" is no port)
        (
            "Heute Milz 14 cm (Se 2, Bi 50), 2023 unverändert 14 cm (Se 2, Bi 48).",
            "de",
            [(2, 50, 50, False), (2, 48, 48, True)],
        ),
        (
            "Now 22 mm (series 4, image 30), 2024: 18 mm (series 4, image 28).",
            "en",
            [(4, 30, 30, False), (4, 28, 28, True)],
        ),
        (
            "Heute Thrombus 12 mm (Se 3, Bi 40), 2024 8 mm im Portalvenenast (Se 3, Bi 38).",
            "de",
            [(3, 40, 40, False), (3, 38, 38, True)],
        ),
    ],
)
def test_a_year_before_a_value_stays_an_earlier_timepoint(scorer: None, text: str, lang: str, want: list) -> None:
    assert _sorted(rows(text, lang)) == _sorted(want)


def test_year_value_rule_reads_spans_directly() -> None:
    def spans(text: str) -> list[tuple[int, int, bool]]:
        return [(text.index(f"(S{k})") + 1, text.index(f"(S{k})") + 3, False) for k in (1, 2)]

    value = "Mass now 30 mm (S1), 2021 22 mm (S2)."
    event = "Mass now 30 mm (S1), 2021 resected, scar (S2)."
    unit = "Density now 40 HU (S1), 1950 HU in the cortex (S2)."
    assert prior_by_timepoint(value, spans(value)) == {1}
    assert prior_by_timepoint(event, spans(event)) == set()
    assert prior_by_timepoint(unit, spans(unit)) == set()


# Mend 3: the French/Italian now-words end an earlier exam's bracket label or clause (`timepoint_words.ROMANCE_NOW`).
@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Nodulo stabile (TC precedente: serie 2 immagine 49; attuale serie 2 immagine 51).",
            "it",
            [(2, 49, 49, True), (2, 51, 51, False)],
        ),
        (
            "Nodulo (precedente: serie 2 immagine 49, attuale: serie 2 immagine 51).",
            "it",
            [(2, 49, 49, True), (2, 51, 51, False)],
        ),
        (
            "Nodule 8 mm (précédent : série 3 image 40 ; actuel : série 3 image 45).",
            "fr",
            [(3, 40, 40, True), (3, 45, 45, False)],
        ),
        ("Sull'esame precedente non visibile, ora 6 mm (serie 3, immagine 18).", "it", [(3, 18, 18, False)]),
        (
            "Nodulo (precedente: serie 5 immagine 10, oggi: serie 5 immagine 12).",
            "it",
            [(5, 10, 10, True), (5, 12, 12, False)],
        ),
        (
            "Nodule (précédent : série 2 image 30 ; aujourd'hui : série 2 image 33).",
            "fr",
            [(2, 30, 30, True), (2, 33, 33, False)],
        ),
        ("Dans l'examen précédent non visible, maintenant 5 mm (série 4, image 12).", "fr", [(4, 12, 12, False)]),
        # no now-word: the earlier exam's clause holds; "ora" as the clock's hour leaves the label after it
        ("Nella TC precedente 7 mm (serie 3, immagine 18).", "it", [(3, 18, 18, True)]),
        (
            "Nodulo in ora 6 dell'orologio (serie 3, immagine 18), precedente: serie 3 immagine 16.",
            "it",
            [(3, 18, 18, False), (3, 16, 16, True)],
        ),
    ],
)
def test_romance_now_words_close_the_earlier_exam(scorer: None, text: str, lang: str, want: list) -> None:
    assert _sorted(rows(text, lang)) == _sorted(want)


# Mend 4: "see above" ("vedi precedente:", "cf. précédent :", "voir précédent :") names no earlier exam.
@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Lesione gia descritta (vedi precedente: serie 4 immagine 30).", "it", [(4, 30, 30, False)]),
        ("Lésion décrite ci-dessus (cf. précédent : série 3 image 45).", "fr", [(3, 45, 45, False)]),
        ("Nodule (voir précédent : série 2 image 8).", "fr", [(2, 8, 8, False)]),
        ("Lesione (vd. precedente: serie 4 immagine 30).", "it", [(4, 30, 30, False)]),
        # the bare label itself still names the earlier exam
        ("Lesione (precedente: serie 4 immagine 30).", "it", [(4, 30, 30, True)]),
    ],
)
def test_see_above_is_no_earlier_exam(scorer: None, text: str, lang: str, want: list) -> None:
    assert _sorted(rows(text, lang)) == _sorted(want)


# Mend 5: a this-study adjective is never the earlier exam's (`grammar._PRIOR_STATE`); mend 6: "Vor-Aufnahme",
# "Vor-Bilder" read as "Voraufnahme", "Vorbilder".
@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Im aktuellen CT vom 05.12.2026 (KSW) noch ohne Erguss, Serie 3 Bild 40.", "de", [(3, 40, 40, False)]),
        ("Im heutigen CT vom 05.12.2026 (KSW) noch ohne Erguss, Serie 3 Bild 40.", "de", [(3, 40, 40, False)]),
        ("Im jetzigen CT vom 05.12.2026 (KSW) noch ohne Erguss, Serie 3 Bild 40.", "de", [(3, 40, 40, False)]),
        ("Im derzeitigen CT (KSW) noch ohne Erguss, Serie 3 Bild 40.", "de", [(3, 40, 40, False)]),
        # another adjective still names the earlier exam
        (
            "Erguss (Serie 3, Bild 30). Pleura im auswärtigen CT vom 01.10.2026 (KSA) noch ohne Erguss, Serie 2, "
            "Bild 28.",
            "de",
            [(3, 30, 30, False), (2, 28, 28, True)],
        ),
        ("Verkalkung (Bild 2 der Vor-Aufnahme).", "de", [(None, 2, 2, True)]),
        ("Verkalkung rechts (Bild 4 der Vor-Aufnahmen).", "de", [(None, 4, 4, True)]),
        ("Herd (Bild 5 der Vor-Bilder).", "de", [(None, 5, 5, True)]),
    ],
)
def test_this_studys_adjective_and_hyphenated_earlier_exam(scorer: None, text: str, lang: str, want: list) -> None:
    assert _sorted(rows(text, lang)) == _sorted(want)


# Mend 2 (with mend 1): a sentence that opens with the year (`_rows` splits no sentence before a digit).
@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Verglichen mit 2022 und 2024. Heute Aneurysma 52 mm (Se 6, Bi 88). 2024 48 mm (Se 6, Bi 87).",
            "de",
            [(6, 88, 88, False), (6, 87, 87, True)],
        ),
        (
            "Compared with 2021 and 2023. Today 51 mm (series 2, image 120). 2023: 46 mm (series 2, image 118).",
            "en",
            [(2, 120, 120, False), (2, 118, 118, True)],
        ),
        # no now-word and no compared year; an event's year after today's value
        ("Aneurysma 52 mm (Se 6, Bi 88). 2024 48 mm (Se 6, Bi 87).", "de", [(6, 88, 88, False), (6, 87, 87, False)]),
        (
            "Heute Aneurysma 52 mm (Se 6, Bi 88). 2024 Stentgraft, kein Endoleak (Se 6, Bi 90).",
            "de",
            [(6, 88, 88, False), (6, 90, 90, False)],
        ),
    ],
)
def test_a_sentence_opening_with_a_year(scorer: None, text: str, lang: str, want: list) -> None:
    assert _sorted(rows(text, lang)) == _sorted(want)
