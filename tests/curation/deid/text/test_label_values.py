"""Header labels (round 9, label-value fields): the label gives its value's class whatever the value's shape.

Strings written for these tests (not taken from any corpus); each asserts the scrubber's output or hits.
"""

from __future__ import annotations

from curation.deid.text.label_values import ended_at_fields, label_hits, label_keeps
from curation.deid.text.rules import Hit
from curation.deid.text.scrub import scrub_text


def _scrub(text: str, lang: str = "de") -> str:
    return scrub_text(text, lang, use_spacy=False).text


def _hits(text: str) -> list[tuple[str, str]]:
    """(label, value) of the label hits, in text order."""
    return [(h.label, text[h.start:h.end]) for h in sorted(label_hits(text, text.lower()), key=lambda h: h.start)]


def test_spaced_and_lettered_ids_after_id_labels():
    assert _hits("Pat.-Nr. 04 118 203-7, Thorax pa") == [("ID", "04 118 203-7")]
    assert _hits("Versicherung: Sanitas | Vers.-Nr. M 771 204 118 | Kat. A") == [("ID", "M 771 204 118")]
    assert _hits("NHS No 612 448 9031  Hospital no. K 2209187") == [("ID", "612 448 9031"), ("ID", "K 2209187")]
    assert _hits("séjour 24-117305; unité 3-B") == [("ID", "24-117305")]
    assert _hits("Paziente: Bernasconi Ilaria; n. caso ORL 24 118 902") == [
        ("PERSON", "Bernasconi Ilaria"), ("ID", "ORL 24 118 902")]
    assert _hits("SVNR 2210 14 03 57 | Aufnahmezahl 25 004 8812") == [
        ("ID", "2210 14 03 57"), ("ID", "25 004 8812")]


def test_id_label_followed_by_prose_or_few_digits_takes_nothing():
    assert _hits("Fall 2 der Konferenz") == []
    assert _hits("Accession: siehe Auftrag") == []


def test_a_labelled_id_wins_over_a_size_keep_range():
    out = _scrub("Patient ID K4-19 882 T | Ward 3", "en")
    assert "882" not in out and "K4-19" not in out


def test_names_after_person_labels():
    assert _hits("Anforderer: Weißgerber (Neurochirurgie)") == [("PERSON", "Weißgerber")]
    assert _hits("Name: Aydın  Vorname: Selin  Geb.: 3.9.71") == [("PERSON", "Selin")]
    assert _hits("Pat.: Brandauer, Ottilie (12.05.1944)") == [("PERSON", "Brandauer, Ottilie")]
    assert _hits("Tecnico: Nadia Rezzonico") == [("PERSON", "Nadia Rezzonico")]
    assert _hits("Dactylo: rbk") == [("PERSON", "rbk")]


def test_sender_labels_take_a_person_but_not_a_facility():
    assert _hits("Zuweiser: Dr. Konstantin Aigner, Linz") == [("PERSON", "Konstantin Aigner")]
    assert _hits("Zuweiser: Gesundheitszentrum Riedberg") == []
    assert _hits("Einsender: MVZ Nordstadt") == []
    assert _hits("Referring: Westlake Imaging") == []


def test_age_labels():
    assert _hits("Alter = 96; Geschlecht = w") == [("AGE", "96")]
    assert _hits("Paziente di anni 91") == [("AGE", "91")]
    assert _hits("Alter: 54") == []


def test_non_phi_labels_are_protected():
    text = "Modalität: MR | Sequenzen: BLADE, HASTE | Schichtdicke: 3 mm"
    assert [text[a:b] for a, b in label_keeps(text)] == ["MR", "BLADE, HASTE", "3 mm"]
    assert "BLADE, HASTE" in _scrub(text)


def test_person_hits_end_at_a_field_separator():
    text = "Pt: Okafor, Chidi  Age: 44"
    hits = ended_at_fields(text, [Hit(4, 22, "PERSON", "rule"), Hit(0, 2, "ID", "rule")])
    assert [(h.label, text[h.start:h.end]) for h in hits] == [("PERSON", "Okafor, Chidi"), ("ID", "Pt")]


def test_letter_references_give_initials():
    assert _hits("Ihr Zeichen: Wa / Unser Zeichen: Br/kl") == [("PERSON", "Wa"), ("PERSON", "Br"), ("PERSON", "kl")]
    assert _hits("Our ref: NEURO/JT/ab") == [("PERSON", "JT"), ("PERSON", "ab")]
    assert _hits("Ref: siehe Anlage") == []


def test_a_value_ends_at_the_next_label():
    assert _hits("Pat.: Kammerlander Irene Geb.: 04.11.1950") == [("PERSON", "Kammerlander Irene")]
    assert _hits("Fallnr. 25 0098 114 Station: 3B") == [("ID", "25 0098 114")]


def test_a_year_after_an_id_label_is_no_id():
    assert _hits("Referenz 2023 beachten") == []
    assert _hits("MRI from the Fall 2019 screening round") == []
    assert _hits("Fall 3012 4456 02 | Station 6") == [("ID", "3012 4456 02")]


def test_one_plain_word_after_a_sender_label_must_be_a_listed_name():
    assert _hits("Referring: Ordering provider unknown") == []
    assert _hits("Zuweiser: Dr. Obexer") == [("PERSON", "Obexer")]
    assert _hits("Zuweiser: Chirurgische Ambulanz, Dr. Lenz") == []
    assert _hits("Zuweiser: Irmgard Pfleiderer") == [("PERSON", "Irmgard Pfleiderer")]
