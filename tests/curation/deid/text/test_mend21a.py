"""Mend of round 21a: the clinical terms the review found lost (every NEW keep loss, the reviewer's probe texts and
the terms that must survive), their look-alikes that must still be redacted, and the older leaks of the round's own
classes that the mend closes. All names are invented."""

from __future__ import annotations

import pytest

from tests.curation.deid.text.test_round20a import _labels, _scrubbed


def _assert_kept(text: str, lang: str, kept: list[str]) -> None:
    out = _scrubbed(text, lang)
    for term in kept:
        assert term in out, term


# --- 1. the review's NEW keep losses -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        # subject_initials: the singular "initial" is the first value of a measurement, not a trial label
        ("Patient initial GCS 14, later 9.", "en", ["GCS"]),
        ("Patient initial INR 1.4 on warfarin.", "en", ["INR"]),
        ("Patient initial CRP 45 mg/l.", "en", ["CRP"]),
        ("Patient initial DWI positive, FLAIR negative.", "en", ["DWI", "FLAIR"]),
        ("Patient initial BP 180/100.", "en", ["BP"]),
        ("Patient initial HB 8.2 g/dl.", "en", ["HB"]),
        ("Subject initial ECOG 1 at baseline.", "en", ["ECOG"]),
        ("Patient initial AF on ECG.", "en", ["AF"]),
        # subject_initials: a sequence, exam or finding after the plural label (the shared clinical acronyms)
        ("Initials: MIP and MPR reconstructions provided.", "en", ["MIP", "MPR"]),
        ("Initials: DWI and ADC maps.", "en", ["DWI", "ADC"]),
        ("Initials: NAD.", "en", ["NAD"]),
        ("Initials: SWI negative.", "en", ["SWI"]),
        ("Iniziali: RMN e TC.", "it", ["RMN", "TC"]),
        ("Initials: MIP", "en", ["MIP"]),
        ("Initials: DWI hyperintense.", "en", ["DWI"]),
        ("Initials: NAD, Follow-up: none.", "en", ["NAD"]),
        ("Initials: PE, no DVT.", "en", ["PE", "DVT"]),
        ("Initialen: BWS, LWS unauffällig.", "de", ["BWS", "LWS"]),
        ("Initials: RUL nodule.", "en", ["RUL"]),
        ("Initials: ICH excluded.", "en", ["ICH"]),
        # login_cues: side abbreviations whose long part is also a listed surname ("Lat")
        ("Aufnahme mit z.B. 2 Ebenen, gemessen von li.lat.", "de", ["li.lat."]),
        ("Verlauf mit ca. 3 mm Zunahme, gemessen von re.lat.", "de", ["re.lat."]),
        ("Verdichtung von li.lat. nach re.med.", "de", ["li.lat.", "re.med."]),
        ("Erguss mit li.lat. Randwinkel.", "de", ["li.lat."]),
        # keyed_exports / cue logins: system and service accounts (a system word on either side of the dot)
        ("Eingestellt von ris.import (Schnittstelle).", "de", ["ris.import"]),
        ("Amended by auto.qa after dose check.", "en", ["auto.qa"]),
        ("Amended by system.import after HL7 error.", "en", ["system.import"]),
        ("Eingestellt von pacs.admin. Geändert von auto.route.", "de", ["pacs.admin", "auto.route"]),
        ("Reviewer: qa.bot flagged dose.", "en", ["qa.bot"]),
        ("Reviewer: pre.read done.", "en", ["pre.read"]),
        # (older losses of the same class, closed by the same account words)
        ("Changed by hl7.interface. Entered by ris.user.", "en", ["hl7.interface", "ris.user"]),
        ("Geändert von system.auto um 09:12.", "de", ["system.auto"]),
        ("Printed by pacs.print on 12 copies.", "en", ["pacs.print"]),
        ("User: radiology.admin logged out.", "en", ["radiology.admin"]),
        ("Protokoll bearbeitet von mrt.team.", "de", ["mrt.team"]),
    ],
)
def test_the_reviews_keep_losses_stay(text, lang, kept):
    _assert_kept(text, lang, kept)


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Punktion mit a.carotis-Zugang; Kompression von v.cava.", "de", ["a.carotis", "v.cava"]),
        ("Läsion mit n.ulnaris und m.rectus in Kontakt.", "de", ["n.ulnaris", "m.rectus"]),
        ("Bypass mit v.saphena, Anschluss von a.radialis.", "de", ["v.saphena", "a.radialis"]),
    ],
)
def test_vessel_and_nerve_abbreviations_stay(text, lang, kept):
    _assert_kept(text, lang, kept)


# The same rules still take the persons they were written for.
@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Subject initials DKW, RECIST 1.1 partial response.", "en", "DKW"),
        ("Initials: J-PR | Cycle 4 | CT", "en", "J-PR"),
        ("Patient initials: RJT; cycle 2.", "en", "RJT"),
        ("Patienteninitialen: H. P. S.; Visite 3.", "de", "H. P. S."),
        ("Initials: A.B., CT chest.", "en", "A.B."),
        ("Findings discussed with r.oconnell this morning; CT head.", "en", "r.oconnell"),
        ("Befund besprochen mit a.gruber, MRT Knie.", "de", "a.gruber"),
        ("Eingestellt von m.lang (Sekretariat).", "de", "m.lang"),
        ("Amended by k.post after dose check.", "en", "k.post"),
        ("Geändert von lhuber2 um 09:12.", "de", "lhuber2"),
    ],
)
def test_logins_and_initials_of_persons_stay_redacted(text, lang, person):
    assert _labels(text, lang).get(person) == "PERSON"


# "M. Crohn" alone on the line after a closing: a radiologist reads the signature (initial and surname) there and
# Morbus Crohn anywhere in the report body; the disease after a finding label or in a sentence stays.
def test_an_eponym_surname_after_a_closing_is_a_signature():
    assert _labels("Mit freundlichen Grüßen\n\nM. Crohn", "de").get("M. Crohn") == "PERSON"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Befund:\nM. Paget\n\nM. Bechterew", ["M. Paget", "M. Bechterew"]),
        ("Mit freundlichen Grüßen\n\nM. Bechterew ist ausgeschlossen.", ["M. Bechterew"]),
        ("Beurteilung: Verdacht auf M. Crohn des terminalen Ileums.", ["M. Crohn"]),
    ],
)
def test_morbus_abbreviations_in_the_body_stay(text, kept):
    _assert_kept(text, "de", kept)


# --- 2. older leaks of the round's own classes -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "persons"),
    [
        # log_names: "patient Surname, Given" followed by prose in lower case
        ("paziente Esposito, Chiara ricoverata.", "it", ["Esposito, Chiara"]),
        ("Note: patient Dubois, Camille arrived.", "en", ["Dubois, Camille"]),
        ("Patientin Gerber, Annika wurde verlegt.", "de", ["Gerber, Annika"]),
        # login_cues: other bracket shapes after the same person's name, other prose login shapes
        ("Dr. Thomas Brunner [brunnert] hat freigegeben.", "de", ["brunnert"]),
        ("Sara Lindqvist (slindqvist@) reviewed.", "en", ["slindqvist"]),
        ("Reviewed by Markus Steiner <msteiner>.", "en", ["msteiner"]),
        ("Report by Dr. Fiona Walsh (FWALSH) approved.", "en", ["FWALSH"]),
        ("Rivisto con g.rossi2 in sala.", "it", ["g.rossi2"]),
        ("Befundet mit a.gruber-meier zusammen.", "de", ["a.gruber-meier"]),
        # subject_initials: whose initials between label and value, "Init.", a dash for the colon
        ("Initials/DOB: A.B. / 1961", "en", ["A.B."]),
        ("Patient initials - MT - consented.", "en", ["MT"]),
        ("Iniziali paziente: F. D. C.", "it", ["F. D. C."]),
        ("Initiales du patient : J.-M. D.", "fr", ["J.-M. D."]),
        ("Initialen des Patienten: M.-K. B.", "de", ["M.-K. B."]),
        ("Pat.-Init.: S.K.", "de", ["S.K."]),
        # given_pairs: guardians, a dash for the colon, greetings with "& team" or two names
        ("Guardians: Priya and Rohan Mehta", "en", ["Priya"]),
        ("Parents - Chloe and Duncan Fraser - consented.", "en", ["Chloe"]),
        ("Hi Chloe & team, CT is done.", "en", ["Chloe"]),
        ("Dear Siobhan and Ciarán,", "en", ["Siobhan", "Ciarán"]),
    ],
)
def test_older_leaks_of_the_rounds_classes_are_redacted(text, lang, persons):
    labels = _labels(text, lang)
    for person in persons:
        assert any(person in span and label == "PERSON" for span, label in labels.items()), person


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("paziente Torace, PA e LL.", "it", ["Torace"]),
        ("patient Chest, AP view.", "en", ["Chest"]),
        ("Patient Kopf, links unauffällig.", "de", ["Kopf"]),
        ("Dr. Thomas Brunner [Radiologie] hat freigegeben.", "de", ["Radiologie"]),
        ("Befund von Markus Steiner <Notfall> freigegeben.", "de", ["Notfall"]),
        ("Sequence with t2_tse and b_value 800.", "en", ["t2_tse", "b_value"]),
        ("Bypass mit a.carotis-interna, Kontrolle mit v.cava2.", "de", ["a.carotis-interna", "v.cava2"]),
        ("Iniziali paziente: TC e RM.", "it", ["TC", "RM"]),
        ("Patient initials - CT - pending.", "en", ["CT"]),
        ("Initialen des Befunders: siehe Protokoll.", "de", ["Befunders"]),
        ("Guardians - informed and consented.", "en", ["informed"]),
        ("Parents - Mother and Father - consented.", "en", ["Mother", "Father"]),
        ("Hi Stroke & team, CT is done.", "en", ["Stroke"]),
        ("Dear Doctor and Nurse,", "en", ["Doctor", "Nurse"]),
    ],
)
def test_look_alikes_of_the_older_leaks_stay(text, lang, kept):
    _assert_kept(text, lang, kept)
