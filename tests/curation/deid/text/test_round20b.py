"""Round 20b: language services, clubs, schools, employers, authorities, migrant IDs, claim and job numbers,
place-and-date lines, and the keep-terms around them.

Strings of their own (none of the dev corpus tests/dev14fv) and their look-alikes.
"""

from __future__ import annotations

import pytest

from curation.deid.text.hl7 import hl7_hits, msh_keeps
from curation.deid.text.permit_ids import permit_id_hits
from curation.deid.text.scrub import scrub_text
from curation.deid.text.service_names import service_name_hits


def _services(text: str) -> list[str]:
    return [text[h.start : h.end] for h in service_name_hits(text, text.lower())]


def _ids(text: str) -> list[str]:
    return [text[h.start : h.end] for h in permit_id_hits(text, text.lower())]


def _out(text: str, lang: str) -> str:
    return scrub_text(text, lang, use_spacy=False).text


@pytest.mark.parametrize(
    "text, value",
    [
        # interpreter and language services
        ("Aufklärung mit Dolmetscher über Sprachnetz Mittelhessen; CT Thorax.", "Sprachnetz Mittelhessen"),
        ("Consent taken with an interpreter via Clearvoice Interpreting; MRI.", "Clearvoice Interpreting"),
        ("Video-Dolmetschen durch Lingotel Salzburg, MRT Schulter.", "Lingotel Salzburg"),
        ("Présence d'une interprète (Mediaforum Neuchâtel) ; IRM.", "Mediaforum Neuchâtel"),
        ("Sprachmittlung: Interkultura Bern; Röntgen.", "Interkultura Bern"),
        # clubs
        ("Verletzung im Training des TSV Wendelstein; MRT Knie.", "TSV Wendelstein"),
        ("Mitglied im Skiclub Hohe Salve, Sturz; CT.", "Skiclub Hohe Salve"),
        ("Player in the academy of Grimsby Town; MRI hip.", "Grimsby Town"),
        ("Chute en compétition (Étoile-Sports Carouge) ; radiographie.", "Étoile-Sports Carouge"),
        # schools and kindergartens
        ("Sturz in der Grundschule Am Lindenberg; Röntgen Hand.", "Grundschule Am Lindenberg"),
        ("Unfall in der Kita Pusteblume; Röntgen.", "Kita Pusteblume"),
        ("Injury at Holy Trinity C of E Primary; X-ray wrist.", "Holy Trinity C of E Primary"),
        ("Pupil at Ashcombe Grammar School, fell in PE.", "Ashcombe Grammar School"),
        # employers
        ("Arbeitsunfall bei Dachdeckerei Wimmer, Sturz vom Dach.", "Dachdeckerei Wimmer"),
        ("Arbeitgeber: Schreinerei Baumann GmbH; Röntgen Hand.", "Schreinerei Baumann GmbH"),
        ("Works at Northgate Packaging Ltd; MRI lumbar spine.", "Northgate Packaging Ltd"),
        # authorities with their place, teleradiology, short forms
        ("Zuführung durch die Feuerwehr Remscheid; CT Thorax.", "Feuerwehr Remscheid"),
        ("Anzeige bei der Polizeiinspektion Innsbruck-Wilten.", "Polizeiinspektion Innsbruck-Wilten"),
        ("Meldung an das Jugendamt der Stadt Plauen.", "Jugendamt der Stadt Plauen"),
        ("Vorbefund der Teleradiologie Vorarlberg: keine Blutung.", "Vorarlberg"),
        ("Verlegung ins KH Göttlicher Heiland.", "KH Göttlicher Heiland"),
        # practices named by a place word, US care kinds
        ("Zuweisung aus der Hautarztpraxis am Rathausplatz.", "Hautarztpraxis am Rathausplatz"),
        ("Referred by Pine Hollow Skilled Nursing; CXR.", "Pine Hollow Skilled Nursing"),
        ("Outside imaging from Blue Mesa Fertility: hydrosalpinx.", "Blue Mesa Fertility"),
    ],
)
def test_service_names(text: str, value: str) -> None:
    assert value in _services(text)


@pytest.mark.parametrize(
    "text",
    [
        "Telefondolmetscher über Telefon zugeschaltet; CT.",  # a medium
        "Interpreter (Arabic) present; MRI brain.",  # a language
        "Dolmetscher (Sohn) anwesend; Röntgen.",  # a relative
        "Interpreter present via telephone; CT.",
        "Dolmetscher anwesend, Aufklärung über Risiken erfolgt.",  # a clause break before the preposition
        "Sturz in der Schule, Sportunterricht; Röntgen.",  # no school's name
        "Fell at school during PE; X-ray.",
        "Discussed at the High School reunion.",  # a generic word before the kind
        "Arbeitsunfall bei Gartenarbeit; Röntgen Hand.",  # a common noun after the cue
        "Arbeitsunfall bei der Montage; CT.",
        "Employer informed; fit note issued.",
        "Feuerwehr vor Ort, Patient geborgen.",  # the bare body
        "Polizei informiert; CT Schädel.",
        "US Abdomen: Cholezystolithiasis.",  # a modality, no club
        "Teleradiologie Befund folgt.",  # a noun after the service word
        "Referred from Skilled Nursing; CXR.",  # the kind alone
        "Mr. Okafor (interpreter: Amira Haddad) tolerated the scan.",  # a person after the interpreter word
    ],
)
def test_look_alikes_name_no_service(text: str) -> None:
    assert _services(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Aufenthaltserlaubnis Nr. K7M2X9Q41; Thorax.", "K7M2X9Q41"),
        ("Ausweis F 0441 9921, vorläufig aufgenommen.", "0441 9921"),
        ("N-Ausweis Nr. 112 448 09; Thorax pa.", "112 448 09"),
        ("ZEMIS 51002781.4; Röntgen.", "51002781.4"),
        ("A-Number A 077 412 958; CXR.", "A 077 412 958"),
        ("I-94 number 77120458 B2; CXR.", "77120458 B2"),
        ("BRP: RK7712094, CXR normal.", "RK7712094"),
        ("National Insurance number JK 33 71 09 B; MRI.", "JK 33 71 09 B"),
        ("Bescheid 12.4-AsylbLG-88120 liegt vor.", "12.4-AsylbLG-88120"),
        ("Ambulance run number 26-110274; CT head.", "26-110274"),
        ("CAD # 77103; found collapsed.", "77103"),
        ("Suva-Schaden-Nr. 22.41187.26.1; MRT Knie.", "22.41187.26.1"),
        ("AUVA-Aktenzahl K-55120/26; CT.", "K-55120/26"),
        ("Funding via Ref IFR/25/2210 approved.", "IFR/25/2210"),
        ("Job No. KT 5521 903; dictated 07:50.", "KT 5521 903"),
        ("Interpreter Leyla (#4412) by phone.", "#4412"),
    ],
)
def test_permit_and_claim_ids(text: str, value: str) -> None:
    assert value in _ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ausweis liegt vor; Thorax.",
        "Run 2 of the protocol; CT.",
        "Job done, report sent.",
        "CAD risk factors: smoker; CTA coronary.",
        "A 2 segment of the ACA patent.",
        "F 3 fistula (Parks).",
        "Schadenfall unklar; Röntgen.",
        "NI number not known; MRI.",
    ],
)
def test_look_alikes_are_no_ids(text: str) -> None:
    assert _ids(text) == []


@pytest.mark.parametrize(
    "text, lang, out",
    [
        ("Jena, 04.11.2026 – Unterschrift Arzt", "de", "[ADRESSE], [DATUM] – Unterschrift Arzt"),
        ("Luogo e data: Bellinzona, 2.12.2026", "it", "Luogo e data: [ADRESSE], [DATUM]"),
        ("Bitte ruf unter 3318 an.", "de", "Bitte ruf unter [TELEFON] an."),
        ("Unfallort: A9 bei Ingolstadt, Auffahrunfall; CT.", "de", "Unfallort: [ADRESSE], Auffahrunfall; CT."),
    ],
)
def test_places_dates_phones(text: str, lang: str, out: str) -> None:
    assert _out(text, lang) == out


@pytest.mark.parametrize(
    "text, lang",
    [
        ("U15-Kader, Jg. 2011; MRT Sprunggelenk.", "de"),  # a team's cohort
        ("Jahrgang 2010-Mannschaft, Training; Röntgen.", "de"),
        ("Handover from Medic 31 crew; FAST negative.", "en"),  # a unit's call number
        ("Konsil Kinderklinik: Sonographie Hüfte.", "de"),  # a specialty's house by its kind
        ("Reviewed by the orthopaedic SHO; X-ray.", "en"),
        ("Bitte rufen Sie unter der Woche an.", "de"),
        ("Schulter: ESI 2, Alvarado 5, Zi 112.", "de"),
    ],
)
def test_keep_terms_survive(text: str, lang: str) -> None:
    assert _out(text, lang) == text


def test_named_specialty_house_stays_a_house() -> None:
    assert (
        _out("Kinderradiologie, Dr. von Lindnersches Kinderspital", "de")
        == "Kinderradiologie, Dr. [PERSON] [EINRICHTUNG]"
    )


def test_birth_year_still_a_date() -> None:
    assert _out("Patientin Jg. 1958, Sturz; Röntgen.", "de") == "Patientin Jg. [DATUM], Sturz; Röntgen."


def test_msh_applications_kept_and_receiving_house_found() -> None:
    text = "MSH|^~\\&|PACS|KSW|ELGA|ELGA|20260101120000||ORU^R01|5512|P|2.5\nMSH|^~\\&|RIS|KSW|KIS|SPZO|x"
    assert [text[a:b] for a, b in msh_keeps(text)] == ["PACS", "ELGA", "ELGA", "RIS", "KIS"]
    institutions = [text[h.start : h.end] for h in hl7_hits(text) if h.label == "INSTITUTION"]
    assert institutions == ["KSW", "KSW", "SPZO"]
