"""Round 21a: persons in the forms of oncology, trial, log and worklist documents: logins without a login word,
trial-subject initials, given names beside a named relative, in greetings and in apposition, physics roles, the
"Drs." list and Austrian gendered titles, eponym possessives, log / schedule / CSV rows, nickname brackets,
hyphenated given names, name-team compounds, signatures with an eponym surname, ages over 89 after a first name,
DICOM keywords before caret names. Real strings (new ones, not the dev corpus') and look-alikes that must stay."""

from __future__ import annotations

import pytest

from tests.curation.deid.text.test_round20a import _labels, _scrubbed


# --- 1. logins without a login word ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "login"),
    [
        ("Eingestellt von pmoser4 im RIS; MRT Hüfte.", "de", "pmoser4"),
        ("Geändert von tkeller (Sekretariat); CT Abdomen.", "de", "tkeller"),
        ("Comment entered by reviewer ljackson12; CT chest stable.", "en", "ljackson12"),
        ("Exam code changed by clerk (dpatel3) to MRI brain.", "en", "dpatel3"),
        ("Findings discussed with r.oconnell this morning; CT head.", "en", "r.oconnell"),
        ("Da verificare con m.bernasconi, RM ginocchio.", "it", "m.bernasconi"),
        ('{"arzt":"fr.huber","modalitaet":"CT"}', "de", "fr.huber"),
        ("Signed by Fiona Gallagher (fgallagher); US abdomen.", "en", "fgallagher"),
        ("Befund von Markus Steiner (steinerm), MRT LWS.", "de", "steinerm"),
        ("Befund erstellt am 04.02.2025 09:12 von muellerp, freigegeben.", "de", "muellerp"),
    ],
)
def test_a_login_without_a_login_word_is_redacted(text, lang, login):
    assert _labels(text, lang)[login] == "PERSON"


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Export erstellt von mri2nii (v2.1); Datei befund.pdf.", "de", "mri2nii"),
        ("Sequence t2_tse_tra reviewed with fat sat.", "en", "t2_tse_tra"),
        ("Infection with e.coli confirmed; CT abdomen.", "en", "e.coli"),
        ("Paracetamol given p.o. with water; CT chest.", "en", "p.o."),
        ("Kontrastmittel i.v. mit NaCl, z.B. Gadovist.", "de", "z.B."),
        ("Report sent with report.pdf attached.", "en", "report.pdf"),
        ("Signed by Fiona Gallagher (pneumonia); US abdomen.", "en", "pneumonia"),
        ("Befund erstellt, versorgt von bauern aus dem Dorf.", "de", "bauern"),
    ],
)
def test_file_tool_and_dosing_words_after_a_cue_stay(text, lang, kept):
    assert kept in _scrubbed(text, lang)


# --- 2. trial-subject initials -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "initials"),
    [
        ("Studie, Initialen E.-M. K., Visite 2, CT Thorax.", "de", "E.-M. K."),
        ("Subject initials DKW, RECIST 1.1 partial response.", "en", "DKW"),
        ("Initials: J-PR | Cycle 4 | CT", "en", "J-PR"),
        ("Étude, initiales M.-C. D., TDM.", "fr", "M.-C. D."),
        ("Studio, iniziali F.L., TC torace.", "it", "F.L."),
        ("Pat.-Initialen: A. B. C.; iRECIST.", "de", "A. B. C."),
    ],
)
def test_initials_after_an_initials_label_are_redacted(text, lang, initials):
    assert _labels(text, lang)[initials] == "PERSON"


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Initials CT pending, RECIST reader assigned.", "en", "CT"),
        ("The initial staging PET-CT showed SUVmax 14.", "en", "PET-CT"),
        ("Initialen des Befunders fehlen; Initialbefund liegt vor.", "de", "Befunders"),
    ],
)
def test_initial_words_without_initials_stay(text, lang, kept):
    assert kept in _scrubbed(text, lang)


# --- 3. given names beside a named relative, greetings, apposition ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "given"),
    [
        ("Parents: Megan and Rhys Morgan attended the MRI.", "en", "Megan"),
        ("Parents: Lucia (mother, Italian interpreter) and Paolo Ferraro.", "en", "Lucia"),
        ("Genitori: Chiara e Davide Russo presenti.", "it", "Chiara"),
        ("Eltern: Anja und Stefan Paget, bei der MRT anwesend.", "de", "Stefan Paget"),
        ("Bonjour Aurélie,\nle scanner est validé.", "fr", "Aurélie"),
        ("Ciao Federica,\nla TC è pronta.", "it", "Federica"),
        ("The patient, Morven, tolerated the CT well.", "en", "Morven"),
        ("CT head (granddaughter Eilish present), no bleed.", "en", "Eilish"),
    ],
)
def test_a_given_name_beside_a_named_person_or_in_a_greeting_is_redacted(text, lang, given):
    assert _labels(text, lang)[given] == "PERSON"


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Hi all,\nthe CT list is ready.", "en", "all"),
        ("Bonjour à tous,\nle scanner est en panne.", "fr", "tous"),
        ("Parents: informed and consented; US hips.", "en", "informed"),
        ("The patient, however, declined contrast.", "en", "however"),
        ("Röntgen Hand (Tochter informiert), keine Fraktur.", "de", "Tochter informiert"),
    ],
)
def test_greetings_and_appositions_without_a_name_stay(text, lang, kept):
    assert kept in _scrubbed(text, lang)


# --- 4 and 5. role labels and titles -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Medizinphysiker: Lukas Brunold; CTDIvol 8 mGy.", "de", "Lukas Brunold"),
        ("Physicienne médicale : Nadia Perrenoud", "fr", "Nadia Perrenoud"),
        ("Dr.ⁱⁿ Sabine Hollerer hat den Befund vidiert.", "de", "Sabine Hollerer"),
        ("Drs. Okonkwo, Rafferty, Lindgren reviewed at MDT.", "en", "Lindgren"),
        ("Copy to Dr. Kaposi's office; CT chest.", "en", "Kaposi"),
    ],
)
def test_names_after_roles_and_titles_are_redacted(text, lang, name):
    assert _labels(text, lang)[name] == "PERSON"


def test_every_surname_of_a_drs_list_goes_eponyms_too():
    out = _scrubbed("Drs. Okonkwo, Rafferty, Addison reviewed at MDT.", "en")
    assert not any(n in out for n in ("Okonkwo", "Rafferty", "Addison")) and "reviewed at MDT" in out


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Medizinphysiker: Dosisprotokoll geprüft.", "de", "Dosisprotokoll"),
        ("Dr. Hart noted Addison's disease; CT adrenals.", "en", "Addison's disease"),
        ("Barium swallow: Schatzki ring at the GOJ.", "en", "Schatzki ring"),
        ("Kaposi-Sarkom der Haut; Klatskin-Tumor ausgeschlossen.", "de", "Kaposi-Sarkom"),
    ],
)
def test_eponyms_and_role_lines_without_a_name_stay(text, lang, kept):
    assert kept in _scrubbed(text, lang)


# --- 6. logs, schedules, CSV rows --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("RIS 'Kaya-Lindner, Meltem' -> PACS ok", "de", "Kaya-Lindner, Meltem"),
        ("PAS 'Rutherford, Eilidh Mary' merged", "en", "Rutherford, Eilidh Mary"),
        ("paziente Bernasconi, Giorgio EOC-4410927, RM", "it", "Bernasconi, Giorgio"),
        ("10:20 Kowalczyk Agnieszka, 03.05.1977, amb., MRT Knie", "de", "Kowalczyk Agnieszka"),
        ("RN Kayleigh M.,MRI,completed", "en", "Kayleigh M."),
        ("MTRA Jana P.;CT;erledigt", "de", "Jana P."),
        ('"Nakamura, Kenji",CT,head', "en", "Nakamura, Kenji"),
    ],
)
def test_names_in_log_schedule_and_csv_rows_are_redacted(text, lang, name):
    assert _labels(text, lang)[name] == "PERSON"


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("PACS 'Thorax, pa' ok; 08:40 MRT Schädel, nativ.", "de", "MRT Schädel"),
        ('"CT, head",non-contrast,completed', "en", "CT, head"),
        ("RN Station B, MRI completed.", "en", "Station B"),
    ],
)
def test_rows_without_a_name_stay(text, lang, kept):
    assert kept in _scrubbed(text, lang)


# --- 7. name shapes ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Patient Natasha Dunlop (goes by ‘Tash’), CT chest.", "en", "Tash"),
        ("Herr Matthias Gerber (Rufname: Hias), MRT.", "de", "Hias"),
        ("Mme Léa Python («Loulou»), IRM.", "fr", "Loulou"),
        ("Ella-Grace Paget, X-ray wrist.", "en", "Ella-Grace Paget"),
        ("Prof. Anna Keller-Team übernimmt.", "de", "Anna Keller"),
        ("Kind regards,\nT. Kaposi", "en", "T. Kaposi"),
        ("Yours sincerely\n\nP. Addison\nConsultant Radiologist", "en", "P. Addison"),
        ("CT chest: stable.\n\nF. Klatskin\nConsultant Radiologist\n", "en", "F. Klatskin"),
        ("Resident: Ananya Das, MD (PGY-2); CT head.", "en", "Ananya Das"),
    ],
)
def test_nicknames_hyphenated_given_names_teams_and_signatures_are_redacted(text, lang, name):
    assert _labels(text, lang)[name] == "PERSON"


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Pierre-Robin Sequenz bekannt, MRT Schädel.", "de", "Pierre-Robin Sequenz"),
        ("Guillain-Barré Syndrom, MRT LWS.", "de", "Guillain-Barré Syndrom"),
        ("Mallory-Weiss Riss im Fundus, CT.", "de", "Mallory-Weiss"),
        ("Herr Meier («CT»), Röntgen.", "de", "CT"),
        ("Mrs Shaw (called Radiology), CT chest.", "en", "Radiology"),
        ("Kind regards,\nRadiology", "en", "Radiology"),
        ("Beurteilung:\n\nM. Crohn", "de", "M. Crohn"),
        ("Kultur positiv.\n\nE. Coli", "de", "E. Coli"),
    ],
)
def test_syndromes_clinical_brackets_and_department_signatures_stay(text, lang, kept):
    assert kept in _scrubbed(text, lang)


# --- 8. ages over 89 after a first name --------------------------------------------------------------------------
def test_an_age_over_89_after_a_first_name_and_initial_is_redacted():
    labels = _labels("Hedwig K., 97, Schenkelhalsfraktur links.")
    assert labels["Hedwig K."] == "PERSON" and labels["97"] == "AGE"


def test_an_age_up_to_89_and_a_bare_percentage_stay():
    assert "67" in _scrubbed("Alan Frost, 67, CT head.", "en")
    assert "95 %" in _scrubbed("Stenose 95 %, Score 94.")


# --- DICOM attribute keywords ------------------------------------------------------------------------------------
def test_a_dicom_keyword_before_a_caret_name_stays():
    out = _scrubbed("ScheduledPerformingPhysicianName HOFER^MARTIN", "en")
    assert out.startswith("ScheduledPerformingPhysicianName ") and "HOFER" not in out
