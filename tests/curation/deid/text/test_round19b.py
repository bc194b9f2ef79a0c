"""Round 19b: whole facility names, foreign-language hospitals, named care services, bracket towns and AE titles,
and the department, service and room words that must stay.

Strings of each class of their own (none of the dev corpus tests/dev14ft) and their look-alikes.
"""

from __future__ import annotations

import pytest

from curation.deid.text.care_services import care_service_hits
from curation.deid.text.foreign_hospitals import foreign_hospital_hits
from curation.deid.text.house_names import house_name_hits
from curation.deid.text.scrub import scrub_text


def _found(text: str, lang: str = "de") -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in scrub_text(text, lang, use_spacy=False).spans]


def _unchanged(text: str, lang: str = "de") -> bool:
    return scrub_text(text, lang, use_spacy=False).text == text


# --- 1. town after a slash, brand before a hyphen; 2. university institutes; 4. practices, "of the", "at" ---
@pytest.mark.parametrize(
    "text, lang, value",
    [
        ("Vorbefund aus dem Landesklinikum Melk/Ybbs: Zyste.", "de", "Landesklinikum Melk/Ybbs"),
        ("Übernahme aus dem Krankenhaus St. Andrä/Lavanttal; CT.", "de", "Krankenhaus St. Andrä/Lavanttal"),
        ("Shunt-Kontrolle im DaVita-Dialysezentrum Weißenfels, Duplex.", "de", "DaVita-Dialysezentrum Weißenfels"),
        ("Zuweisung vom KfH-Nierenzentrum Zeitz zur Sonographie.", "de", "KfH-Nierenzentrum Zeitz"),
        (
            "Histologie: Institut für Pathologie der Universität Rostock, Karzinom.",
            "de",
            "Institut für Pathologie der Universität Rostock",
        ),
        (
            "Zuweisung: Klinik für Neurologie des Universitätsklinikums Jena; MRT.",
            "de",
            "Klinik für Neurologie des Universitätsklinikums Jena",
        ),
        (
            "Befund: Institut für Radiologie der Medizinischen Universität Graz.",
            "de",
            "Institut für Radiologie der Medizinischen Universität Graz",
        ),
        (
            "Zuweiser: Hausarztpraxis Dr. Obermayr & Kollegen, Sonographie.",
            "de",
            "Hausarztpraxis Dr. Obermayr & Kollegen",
        ),
        (
            "Überweisung durch die Praxis Dres. Kaltenbrunner und Wiesinger; MRT.",
            "de",
            "Praxis Dres. Kaltenbrunner und Wiesinger",
        ),
        ("Discharged to Hospice of the Shenandoah Valley; CXR.", "en", "Hospice of the Shenandoah Valley"),
        ("Resident of The Pines at Carmel, fall; X-ray hip.", "en", "The Pines at Carmel"),
        ("The Meadows at Fairview\nFall from bed; X-ray hip.", "en", "The Meadows at Fairview"),
        ("Preliminary read by Western Range Teleradiology; CT.", "en", "Western Range Teleradiology"),
        (
            "Outside images from Birch Creek Critical Access Hospital: ileus.",
            "en",
            "Birch Creek Critical Access Hospital",
        ),
        (
            "Transferred from Copper Hill Comprehensive Health Care Facility; CT head.",
            "en",
            "Copper Hill Comprehensive Health Care Facility",
        ),
        (
            "Trasferito dall'Istituto Oncologico della Svizzera Italiana; TC.",
            "it",
            "Istituto Oncologico della Svizzera Italiana",
        ),
        ("Esame all'Ospedale Regionale di Lugano Civico: versamento.", "it", "Ospedale Regionale di Lugano Civico"),
    ],
)
def test_whole_house_names(text, lang, value):
    assert (value, "INSTITUTION") in _found(text, lang)


def test_house_name_rules_alone():
    text = "Praxis Dres. Brunner und Eder; Hospice of the Blue Mesa; Institut für Anatomie der Universität Kiel."
    assert sorted(text[h.start : h.end] for h in house_name_hits(text)) == [
        "Hospice of the Blue Mesa",
        "Institut für Anatomie der Universität Kiel",
        "Praxis Dres. Brunner und Eder",
    ]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Klinikum Wels/Radiologie: CT Thorax.", "de"),  # the department after the slash stays (checked below)
        ("Befund Institut für Pathologie folgt.", "de"),
        ("Studium an der Universität, jetzt MRT.", "de"),
        ("Abteilung für Radiologie des Universitätsklinikums: Befund folgt.", "de"),
        ("Hospice care discussed with the family.", "en"),
        ("Seen at the clinic at Harbor view.", "en"),
        ("Care of the Elderly ward, CXR.", "en"),
        ("Home of the patient visited.", "en"),
        ("Teleradiology report reviewed; CT head normal.", "en"),
        ("The scan at noon was delayed.", "en"),
    ],
)
def test_house_name_look_alikes(text, lang):
    found = _found(text, lang)
    assert not [
        v
        for v, _ in found
        if "/" in v
        or "Pathologie" in v
        or "Universität" in v
        or "of the" in v
        or v.startswith(("Hospice", "Seen", "Teleradiology", "noon"))
    ]


def test_department_after_slash_stays():
    text = "Klinikum Wels/Radiologie: CT Thorax."
    assert scrub_text(text, "de", use_spacy=False).text == "[EINRICHTUNG]/Radiologie: CT Thorax."


# --- 5. and 8. named services, bodies, schools and spas ---
@pytest.mark.parametrize(
    "text, value",
    [
        ("Betreuung durch PalliVita Hunsrück; Punktion.", "PalliVita Hunsrück"),
        ("Versorgung durch das SAPV-Team Lichtblick, Aszites.", "SAPV-Team Lichtblick"),
        ("Beschwerde der Bewohnervertretung Kärnten eingegangen.", "Bewohnervertretung Kärnten"),
        ("Anfrage der Patientenanwaltschaft Vorarlberg zum Sturz.", "Patientenanwaltschaft Vorarlberg"),
        ("Die SPITEX Oberthurgau meldet einen Sturz.", "SPITEX Oberthurgau"),
        ("Segnalazione dell'ACD Mendrisiotto: caduta.", "ACD Mendrisiotto"),
        ("Dialyse bei Fresenius NephroCare Leipzig, Shunt.", "Fresenius NephroCare Leipzig"),
        ("Care coordinator, Leeds and York Partnership; MRI.", "Leeds and York Partnership"),
        ("Schulunfall, Klasse 1c, VS Gänserndorf; Röntgen.", "VS Gänserndorf"),
        ("Sturz im Turnsaal, Klasse 4a NMS Wels-Nord; Röntgen.", "NMS Wels-Nord"),
        ("Kuraufenthalt im Gesundheitsresort Bad Schallerbach; Röntgen.", "Gesundheitsresort Bad Schallerbach"),
        ("Zuweisung Kuranstalt Waldfrieden, MRT LWS.", "Kuranstalt Waldfrieden"),
    ],
)
def test_care_services(text, value):
    assert value in [text[h.start : h.end] for h in care_service_hits(text)]
    assert (value, "INSTITUTION") in _found(text, "it" if "dell'" in text else "de")


@pytest.mark.parametrize(
    "text",
    [
        "SAPV-Team Einsatz gestern, Aszites.",
        "Kopie an die Pflegeombudsstelle zur Kenntnis.",
        "Bewohnervertretung wurde informiert.",
        "Spitex zweimal täglich; Röntgen Thorax.",
        "NephroCare Dialyse dreimal wöchentlich.",
        "Bekannte MS Schübe, MRT Schädel.",
        "MRT vs CT Vergleich.",
        "VS Sturz in der Pause",
        "Gymnasium Turnunterricht Sturz.",
        "Die Kuranstalt meldet Sturz.",
        "CMS Guidelines apply.",
    ],
)
def test_care_service_look_alikes(text):
    assert care_service_hits(text) == []


# --- 7. hospitals in other languages ---
@pytest.mark.parametrize(
    "text, value",
    [
        ("Voraufnahmen aus der Nemocnice Český Krumlov: Fraktur.", "Nemocnice Český Krumlov"),
        ("Befund aus Krajská nemocnice Liberec vom Mai.", "Krajská nemocnice Liberec"),
        ("Befund aus dem Szpital Wojewódzki w Opolu, CT.", "Szpital Wojewódzki w Opolu"),
        ("Vorbehandlung in der Županijska bolnica Čakovec; Röntgen.", "Županijska bolnica Čakovec"),
        ("Erstversorgung Splošna bolnišnica Novo Mesto, CT HWS.", "Splošna bolnišnica Novo Mesto"),
        ("CT performed at Bajai Szent Rókus Kórház; appendicitis.", "Bajai Szent Rókus Kórház"),
        ("Initial imaging at Bodrum Devlet Hastanesi; CT.", "Bodrum Devlet Hastanesi"),
        ("Erstversorgung Univerzitetni klinični center Maribor; CT.", "Univerzitetni klinični center Maribor"),
    ],
)
def test_foreign_hospitals(text, value):
    assert value in [text[h.start : h.end] for h in foreign_hospital_hits(text, text.lower())]


@pytest.mark.parametrize("text", ["Das Wort Szpital heißt Krankenhaus.", "bolnica (Kroatisch: Spital)", "Hastanesi"])
def test_foreign_hospital_look_alikes(text):
    assert foreign_hospital_hits(text, text.lower()) == []


# --- 6. acronyms after a doctor, AE titles; 9. towns in brackets and site lines ---
@pytest.mark.parametrize(
    "text, lang, value, label",
    [
        ("Zuweisung Dr. med. Frei (PUK), MRT Schädel.", "de", "PUK", "INSTITUTION"),
        ("Adressé par Dr Rochat, HUG, pour IRM.", "fr", "HUG", "INSTITUTION"),
        ("Adressée par le Service de santé de l'EPFL ; échographie.", "fr", "EPFL", "INSTITUTION"),
        ("DICOM header: Source AE: RVI_NEWCASTLE; CT chest.", "en", "RVI_NEWCASTLE", "INSTITUTION"),
        ("Importiert, Calling AE: KSA_MR2; Aufnahme nativ.", "de", "KSA_MR2", "INSTITUTION"),
        ("Plan: discharged home (Kirriemuir) with district nurse.", "en", "Kirriemuir", "ADDRESS"),
        ("For PPC home (Montrose); metastases.", "en", "Montrose", "ADDRESS"),
        ("Recent CT at an outside clinic (Lebanon, KY): renal mass.", "en", "Lebanon, KY", "ADDRESS"),
        ("Radiologie, Standort Kirchdorf\nCT Thorax.", "de", "Kirchdorf", "ADDRESS"),
        ("Kantonsspital Seeland, Standort Engeried\nCT Thorax.", "de", "Engeried", "INSTITUTION"),
    ],
)
def test_acronyms_and_places(text, lang, value, label):
    assert (value, label) in _found(text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Dr. Huber (OA) informiert; CT.", "de"),
        ("Dr. Lee (ICU) called; CXR.", "en"),
        ("Reported by Dr. Meier, FRCR, today.", "en"),
        ("AE: CT01 modality worklist.", "en"),
        ("Lives at home (alone), CXR: cardiomegaly.", "en"),
        ("Discharged home (independent) with frame.", "en"),
        ("Recent CT (Contrast, IV) unremarkable.", "en"),
        ("Standort der Läsion im Segment 4.", "de"),
        ("Radiologie, Standort Nord\nCT Thorax.", "de"),
        ("Present: Maeve Doyle (CNS), Ravi Patel (PCP); CT.", "en"),
        ("Seen by Orla Byrne, ANP, at the clinic.", "en"),
        ("Rückmeldung an Frau Kaya (MPA) morgen.", "de"),
        ("Final read pending attending (Abigail Thornton, MD).", "en"),
    ],
)
def test_acronym_and_place_look_alikes(text, lang):
    found = _found(text, lang)
    assert not [
        v
        for v, _ in found
        if v
        in ("OA", "ICU", "FRCR", "CT01", "alone", "independent", "Contrast, IV", "CNS", "PCP", "ANP", "MPA", "Nord")
        or v.endswith(", MD")
        or "Standort" in v
        or "Läsion" in v
    ]


# --- 10. department, service and room words that stay ---
@pytest.mark.parametrize(
    "text, lang, keep",
    [
        ("Reha Zentrum Sonnberg, Abt. Geriatrische Rehabilitation\nMRT.", "de", "Abt. Geriatrische Rehabilitation"),
        ("NICU Imaging: portable chest, UVC in position.", "en", "NICU Imaging"),
        ("Under Wessex Valley Healthcare community team; CT.", "en", "Under"),
        ("Patient in Rm 12B, portable CXR.", "en", "Rm 12B"),
        ("Patientin Zi. 318, Röntgen Thorax im Liegen.", "de", "Zi. 318"),
        ("Universitätsklinikum: Tumorboard empfiehlt Biopsie.", "de", "Universitätsklinikum"),
        ("Verlegung ins Universitätsklinikum geplant.", "de", "Universitätsklinikum"),
    ],
)
def test_keeps(text, lang, keep):
    assert keep in scrub_text(text, lang, use_spacy=False).text


def test_university_head_with_its_name():
    assert ("Paracelsus Universitätsklinikum", "INSTITUTION") in _found("Paracelsus Universitätsklinikum · Radiologie")


def test_healthcare_name_without_preposition():
    assert ("Wessex Valley Healthcare", "INSTITUTION") in _found("Under Wessex Valley Healthcare community team.", "en")


@pytest.mark.parametrize(
    "text",
    ["Frau Stock 3 Tage nach OP.", "Dr. Sala 12.3. informiert."],
)
def test_room_words_as_surnames_stay_names(text):
    assert not _unchanged(text)
