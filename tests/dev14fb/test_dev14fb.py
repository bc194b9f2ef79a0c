"""Round 11 (persons, IDs, ages, dates, phones, keep-terms): the dev corpus' shape and floors, each class on other
strings than the corpus, the look-alikes that must come out unchanged, and the ID-label question the site-acronym
rules ask instead of a list."""

from __future__ import annotations

from collections import Counter

import pytest

from curation.deid.text.rules import is_id_label
from curation.deid.text.site_forms import CLINICAL_ACRONYMS, site_form_hits
from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14fb.corpus import DEV, DEV_B
from tests.dev14t.measure import assert_rules_floor, rules_only

# Round 11 figures, rules only (1.000 recall, keep and 0 false hits on both batches) less a margin; measured once
# before: A (0454315) 0.558 / 0.934 / 13 of 54; B (after A's changes) 0.889 / 1.000 / 0 of 39.
FLOOR_RECALL, FLOOR_KEEP, FLOOR_OVER = 0.97, 0.99, 0.02


def test_shape():
    assert len(DEV) == 62
    assert len(DEV_B) == 35
    assert Counter(s.lang for s in DEV) == Counter({"en": 35, "de": 17, "fr": 8, "it": 2})
    for s in (*DEV, *DEV_B):
        assert_well_formed(s)


@pytest.mark.parametrize("batch", [DEV, DEV_B], ids=["A", "B"])
def test_floor(batch):
    assert_rules_floor(batch, FLOOR_RECALL, FLOOR_KEEP, FLOOR_OVER)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # Glued capitals logins under a user column, misaligned rows, after a user label.
    ("Time;Exam;Signed by\n10:02;CT chest;WOKAFOR\n10:30;MR knee;ZHADID", "en",
     "Time;Exam;Signed by\n10:02;CT chest;[PERSON]\n10:30;MR knee;[PERSON]"),
    ("Study | Radiologe | Status\nMRT LWS | GBAUMANN\nCT Thorax | ENOVAK | final", "de",
     "Study | Radiologe | Status\nMRT LWS | [PERSON]\nCT Thorax | [PERSON] | final"),
    ("Login: TSANTOS (read-only)", "en", "Login: [PERSON] (read-only)"),
    # A PN "Surname^Initial" in an operator line written keyword and VR without a colon.
    ("(0008,1070) OperatorsName PN [Haidari^R]", "en", "(0008,1070) OperatorsName PN [[PERSON]]"),
    # Carers, the name after "Yours sincerely,", a quoted preferred name, a suffix.
    ("Her carer, Roisin Doherty, held the limb.", "en", "Her carer, [PERSON], held the limb."),
    ("Yours sincerely,\nCatrin Llewelyn\nConsultant", "en", "Yours sincerely,\n[PERSON]\nConsultant"),
    ("Mrs Josephine \u201cJo\u201d Albright, 61", "en", "Mrs [PERSON] \u201c[PERSON]\u201d [PERSON], 61"),
    ("Referred by Dr Nathaniel Greer III.", "en", "Referred by Dr [PERSON]."),
    ("Pt: Okoye, Chidi Jr.\nCT head", "en", "Pt: [PERSON].\nCT head"),
    # "Surname, Given" after a clock time; a first name and an initial after a subject line; initials alone.
    ("14:05 Varga, Eszter  CT Abdomen", "de", "14:05 [PERSON]  CT Abdomen"),
    ("Subject: urgent slot\nFrom: Tamsin W.\nCan you fit a CT today?", "en",
     "Subject: urgent slot\nFrom: [PERSON]\nCan you fit a CT today?"),
    ("Danke!\nLG AS", "de", "Danke!\nLG [PERSON]"),
    ("OK for tomorrow.\nThanks, R.D.", "en", "OK for tomorrow.\nThanks, [PERSON]"),
    # Nursing titles stay, the name goes.
    ("Rücksprache mit Pflegefachmann Jonas Reiter.", "de", "Rücksprache mit Pflegefachmann [PERSON]."),
    ("Spoke to Ward Nurse Adaeze Obi.", "en", "Spoke to Ward Nurse [PERSON]."),
    # IDs: an accession in a dump line, an H&C number, partial digits, an access code.
    ("(0008,0050) AccessionNumber SH [MR24C11873]", "en", "(0008,0050) AccessionNumber SH [[ID]]"),
    ("H&C No: 581 392 0046", "en", "H&C No: [ID]"),
    ("Account number ends in 2290.", "en", "Account number ends in [ID]."),
    ("Last 4 of member ID: 6630", "en", "Last 4 of member ID: [ID]"),
    ("Freigabecode: 44 82 19", "de", "Freigabecode: [ID]"),
    ("Access code is 9TR-KP4 for the viewer.", "en", "Access code is [ID] for the viewer."),
    # Ages: only the number of an age over 89 in a dump.
    ("PatientAge: 095Y", "en", "PatientAge: [AGE]Y"),
    # Dates: French / Italian weekday and day + month, a day/month after an exam.
    # (A tagged date takes its weekday in French as in German and English since round 12.)
    ("Examen du vendredi 7 mars 2025.", "fr", "Examen du [DATUM]."),
    ("Contrôle prévu le 18 juin.", "fr", "Contrôle prévu le [DATUM]."),
    ("Controllo dal 9 settembre.", "it", "Controllo dal [DATUM]."),
    ("As per the CXR 28/2, no change.", "en", "As per the CXR [DATE], no change."),
    ("Contrôle prévu le 18 juin.", "fr", "Contrôle prévu le 19 juin."),
    # Phones: French bip, a room word and a hyphenated extension, a label with the place it rings.
    ("Bip: 6620 (interne)", "fr", "Bip: [TELEFON] (interne)"),
    ("Call the reading room at 5-2217.", "en", "Call the reading room at [PHONE]."),
    ("Nebenstelle Sekretariat 3310", "de", "Nebenstelle Sekretariat [TELEFON]"),
    # Keep-terms beside PHI: an ISO time, a scanner station, a dictation system.
    ("SeriesDateTime: 2025-05-02T07:31:09", "en", "SeriesDateTime: [DATE]T07:31:09"),
    ("Station Name: Aquilion ONE", "en", "Station Name: Aquilion ONE"),
    ("Transcription: WinScribe; reviewed by Dr Sara Lind", "en", "Transcription: WinScribe; reviewed by Dr [PERSON]"),
    ("Dr. Weber Kontroll-Sonographie vom 3.4.2024", "de", "Dr. [PERSON] Kontroll-Sonographie vom [DATUM]"),
])
def test_round11_classes(text, lang, expected):
    shift = 1 if expected.endswith("19 juin.") else None
    assert rules_only(text, lang, shift) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("Stationsliste: Bett 3 Thorax, Bett 12 Abdomen.", "de"),
    ("Bed 4 portable; bed 9 NG tube check.", "en"),
    ("Infraspinatussehne und Bizepssehne intakt, Supinatormuskel ohne Atrophie.", "de"),
    ("Im Schädel-MRT vom Vorjahr keine Läsion.", "de"),
    ("CPT 70553 MRI brain with and without contrast.", "en"),
    ("Billed (CPT 72148) and (HCPCS 99213).", "en"),
    ("DDN et Né(e) le: champs vides.", "fr"),
    ("StationName: SOMATOM go.Top", "en"),
    ("Code stroke called at 14:20.", "en"),
    ("CT 2/3 of the nodules resolved; MRI 1/2 lesions enhance.", "en"),
    ("The duct ends in 2 branches; the catheter ends in the SVC.", "en"),
    ("Biopsie bipolaire, 3 mars patients", "fr"),
    ("Exam | Status\nCHEST | FINAL\nKNEE | PRELIM", "en"),
    ("Thanks, CT\nLG KM", "de"),
    ("Mr John Smith IV access obtained.", "en"),
])
def test_round11_look_alikes(text, lang):
    out = rules_only(text, lang)
    assert out == text if "Smith" not in text else out == "Mr [PERSON] IV access obtained."


@pytest.mark.parametrize("word", ["SVNR", "VSNR", "AHV", "AVS", "KVNR", "MBI", "ICN", "CHI", "PID", "MPI", "FIN",
                                  "NIR", "NIF", "AHVN", "SVN", "VNR", "MRN", "SSN", "H&C"])
def test_id_labels_are_asked_not_listed(word):
    assert is_id_label(word)
    assert word not in CLINICAL_ACRONYMS


@pytest.mark.parametrize("word", ["UCLH", "KSA", "QEUH", "RVI", "HVS"])
def test_site_acronyms_are_no_id_labels(word):
    assert not is_id_label(word)


def test_site_rules_take_no_id_label():
    # A bracketed acronym before a long number is a site ("(NNUH K4471902)"), an ID label before it is not.
    text = "Seen (NNUH K4471902); number (MPI 88412093) and (H&C 4719203311)."
    assert [text[h.start:h.end] for h in site_form_hits(text, text.lower())] == ["NNUH"]
