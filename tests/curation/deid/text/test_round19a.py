"""Round 19a: dated signatures, given names next to a role or as an appointment's subject, newborns and relatives,
clergy and retired ranks, Spanish double surnames and "Sir", worklist rows, rarer ID labels, weekday slash dates,
Vienna numbers in spaced groups. Strings of their own (not the dev set's) and look-alikes that must stay."""

from __future__ import annotations

import pytest

from curation.deid.text.scrub import scrub_text


def _scrubbed(text: str, lang: str = "en") -> str:
    return scrub_text(text, lang, use_spacy=False).text


def _labels(text: str, lang: str = "en") -> dict[str, str]:
    r = scrub_text(text, lang, use_spacy=False)
    return {text[s.start : s.end]: s.label for s in r.spans}


# --- dated signatures and role cells (signer_names.py) ---


@pytest.mark.parametrize(
    ("text", "name", "lang"),
    [
        ("Graz, 9. März 2026, Ploderer, Richter am Landesgericht", "Ploderer", "de"),
        ("17.02.2026, Zwahlen, Oberärztin Radiologie", "Zwahlen", "de"),
        ("04/03/26, Ogunleye, Consultant Radiologist", "Ogunleye", "en"),
        ("Signed 11/12/2025, Pemberton-Hale, Specialty Registrar", "Pemberton-Hale", "en"),
        ("Sion, le 2 avril 2026, Fournier, médecin adjoint", "Fournier", "fr"),
        ("03/04/2026, Scarpellini, Dirigente Medico", "Scarpellini", "it"),
    ],
)
def test_a_surname_between_a_date_and_a_role_is_a_person(text, name, lang):
    assert _labels(text, lang)[name] == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "22.01.2026, Verlauf, Oberarzt informiert.",
        "03/11/2025, Addendum, Consultant review.",
        "12.01.2026, Befund, Facharzt.",
        "March 3, 2026, CT Chest, Consultant review.",
        "14.02.2026, Kontrolle, Arzt.",
    ],
)
def test_a_report_word_between_a_date_and_a_role_stays(text):
    for word in ("Verlauf", "Addendum", "Befund", "CT Chest", "Kontrolle"):
        if word in text:
            assert word in _scrubbed(text, "de")


def test_the_town_of_a_signed_date_line_is_an_address():
    assert _labels("Luzern, den 3. Juni 2025, Gisler, Chefarzt", "de")["Luzern"] == "ADDRESS"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Contact: Rowena | Tissue Viability Nurse | Ward 12", "Rowena"),
        ("Stoma Nurse | Fiona | bleep 2231", "Fiona"),
        ("Gudrun | Pflegeexpertin | Station 4", "Gudrun"),
    ],
)
def test_a_given_name_in_a_role_cell_is_a_person(text, name):
    assert _labels(text)[name] == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "Stoma Nurse | Ward 7 | stoma review",
        "Nurse | Bay 4 | obs stable",
        "Ultrasound | Nurse | Review",
    ],
)
def test_a_role_row_without_a_given_name_stays(text):
    assert _scrubbed(text) == text


def test_a_given_name_after_a_registered_nurse_abbreviation_is_a_person():
    assert _labels("Charge RN Tamika 617-555-0176 informed.")["Tamika"] == "PERSON"
    assert _scrubbed("RN to review IV access; Charge RN aware.") == "RN to review IV access; Charge RN aware."


# --- appointment subjects (subject_names.py) ---


@pytest.mark.parametrize(
    ("text", "name", "lang"),
    [
        ("Oliver has an MRI of the knee next week.", "Oliver", "en"),
        ("Freya is booked for an ultrasound of the hips.", "Freya", "en"),
        ("Lukas hat am Montag einen Termin zur MRT in Narkose.", "Lukas", "de"),
        ("Chloé a un rendez-vous pour une IRM.", "Chloé", "fr"),
        ("Matteo ha un appuntamento per la risonanza.", "Matteo", "it"),
    ],
)
def test_a_given_name_opening_an_appointment_sentence_is_a_person(text, name, lang):
    assert _labels(text, lang)[name] == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "Patient has an MRI of the knee.",
        "June has been quiet. CT unremarkable.",
        "Grace is a nurse on the ward. CT normal.",
        "Oliver is doing well at school.",
        "She was seen in clinic; pelvic MRI booked.",
        "He has an MRI booked.",
    ],
)
def test_no_appointment_sentence_stays(text):
    assert _scrubbed(text) == text


# --- newborns and relatives (contact_names.py, name_lines.py) ---


@pytest.mark.parametrize(
    ("text", "name", "lang"),
    [
        ("Baby Mbeki, chest X-ray: NG tube in the stomach.", "Mbeki", "en"),
        ("Baby Hutchings twin II, cranial ultrasound.", "Hutchings", "en"),
        ("Girl Abernathy-Cole (Twin B), abdominal X-ray.", "Abernathy-Cole", "en"),
        ("Baby Girl Tuimavave, CXR.", "Tuimavave", "en"),
        ("Neonato Brambati, ecografia cerebrale.", "Brambati", "it"),
        ("Bébé Zufferey, radiographie du thorax.", "Zufferey", "fr"),
    ],
)
def test_a_newborn_family_name_is_a_person(text, name, lang):
    assert _labels(text, lang)[name] == "PERSON"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Baby Aspirin, 75 mg daily.", "en"),
        ("Baby Doppler, normal flow.", "en"),
        ("Baby Boy, 3 days old, CXR.", "en"),
        ("Baby feeding well, cranial ultrasound normal.", "en"),
        ("Boy Scout knee injury.", "en"),
        ("Twin Pregnancy, dichorionic.", "en"),
        ("Neonato Prematuro, 32 settimane.", "it"),
        ("Baby Preterm, 31 weeks.", "en"),
    ],
)
def test_newborn_look_alikes_stay(text, lang):
    assert _scrubbed(text, lang) == text


@pytest.mark.parametrize(
    ("text", "name", "lang"),
    [
        ("Mama Oksana und Papa Milan anwesend.", "Oksana", "de"),
        ("Mama Oksana und Papa Milan anwesend.", "Milan", "de"),
        ("maman Odile présente.", "Odile", "fr"),
        ("Mummy Kerry says he fell.", "Kerry", "en"),
    ],
)
def test_a_given_name_after_a_parent_word_is_a_person(text, name, lang):
    assert _labels(text, lang)[name] == "PERSON"


@pytest.mark.parametrize(
    "text", ["Papa Test, Papanicolaou unauffällig.", "Mama Carcinom links.", "Mama links unauffällig."]
)
def test_parent_word_look_alikes_stay(text):
    assert _scrubbed(text, "de") == text


# --- clergy and retired ranks (ranks.py) ---


@pytest.mark.parametrize(
    ("text", "name", "lang"),
    [
        ("Pfarrer Leitgeb anwesend.", "Leitgeb", "de"),
        ("Pfarrerin Anna Roth kommt morgen.", "Anna Roth", "de"),
        ("Chaplain Rev. Obiora Nwachukwu informed.", "Obiora Nwachukwu", "en"),
        ("l'abbé Vuilleumier est venu.", "Vuilleumier", "fr"),
        ("Cpl (Res.) Haddleston, CT ankle.", "Haddleston", "en"),
        ("Sgt (retd) Gareth Pemberton, X-ray knee.", "Gareth Pemberton", "en"),
        ("Major a.D. Rüdisühli, CT Thorax.", "Rüdisühli", "de"),
        ("Major (retd) Ashworth, CT chest.", "Ashworth", "en"),
    ],
)
def test_a_name_after_clergy_or_a_retired_rank_is_a_person(text, name, lang):
    assert _labels(text, lang)[name] == "PERSON"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pfarrer Besuch erwünscht.", "de"),
        ("Pfarrer wurde informiert.", "de"),
        ("Seelsorge informiert.", "de"),
        ("Major trauma call, CT whole body.", "en"),
        ("Sgt (retd) requested a copy.", "en"),
        ("Review of the CT.", "en"),
        ("Pater Noster im Gottesdienst.", "de"),
    ],
)
def test_clergy_and_rank_look_alikes_stay(text, lang):
    assert _scrubbed(text, lang) == text


def test_the_reverend_abbreviation_is_no_name():
    assert "Rev." in _scrubbed("Chaplain Rev. Obiora Nwachukwu informed.")


# --- name parts (names.py) ---


def test_a_spanish_double_surname_is_covered_whole():
    out = _scrubbed("Sra. Ana Belén Castillo y Pardo, ecografía tiroidea.")
    assert "Castillo" not in out and "Pardo" not in out


def test_sir_is_a_title():
    assert _labels("Sir Malcolm Ashcroft MBE, PET-CT.")["Malcolm Ashcroft"] == "PERSON"
    assert _scrubbed("Dear Sir, thank you for the referral.") == "Dear Sir, thank you for the referral."


# --- worklist rows (worklist_rows.py) ---


def test_worklist_cells_and_the_leading_accession():
    text = "RX2401-0042|14.01.2026|CT CHEST|NAKASHIMA,HIRO|WETHERBY,K|FARNSWORTH,L|F"
    labels = _labels(text)
    assert labels["NAKASHIMA,HIRO"] == "PERSON"
    assert labels["WETHERBY,K"] == "PERSON"
    assert labels["FARNSWORTH,L"] == "PERSON"  # a side letter after a listed surname
    assert labels["RX2401-0042"] == "ID"


@pytest.mark.parametrize(
    "text",
    [
        "XR|WRIST,L|2 views|KNEE,R",
        "XR|SCAPHOID,R|PATELLA,L|CLAVICLE,L",
        "CR|CHEST,PA|AP,LAT|HIP,R",
        "MR|BRAIN,W|T2,FLAIR|CT,MR",
    ],
)
def test_worklist_look_alikes_stay(text):
    assert _scrubbed(text) == text


# --- IDs (case_refs.py, rules.py) ---


@pytest.mark.parametrize(
    ("text", "value", "lang"),
    [
        ("StA 318 Js 2207/25, Leichenschau.", "318 Js 2207/25", "de"),
        ("Verfahren 7 UJs 2231/25 eingestellt.", "7 UJs 2231/25", "de"),
        ("Student, matric. no. s2290417; X-ray.", "s2290417", "en"),
        ("Matrikelnummer 01772204, Sportunfall.", "01772204", "de"),
        ("OPG ref 5512-0094-3381; CT head.", "5512-0094-3381", "en"),
        ("SSN Last4: 8842, MRI.", "8842", "en"),
        ("Baby Kowalczyk twin I, NHS 401 023 2219, abdominal X-ray.", "401 023 2219", "en"),
        ("VPNR 0819920; CT NNH.", "0819920", "de"),
    ],
)
def test_ids_after_rarer_labels_are_redacted(text, value, lang):
    assert _labels(text, lang)[value] == "ID"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Student 22 Jahre, CT.", "de"),
        ("Matrikel nicht bekannt.", "de"),
        ("NHS 111 called.", "en"),
        ("Last 4 weeks pain.", "en"),
        ("Grad 2 Ds 3/4.", "de"),
        ("OPG no. 2 shows caries at 36.", "en"),
        ("Vertragspartner Ärztekammer; MRT Knie.", "de"),
    ],
)
def test_id_label_look_alikes_stay(text, lang):
    assert _scrubbed(text, lang) == text


# --- weekday slash dates (dates.py) and Vienna numbers (rules.py) ---


def test_a_weekday_before_a_slash_day_dates_it():
    assert "5/2" not in _scrubbed("Symptoms since Thursday 5/2; CT abdomen.")
    assert "3/6" not in _scrubbed("Fri 3/6 seen in clinic.")
    assert _scrubbed("So 2/3 of the lumen is narrowed.") == "So 2/3 of the lumen is narrowed."


def test_a_vienna_number_in_spaced_groups_with_an_extension_is_a_phone():
    assert _labels("Rückruf unter 01/330 46 00-217.", "de")["01/330 46 00-217"] == "PHONE"
    assert _scrubbed("Serie 01 120 45 12 unauffällig.", "de") == "Serie 01 120 45 12 unauffällig."
    assert "12 Serien" in _scrubbed("Befund vom 01/2024 12 Serien.", "de")
